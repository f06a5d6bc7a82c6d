#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringDecoder>
#include <QStringList>

#include <memory>

class QIODevice;

namespace pd {

// line: the physical line it starts on (the header is line 1).
struct CsvRecord
{
    qint64 line = 0;
    QStringList fields;
    // Set when unreadable: the record then stands for its first physical line only.
    QString error;
};

// Reads the CSV that Dutch offices really export: `;`, `,` or tab separated, UTF-8, Windows-1252
// or UTF-16 with a BOM. Memory is bounded by one chunk and one record, whatever the file's size.
// Without a BOM the bytes decide (a pipe's first megabyte): a NUL byte refuses the file, and a
// mixed file is read as UTF-8 with an error on each record holding a byte that is not UTF-8,
// instead of mojibake: which of the two a byte meant cannot be told. Malformed input rejects one
// line and reading goes on. Windows-1252 has our own table: Qt knows it only when built with ICU.
class CsvReader final
{
    Q_DECLARE_TR_FUNCTIONS(pd::CsvReader)
public:
    enum class Encoding { Utf8, Windows1252, Utf16LE, Utf16BE };

    static constexpr qsizetype maxRecordChars = 1 << 20;

    explicit CsvReader(QString path);
    // device: open for reading, not owned.
    explicit CsvReader(QIODevice *device);
    ~CsvReader();
    CsvReader(const CsvReader &) = delete;
    CsvReader &operator=(const CsvReader &) = delete;

    bool open();
    QString errorString() const { return m_error; }

    Encoding encoding() const { return m_encoding; }
    bool mixedEncoding() const { return m_mixed; }
    bool hasBom() const { return m_bom; } // always for UTF-16
    QChar delimiter() const { return m_delimiter; }
    QStringList header() const { return m_header; }

    bool next(CsvRecord *record);

    qint64 bytesRead() const { return m_bytesRead; }
    qint64 totalBytes() const { return m_totalBytes; }

    static QString encodingName(Encoding encoding, bool bom, bool mixed = false);
    static QString delimiterName(QChar delimiter);
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
    bool peek(QChar *c);
    bool skipLf();
    bool skipBlankLines();
    bool reject(CsvRecord *record, const QString &field, bool spansLines, const QString &rest,
                const QString &why);
    void checkCharacters(CsvRecord *record) const;
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
