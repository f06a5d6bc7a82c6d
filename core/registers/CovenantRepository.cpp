#include "registers/CovenantRepository.h"

#include "store/ServiceSupport.h"
#include "store/Statements.h"

#include <QHash>
#include <QSqlQuery>

#include <algorithm>

namespace pd {

using namespace Qt::StringLiterals;
using statements::failed;
using statements::run;
using support::dateFrom;
using support::isoDate;
using support::nullable;
using support::nullableDate;

namespace {

const QString columns
    = u"id, name, purpose, legal_basis, basis_text, data_text, valid_from, valid_until, "
      "review_on, document_name, document_type, document_size, document_sha256"_s;
// The columns of `columns`, in its order.
// clang-format off
enum CovenantColumn {
    Id, Name, Purpose, Basis, BasisText, DataText, ValidFrom, ValidUntil, ReviewOn, DocumentName,
    DocumentType, DocumentSize, Sha256
};
// clang-format on

Covenant fromQuery(const QSqlQuery &q)
{
    Covenant c;
    c.id = q.value(Id).toLongLong();
    c.name = q.value(Name).toString();
    c.purpose = q.value(Purpose).toString();
    c.basis = codes::from<LegalBasis>(q.value(Basis).toString()).value_or(LegalBasis::PublicTask);
    c.basisText = q.value(BasisText).toString();
    c.dataText = q.value(DataText).toString();
    c.from = dateFrom(q.value(ValidFrom));
    c.until = dateFrom(q.value(ValidUntil));
    c.reviewOn = dateFrom(q.value(ReviewOn));
    c.document = { q.value(DocumentName).toString(), q.value(DocumentType).toString(),
                   q.value(DocumentSize).toLongLong(), q.value(Sha256).toString() };
    return c;
}

// The parties and data categories of the covenants read: two reads for the whole register.
bool fillDetails(const QSqlDatabase &db, QList<Covenant> &covenants, const QString &condition,
                 const QVariantList &values, ServiceError *error)
{
    QHash<qint64, qsizetype> index;
    for (qsizetype i = 0; i < covenants.size(); ++i)
        index.insert(covenants.at(i).id, i);
    enum PartyColumn { PartyCovenantId, PartyName };
    enum DataColumn { DataCovenantId, Code };
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!run(query,
             u"SELECT covenant_id, name FROM covenant_parties "_s + condition
                 + u" ORDER BY covenant_id, position"_s,
             values, error))
        return false;
    while (query.next()) {
        if (const auto at = index.constFind(query.value(PartyCovenantId).toLongLong());
            at != index.constEnd())
            covenants[*at].parties << query.value(PartyName).toString();
    }
    if (query.lastError().isValid())
        return failed(query, error);
    if (!run(query, u"SELECT covenant_id, category FROM covenant_data "_s + condition, values,
             error))
        return false;
    while (query.next()) {
        const auto at = index.constFind(query.value(DataCovenantId).toLongLong());
        const auto category = codes::from<DataCategory>(query.value(Code).toString());
        if (at != index.constEnd() && category)
            covenants[*at].data << *category;
    }
    if (query.lastError().isValid())
        return failed(query, error);
    for (Covenant &c : covenants)
        std::sort(c.data.begin(), c.data.end());
    return true;
}

QVariantList rowValues(const Covenant &c, const QString &now)
{
    return { c.name.trimmed(),      c.purpose.trimmed(),      codes::code(c.basis),
             nullable(c.basisText), nullable(c.dataText),     isoDate(c.from),
             nullableDate(c.until), nullableDate(c.reviewOn), now };
}

} // namespace

std::optional<QList<Covenant>> CovenantRepository::all(const QSqlDatabase &db, ServiceError *error)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!run(query, u"SELECT %1 FROM covenants ORDER BY name, id"_s.arg(columns), {}, error))
        return std::nullopt;
    std::optional<QList<Covenant>> rows = statements::rows(query, fromQuery, error);
    if (!rows)
        return std::nullopt;
    query.finish();
    if (!fillDetails(db, *rows, {}, {}, error))
        return std::nullopt;
    return rows;
}

bool CovenantRepository::byId(const QSqlDatabase &db, qint64 id, std::optional<Covenant> *found,
                              ServiceError *error)
{
    QSqlQuery query(db);
    if (!run(query, u"SELECT %1 FROM covenants WHERE id = ?"_s.arg(columns), { id }, error)
        || !statements::firstRow(query, fromQuery, found, error))
        return false;
    if (!*found)
        return true;
    query.finish();
    QList<Covenant> one { **found };
    if (!fillDetails(db, one, u"WHERE covenant_id = ?"_s, { id }, error))
        return false;
    *found = one.first();
    return true;
}

bool CovenantRepository::document(const QSqlDatabase &db, qint64 id, QByteArray *content,
                                  QString *sha256, ServiceError *error)
{
    QSqlQuery query(db);
    if (!run(query, u"SELECT document, document_sha256 FROM covenants WHERE id = ?"_s, { id },
             error))
        return false;
    if (!query.next())
        return !query.lastError().isValid() || failed(query, error);
    enum DocumentColumn { Document, DocumentSha256 };
    *content = query.value(Document).toByteArray();
    *sha256 = query.value(DocumentSha256).toString();
    return true;
}

std::optional<qint64> CovenantRepository::insert(const QSqlDatabase &db, const Covenant &c,
                                                 const QString &now, const QString &actor,
                                                 ServiceError *error)
{
    return statements::inserted(
        db,
        u"INSERT INTO covenants (name, purpose, legal_basis, basis_text, data_text, "
        "valid_from, valid_until, review_on, updated_at, created_at, created_by) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
        rowValues(c, now) << now << actor, error);
}

bool CovenantRepository::update(const QSqlDatabase &db, const Covenant &c, const QString &now,
                                ServiceError *error)
{
    return run(db,
               u"UPDATE covenants SET name = ?, purpose = ?, legal_basis = ?, basis_text = ?, "
               "data_text = ?, valid_from = ?, valid_until = ?, review_on = ?, updated_at = ? "
               "WHERE id = ?"_s,
               rowValues(c, now) << c.id, error);
}

bool CovenantRepository::writeDetails(const QSqlDatabase &db, const Covenant &c, bool replacing,
                                      ServiceError *error)
{
    QSqlQuery query(db);
    if (replacing
        && !(run(query, u"DELETE FROM covenant_parties WHERE covenant_id = ?"_s, { c.id }, error)
             && run(query, u"DELETE FROM covenant_data WHERE covenant_id = ?"_s, { c.id }, error)))
        return false;
    for (qsizetype i = 0; i < c.parties.size(); ++i)
        if (!run(query,
                 u"INSERT INTO covenant_parties (covenant_id, position, name) VALUES (?, ?, ?)"_s,
                 { c.id, qint64(i + 1), c.parties.at(i).trimmed() }, error))
            return false;
    for (const DataCategory category : c.data)
        if (!run(query, u"INSERT INTO covenant_data (covenant_id, category) VALUES (?, ?)"_s,
                 { c.id, codes::code(category) }, error))
            return false;
    return true;
}

bool CovenantRepository::setDocument(const QSqlDatabase &db, qint64 id,
                                     const CovenantDocument &meta, const QByteArray &content,
                                     const QString &now, ServiceError *error)
{
    return run(db,
               u"UPDATE covenants SET document_name = ?, document_type = ?, document_size = ?, "
               "document_sha256 = ?, document = ?, updated_at = ? WHERE id = ?"_s,
               { meta.name, meta.mediaType, meta.size, meta.sha256, content, now, id }, error);
}

QString CovenantRepository::leftJoinSql(const QString &alias, const QString &key)
{
    return u"LEFT JOIN covenants %1 ON %1.id = %2"_s.arg(alias, key);
}

} // namespace pd
