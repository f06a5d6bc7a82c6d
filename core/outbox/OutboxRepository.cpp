#include "outbox/OutboxRepository.h"

#include "cases/CaseRepository.h"
#include "store/ServiceSupport.h"
#include "store/Statements.h"

#include <QSqlQuery>
#include <QVariant>

namespace pd {

using namespace Qt::StringLiterals;

namespace {

// clang-format off
enum Column {
    Id, CaseId, Channel, Target, Address, Action, Body, Reason, State, Attempts, Error, PlannedAt,
    PlannedBy, DoneAt, DoneBy, BreachId, CaseNumber
};
// clang-format on

const QString columns = u"o.id, o.case_id, o.channel, o.target, o.address, o.action, o.body, "
                        "o.reason, o.state, o.attempts, o.error, o.planned_at, o.planned_by, "
                        "o.done_at, o.done_by, o.breach_id"_s;

OutboxItem itemFrom(const QSqlQuery &row)
{
    OutboxItem i;
    i.id = row.value(Id).toLongLong();
    i.caseId = row.value(CaseId).toLongLong();
    i.breachId = row.value(BreachId).toLongLong();
    i.channel = row.value(Channel).toString();
    i.target = row.value(Target).toString();
    i.address = row.value(Address).toString();
    i.action = row.value(Action).toString();
    i.body = row.value(Body).toString().toUtf8();
    i.reason = row.value(Reason).toString();
    i.state = codes::from<OutboxState>(row.value(State).toString()).value_or(OutboxState::Failed);
    i.attempts = row.value(Attempts).toInt();
    i.error = row.value(Error).toString();
    i.plannedAt = support::momentFrom(row.value(PlannedAt));
    i.plannedBy = row.value(PlannedBy).toString();
    i.doneAt = support::momentFrom(row.value(DoneAt));
    i.doneBy = row.value(DoneBy).toString();
    // A breach's rows are read without the request's number, which they have not.
    if (i.caseId != 0)
        i.caseNumber = row.value(CaseNumber).toString();
    return i;
}

// The columns with the message, or an empty text in its place.
QString columnsOf(OutboxRepository::Bodies bodies)
{
    return bodies == OutboxRepository::Bodies::With
        ? columns
        : QString(columns).replace(u"o.body"_s, u"''"_s);
}

std::optional<QList<OutboxItem>>
select(const QSqlDatabase &db, const QString &where, const QVariantList &values,
       ServiceError *error, OutboxRepository::Bodies bodies = OutboxRepository::Bodies::With)
{
    return statements::select(db,
                              u"SELECT "_s + columnsOf(bodies) + u", "_s
                                  + CaseRepository::numberSql() + u" FROM outbox o "_s
                                  + CaseRepository::joinSql(u"c", u"o.case_id") + u" WHERE "_s
                                  + where + u" ORDER BY o.id"_s,
                              values, itemFrom, error);
}

} // namespace

bool OutboxRepository::plan(const QSqlDatabase &db, const OutboxItem &item, bool *added,
                            ServiceError *error)
{
    QSqlQuery query(db);
    // Not ON CONFLICT: the store's SQLite (SQLCipher 3.4) predates it. A second desk planning
    // the same write at the same moment fails on the UNIQUE constraint, and its unit with it.
    const bool breach = item.breachId != 0;
    const QVariant owner = breach ? QVariant(item.breachId) : QVariant(item.caseId);
    const QVariant none { QMetaType(QMetaType::LongLong) };
    if (!statements::run(
            query,
            u"INSERT INTO outbox (case_id, breach_id, channel, target, address, "
            "action, body, reason, planned_at, planned_by) "
            "SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM "
            "outbox WHERE %1 = ? AND channel = ? AND address = ? AND action = ?)"_s.arg(
                breach ? u"breach_id"_s : u"case_id"_s),
            { breach ? none : owner, breach ? owner : none, item.channel, item.target, item.address,
              item.action, QString::fromUtf8(item.body), item.reason,
              support::isoMoment(item.plannedAt), item.plannedBy, owner, item.channel, item.address,
              item.action },
            error))
        return false;
    *added = query.numRowsAffected() > 0;
    return true;
}

std::optional<QList<OutboxItem>> OutboxRepository::ofCase(const QSqlDatabase &db, qint64 caseId,
                                                          const QString &channel,
                                                          ServiceError *error)
{
    return select(db, u"o.case_id = ? AND o.channel = ?"_s, { caseId, channel }, error);
}

std::optional<QList<OutboxItem>> OutboxRepository::ofBreachLetter(const QSqlDatabase &db,
                                                                  qint64 breachId, qint64 letterId,
                                                                  ServiceError *error)
{
    return statements::select(db,
                              u"SELECT "_s + columns
                                  + u", NULL FROM outbox o WHERE o.breach_id = ? AND o.channel = ? "
                                    "AND (o.action = ? OR o.action LIKE ?) ORDER BY o.id"_s,
                              { QVariant(breachId), QVariant(OutboxItem::mailChannel()),
                                QVariant(OutboxItem::letterAction(letterId)),
                                QVariant(OutboxItem::letterAction(letterId) + u"/%"_s) },
                              itemFrom, error);
}

namespace {

// Breaches' e-mails not yet done, without the messages: a breach's may be a thousand. A breach's
// row has no request, so it is read without the join to its number.
std::optional<QList<OutboxItem>> openBreachMail(const QSqlDatabase &db, const QString &which,
                                                const QVariantList &values, ServiceError *error)
{
    return statements::select(
        db,
        u"SELECT "_s + columnsOf(OutboxRepository::Bodies::Without)
            + u", NULL FROM outbox o WHERE "_s + which
            + u" AND o.channel = ? AND o.state NOT IN ('gedaan', 'vervallen') "
              "ORDER BY o.id"_s,
        values + QVariantList { OutboxItem::mailChannel() }, itemFrom, error);
}

} // namespace

std::optional<QList<OutboxItem>>
OutboxRepository::openMailOfBreach(const QSqlDatabase &db, qint64 breachId, ServiceError *error)
{
    return openBreachMail(db, u"o.breach_id = ?"_s, { breachId }, error);
}

std::optional<QList<OutboxItem>> OutboxRepository::openMailOfBreaches(const QSqlDatabase &db,
                                                                      ServiceError *error)
{
    return openBreachMail(db, u"o.breach_id IS NOT NULL"_s, {}, error);
}

bool OutboxRepository::eraseMailOfBreach(const QSqlDatabase &db, qint64 breachId,
                                         ServiceError *error)
{
    return statements::run(db,
                           u"UPDATE outbox SET body = '', address = 'vernietigd:' || "
                           "CAST(id AS TEXT) WHERE channel = 'e-mail' AND breach_id = ?"_s,
                           { breachId }, error);
}

std::optional<QList<OutboxItem>> OutboxRepository::open(const QSqlDatabase &db,
                                                        const QString &channel, ServiceError *error,
                                                        Bodies bodies)
{
    return select(db, u"o.state NOT IN ('gedaan', 'vervallen') AND o.channel = ?"_s, { channel },
                  error, bodies);
}

bool OutboxRepository::supersede(const QSqlDatabase &db, qint64 caseId, const QString &address,
                                 const QString &action, ServiceError *error, Answer answer)
{
    QSqlQuery query(db);
    return statements::run(
        query,
        u"UPDATE outbox SET state = 'vervallen'"_s
            + (answer == Answer::Drop ? u", error = NULL, done_by = NULL"_s : QString())
            + u" WHERE case_id = ? AND address = ? AND action = ? "
              "AND state NOT IN ('gedaan', 'vervallen')"_s,
        { caseId, address, action }, error);
}

bool OutboxRepository::dismiss(const QSqlDatabase &db, const OutboxItem &item, ServiceError *error)
{
    QSqlQuery query(db);
    if (!statements::run(query,
                         u"UPDATE outbox SET state = 'vervallen', error = ?, done_at = ?, "
                         "done_by = ? WHERE id = ? AND state NOT IN ('gedaan', 'vervallen')"_s,
                         { item.error, support::isoMoment(item.doneAt), item.doneBy, item.id },
                         error))
        return false;
    if (query.numRowsAffected() == 1)
        return true;
    *error = { ServiceError::Code::Conflict, u"outbox %1 is not open"_s.arg(item.id), {} };
    return false;
}

bool OutboxRepository::answer(const QSqlDatabase &db, const OutboxItem &item, ServiceError *error)
{
    return statements::run(db,
                           u"UPDATE outbox SET state = ?, attempts = attempts + 1, error = ?, "
                           "done_at = ?, done_by = ? WHERE id = ?"_s,
                           { codes::code(item.state), support::nullable(item.error),
                             support::isoMoment(item.doneAt), item.doneBy, item.id },
                           error);
}

bool OutboxRepository::eraseMailOf(const QSqlDatabase &db, const QString &caseIdsSql,
                                   qint64 personId, ServiceError *error)
{
    QSqlQuery query(db);
    // The address keeps the row apart from the request's other e-mails (UNIQUE).
    return statements::run(query,
                           u"UPDATE outbox SET body = '', address = 'vernietigd:' || "
                           "CAST(id AS TEXT) WHERE channel = 'e-mail' AND case_id IN "_s
                               + caseIdsSql,
                           { personId }, error);
}

} // namespace pd
