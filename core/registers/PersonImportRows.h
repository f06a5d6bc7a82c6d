#pragma once

#include "registers/PersonImport.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

// What the two halves of PersonImport share: the rows as the check reads them
// (PersonImportCheck.cpp) and as the import writes them (PersonImport.cpp). Not for other code.
namespace pd::personimport {

using namespace Qt::StringLiterals;

inline constexpr int progressEvery = 1000;

// The person columns an import writes, in the order of the UPDATE statement.
inline const QStringList personColumns { u"name"_s,         u"relation"_s, u"street"_s,
                                         u"house_number"_s, u"postcode"_s, u"city"_s,
                                         u"phone"_s,        u"email"_s,    u"relation_end"_s };
// The two of them the case search indexes (klantnummer, the third, is what an import finds a
// person by, so it never changes).
inline constexpr int nameColumn = 0;
inline constexpr int postcodeColumn = 4;

// One row that passed every check that needs no store. Values are trimmed; empty means "not
// given" (an update keeps the stored value).
struct ImportRow
{
    qint64 line = 0;
    QString klantnummer;
    QStringList values; // per personColumns
};

enum class RowStatus { Valid, Rejected, Blank };

QVariant nullable(const QString &text);

// Checks one record of the file against everything that needs no store: Valid with *row, or
// Rejected with *reason, or Blank (an empty line).
RowStatus validateRow(const CsvRecord &record, const QStringList &header,
                      const QList<ImportField> &columns, ImportRow *row, QString *reason);

// The row of a record the check found valid, without the checks (the write pass of an
// import whose ImportCheck has a recordsDigest): Blank, Rejected only for a record the reader
// could not read, else Valid with *row exactly as validateRow gives it for the same record. Only
// sound for records whose content the caller compares with the check's (RecordDigest).
RowStatus readCheckedRow(const CsvRecord &record, const QStringList &header,
                         const QList<ImportField> &columns, ImportRow *row);

// ImportCheck::recordsDigest: BLAKE2b-256 over every record's content (line, error, fields), one
// update per record from a buffer it reuses (SHA-256 with an update per field cost the check and
// the write pass 7 % of the import).
class RecordDigest final
{
public:
    void add(const CsvRecord &record);
    QByteArray result() const { return m_hash.result(); }

private:
    QCryptographicHash m_hash { QCryptographicHash::Blake2b_256 };
    QByteArray m_bytes;
};

// The file's SHA-256; empty when it cannot be read.
QByteArray fileDigest(const QString &path);

void sortByLine(QList<ImportRejection> *rejected);

} // namespace pd::personimport
