#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringDecoder>
#include <QStringList>

#include <memory>

class QIODevice;

namespace pd {

// One record of a CSV file: its fields and the physical line it starts on (the header is
// line 1; a quoted field that spans lines keeps the number of the line where it began).
struct CsvRecord
{
    qint64 line = 0;
    QStringList fields;
    // Set when the record could not be read: an unclosed quote, a record longer than the limit,
    // characters that are not UTF-8 in a UTF-8 file. The record then stands for its first
    // physical line only (fields may be partial); reading goes on with the next line.
    QString error;
};

// Reads the CSV that Dutch offices really export: `;`, `,` or tab separated (detected from the
// header line), UTF-8 with or without BOM, Windows-1252 or UTF-16 with a BOM (Excel's "Unicode
// text": tab separated UTF-16LE), quoted fields with separators, doubled quotes and line breaks
// inside, CRLF, LF or CR line ends, blank lines (skipped). Streaming: memory is bounded by one
// chunk and one record (at most maxRecordChars), whatever the size of the file.
//
// The encoding:
//  - a UTF-16 byte order mark (FF FE little-endian, FE FF big-endian): UTF-16 of that byte
//    order. A record that holds a character that is not valid UTF-16 (half of a surrogate
//    pair, NUL, the half character an odd number of bytes leaves at the end, U+FFFD) is
//    rejected ("invalid characters (not UTF-16)").
//  - Otherwise the file is judged by all of its bytes (the first megabyte of a pipe). A NUL
//    byte refuses the file: it is UTF-16 without a byte order mark, or not text at all, and
//    which of the two cannot be told.
//  - valid UTF-8 throughout, or a UTF-8 BOM: UTF-8;
//  - bytes that are not UTF-8 and not one valid UTF-8 sequence beyond ASCII: Windows-1252 (the
//    whole file is a Windows export: read as such, every byte is a character);
//  - both valid UTF-8 sequences and bytes that are not UTF-8: a mixed file (mixedEncoding()).
//    It is read as UTF-8 and every record with a byte that is not UTF-8 gets an error ("invalid
//    characters (not UTF-8)") instead of mojibake: which of the two a byte meant cannot be told.
// A record that holds U+FFFD after decoding as UTF-8 is rejected the same way (an undecodable
// byte, or a replacement character an earlier conversion left behind).
//
// Malformed input rejects one line and reading goes on: a stray quote inside an unquoted field
// is kept as text; a quoted field that is never closed, or that spans lines and is followed by
// text other than a separator, rejects the line it began on, and reading resumes at the next
// physical line. A record over maxRecordChars rejects its line the same way (a single line
// over the limit is skipped to its end).
//
// Windows-1252 is decoded with our own table rather than QStringDecoder("Windows-1252"):
// that name works only where Qt is built with ICU (it is on Debian, not on every platform).
class CsvReader final
{
    Q_DECLARE_TR_FUNCTIONS(pd::CsvReader)
public:
    enum class Encoding { Utf8, Windows1252, Utf16LE, Utf16BE };

    static constexpr qsizetype maxRecordChars = 1 << 20;

    explicit CsvReader(QString path);
    // device must be open for reading; it is not owned. A sequential device (a pipe) is judged
    // by its first megabyte for the encoding; a file by all of its bytes.
    explicit CsvReader(QIODevice *device);
    ~CsvReader();
    CsvReader(const CsvReader &) = delete;
    CsvReader &operator=(const CsvReader &) = delete;

    // Detects encoding and delimiter and reads the header row. False when the file cannot be
    // read or holds no header (errorString() says why in plain words).
    bool open();
    QString errorString() const { return m_error; }

    Encoding encoding() const { return m_encoding; }
    // UTF-8 with bytes that are not UTF-8 in between (see above).
    bool mixedEncoding() const { return m_mixed; }
    bool hasBom() const { return m_bom; } // always for UTF-16
    QChar delimiter() const { return m_delimiter; }
    QStringList header() const { return m_header; }

    // The next data record; false at the end of the input.
    bool next(CsvRecord *record);

    // For progress: bytes consumed so far and the size (0 when unknown).
    qint64 bytesRead() const { return m_bytesRead; }
    qint64 totalBytes() const { return m_totalBytes; }

    // mixed: UTF-8 with bytes that are not UTF-8 (mixedEncoding()).
    static QString encodingName(Encoding encoding, bool bom, bool mixed = false);
    static QString delimiterName(QChar delimiter);
    // Decodes Windows-1252 bytes (0x80-0x9F by table, the rest as Latin-1).
    static QString fromWindows1252(QByteArrayView bytes);

private:
    bool isUtf16() const
    {
        return m_encoding == Encoding::Utf16LE || m_encoding == Encoding::Utf16BE;
    }
    bool detectEncoding();
    bool fill(); // decodes the next chunk into m_buffer; false at end of input
    void detectDelimiter();
    bool readRecord(CsvRecord *record);
    // The character at m_pos, filling the buffer when it is used up; false at end of input.
    bool peek(QChar *c);
    // After a CR: consumes the LF of a CRLF when one follows (true when it did).
    bool skipLf();
    // Skips the blank lines before a record (they still count as lines); false at end of input.
    bool skipBlankLines();
    // Rejects a record as its first line only (field: the one being read, kept partial);
    // reading resumes on the next line, after `rest` when the record spans lines. True.
    bool reject(CsvRecord *record, const QString &field, bool spansLines, const QString &rest,
                const QString &why);
    // A record read to its end gets an error when a field holds characters its encoding does
    // not allow (U+FFFD in UTF-8; see holdsInvalidUtf16 for UTF-16).
    void checkCharacters(CsvRecord *record) const;
    // After a malformed record that began on line `line`: reading resumes on line + 1, with
    // `rest` (what was consumed after that line's end) read again.
    void resumeAfter(qint64 line, const QString &rest);
    void skipLine(); // consumes the rest of the current physical line and its end

    std::unique_ptr<QIODevice> m_ownedDevice;
    QIODevice *m_device = nullptr;
    QString m_error;
    Encoding m_encoding = Encoding::Utf8;
    bool m_bom = false;
    bool m_mixed = false;
    QChar m_delimiter = u';';
    QStringList m_header;
    QStringDecoder m_decoder; // UTF-8 or UTF-16; Windows-1252 has its own table
    QString m_buffer;
    qsizetype m_pos = 0;
    bool m_atEnd = false;
    qint64 m_line = 1; // physical line of m_buffer[m_pos]
    qint64 m_bytesRead = 0;
    qint64 m_totalBytes = 0;
    qint64 m_startOffset = 0;
    bool m_opened = false;
    bool m_failed = false;
};

} // namespace pd
