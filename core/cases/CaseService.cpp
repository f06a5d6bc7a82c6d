#include "cases/CaseService.h"

#include "cases/Attachments.h"
#include "cases/CaseJson.h"
#include "cases/MailIntake.h"
#include "domain/InputLimits.h"
#include "persons/PersonRepository.h"
#include "registers/RetentionDerivation.h"
#include "session/Access.h"
#include "sql/BatchedIn.h"
#include "sql/Dialect.h"
#include "store/Store.h"
#include "store/Transaction.h"
#include "util/Clock.h"

#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>

namespace pd {

namespace {

// The next number of a year in a store folder: the counter in case_numbers, written under the
// store's single write lock. False (query's error) when it cannot be read or written: a
// counter that could not be read is no reason to start again at 1.
bool nextStoreNumber(QSqlQuery &query, int year, int *next)
{
    query.prepare(QStringLiteral("SELECT last FROM case_numbers WHERE year = ?"));
    query.addBindValue(year);
    if (!query.exec())
        return false;
    const bool known = query.next();
    *next = known ? query.value(0).toInt() + 1 : 1;
    query.prepare(known ? QStringLiteral("UPDATE case_numbers SET last = ? WHERE year = ?")
                        : QStringLiteral("INSERT INTO case_numbers (last, year) VALUES (?, ?)"));
    query.addBindValue(*next);
    query.addBindValue(year);
    return query.exec();
}

const QString caseEntity = QStringLiteral("case");
const QString personEntity = QStringLiteral("person");

QString isoDate(QDate date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QVariant nullable(const QString &text)
{
    return text.trimmed().isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                    : QVariant(text.trimmed());
}

QVariant nullableDate(QDate date)
{
    return date.isValid() ? QVariant(isoDate(date)) : QVariant(QMetaType(QMetaType::QString));
}

QString groundsToText(const QList<RefusalGround> &grounds)
{
    QStringList codes;
    for (RefusalGround ground : grounds)
        codes << Codes::code(ground);
    return codes.join(u',');
}

QList<RefusalGround> groundsFromText(const QString &text)
{
    QList<RefusalGround> grounds;
    for (const QString &code : text.split(u',', Qt::SkipEmptyParts)) {
        if (const auto ground = Codes::refusalGround(code))
            grounds << *ground;
    }
    return grounds;
}

// The columns every case query selects, in this order (see caseFromQuery).
const QString caseColumns = QStringLiteral(
    "c.id, c.number, c.channel, c.received_date, c.received_at, c.received_by, c.representative, "
    "c.description, c.callback_phone, c.state, c.handler, c.id_requested, c.id_received, "
    "c.id_method, c.id_verified_by, c.id_result, c.extended, c.extension_reason, "
    "c.extension_notified, c.outcome, c.refusal_grounds, c.answered_on, c.answer_channel, "
    "c.closed_at, p.id, p.name, p.relation, p.klantnummer, p.street, p.house_number, p.postcode, "
    "p.city, p.phone, p.email, p.relation_end, c.created_at, c.representative_mandate, "
    "(SELECT count(*) FROM case_attachments a WHERE a.case_id = c.id), c.motivation, "
    "c.direct_marketing, c.no_identification_reason, p.source, c.version");
// The same for a KCC login on a server, whose role may read only the intake fields (issue 21:
// column privileges, resources/server/access.sql): the others are NULL, as
// pd::intakeFields would have emptied them.
const QString intakeColumns = QStringLiteral(
    "c.id, c.number, c.channel, c.received_date, c.received_at, c.received_by, c.representative, "
    "c.description, c.callback_phone, c.state, NULL, NULL, NULL, NULL, NULL, NULL, c.extended, "
    "NULL, NULL, NULL, NULL, NULL, NULL, NULL, p.id, p.name, p.relation, p.klantnummer, p.street, "
    "p.house_number, p.postcode, p.city, p.phone, p.email, p.relation_end, c.created_at, "
    "c.representative_mandate, 0, NULL, 0, NULL, p.source, c.version");

Case caseFromQuery(const QSqlQuery &q)
{
    const auto text = [&q](int i) {
        return q.value(i).toString();
    };
    const auto date = [&q](int i) {
        return QDate::fromString(q.value(i).toString(), Qt::ISODate);
    };
    Case c;
    c.id = q.value(0).toLongLong();
    c.number = text(1);
    c.channel = Codes::channel(text(2)).value_or(Channel::Email);
    c.receivedDate = date(3);
    c.receivedAt = QDateTime::fromString(text(4), Qt::ISODateWithMs);
    c.receivedBy = text(5);
    c.representative = text(6);
    c.description = text(7);
    c.callbackPhone = text(8);
    c.state = Codes::caseState(text(9)).value_or(CaseState::Ontvangen);
    c.handler = text(10);
    c.identification.requested = date(11);
    c.identification.received = date(12);
    c.identification.method = Codes::idMethod(text(13));
    c.identification.verifiedBy = text(14);
    if (!q.value(15).isNull())
        c.identification.succeeded = text(15) == QLatin1StringView("geslaagd");
    c.extended = q.value(16).toInt() != 0;
    c.extensionReason = text(17);
    c.extensionNotified = date(18);
    c.outcome = Codes::outcome(text(19));
    c.refusalGrounds = groundsFromText(text(20));
    c.answeredOn = date(21);
    c.answerChannel = text(22);
    c.closedAt = QDateTime::fromString(text(23), Qt::ISODateWithMs);
    c.person.id = q.value(24).toLongLong();
    c.person.name = text(25);
    c.person.relation = Codes::relation(text(26)).value_or(Relation::Overig);
    c.person.klantnummer = text(27);
    c.person.street = text(28);
    c.person.houseNumber = text(29);
    c.person.postcode = text(30);
    c.person.city = text(31);
    c.person.phone = text(32);
    c.person.email = text(33);
    c.person.relationEnd = date(34);
    c.registeredAt = QDateTime::fromString(text(35), Qt::ISODateWithMs);
    c.representativeMandate = text(36);
    c.attachmentCount = q.value(37).toInt();
    c.motivation = text(38);
    c.directMarketing = q.value(39).toInt() != 0;
    c.noIdentificationReason = text(40);
    c.person.source = text(41);
    c.version = q.value(42).toInt();
    return c;
}

// The id of the row the last INSERT on this connection created (see sql::lastInsertedId).
qint64 insertedRowId(const QSqlDatabase &db)
{
    return sql::lastInsertedId(db);
}

ServiceError invalid(const QString &message)
{
    return { ServiceError::Code::Invalid, message, {} };
}

// One row of case_decisions (type, outcome, grounds, motivation, granted from column `first`),
// or nothing for a code this version does not know.
std::optional<TypeDecision> decisionFromQuery(const QSqlQuery &q, int first)
{
    const auto type = Codes::requestType(q.value(first).toString());
    const auto outcome = Codes::outcome(q.value(first + 1).toString());
    if (!type || !outcome)
        return std::nullopt;
    return TypeDecision { *type, *outcome, groundsFromText(q.value(first + 2).toString()),
                          q.value(first + 3).toString(), q.value(first + 4).toString() };
}

} // namespace

CaseService::CaseService(const Store &store, const Clock &clock)
    : m_store(store)
    , m_clock(clock)
{ }

AuditLog CaseService::audit() const
{
    return AuditLog(m_store.database(), m_store.storeId().toString(QUuid::WithoutBraces), m_clock);
}

bool CaseService::guard(const QList<QPair<QString, QString>> &fields, bool bsnOverride,
                        ServiceError *error)
{
    // Every free text has the long-text limit at least (shorter ones are checked before): a
    // megabyte pasted into a note is refused, not stored.
    for (const auto &[field, text] : fields) {
        if (const QString why = InputLimits::checkLength(field, text, InputLimits::maxLongText);
            !why.isEmpty()) {
            *error = invalid(why);
            return false;
        }
    }
    const BsnGuard::GuardResult result = BsnGuard::checkFields(fields, bsnOverride);
    if (!result.allowed) {
        *error = { ServiceError::Code::BsnRefused, result.message, result.findings };
        return false;
    }
    if (result.overridden) {
        // The override itself is on record: who confirmed, which fields, the masked numbers.
        m_pendingOverrides.append(result.auditPayload());
    }
    return true;
}

std::optional<Case> CaseService::load(const QString &number, ServiceError *error) const
{
    const auto fail = [error](const QSqlQuery &failed) {
        *error = ServiceError::fromSql(failed.lastError());
        return std::nullopt;
    };
    *error = {};
    QSqlDatabase db = m_store.database();
    // A server lets the KCC read no more than the intake fields (find() empties the rest
    // anyway on a store folder).
    const bool intakeOnly = sql::isServer(db) && CaseScope::of(m_store).intakeOnly();
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT ") + (intakeOnly ? intakeColumns : caseColumns)
                  + QStringLiteral(" FROM cases c ")
                  + PersonRepository::joinSql(u"p", u"c.person_id")
                  + QStringLiteral(" WHERE c.number = ?"));
    query.addBindValue(number.trimmed().toUpper());
    if (!query.exec())
        return fail(query);
    if (!query.next()) {
        *error = { ServiceError::Code::NotFound,
                   tr("There is no request with number %1.").arg(number.trimmed()),
                   {} };
        return std::nullopt;
    }
    Case c = caseFromQuery(query);
    QSqlQuery types(db);
    types.prepare(QStringLiteral("SELECT type FROM case_types WHERE case_id = ?"));
    types.addBindValue(c.id);
    // A request without its kinds is not the request: the kinds decide grounds and letters.
    if (!types.exec())
        return fail(types);
    while (types.next()) {
        if (const auto type = Codes::requestType(types.value(0).toString()))
            c.types << *type;
    }
    std::sort(c.types.begin(), c.types.end());
    if (intakeOnly)
        return c;
    QSqlQuery decisions(db);
    decisions.prepare(QStringLiteral("SELECT type, outcome, grounds, motivation, granted "
                                     "FROM case_decisions WHERE case_id = ?"));
    decisions.addBindValue(c.id);
    if (!decisions.exec())
        return fail(decisions);
    while (decisions.next()) {
        if (const auto decision = decisionFromQuery(decisions, 0))
            c.decisions << *decision;
    }
    std::sort(c.decisions.begin(), c.decisions.end(),
              [](const TypeDecision &a, const TypeDecision &b) { return a.type < b.type; });
    return c;
}

std::optional<CaseService::Summary> CaseService::summary(QDate today, ServiceError *error) const
{
    if (error)
        *error = {};
    Summary result;
    QVariantList scopeValues;
    const QString scope = CaseScope::of(m_store).condition(m_clock.today(), &scopeValues);
    QSqlQuery query(m_store.database());
    query.prepare(
        QStringLiteral("SELECT count(*), "
                       "sum(CASE WHEN c.state IN ('ontvangen', 'identificatie', 'in-behandeling') "
                       "THEN 1 ELSE 0 END), "
                       "sum(CASE WHEN c.state IN ('ontvangen', 'identificatie', 'in-behandeling') "
                       "AND c.deadline_effective < ? THEN 1 ELSE 0 END) FROM cases c WHERE 1 = 1")
        + scope);
    query.addBindValue(isoDate(today));
    for (const QVariant &value : std::as_const(scopeValues))
        query.addBindValue(value);
    if (!query.exec() || !query.next()) {
        // Never "0 overdue" because the count failed.
        if (error)
            *error = ServiceError::fromSql(query.lastError());
        return std::nullopt;
    }
    result.total = query.value(0).toInt();
    result.open = query.value(1).toInt();
    result.overdue = query.value(2).toInt();
    return result;
}

std::optional<Case> CaseService::find(const QString &number, ServiceError *error) const
{
    ServiceError failure;
    std::optional<Case> c = load(number, &failure);
    if (error)
        *error = failure;
    const CaseScope scope = CaseScope::of(m_store);
    if (!c && failure.code == ServiceError::Code::NotFound && !scope.all()
        && sql::isServer(m_store.database())) {
        // A server shows a KCC login no request outside its window at all (row-level
        // security): one that exists is refused, and recorded, as on a store folder.
        QSqlQuery exists(m_store.database());
        exists.prepare(QStringLiteral("SELECT pd_case_exists(?)"));
        exists.addBindValue(number.trimmed().toUpper());
        if (exists.exec() && exists.next() && exists.value(0).toBool())
            readable(m_store, m_clock, Permission::ViewAllCases, QStringLiteral("case.read"),
                     number.trimmed().toUpper(), error);
        return std::nullopt;
    }
    if (!c)
        return std::nullopt; // NotFound, or Storage when it could not be read
    if (scope.all())
        return c;
    if (!inScope(scope, *c, m_clock.today())) {
        // Refused as a read of the whole request file: the event says why in the same words.
        readable(m_store, m_clock, Permission::ViewAllCases, QStringLiteral("case.read"), c->number,
                 error);
        return std::nullopt;
    }
    return intakeFields(*c);
}

std::optional<CaseDeadlines> CaseService::deadlines(const Case &c, ServiceError *error) const
{
    ServiceError ignored;
    ServiceError *failure = error ? error : &ignored;
    const std::optional<DeadlinePolicy> rules = policy(failure);
    if (!rules)
        return std::nullopt;
    if (c.intakeOnly) {
        // The deadline is an intake field; the identification and extension it depends on are
        // not, so it is computed from the stored request and only the deadlines leave here.
        const std::optional<Case> stored = load(c.number, failure);
        if (!stored)
            return std::nullopt;
        return deadlinesFor(*stored, *rules);
    }
    return deadlinesFor(c, *rules);
}

QList<Case> CaseService::list(const CaseFilter &filter, ServiceError *error) const
{
    QList<Case> cases;
    if (!forEachListed(
            filter, 0, -1,
            [&cases](const Case &c) {
                cases << c;
                return true;
            },
            error))
        return {};
    return cases;
}

bool CaseService::forEachListed(const CaseFilter &filter, qint64 offset, qint64 limit,
                                const std::function<bool(const Case &)> &visit, ServiceError *error,
                                int pageSize) const
{
    ServiceError ignored;
    ServiceError *failure = error ? error : &ignored;
    *failure = {};
    const auto fail = [failure](const QSqlError &failed) {
        *failure = ServiceError::fromSql(failed);
        return false;
    };
    QString where = QStringLiteral(" WHERE 1 = 1");
    QVariantList values;
    const CaseScope scope = CaseScope::of(m_store);
    where += scope.condition(m_clock.today(), &values);
    if (filter.state) {
        where += QStringLiteral(" AND c.state = ?");
        values << Codes::code(*filter.state);
    }
    if (filter.overdueOn.isValid()) {
        // Open on that day: received by then, and not answered or closed before it.
        where += QStringLiteral(" AND c.received_date <= ? AND c.deadline_effective < ?"
                                " AND (c.closed_at IS NULL OR COALESCE(c.answered_on, "
                                "substr(c.closed_at, 1, 10)) > ?)");
        values << isoDate(filter.overdueOn) << isoDate(filter.overdueOn)
               << isoDate(filter.overdueOn);
    }
    const bool intakeOnly = sql::isServer(m_store.database()) && scope.intakeOnly();
    const QString select = QStringLiteral("SELECT ") + (intakeOnly ? intakeColumns : caseColumns)
        + QStringLiteral(", (SELECT %1 FROM case_types t WHERE t.case_id = c.id) FROM cases c ")
              .arg(sql::groupConcat(m_store.database(), QStringLiteral("type")))
        + PersonRepository::joinSql(u"p", u"c.person_id");
    const qint64 page = std::max(1, pageSize);
    qint64 remaining = limit < 0 ? -1 : limit;
    // The (received_date, number) of the last row read: the next page starts after it, through
    // the index cases_received_number, so the last page costs what the first does. Only the
    // first page skips `offset` rows.
    QVariant lastReceived;
    QVariant lastNumber;
    while (remaining != 0) {
        const qint64 want = remaining < 0 ? page : std::min(page, remaining);
        QString sql = select + where;
        QVariantList bound = values;
        if (lastNumber.isValid()) {
            sql += QStringLiteral(" AND c.received_date >= ?"
                                  " AND (c.received_date > ? OR c.number > ?)");
            bound << lastReceived << lastReceived << lastNumber;
        }
        sql += QStringLiteral(" ORDER BY c.received_date, c.number LIMIT ? OFFSET ?");
        bound << want << (lastNumber.isValid() ? 0 : std::max<qint64>(0, offset));
        QSqlQuery query(m_store.database());
        query.setForwardOnly(true);
        if (!query.prepare(sql))
            return fail(query.lastError());
        for (const QVariant &value : std::as_const(bound))
            query.addBindValue(value);
        if (!query.exec())
            return fail(query.lastError());
        const int typesColumn = query.record().count() - 1;
        QList<Case> cases;
        while (query.next()) {
            Case c = caseFromQuery(query);
            for (const QString &code :
                 query.value(typesColumn).toString().split(u',', Qt::SkipEmptyParts)) {
                if (const auto type = Codes::requestType(code))
                    c.types << *type;
            }
            std::sort(c.types.begin(), c.types.end());
            lastReceived = query.value(3);
            lastNumber = query.value(1);
            cases << (scope.intakeOnly() ? intakeFields(c) : c);
        }
        // A row that could not be read ends next() as the end of the rows would: never a list
        // passed off as complete.
        if (query.lastError().isValid())
            return fail(query.lastError());
        query.finish();
        if (!scope.intakeOnly() && !cases.isEmpty()) {
            // The decisions per kind, in one read for the page.
            QHash<qint64, qsizetype> index;
            QVariantList ids;
            for (qsizetype i = 0; i < cases.size(); ++i) {
                index.insert(cases.at(i).id, i);
                ids << cases.at(i).id;
            }
            QSqlError readError;
            if (!sql::forEachBatch(
                    m_store.database(),
                    QStringLiteral("SELECT case_id, type, outcome, grounds, motivation, granted "
                                   "FROM case_decisions WHERE case_id IN (%1)"),
                    ids,
                    [&](const QSqlQuery &decisions) {
                        const auto at = index.constFind(decisions.value(0).toLongLong());
                        if (const auto decision = decisionFromQuery(decisions, 1);
                            decision && at != index.constEnd())
                            cases[*at].decisions << *decision;
                    },
                    &readError))
                return fail(readError);
            for (Case &c : cases)
                std::sort(
                    c.decisions.begin(), c.decisions.end(),
                    [](const TypeDecision &a, const TypeDecision &b) { return a.type < b.type; });
        }
        for (const Case &c : std::as_const(cases)) {
            if (!visit(c))
                return true;
        }
        if (cases.size() < want)
            break;
        if (remaining > 0)
            remaining -= cases.size();
    }
    return true;
}

// One intake inside its transaction: what its steps write with (the connection, one query, the
// trail, who acts and when) and what each step found for the next.
struct CaseService::IntakeWrite
{
    const NewCase &request;
    Intake checked;
    QSqlDatabase db;
    QString now;
    QString actor;
    AuditLog log;
    QSqlQuery query;
    QString receivedBy {};
    qint64 personId = 0;
    QString number {};
    qint64 caseId = 0;
    QJsonArray typeCodes {};
    QDate deadline {};
};

std::optional<Case> CaseService::add(const NewCase &request, bool bsnOverride, ServiceError *error)
{
    if (!permitted(m_store, m_clock, Permission::IntakeCase, QStringLiteral("case.created"), {},
                   error))
        return std::nullopt;
    *error = {};
    m_pendingOverrides.clear();
    std::optional<Intake> checked = checkIntake(request, bsnOverride, error);
    if (!checked)
        return std::nullopt;

    QSqlDatabase db = m_store.database();
    Transaction transaction(db);
    if (!transaction.isOpen()) {
        *error = ServiceError::fromTransaction(transaction);
        return std::nullopt;
    }
    IntakeWrite intake {
        request, *checked,     db, m_clock.now().toString(Qt::ISODateWithMs), m_store.userName(),
        audit(), QSqlQuery(db)
    };
    if (!readReceiver(intake, error) || !resolvePerson(intake, error)
        || !assignNumber(intake, error) || !insertCase(intake, error)
        || !recordIntake(intake, error))
        return std::nullopt;
    if (!transaction.commit()) {
        *error = ServiceError::fromTransaction(transaction);
        return std::nullopt;
    }
    std::optional<Case> added = load(intake.number, error);
    if (added && CaseScope::of(m_store).intakeOnly())
        return intakeFields(*added);
    return added;
}

// Who received it: a user of this store (KCC's scope and the dossier name them by login).
bool CaseService::readReceiver(IntakeWrite &intake, ServiceError *error) const
{
    const NewCase &request = intake.request;
    QSqlQuery &query = intake.query;
    intake.receivedBy = intake.actor;
    if (!request.receivedBy.trimmed().isEmpty()) {
        query.prepare(QStringLiteral("SELECT login FROM users WHERE ")
                      + sql::noCase(intake.db, QStringLiteral("login")) + QStringLiteral(" = ")
                      + sql::noCase(intake.db, QStringLiteral("?"))
                      + QStringLiteral(" AND removed_at IS NULL"));
        query.addBindValue(request.receivedBy.trimmed());
        if (!query.exec()) {
            *error = ServiceError::fromSql(query.lastError());
            return false;
        }
        if (!query.next()) {
            *error = invalid(tr("%1 is not a user of this store.").arg(request.receivedBy));
            return false;
        }
        intake.receivedBy = query.value(0).toString();
    }
    return true;
}

// The person: given, found by customer number, or new (with its person.created event and the
// retention terms of an ended relation).
bool CaseService::resolvePerson(IntakeWrite &intake, ServiceError *error) const
{
    const Person &p = intake.checked.person;
    QSqlDatabase &db = intake.db;
    const QString &actor = intake.actor;
    const QString &now = intake.now;
    QString auditError;
    qint64 personId = p.id;
    if (personId == 0 && !p.klantnummer.isEmpty()) {
        // Not read is not "nobody": never a second person with the same customer number.
        const std::optional<qint64> found = PersonRepository::idByKlantnummer(
            db, p.klantnummer, PersonRepository::Anonymised::Included, error);
        if (!found)
            return false;
        personId = *found;
    }
    if (personId == 0) {
        if (p.name.trimmed().isEmpty()) {
            *error = invalid(tr("There is no data subject with customer number %1; enter a name to "
                                "register a new one.")
                                 .arg(p.klantnummer.trimmed()));
            return false;
        }
        const std::optional<qint64> created
            = PersonRepository::insert(db, { p, now, actor }, error);
        if (!created)
            return false;
        personId = *created;
        QJsonObject payload { { QStringLiteral("name"), p.name.trimmed() },
                              { QStringLiteral("klantnummer"), p.klantnummer.trimmed() },
                              { QStringLiteral("relation"), Codes::code(p.relation) } };
        if (!p.source.trimmed().isEmpty())
            payload.insert(QStringLiteral("data_source"), p.source.simplified());
        if (p.relationEnd.isValid()) {
            // A person registered at the intake with an ended relation gets the retention
            // terms the rules derive, as an imported one does (issue 16).
            payload.insert(QStringLiteral("relation_end"), p.relationEnd.toString(Qt::ISODate));
            RetentionDerivation derivation(db, actor, now);
            DerivedTerms derived;
            if (!derivation.prepare(error)
                || !derivation.derive(personId, Codes::code(p.relation), p.relationEnd, true,
                                      &derived, error))
                return false;
            const QJsonObject counts = derived.toJson();
            for (auto it = counts.begin(); it != counts.end(); ++it)
                payload.insert(it.key(), it.value());
        }
        if (!intake.log.append(actor, personEntity, QString::number(personId),
                               QStringLiteral("person.created"), payload, &auditError)) {
            *error = { ServiceError::Code::Storage, auditError, {} };
            return false;
        }
    } else {
        ServiceError readError;
        const std::optional<bool> present = PersonRepository::exists(
            db, personId, PersonRepository::Anonymised::Excluded, &readError);
        if (!present || !*present) {
            *error = { ServiceError::Code::NotFound, tr("The data subject no longer exists."), {} };
            return false;
        }
    }
    intake.personId = personId;
    return true;
}

// The number: AVG-<year of receipt>-NNNN, counted per year. On a server a sequence per year
// (pd_next_case_number): unique under parallel intake without holding a row lock until
// commit; the store's single writer counts in case_numbers.
bool CaseService::assignNumber(IntakeWrite &intake, ServiceError *error) const
{
    QSqlQuery &query = intake.query;
    const int year = intake.request.receivedDate.year();
    int next = 1;
    if (sql::isServer(m_store.database())) {
        query.prepare(QStringLiteral("SELECT pd_next_case_number(?)"));
        query.addBindValue(year);
        if (!query.exec() || !query.next()) {
            *error = ServiceError::fromSql(query.lastError());
            return false;
        }
        next = query.value(0).toInt();
    } else if (!nextStoreNumber(query, year, &next)) {
        *error = ServiceError::fromSql(query.lastError());
        return false;
    }
    intake.number = QStringLiteral("AVG-%1-%2").arg(year).arg(next, 4, 10, QLatin1Char('0'));
    return true;
}

// The request's row with its deadline under the current policy, and a row per kind.
bool CaseService::insertCase(IntakeWrite &intake, ServiceError *error) const
{
    const NewCase &request = intake.request;
    QSqlQuery &query = intake.query;
    Case c;
    c.number = intake.number;
    c.types = request.types;
    std::sort(c.types.begin(), c.types.end());
    c.types.erase(std::unique(c.types.begin(), c.types.end()), c.types.end());
    c.receivedDate = request.receivedDate;
    const std::optional<DeadlinePolicy> rules = policy(error);
    if (!rules)
        return false; // a deadline under a policy that could not be read is no deadline
    const CaseDeadlines deadlines = deadlinesFor(c, *rules);
    intake.deadline = deadlines.current;

    query.prepare(QStringLiteral(
        "INSERT INTO cases (number, person_id, channel, received_at, received_date, received_by, "
        "representative, representative_mandate, description, callback_phone, state, handler, "
        "deadline_effective, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'ontvangen', ?, ?, ?, ?)"));
    query.addBindValue(intake.number);
    query.addBindValue(intake.personId);
    query.addBindValue(Codes::code(request.channel));
    // Only a known moment: the moment of typing is created_at, never the receipt.
    query.addBindValue(request.receivedAt.isValid()
                           ? QVariant(request.receivedAt.toUTC().toString(Qt::ISODateWithMs))
                           : QVariant(QMetaType(QMetaType::QString)));
    query.addBindValue(isoDate(request.receivedDate));
    query.addBindValue(intake.receivedBy);
    query.addBindValue(nullable(request.representative));
    query.addBindValue(nullable(request.representativeMandate));
    query.addBindValue(nullable(request.description));
    query.addBindValue(nullable(intake.checked.callbackPhone));
    query.addBindValue(nullable(request.handler));
    query.addBindValue(isoDate(deadlines.current));
    query.addBindValue(intake.now);
    query.addBindValue(intake.now);
    if (!query.exec()) {
        *error = ServiceError::fromSql(query.lastError());
        return false;
    }
    intake.caseId = insertedRowId(intake.db);
    if (intake.caseId <= 0) {
        *error = ServiceError::fromSql(intake.db.lastError());
        return false;
    }
    for (RequestType type : c.types) {
        query.prepare(QStringLiteral("INSERT INTO case_types (case_id, type) VALUES (?, ?)"));
        query.addBindValue(intake.caseId);
        query.addBindValue(Codes::code(type));
        if (!query.exec()) {
            *error = ServiceError::fromSql(query.lastError());
            return false;
        }
        intake.typeCodes.append(Codes::code(type));
    }
    return true;
}

// The case.created event, the attachments with theirs, and the BSN overrides confirmed.
bool CaseService::recordIntake(IntakeWrite &intake, ServiceError *error)
{
    const NewCase &request = intake.request;
    const QString &actor = intake.actor;
    QString auditError;
    QJsonObject created {
        { QStringLiteral("person_id"), QString::number(intake.personId) },
        { QStringLiteral("types"), intake.typeCodes },
        { QStringLiteral("channel"), Codes::code(request.channel) },
        { QStringLiteral("received"), isoDate(request.receivedDate) },
        { QStringLiteral("representative"), request.representative.trimmed() },
        { QStringLiteral("description"), request.description.trimmed() },
        { QStringLiteral("deadline"), isoDate(intake.deadline) },
    };
    if (request.receivedAt.isValid())
        created.insert(QStringLiteral("received_at"),
                       request.receivedAt.toUTC().toString(Qt::ISODate));
    if (intake.receivedBy != actor)
        created.insert(QStringLiteral("received_by"), intake.receivedBy);
    if (!request.representativeMandate.trimmed().isEmpty())
        created.insert(QStringLiteral("mandate"), request.representativeMandate.trimmed());
    if (!intake.log.append(actor, caseEntity, intake.number, QStringLiteral("case.created"),
                           created, &auditError)) {
        *error = { ServiceError::Code::Storage, auditError, {} };
        return false;
    }
    if (!request.attachments.isEmpty()) {
        const qint64 limit = AttachmentService(m_store, m_clock).storeLimitBytes();
        for (const NewAttachment &file : request.attachments) {
            if (!AttachmentService::insert(intake.db, intake.log, m_clock, actor, intake.caseId,
                                           intake.number, file, limit, error))
                return false;
        }
    }
    for (const QJsonObject &overridePayload : std::as_const(m_pendingOverrides)) {
        if (!intake.log.append(actor, caseEntity, intake.number, QStringLiteral("bsn.override"),
                               overridePayload, &auditError)) {
            *error = { ServiceError::Code::Storage, auditError, {} };
            return false;
        }
    }
    m_pendingOverrides.clear();
    return true;
}

bool CaseService::applyChange(const QString &number, std::optional<int> expectedVersion,
                              ServiceError *error,
                              const std::function<bool(Case &, Change &, ServiceError *)> &edit)
{
    *error = {};
    QSqlDatabase db = m_store.database();
    Transaction transaction(db);
    if (!transaction.isOpen()) {
        *error = ServiceError::fromTransaction(transaction);
        m_pendingOverrides.clear();
        return false;
    }
    std::optional<Case> c = load(number, error); // NotFound, or Storage
    if (!c) {
        m_pendingOverrides.clear();
        return false;
    }
    if (expectedVersion && *expectedVersion != c->version) {
        *error = conflict(*c);
        m_pendingOverrides.clear();
        return false;
    }
    const int readVersion = c->version;
    const CaseState before = c->state;
    Change change;
    if (!edit(*c, change, error)) {
        m_pendingOverrides.clear();
        return false;
    }
    if (c->state != before)
        change.payload.insert(QStringLiteral("state"),
                              QJsonArray { Codes::code(before), Codes::code(c->state) });

    const std::optional<DeadlinePolicy> rules = policy(error);
    if (!rules) {
        m_pendingOverrides.clear();
        return false;
    }
    const CaseDeadlines deadlines = deadlinesFor(*c, *rules);
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "UPDATE cases SET state = ?, handler = ?, id_requested = ?, id_received = ?, id_method = "
        "?, "
        "id_verified_by = ?, id_result = ?, extended = ?, extension_reason = ?, extension_notified "
        "= ?, "
        "outcome = ?, refusal_grounds = ?, answered_on = ?, answer_channel = ?, closed_at = ?, "
        "deadline_effective = ?, updated_at = ?, motivation = ?, direct_marketing = ?, "
        "no_identification_reason = ?, version = version + 1 WHERE id = ? AND version = ?"));
    query.addBindValue(Codes::code(c->state));
    query.addBindValue(nullable(c->handler));
    query.addBindValue(nullableDate(c->identification.requested));
    query.addBindValue(nullableDate(c->identification.received));
    query.addBindValue(c->identification.method ? QVariant(Codes::code(*c->identification.method))
                                                : QVariant(QMetaType(QMetaType::QString)));
    query.addBindValue(nullable(c->identification.verifiedBy));
    query.addBindValue(c->identification.succeeded
                           ? QVariant(*c->identification.succeeded ? QStringLiteral("geslaagd")
                                                                   : QStringLiteral("mislukt"))
                           : QVariant(QMetaType(QMetaType::QString)));
    query.addBindValue(c->extended ? 1 : 0);
    query.addBindValue(nullable(c->extensionReason));
    query.addBindValue(nullableDate(c->extensionNotified));
    query.addBindValue(c->outcome ? QVariant(Codes::code(*c->outcome))
                                  : QVariant(QMetaType(QMetaType::QString)));
    query.addBindValue(nullable(groundsToText(c->refusalGrounds)));
    query.addBindValue(nullableDate(c->answeredOn));
    query.addBindValue(nullable(c->answerChannel));
    query.addBindValue(c->closedAt.isValid() ? QVariant(c->closedAt.toString(Qt::ISODateWithMs))
                                             : QVariant(QMetaType(QMetaType::QString)));
    query.addBindValue(isoDate(deadlines.current));
    query.addBindValue(m_clock.now().toString(Qt::ISODateWithMs));
    query.addBindValue(nullable(c->motivation));
    query.addBindValue(c->directMarketing ? 1 : 0);
    query.addBindValue(nullable(c->noIdentificationReason));
    query.addBindValue(c->id);
    query.addBindValue(readVersion);
    if (!query.exec()) {
        *error = ServiceError::fromSql(query.lastError());
        m_pendingOverrides.clear();
        return false;
    }
    // No row: another seat committed a change after this transaction read the request (a
    // server's READ COMMITTED re-reads the row after waiting for that seat's lock). The store
    // folder's single writer never gets here.
    if (query.numRowsAffected() != 1) {
        query.finish();
        const std::optional<Case> now = load(number, error);
        *error = now ? conflict(*now) : *error;
        m_pendingOverrides.clear();
        return false;
    }

    // The decisions per kind follow the request: written on completion, gone on reopening.
    query.prepare(QStringLiteral("DELETE FROM case_decisions WHERE case_id = ?"));
    query.addBindValue(c->id);
    bool written = query.exec();
    for (const TypeDecision &d : std::as_const(c->decisions)) {
        if (!written)
            break;
        query.prepare(QStringLiteral("INSERT INTO case_decisions (case_id, type, outcome, "
                                     "grounds, motivation, granted) VALUES (?, ?, ?, ?, ?, ?)"));
        query.addBindValue(c->id);
        query.addBindValue(Codes::code(d.type));
        query.addBindValue(Codes::code(d.outcome));
        query.addBindValue(nullable(groundsToText(d.grounds)));
        query.addBindValue(nullable(d.motivation));
        query.addBindValue(nullable(d.granted));
        written = query.exec();
    }
    if (!written) {
        *error = ServiceError::fromSql(query.lastError());
        m_pendingOverrides.clear();
        return false;
    }

    return recordAndCommit(transaction, caseEntity, c->number, change.action, change.payload,
                           error);
}

bool CaseService::recordAndCommit(Transaction &transaction, const QString &entity,
                                  const QString &id, const QString &action,
                                  const QJsonObject &payload, ServiceError *error)
{
    AuditLog log = audit();
    QString auditError;
    const QString actor = m_store.userName();
    bool ok = log.append(actor, entity, id, action, payload, &auditError);
    for (const auto &pending : std::as_const(m_pendingOverrides))
        ok = ok
            && log.append(actor, entity, id, QStringLiteral("bsn.override"), pending, &auditError);
    m_pendingOverrides.clear();
    if (!ok) {
        *error = { ServiceError::Code::Storage, auditError, {} };
        return false;
    }
    if (!transaction.commit()) {
        *error = ServiceError::fromTransaction(transaction);
        return false;
    }
    return true;
}

bool CaseService::addNote(const QString &number, const QString &text, bool bsnOverride,
                          ServiceError *error)
{
    if (!permitted(m_store, m_clock, Permission::EditCases, QStringLiteral("case.note_added"),
                   number, error))
        return false;
    m_pendingOverrides.clear();
    if (!guard({ { tr("Note"), text } }, bsnOverride, error))
        return false;
    const QString now = m_clock.now().toString(Qt::ISODateWithMs);
    const QString actor = m_store.userName();
    QSqlDatabase db = m_store.database();
    return applyChange(number, {}, error, [&](Case &c, Change &change, ServiceError *e) {
        if (const QString problem = CaseWorkflow::checkNote(c, text); !problem.isEmpty()) {
            *e = invalid(problem);
            return false;
        }
        QSqlQuery query(db);
        query.prepare(QStringLiteral(
            "INSERT INTO case_notes (case_id, written_at, author, body) VALUES (?, ?, ?, ?)"));
        query.addBindValue(c.id);
        query.addBindValue(now);
        query.addBindValue(actor);
        query.addBindValue(text.trimmed());
        if (!query.exec()) {
            *e = ServiceError::fromSql(query.lastError());
            return false;
        }
        change.action = QStringLiteral("case.note_added");
        change.payload = { { QStringLiteral("text"), text.trimmed() } };
        return true;
    });
}

bool CaseService::setPersonSource(qint64 personId, const QString &source, bool bsnOverride,
                                  ServiceError *error)
{
    if (!permitted(m_store, m_clock, Permission::EditRegisters, QStringLiteral("person.updated"),
                   QString::number(personId), error))
        return false;
    *error = {};
    m_pendingOverrides.clear();
    const QString text = source.simplified();
    if (text.size() > maxPersonSourceLength) {
        *error = invalid(
            tr("Keep the source short: at most %n character(s).", nullptr, maxPersonSourceLength));
        return false;
    }
    if (!guard({ { tr("Source of the data"), text } }, bsnOverride, error))
        return false;
    QSqlDatabase db = m_store.database();
    Transaction transaction(db);
    if (!transaction.isOpen()) {
        *error = ServiceError::fromTransaction(transaction);
        m_pendingOverrides.clear();
        return false;
    }
    std::optional<PersonRecord> stored;
    if (!PersonRepository::byId(db, personId, &stored, error)) {
        m_pendingOverrides.clear();
        return false;
    }
    if (!stored || stored->anonymised) {
        *error = { ServiceError::Code::NotFound, tr("The data subject no longer exists."), {} };
        m_pendingOverrides.clear();
        return false;
    }
    const QString before = stored->person.source;
    if (before == text) {
        m_pendingOverrides.clear();
        return true; // nothing changed, nothing to record
    }
    if (!PersonRepository::updateSource(db, personId, text, error)) {
        m_pendingOverrides.clear();
        return false;
    }
    const auto orNull = [](const QString &value) {
        return value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
    };
    const QJsonObject payload {
        { QStringLiteral("changes"),
          QJsonObject { { QStringLiteral("data_source"),
                          QJsonObject { { QStringLiteral("old"), orNull(before) },
                                        { QStringLiteral("new"), orNull(text) } } } } }
    };
    return recordAndCommit(transaction, personEntity, QString::number(personId),
                           QStringLiteral("person.updated"), payload, error);
}

QString CaseService::checkRelationEnd(QDate relationEnd, QDate today)
{
    if (!relationEnd.isValid())
        return {};
    if (QString why = InputLimits::checkDate(tr("The end of the relation"), relationEnd);
        !why.isEmpty())
        return why;
    if (relationEnd > today.addYears(maxRelationEndYears))
        return tr("The end of the relation lies more than %n year(s) in the future; was the year "
                  "typed correctly?",
                  nullptr, maxRelationEndYears);
    return {};
}

bool CaseService::setPersonRelation(qint64 personId, Relation relation, QDate relationEnd,
                                    ServiceError *error, DerivedTerms *terms)
{
    if (terms)
        *terms = {};
    if (!permitted(m_store, m_clock, Permission::EditRegisters, QStringLiteral("person.updated"),
                   QString::number(personId), error))
        return false;
    *error = {};
    m_pendingOverrides.clear();
    if (const QString why = checkRelationEnd(relationEnd, m_clock.today()); !why.isEmpty()) {
        *error = invalid(why);
        return false;
    }
    QSqlDatabase db = m_store.database();
    Transaction transaction(db);
    if (!transaction.isOpen()) {
        *error = ServiceError::fromTransaction(transaction);
        return false;
    }
    std::optional<PersonRecord> stored;
    if (!PersonRepository::byId(db, personId, &stored, error))
        return false;
    if (!stored || stored->anonymised) {
        *error = { ServiceError::Code::NotFound, tr("The data subject no longer exists."), {} };
        return false;
    }
    const QString beforeRelation = stored->relationCode;
    const QString beforeEnd = stored->relationEndText;
    const QString newRelation = Codes::code(relation);
    const QString newEnd = relationEnd.isValid() ? relationEnd.toString(Qt::ISODate) : QString();
    if (beforeRelation == newRelation && beforeEnd == newEnd)
        return true; // nothing changed, nothing to record
    if (!PersonRepository::updateRelation(db, personId, newRelation, newEnd, error))
        return false;
    // The retention items the rules derive follow, in this transaction.
    RetentionDerivation derivation(db, m_store.userName(),
                                   m_clock.now().toUTC().toString(Qt::ISODateWithMs));
    DerivedTerms derived;
    if (!derivation.prepare(error)
        || !derivation.derive(personId, newRelation, relationEnd, false, &derived, error))
        return false;
    const auto orNull = [](const QString &value) {
        return value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
    };
    QJsonObject changes;
    if (beforeRelation != newRelation)
        changes.insert(QStringLiteral("relation"),
                       QJsonObject { { QStringLiteral("old"), beforeRelation },
                                     { QStringLiteral("new"), newRelation } });
    if (beforeEnd != newEnd)
        changes.insert(QStringLiteral("relation_end"),
                       QJsonObject { { QStringLiteral("old"), orNull(beforeEnd) },
                                     { QStringLiteral("new"), orNull(newEnd) } });
    QJsonObject payload { { QStringLiteral("changes"), changes } };
    if (derived.any()) {
        const QJsonObject counts = derived.toJson();
        for (auto it = counts.begin(); it != counts.end(); ++it)
            payload.insert(it.key(), it.value());
    }
    if (!recordAndCommit(transaction, personEntity, QString::number(personId),
                         QStringLiteral("person.updated"), payload, error))
        return false;
    if (terms)
        *terms = derived;
    return true;
}

QStringList CaseService::suggestedPersonSources()
{
    return { QStringLiteral("ERP-import"),
             QStringLiteral("gemeente"),
             QStringLiteral("bewindvoerder"),
             QStringLiteral("BRP via gemeente"),
             QStringLiteral("Entree"),
             QStringLiteral("vorige verhuurder"),
             QStringLiteral("zorginstelling"),
             QStringLiteral("schuldhulpverlening"),
             QStringLiteral("collega-corporatie") };
}

} // namespace pd
