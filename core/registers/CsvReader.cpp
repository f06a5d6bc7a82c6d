#include "registers/CsvReader.h"

#include <QFile>

#include <array>
#include <optional>
#include <utility>

namespace pd {

namespace {

constexpr qint64 chunkSize = 64 * 1024;
constexpr qint64 sniffSize = 1024 * 1024;

// Windows-1252 0x80-0x9F; 0 marks the five bytes it leaves undefined (decoded as U+FFFD).
constexpr std::array<char16_t, 32> cp1252High {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178,
};

// Counts, across chunks, the valid UTF-8 sequences beyond ASCII and the bytes that are not
// UTF-8 (overlong forms, surrogates and code points over U+10FFFF count as not UTF-8).
class Utf8Scan
{
public:
    qint64 valid = 0;
    qint64 invalid = 0;
    qint64 nul = 0; // NUL bytes: UTF-16 without a byte order mark, or not text

    void feed(QByteArrayView bytes)
    {
        for (const char byte : bytes) {
            const auto b = static_cast<unsigned char>(byte);
            nul += b == 0 ? 1 : 0;
            if (m_need > 0) {
                if ((b & 0xC0) == 0x80 && b >= m_low && b <= m_high) {
                    m_low = 0x80;
                    m_high = 0xBF;
                    if (--m_need == 0)
                        ++valid;
                    continue;
                }
                ++invalid; // the sequence broke off; judge this byte afresh
                m_need = 0;
            }
            start(b);
        }
    }
    void finish()
    {
        if (m_need > 0)
            ++invalid;
        m_need = 0;
    }

private:
    void start(unsigned char b)
    {
        m_low = 0x80;
        m_high = 0xBF;
        if (b < 0x80)
            return;
        if (b >= 0xC2 && b <= 0xDF) {
            m_need = 1;
        } else if (b >= 0xE0 && b <= 0xEF) {
            m_need = 2;
            if (b == 0xE0)
                m_low = 0xA0; // no overlong forms
            else if (b == 0xED)
                m_high = 0x9F; // no surrogates
        } else if (b >= 0xF0 && b <= 0xF4) {
            m_need = 3;
            if (b == 0xF0)
                m_low = 0x90;
            else if (b == 0xF4)
                m_high = 0x8F;
        } else {
            ++invalid;
        }
    }

    int m_need = 0;
    unsigned char m_low = 0x80;
    unsigned char m_high = 0xBF;
};

bool startsWithBom(QByteArrayView bytes)
{
    return bytes.size() >= 3 && bytes.at(0) == '\xEF' && bytes.at(1) == '\xBB'
        && bytes.at(2) == '\xBF';
}

// The byte order of a UTF-16 byte order mark at the start, or nullopt.
std::optional<CsvReader::Encoding> utf16Bom(QByteArrayView bytes)
{
    if (bytes.size() < 2)
        return std::nullopt;
    if (bytes.at(0) == '\xFF' && bytes.at(1) == '\xFE')
        return CsvReader::Encoding::Utf16LE;
    if (bytes.at(0) == '\xFE' && bytes.at(1) == '\xFF')
        return CsvReader::Encoding::Utf16BE;
    return std::nullopt;
}

// Text a UTF-16 decoder passed through but that no UTF-16 writer means: half of a surrogate
// pair, NUL, or U+FFFD (the half character at the end of an odd number of bytes).
bool holdsInvalidUtf16(QStringView text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            ++i;
            continue;
        }
        if (c.isSurrogate() || c.isNull() || c == QChar::ReplacementCharacter)
            return true;
    }
    return false;
}

} // namespace

QString CsvReader::fromWindows1252(QByteArrayView bytes)
{
    QString text(bytes.size(), Qt::Uninitialized);
    QChar *out = text.data();
    for (const char byte : bytes) {
        const auto b = static_cast<unsigned char>(byte);
        if (b >= 0x80 && b <= 0x9F) {
            const char16_t mapped = cp1252High[b - 0x80];
            *out++ = QChar(mapped != 0 ? mapped : char16_t(0xFFFD));
        } else {
            *out++ = QChar(char16_t(b));
        }
    }
    return text;
}

QString CsvReader::encodingName(Encoding encoding, bool bom, bool mixed)
{
    if (encoding == Encoding::Windows1252)
        return tr("Windows-1252");
    if (encoding == Encoding::Utf16LE)
        //: Dutch: "UTF-16 LE met BOM" (Excel's "Unicode-tekst")
        return tr("UTF-16 LE with BOM");
    if (encoding == Encoding::Utf16BE)
        //: Dutch: "UTF-16 BE met BOM"
        return tr("UTF-16 BE with BOM");
    if (mixed)
        //: Dutch: "UTF-8, met tekens die geen UTF-8 zijn (die regels worden afgekeurd)"
        return tr("UTF-8 with characters that are not UTF-8 (those lines are rejected)");
    return bom ? tr("UTF-8 with BOM") : tr("UTF-8");
}

QString CsvReader::delimiterName(QChar delimiter)
{
    if (delimiter == u';')
        return tr("semicolon (;)");
    if (delimiter == u',')
        return tr("comma (,)");
    return tr("tab");
}

CsvReader::CsvReader(QString path)
    : m_ownedDevice(std::make_unique<QFile>(std::move(path)))
    , m_device(m_ownedDevice.get())
{ }

CsvReader::CsvReader(QIODevice *device)
    : m_device(device)
{ }

CsvReader::~CsvReader() = default;

bool CsvReader::open()
{
    if (m_opened)
        return !m_failed;
    m_opened = true;
    m_failed = true;
    if (m_ownedDevice && !m_ownedDevice->open(QIODevice::ReadOnly)) {
        auto *file = static_cast<QFile *>(m_ownedDevice.get());
        //: %1 is the file name, %2 the system's reason
        m_error = tr("The file %1 could not be opened: %2")
                      .arg(file->fileName(), m_ownedDevice->errorString());
        return false;
    }
    if (!m_device || !m_device->isReadable()) {
        m_error = tr("The file could not be read.");
        return false;
    }
    if (!detectEncoding())
        return false;
    if (!fill()) {
        m_error = tr("The file is empty: it needs a header row with the column names.");
        return false;
    }
    detectDelimiter();
    CsvRecord header;
    if (!readRecord(&header) || !header.error.isEmpty()) {
        m_error = header.error.isEmpty()
            ? tr("The file is empty: it needs a header row with the column names.")
            : header.error;
        return false;
    }
    for (QString &name : header.fields) {
        if (name.startsWith(QChar(0xFEFF)))
            name.remove(0, 1);
        name = name.trimmed();
    }
    m_header = header.fields;
    m_failed = false;
    return true;
}

// See the class comment: UTF-16 by its byte order mark; otherwise UTF-8, Windows-1252 or mixed,
// judged by all bytes of a file (then read again from the start) or the first megabyte of a
// pipe.
bool CsvReader::detectEncoding()
{
    const QByteArray head = m_device->peek(3);
    if (!m_device->isSequential()) {
        m_totalBytes = m_device->size();
        m_startOffset = m_device->pos();
    }
    if (const std::optional<Encoding> utf16 = utf16Bom(head)) {
        m_encoding = *utf16;
        m_bom = true;
        m_decoder = QStringDecoder(m_encoding == Encoding::Utf16LE ? QStringDecoder::Utf16LE
                                                                   : QStringDecoder::Utf16BE);
        m_device->skip(2);
        m_bytesRead = 2;
        return true;
    }
    m_bom = startsWithBom(head);
    m_decoder = QStringDecoder(QStringDecoder::Utf8);
    Utf8Scan scan;
    if (m_device->isSequential()) {
        scan.feed(m_device->peek(sniffSize));
    } else {
        for (;;) {
            const QByteArray chunk = m_device->read(chunkSize);
            if (chunk.isEmpty())
                break;
            scan.feed(chunk);
        }
        scan.finish();
        if (!m_device->seek(m_startOffset)) {
            m_error = tr("The file could not be read: %1").arg(m_device->errorString());
            return false;
        }
    }
    if (scan.nul > 0) {
        //: Dutch: "Het bestand bevat NUL-bytes: het is UTF-16 zonder byte order mark (BOM) of
        //: geen tekstbestand. Sla het in Excel op als “CSV UTF-8” of als “Unicode-tekst”."
        m_error = tr("The file holds NUL bytes: it is UTF-16 without a byte order mark (BOM), or "
                     "not a text file. Save it in Excel as “CSV UTF-8” or as “Unicode text”.");
        return false;
    }
    if (m_bom) {
        m_device->skip(3);
        m_bytesRead = 3;
    }
    m_encoding
        = scan.invalid > 0 && scan.valid == 0 && !m_bom ? Encoding::Windows1252 : Encoding::Utf8;
    m_mixed = scan.invalid > 0 && m_encoding == Encoding::Utf8;
    return true;
}

bool CsvReader::fill()
{
    m_buffer.clear();
    m_pos = 0;
    while (m_buffer.isEmpty()) {
        if (m_atEnd)
            return false;
        const QByteArray chunk = m_device->read(chunkSize);
        if (chunk.isEmpty()) {
            m_atEnd = true;
            // UTF-16 after its two-byte BOM: an odd number of bytes ends in half a character,
            // which the decoder keeps to itself. It becomes U+FFFD, which rejects its record.
            if (isUtf16() && m_bytesRead % 2 != 0) {
                m_buffer = QString(QChar::ReplacementCharacter);
                return true;
            }
            return false;
        }
        m_bytesRead += chunk.size();
        m_buffer = m_encoding == Encoding::Windows1252 ? fromWindows1252(chunk)
                                                       : QString(m_decoder(chunk));
    }
    return true;
}

// The delimiter that occurs most often outside quotes in the first line; `;` on a tie, as Dutch
// spreadsheets write it.
void CsvReader::detectDelimiter()
{
    int semicolons = 0;
    int commas = 0;
    int tabs = 0;
    bool quoted = false;
    for (qsizetype i = m_pos; i < m_buffer.size(); ++i) {
        const QChar c = m_buffer.at(i);
        if (c == u'"')
            quoted = !quoted;
        else if (quoted)
            continue;
        else if (c == u'\n' || c == u'\r')
            break;
        else if (c == u';')
            ++semicolons;
        else if (c == u',')
            ++commas;
        else if (c == u'\t')
            ++tabs;
    }
    m_delimiter = u';';
    if (commas > semicolons && commas >= tabs)
        m_delimiter = u',';
    else if (tabs > semicolons && tabs > commas)
        m_delimiter = u'\t';
}

bool CsvReader::next(CsvRecord *record)
{
    if (!m_opened || m_failed)
        return false;
    return readRecord(record);
}

void CsvReader::resumeAfter(qint64 line, const QString &rest)
{
    m_buffer = rest + QStringView(m_buffer).mid(m_pos);
    m_pos = 0;
    m_line = line + 1;
}

void CsvReader::skipLine()
{
    for (;;) {
        if (m_pos >= m_buffer.size() && !fill())
            return;
        const QChar c = m_buffer.at(m_pos++);
        if (c == u'\n')
            return;
        if (c == u'\r') {
            if ((m_pos < m_buffer.size() || fill()) && m_buffer.at(m_pos) == u'\n')
                ++m_pos;
            return;
        }
    }
}

bool CsvReader::peek(QChar *c)
{
    if (m_pos >= m_buffer.size() && !fill())
        return false;
    *c = m_buffer.at(m_pos);
    return true;
}

bool CsvReader::skipLf()
{
    QChar after;
    if (!peek(&after) || after != u'\n')
        return false;
    ++m_pos;
    return true;
}

bool CsvReader::skipBlankLines()
{
    QChar c;
    for (;;) {
        if (!peek(&c))
            return false;
        if (c != u'\r' && c != u'\n')
            return true;
        ++m_pos;
        if (c == u'\r')
            skipLf();
        ++m_line;
    }
}

bool CsvReader::reject(CsvRecord *record, const QString &field, bool spansLines,
                       const QString &rest, const QString &why)
{
    record->error = why;
    record->fields << field;
    if (spansLines) {
        resumeAfter(record->line, rest);
    } else {
        skipLine();
        m_line = record->line + 1;
    }
    return true;
}

void CsvReader::checkCharacters(CsvRecord *record) const
{
    if (m_encoding == Encoding::Utf8) {
        for (const QString &f : std::as_const(record->fields)) {
            if (f.contains(QChar::ReplacementCharacter)) {
                //: Dutch: "ongeldige tekens (geen UTF-8)"; the CLI and the wizard put
                //: "regel 12: " before it
                record->error = tr("invalid characters (not UTF-8)");
                break;
            }
        }
    } else if (isUtf16()) {
        for (const QString &f : std::as_const(record->fields)) {
            if (holdsInvalidUtf16(f)) {
                //: Dutch: "ongeldige tekens (geen UTF-16)"; the CLI and the wizard put
                //: "regel 12: " before it
                record->error = tr("invalid characters (not UTF-16)");
                break;
            }
        }
    }
}

bool CsvReader::readRecord(CsvRecord *record)
{
    record->fields.clear();
    record->error.clear();
    if (!skipBlankLines())
        return false;
    record->line = m_line;

    QString field;
    bool inQuotes = false;
    bool fieldHadQuotes = false;
    bool afterQuote = false; // a quoted field was closed; a separator or line end must follow
    bool spansLines = false; // a quoted line break was read: rest holds what followed it
    QString rest;
    qsizetype size = 0;
    // Rejects the record as its first line only; reading resumes on the next line.
    const auto reject = [&](const QString &why) {
        return this->reject(record, field, spansLines, rest, why);
    };
    const auto finishRecord = [&] {
        record->fields << field;
        checkCharacters(record);
        return true;
    };
    QChar c;
    for (;;) {
        if (!peek(&c)) {
            if (inQuotes) {
                //: Dutch: "Een veld tussen aanhalingstekens wordt niet afgesloten."
                return reject(tr("A quoted field is not closed."));
            }
            return finishRecord();
        }
        ++m_pos;
        if (spansLines)
            rest += c;
        if (++size > maxRecordChars) {
            if (!spansLines)
                --m_pos; // skipLine() reads this character's line to its end
            return reject(tr("The record is longer than %n characters; is a quote missing?",
                             nullptr, int(maxRecordChars)));
        }
        if (inQuotes) {
            if (c == u'"') {
                QChar after;
                if (peek(&after) && after == u'"') {
                    ++m_pos;
                    if (spansLines)
                        rest += after;
                    field += u'"';
                } else {
                    inQuotes = false;
                    afterQuote = true;
                }
            } else if (c == u'\r' || c == u'\n') {
                if (c == u'\r' && skipLf() && spansLines)
                    rest += u'\n';
                field += u'\n';
                ++m_line;
                spansLines = true;
            } else {
                field += c;
            }
            continue;
        }
        if (c == m_delimiter) {
            record->fields << field;
            field.clear();
            fieldHadQuotes = false;
            afterQuote = false;
        } else if (c == u'"' && !fieldHadQuotes && field.trimmed().isEmpty()) {
            field.clear();
            inQuotes = true;
            fieldHadQuotes = true;
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r')
                skipLf();
            ++m_line;
            return finishRecord();
        } else {
            // Text after a closing quote: kept on one line ("Smit"  ;), but a quote that ran
            // over line ends and then closes in the middle of a value was a quote missing on
            // the first line, not a field with line breaks.
            if (afterQuote && spansLines && !c.isSpace())
                //: Dutch: "Een aanhalingsteken wordt niet afgesloten."
                return reject(tr("A quote is not closed."));
            field += c;
        }
    }
}

} // namespace pd
