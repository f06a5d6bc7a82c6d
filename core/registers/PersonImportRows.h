#pragma once

#include "registers/PersonImport.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

// Shared by the check and the write of PersonImport only.
namespace pd::personimport {

using namespace Qt::StringLiterals;

inline constexpr int progressEvery = 1000;

// In the order of the UPDATE statement.
inline const QStringList personColumns { u"name"_s,         u"relation"_s, u"street"_s,
                                         u"house_number"_s, u"postcode"_s, u"city"_s,
                                         u"phone"_s,        u"email"_s,    u"relation_end"_s };
inline constexpr int nameColumn = 0;
inline constexpr int relationColumn = 1;
inline constexpr int postcodeColumn = 4;
inline constexpr int relationEndColumn = 8;

// Values trimmed; empty means "not given": an update keeps the stored value.
struct ImportRow
{
    qint64 line = 0;
    QString klantnummer;
    QStringList values; // per personColumns
};

enum class RowStatus { Valid, Rejected, Blank };

QVariant nullable(const QString &text);

RowStatus validateRow(const CsvRecord &record, const QStringList &header,
                      const QList<ImportField> &columns, ImportRow *row, QString *reason);

// Without the checks: sound only for records whose content the caller compares with the
// check's (RecordDigest).
RowStatus readCheckedRow(const CsvRecord &record, const QStringList &header,
                         const QList<ImportField> &columns, ImportRow *row);

class RecordDigest final
{
public:
    void add(const CsvRecord &record);
    QByteArray result() const { return m_hash.result(); }

private:
    QCryptographicHash m_hash { QCryptographicHash::Blake2b_256 };
    QByteArray m_bytes;
};

QByteArray fileDigest(const QString &path);

void sortByLine(QList<ImportRejection> *rejected);

} // namespace pd::personimport
