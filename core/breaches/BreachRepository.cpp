#include "breaches/BreachRepository.h"

#include "registers/RecipientRepository.h"
#include "sql/BatchedIn.h"
#include "sql/Dialect.h"
#include "sql/StatementText.h"
#include "store/ServiceSupport.h"
#include "store/Statements.h"
#include "util/Clock.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <functional>

namespace pd {

using namespace Qt::StringLiterals;

namespace {

using support::dateFrom;
using support::isoDate;
using support::nullable;

using statements::count;
using statements::ended;
using statements::failed;
using statements::run;

const QString columns = QStringLiteral(
    "b.id, b.number, b.title, b.description, b.occurred_at, b.discovered_at, b.reported_by, "
    "b.reported_at, b.persons_count, b.persons_estimate, b.records_count, b.records_estimate, "
    "b.group_text, b.processor_id, r.name, b.processor_told_at, b.measures_before, "
    "b.measures_taken, b.consequences, b.international, b.risk, b.reasoning, b.assessed_at, "
    "b.assessed_by, b.ap_decision, b.ap_decision_reason, b.ap_decision_by, b.ap_decision_at, "
    "b.subjects_decision, b.subjects_decision_reason, b.subjects_decision_by, "
    "b.subjects_decision_at, b.ap_notified_at, b.ap_reference, b.ap_late_reason, "
    "b.ap_notified_by, b.subjects_notified_on, b.subjects_how, b.subjects_count, "
    "b.public_notice, b.public_notice_reason, b.subjects_notified_by, b.state, b.closed_at, "
    "b.closed_by, b.destroyed_on, b.destroyed_by, b.subjects_description, "
    "b.subjects_consequences, b.subjects_measures, b.data_text, b.processor_told_reason");
// The columns of `columns`, in its order.
// clang-format off
enum BreachColumn {
    Id, Number, Title, Description, OccurredAt, DiscoveredAt, ReportedBy, ReportedAt, PersonsCount,
    PersonsEstimate, RecordsCount, RecordsEstimate, GroupText, ProcessorId, ProcessorName,
    ProcessorToldAt, MeasuresBefore, MeasuresTaken, Consequences, International, Risk, Reasoning,
    AssessedAt, AssessedBy, ApDecision, ApDecisionReason, ApDecisionBy, ApDecisionAt,
    SubjectsDecision, SubjectsDecisionReason, SubjectsDecisionBy, SubjectsDecisionAt, ApNotifiedAt,
    ApReference, ApLateReason, ApNotifiedBy, SubjectsNotifiedOn, SubjectsHow, SubjectsCount,
    PublicNotice, PublicNoticeReason, SubjectsNotifiedBy, State, ClosedAt, ClosedBy, DestroyedOn,
    DestroyedBy, SubjectsDescription, SubjectsConsequences, SubjectsMeasures, DataText,
    ProcessorToldReason
};
// clang-format on
// The breaches with their processor, a recipient of the registers' catalogue, when named.
QString fromClause()
{
    return QStringLiteral("FROM breaches b ")
        + RecipientRepository::leftJoinSql(u"r", u"b.processor_id");
}

// The breach's id by its number, as a subquery with one value (the number).
const QString ofBreach = QStringLiteral("(SELECT id FROM breaches WHERE number = ?)");

const QString descriptionColumns = QStringLiteral(
    "title, description, occurred_at, discovered_at, ap_deadline, persons_count, "
    "persons_estimate, records_count, records_estimate, group_text, processor_id, "
    "processor_told_at, measures_before, measures_taken, consequences, international, "
    "subjects_description, subjects_consequences, subjects_measures, data_text, "
    "processor_told_reason");

QVariant nullText()
{
    return QVariant(QMetaType(QMetaType::QString));
}

QVariant nullInt()
{
    return QVariant(QMetaType(QMetaType::Int));
}

QVariant momentValue(const QDateTime &moment)
{
    return moment.isValid() ? QVariant(BreachCodes::storedMoment(moment)) : nullText();
}

QVariant countValue(const std::optional<int> &count)
{
    return count ? QVariant(*count) : nullInt();
}

std::optional<int> countFrom(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<int>(value.toInt());
}

QDateTime moment(const QVariant &value)
{
    return value.isNull() ? QDateTime() : BreachCodes::momentFromStored(value.toString());
}

BreachDecision decisionFrom(const QSqlQuery &q, BreachColumn decision, BreachColumn reason,
                            BreachColumn by, BreachColumn at)
{
    BreachDecision d;
    d.recorded = !q.value(decision).isNull();
    d.yes = q.value(decision).toInt() != 0;
    d.reason = q.value(reason).toString();
    d.by = q.value(by).toString();
    d.at = moment(q.value(at));
    return d;
}

Breach fromQuery(const QSqlQuery &q)
{
    Breach b;
    b.id = q.value(Id).toLongLong();
    b.number = q.value(Number).toString();
    b.title = q.value(Title).toString();
    b.description = q.value(Description).toString();
    b.occurredAt = moment(q.value(OccurredAt));
    b.discoveredAt = moment(q.value(DiscoveredAt));
    b.reportedBy = q.value(ReportedBy).toString();
    b.reportedAt = moment(q.value(ReportedAt));
    b.persons = countFrom(q.value(PersonsCount));
    b.personsEstimate = q.value(PersonsEstimate).toInt() != 0;
    b.records = countFrom(q.value(RecordsCount));
    b.recordsEstimate = q.value(RecordsEstimate).toInt() != 0;
    b.groupText = q.value(GroupText).toString();
    b.processorId = q.value(ProcessorId).toLongLong();
    b.processorName = q.value(ProcessorName).toString();
    b.processorToldAt = moment(q.value(ProcessorToldAt));
    b.measuresBefore = q.value(MeasuresBefore).toString();
    b.measuresTaken = q.value(MeasuresTaken).toString();
    b.consequences = q.value(Consequences).toString();
    b.international = q.value(International).toString();
    if (!q.value(Risk).isNull())
        b.risk = codes::from<BreachRisk>(q.value(Risk).toString());
    b.reasoning = q.value(Reasoning).toString();
    b.assessedAt = moment(q.value(AssessedAt));
    b.assessedBy = q.value(AssessedBy).toString();
    b.apDecision = decisionFrom(q, ApDecision, ApDecisionReason, ApDecisionBy, ApDecisionAt);
    b.subjectsDecision = decisionFrom(q, SubjectsDecision, SubjectsDecisionReason,
                                      SubjectsDecisionBy, SubjectsDecisionAt);
    b.apNotifiedAt = moment(q.value(ApNotifiedAt));
    b.apReference = q.value(ApReference).toString();
    b.apLateReason = q.value(ApLateReason).toString();
    b.apNotifiedBy = q.value(ApNotifiedBy).toString();
    b.subjectsNotifiedOn = dateFrom(q.value(SubjectsNotifiedOn));
    b.subjectsHow = q.value(SubjectsHow).toString();
    b.subjectsCount = countFrom(q.value(SubjectsCount));
    b.publicNotice = q.value(PublicNotice).toInt() != 0;
    b.publicNoticeReason = q.value(PublicNoticeReason).toString();
    b.subjectsNotifiedBy = q.value(SubjectsNotifiedBy).toString();
    b.state = codes::from<BreachState>(q.value(State).toString()).value_or(BreachState::Open);
    b.closedAt = moment(q.value(ClosedAt));
    b.closedBy = q.value(ClosedBy).toString();
    b.destroyedOn = dateFrom(q.value(DestroyedOn));
    b.destroyedBy = q.value(DestroyedBy).toString();
    b.subjectsDescription = q.value(SubjectsDescription).toString();
    b.subjectsConsequences = q.value(SubjectsConsequences).toString();
    b.subjectsMeasures = q.value(SubjectsMeasures).toString();
    b.dataText = q.value(DataText).toString();
    b.processorToldReason = q.value(ProcessorToldReason).toString();
    return b;
}

// The breaches' sets, linked persons and follow-ups. Each detail table is read once for the
// whole list (in chunks of sql::maxBatch ids), not once per breach: the register list costs
// five statements, whatever its length.
// The AP deadline from the moments a row holds (Breach::apDeadline), not the column the service
// keeps: a breach recorded before the processor's report started the clock kept the later one.
QDateTime deadlineOf(const QSqlQuery &query, int discoveredAt, int toldAt, int toldReason)
{
    Breach b;
    b.discoveredAt = moment(query.value(discoveredAt));
    b.processorToldAt = moment(query.value(toldAt));
    b.processorToldReason = query.value(toldReason).toString();
    return b.apDeadline();
}

bool fillDetails(const QSqlDatabase &db, QList<Breach> &breaches, ServiceError *error)
{
    QHash<qint64, Breach *> byId;
    QVariantList ids;
    for (Breach &b : breaches) {
        byId.insert(b.id, &b);
        ids << b.id;
    }
    // The detail SELECTs' columns (linkedPersonsSql()'s, followUpsSql()'s too): breach id first.
    enum SetColumn { BreachId, Code };
    enum PersonColumn { PersonId = BreachId + 1, PersonName, Klantnummer, InformedOn };
    enum FollowUpColumn { FollowUpId = BreachId + 1, Kind, At, Reference, Text, RecordedBy };
    const auto read
        = [&](const QString &sql, const std::function<void(Breach &, const QSqlQuery &)> &row) {
              QSqlError sqlError;
              const bool ok = sql::forEachBatch(
                  db, sql, ids,
                  [&](const QSqlQuery &query) {
                      if (Breach *b = byId.value(query.value(BreachId).toLongLong()))
                          row(*b, query);
                  },
                  &sqlError);
              if (!ok)
                  *error = ServiceError::fromSql(sqlError);
              return ok;
          };
    const bool ok
        = read(QStringLiteral(
                   "SELECT breach_id, nature FROM breach_natures WHERE breach_id IN (%1)"),
               [](Breach &b, const QSqlQuery &q) {
                   if (const auto n = codes::from<BreachNature>(q.value(Code).toString()))
                       b.natures << *n;
               })
        && read(
              QStringLiteral("SELECT breach_id, category FROM breach_data WHERE breach_id IN (%1)"),
              [](Breach &b, const QSqlQuery &q) {
                  if (const auto c = codes::from<DataCategory>(q.value(Code).toString()))
                      b.data << *c;
              })
        && read(QStringLiteral(
                    "SELECT breach_id, criterion FROM breach_criteria WHERE breach_id IN (%1)"),
                [](Breach &b, const QSqlQuery &q) {
                    if (const auto c = codes::from<BreachCriterion>(q.value(Code).toString()))
                        b.criteria << *c;
                })
        && read(BreachRepository::linkedPersonsSql(db),
                [](Breach &b, const QSqlQuery &q) {
                    b.linkedPersons << BreachPerson { q.value(PersonId).toLongLong(),
                                                      q.value(PersonName).toString(),
                                                      q.value(Klantnummer).toString(),
                                                      dateFrom(q.value(InformedOn)) };
                })
        && read(BreachRepository::followUpsSql(), [](Breach &b, const QSqlQuery &q) {
               BreachFollowUp f;
               f.id = q.value(FollowUpId).toLongLong();
               f.kind = codes::from<BreachFollowUpKind>(q.value(Kind).toString())
                            .value_or(BreachFollowUpKind::Aanvullen);
               f.at = moment(q.value(At));
               f.reference = q.value(Reference).toString();
               f.text = q.value(Text).toString();
               f.by = q.value(RecordedBy).toString();
               b.followUps << f;
           });
    if (!ok)
        return false;
    // In the order of the code tables, whatever order SQLite returned them in.
    const auto inOrder = [](auto &values, const auto &order) {
        std::sort(values.begin(), values.end(),
                  [&order](auto x, auto y) { return order.indexOf(x) < order.indexOf(y); });
    };
    for (Breach &b : breaches) {
        inOrder(b.natures, codes::all<BreachNature>());
        inOrder(b.data, codes::all<DataCategory>());
        inOrder(b.criteria, codes::all<BreachCriterion>());
    }
    return true;
}

// The breaches `where` (and its order) selects, whole.
std::optional<QList<Breach>> select(const QSqlDatabase &db, const QString &where,
                                    const QVariantList &values, ServiceError *error)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!run(query, QStringLiteral("SELECT ") + columns + u' ' + fromClause() + u' ' + where,
             values, error))
        return std::nullopt;
    std::optional<QList<Breach>> list = statements::rows(query, fromQuery, error);
    if (!list)
        return std::nullopt;
    query.finish();
    if (!fillDetails(db, *list, error))
        return std::nullopt;
    return list;
}

void bindDescription(QSqlQuery &query, const Breach &b)
{
    query.addBindValue(b.title.trimmed());
    query.addBindValue(nullable(b.description));
    query.addBindValue(momentValue(b.occurredAt));
    query.addBindValue(momentValue(b.discoveredAt));
    query.addBindValue(momentValue(b.apDeadline()));
    query.addBindValue(countValue(b.persons));
    query.addBindValue(b.personsEstimate && b.persons ? 1 : 0);
    query.addBindValue(countValue(b.records));
    query.addBindValue(b.recordsEstimate && b.records ? 1 : 0);
    query.addBindValue(nullable(b.groupText));
    query.addBindValue(b.processorId > 0 ? QVariant(b.processorId)
                                         : QVariant(QMetaType(QMetaType::LongLong)));
    query.addBindValue(momentValue(b.processorToldAt));
    query.addBindValue(nullable(b.measuresBefore));
    query.addBindValue(nullable(b.measuresTaken));
    query.addBindValue(nullable(b.consequences));
    query.addBindValue(nullable(b.international));
    query.addBindValue(nullable(b.subjectsDescription));
    query.addBindValue(nullable(b.subjectsConsequences));
    query.addBindValue(nullable(b.subjectsMeasures));
    query.addBindValue(nullable(b.dataText));
    query.addBindValue(nullable(b.processorToldReason));
}

// Replaces the breach's sets named; added: a new breach, with none yet.
bool writeSets(QSqlQuery &query, const Breach &b, bool natures, bool data, bool criteria,
               bool added = false)
{
    const auto replace
        = [&](const QString &table, const QString &column, const QStringList &codes) {
              // A new breach has nothing to replace (and a reporter may only add: on a server a KCC
              // login has no DELETE on these tables).
              query.prepare(QStringLiteral("DELETE FROM %1 WHERE breach_id = ?").arg(table));
              query.addBindValue(b.id);
              if (!added && !query.exec())
                  return false;
              for (const QString &code : codes) {
                  if (!sql::execute(query,
                                    QStringLiteral("INSERT INTO %1 (breach_id, %2) VALUES (?, ?)")
                                        .arg(table, column),
                                    { b.id, code }))
                      return false;
              }
              return true;
          };
    QStringList natureCodes;
    for (BreachNature n : b.natures)
        natureCodes << codes::code(n);
    QStringList dataCodes;
    for (DataCategory c : b.data)
        dataCodes << codes::code(c);
    QStringList criterionCodes;
    for (BreachCriterion c : b.criteria)
        criterionCodes << codes::code(c);
    return (!natures
            || replace(QStringLiteral("breach_natures"), QStringLiteral("nature"), natureCodes))
        && (!data || replace(QStringLiteral("breach_data"), QStringLiteral("category"), dataCodes))
        && (!criteria
            || replace(QStringLiteral("breach_criteria"), QStringLiteral("criterion"),
                       criterionCodes));
}

} // namespace

// --- fragments -----------------------------------------------------------------------------

QString BreachRepository::tableSql(QStringView alias)
{
    return u"breaches "_s + alias;
}

QString BreachRepository::joinSql(QStringView alias, QStringView key)
{
    return u"JOIN breaches %1 ON %1.id = %2"_s.arg(alias, key);
}

QString BreachRepository::leftJoinSql(QStringView alias, QStringView condition)
{
    return u"LEFT JOIN breaches %1 ON %2"_s.arg(alias, condition);
}

// --- reads ---------------------------------------------------------------------------------

bool BreachRepository::byNumber(const QSqlDatabase &db, const QString &number,
                                std::optional<Breach> *found, ServiceError *error)
{
    *found = std::nullopt;
    const std::optional<QList<Breach>> list
        = select(db, QStringLiteral("WHERE b.number = ?"), { number }, error);
    if (!list)
        return false;
    if (!list->isEmpty())
        *found = list->first();
    return true;
}

std::optional<QList<Breach>> BreachRepository::list(const QSqlDatabase &db,
                                                    const BreachFilter &filter, ServiceError *error)
{
    QStringList conditions;
    QVariantList values;
    if (filter.openOnly) {
        conditions << QStringLiteral("b.state = ?");
        values << codes::code(BreachState::Open);
    }
    if (filter.state) {
        conditions << QStringLiteral("b.state = ?");
        values << codes::code(*filter.state);
    }
    if (filter.year > 0) {
        conditions << QStringLiteral("b.year = ?");
        values << filter.year;
    }
    const QString where
        = conditions.isEmpty() ? QString() : QStringLiteral("WHERE ") + conditions.join(u" AND ");
    return select(db, where + QStringLiteral(" ORDER BY b.discovered_at DESC, b.id DESC"), values,
                  error);
}

std::optional<QList<Breach>> BreachRepository::reportedBy(const QSqlDatabase &db,
                                                          const QString &login, ServiceError *error)
{
    return select(db,
                  QStringLiteral("WHERE b.reported_by = ? ORDER BY b.discovered_at DESC, b.id "
                                 "DESC"),
                  { login }, error);
}

bool BreachRepository::processor(const QSqlDatabase &db, qint64 id, const QString &name,
                                 std::optional<Processor> *found, ServiceError *error)
{
    *found = std::nullopt;
    std::optional<Recipient> recipient;
    if (!(id > 0 ? RecipientRepository::byId(db, id, &recipient, error)
                 : RecipientRepository::activeByName(db, name, &recipient, error)))
        return false;
    if (recipient)
        *found = Processor { recipient->id, recipient->name, recipient->isProcessor() };
    return true;
}

std::optional<int> BreachRepository::openCount(const QSqlDatabase &db, ServiceError *error)
{
    return count(db, QStringLiteral("SELECT count(*) FROM breaches WHERE state = 'open'"), {},
                 error);
}

std::optional<QList<BreachRepository::RunningClock>>
BreachRepository::runningClocks(const QSqlDatabase &db, ServiceError *error)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!run(query,
             QStringLiteral("SELECT number, title, discovered_at, processor_told_at, "
                            "processor_told_reason FROM breaches WHERE state = 'open' "
                            "AND ap_notified_at IS NULL AND (risk IS NULL OR risk <> 'geen') AND "
                            "(ap_decision IS NULL OR ap_decision = 1) ORDER BY id"),
             {}, error))
        return std::nullopt;
    enum ClockColumn { ClockNumber, ClockTitle, ClockDiscoveredAt, ClockToldAt, ClockReason };
    QList<RunningClock> clocks;
    while (query.next())
        clocks << RunningClock { query.value(ClockNumber).toString(),
                                 query.value(ClockTitle).toString(),
                                 deadlineOf(query, ClockDiscoveredAt, ClockToldAt, ClockReason) };
    if (!ended(query, error))
        return std::nullopt;
    // Soonest first; the same deadline in the order of recording.
    std::stable_sort(
        clocks.begin(), clocks.end(),
        [](const RunningClock &a, const RunningClock &b) { return a.deadline < b.deadline; });
    return clocks;
}

std::optional<int> BreachRepository::notifiedLateCount(const QSqlDatabase &db, const QString &from,
                                                       const QString &until, ServiceError *error)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!run(query,
             QStringLiteral("SELECT ap_notified_at, discovered_at, processor_told_at, "
                            "processor_told_reason FROM breaches WHERE ap_notified_at >= ? AND "
                            "ap_notified_at < ?"),
             { from, until }, error))
        return std::nullopt;
    enum LateColumn { LateNotifiedAt, LateDiscoveredAt, LateToldAt, LateReason };
    int late = 0; // a register holds tens of breaches a year
    while (query.next())
        if (moment(query.value(LateNotifiedAt))
            > deadlineOf(query, LateDiscoveredAt, LateToldAt, LateReason))
            ++late;
    if (!ended(query, error))
        return std::nullopt;
    return late;
}

std::optional<QList<BreachRepository::Discovery>>
BreachRepository::discoveries(const QSqlDatabase &db, const QString &from, const QString &until,
                              ServiceError *error)
{
    enum DiscoveryColumn { DiscoveryId, DiscoveryAt, Nature };
    return statements::select(
        db,
        QStringLiteral("SELECT b.id, b.discovered_at, n.nature FROM breaches b LEFT JOIN "
                       "breach_natures n ON n.breach_id = b.id WHERE b.discovered_at >= ? "
                       "AND b.discovered_at < ? ORDER BY b.id"),
        { from, until },
        [](const QSqlQuery &q) {
            return Discovery { q.value(DiscoveryId).toLongLong(), moment(q.value(DiscoveryAt)),
                               codes::from<BreachNature>(q.value(Nature).toString()) };
        },
        error);
}

// --- writes --------------------------------------------------------------------------------

bool BreachRepository::insert(const QSqlDatabase &db, Breach *b, const QString &reportedBy,
                              const QDateTime &now, ServiceError *error)
{
    QSqlQuery query(db);
    const int year = organisationDay(b->discoveredAt).year();
    // The store folder has one writer; on a server seats add breaches at the same time and a
    // KCC login reads only its own reports, so the server draws the counter from a sequence per
    // year (pd_next_breach_counter).
    if (!sql::execute(query,
                      sql::isServer(db)
                          ? QStringLiteral("SELECT pd_next_breach_counter(?)")
                          : QStringLiteral("SELECT COALESCE(MAX(counter), 0) + 1 FROM breaches "
                                           "WHERE year = ?"),
                      { year })
        || !query.next())
        return failed(query, error);
    const int counter = query.value(0).toInt();
    query.finish();
    b->number = BreachCodes::number(year, counter);
    const QString stamp = now.toString(Qt::ISODateWithMs);
    query.prepare(QStringLiteral("INSERT INTO breaches (number, year, counter, reported_by, "
                                 "reported_at, created_at, updated_at, ")
                  + descriptionColumns + QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ")
                  + sql::placeholders(int(descriptionColumns.count(u',')) + 1)
                  + QStringLiteral(")"));
    query.addBindValue(b->number);
    query.addBindValue(year);
    query.addBindValue(counter);
    query.addBindValue(reportedBy);
    query.addBindValue(BreachCodes::storedMoment(now));
    query.addBindValue(stamp);
    query.addBindValue(stamp);
    bindDescription(query, *b);
    if (!query.exec())
        return failed(query, error);
    if (!statements::insertedId(db, &b->id, error))
        return false;
    return writeSets(query, *b, true, true, false, true) || failed(query, error);
}

bool BreachRepository::updateDescription(const QSqlDatabase &db, const Breach &b,
                                         ServiceError *error)
{
    QSqlQuery query(db);
    QStringList sets;
    for (const QString &column : descriptionColumns.split(QStringLiteral(", ")))
        sets << column + QStringLiteral(" = ?");
    query.prepare(QStringLiteral("UPDATE breaches SET ") + sets.join(QStringLiteral(", "))
                  + QStringLiteral(" WHERE id = ?"));
    bindDescription(query, b);
    query.addBindValue(b.id);
    return (query.exec() && writeSets(query, b, true, true, false)) || failed(query, error);
}

bool BreachRepository::updateProcessorReport(const QSqlDatabase &db, const Breach &b,
                                             ServiceError *error)
{
    QSqlQuery query(db);
    return sql::execute(query,
                        QStringLiteral("UPDATE breaches SET processor_id = ?, processor_told_at = "
                                       "?, processor_told_reason = ?, ap_deadline = ?, "
                                       "ap_late_reason = ? WHERE id = ?"),
                        { b.processorId > 0 ? QVariant(b.processorId) : nullInt(),
                          momentValue(b.processorToldAt), nullable(b.processorToldReason),
                          momentValue(b.apDeadline()), nullable(b.apLateReason), b.id })
        || failed(query, error);
}

bool BreachRepository::assess(const QSqlDatabase &db, const Breach &b,
                              const BreachAssessment &assessment, bool ap, bool subjects,
                              const QString &by, const QString &at, ServiceError *error)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "UPDATE breaches SET risk = ?, reasoning = ?, assessed_at = ?, assessed_by = ?, "
        "ap_decision = ?, ap_decision_reason = NULL, ap_decision_by = ?, ap_decision_at "
        "= ?, subjects_decision = ?, subjects_decision_reason = NULL, "
        "subjects_decision_by = ?, subjects_decision_at = ? WHERE id = ?"));
    query.addBindValue(codes::code(assessment.risk));
    query.addBindValue(assessment.reasoning.trimmed());
    query.addBindValue(at);
    query.addBindValue(by);
    query.addBindValue(ap ? 1 : 0);
    query.addBindValue(by);
    query.addBindValue(at);
    query.addBindValue(subjects ? 1 : 0);
    query.addBindValue(by);
    query.addBindValue(at);
    query.addBindValue(b.id);
    return (query.exec() && writeSets(query, b, false, false, true)) || failed(query, error);
}

bool BreachRepository::recordDecision(const QSqlDatabase &db, qint64 id, bool ap, bool yes,
                                      const QString &reason, const QString &by, const QString &at,
                                      ServiceError *error)
{
    QSqlQuery query(db);
    const QString prefix = ap ? QStringLiteral("ap_decision") : QStringLiteral("subjects_decision");
    return sql::execute(query,
                        QStringLiteral("UPDATE breaches SET %1 = ?, %1_reason = ?, %1_by = ?, "
                                       "%1_at = ? WHERE id = ?")
                            .arg(prefix),
                        { yes ? 1 : 0, nullable(reason), by, at, id })
        || failed(query, error);
}

bool BreachRepository::notifyAp(const QSqlDatabase &db, qint64 id, const QDateTime &at,
                                const QString &reference, const QString &lateReason,
                                const QString &by, ServiceError *error)
{
    QSqlQuery query(db);
    return sql::execute(
               query,
               QStringLiteral("UPDATE breaches SET ap_notified_at = ?, ap_reference = "
                              "?, ap_late_reason = ?, ap_notified_by = ? WHERE id = ?"),
               { BreachCodes::storedMoment(at), reference.trimmed(), nullable(lateReason), by, id })
        || failed(query, error);
}

bool BreachRepository::notifySubjects(const QSqlDatabase &db, qint64 id,
                                      const BreachSubjectsNotice &notice, const QString &reason,
                                      const QString &by, ServiceError *error)
{
    QSqlQuery query(db);
    return sql::execute(query,
                        QStringLiteral("UPDATE breaches SET subjects_notified_on = ?, subjects_how "
                                       "= ?, subjects_count = "
                                       "?, public_notice = ?, public_notice_reason = ?, "
                                       "subjects_notified_by = ? WHERE id "
                                       "= ?"),
                        { isoDate(notice.on), notice.how.trimmed(), countValue(notice.count),
                          notice.publicNotice ? 1 : 0, nullable(reason), by, id })
        || failed(query, error);
}

bool BreachRepository::close(const QSqlDatabase &db, qint64 id, const QDateTime &at,
                             const QString &by, ServiceError *error)
{
    QSqlQuery query(db);
    return sql::execute(query,
                        QStringLiteral("UPDATE breaches SET state = 'gesloten', closed_at = ?, "
                                       "closed_by = ? WHERE id = ?"),
                        { BreachCodes::storedMoment(at), by, id })
        || failed(query, error);
}

bool BreachRepository::reopen(const QSqlDatabase &db, qint64 id, ServiceError *error)
{
    QSqlQuery query(db);
    return sql::execute(query,
                        QStringLiteral("UPDATE breaches SET state = 'open', closed_at = NULL, "
                                       "closed_by = NULL WHERE id = ?"),
                        { id })
        || failed(query, error);
}

bool BreachRepository::touch(const QSqlDatabase &db, qint64 id, const QString &at,
                             ServiceError *error)
{
    QSqlQuery query(db);
    return sql::execute(query, QStringLiteral("UPDATE breaches SET updated_at = ? WHERE id = ?"),
                        { at, id })
        || failed(query, error);
}

// --- for the retention rules and the dashboard ------------------------------------------

QStringList BreachRepository::freeTextColumns()
{
    return { QStringLiteral("description"),           QStringLiteral("group_text"),
             QStringLiteral("measures_before"),       QStringLiteral("measures_taken"),
             QStringLiteral("consequences"),          QStringLiteral("subjects_description"),
             QStringLiteral("subjects_consequences"), QStringLiteral("subjects_measures"),
             QStringLiteral("international"),         QStringLiteral("reasoning"),
             QStringLiteral("ap_decision_reason"),    QStringLiteral("subjects_decision_reason"),
             QStringLiteral("ap_late_reason"),        QStringLiteral("subjects_how"),
             QStringLiteral("public_notice_reason"),  QStringLiteral("data_text"),
             QStringLiteral("processor_told_reason") };
}

bool BreachRepository::destructionState(const QSqlDatabase &db, const QString &number,
                                        std::optional<DestructionState> *found, ServiceError *error)
{
    *found = std::nullopt;
    QStringList filled;
    for (const QString &column : freeTextColumns())
        filled << QStringLiteral("(CASE WHEN b.%1 IS NULL OR b.%1 = '' THEN 0 ELSE 1 END)")
                      .arg(column);
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!run(query,
             QStringLiteral("SELECT b.id, b.title, b.state, b.closed_at, b.destroyed_on, ")
                 + filled.join(QStringLiteral(" + ")) + QStringLiteral(", ")
                 + linkedPersonCountSql(u"b") + QStringLiteral(", ") + followUpTextCountSql(u"b")
                 + QStringLiteral(" FROM breaches b WHERE b.number = ?"),
             { number }, error))
        return false;
    if (!query.next())
        return !query.lastError().isValid() || failed(query, error);
    // clang-format off
    enum CheckColumn {
        CheckId, CheckTitle, CheckState, CheckClosedAt, CheckDestroyedOn, FreeTexts, LinkedPersons,
        FollowUpTexts };
    // clang-format on
    DestructionState state;
    state.id = query.value(CheckId).toLongLong();
    state.title = query.value(CheckTitle).toString();
    state.open = query.value(CheckState).toString() != QLatin1StringView("gesloten");
    state.closedAt = BreachCodes::momentFromStored(query.value(CheckClosedAt).toString());
    state.destroyedOn = QDate::fromString(query.value(CheckDestroyedOn).toString(), Qt::ISODate);
    state.freeTexts = query.value(FreeTexts).toInt();
    state.linkedPersons = query.value(LinkedPersons).toInt();
    state.followUpTexts = query.value(FollowUpTexts).toInt();
    *found = state;
    return true;
}

bool BreachRepository::purge(QSqlQuery &query, const QString &number, const QString &mark,
                             QDate today, const QString &by, const QString &now,
                             ServiceError *error)
{
    QStringList cleared;
    QVariantList values { mark };
    for (const QString &column : freeTextColumns()) {
        // A public notice must keep a reason (a CHECK of schema 23): it says it was destroyed.
        // Nor may the 72 hours move when the reason why they did not start at the processor's
        // report goes: it keeps the mark.
        if (column == QLatin1StringView("processor_told_reason")) {
            cleared << QStringLiteral("processor_told_reason = CASE WHEN processor_told_reason IS "
                                      "NULL OR processor_told_reason = '' THEN NULL ELSE '%1' END")
                           .arg(QString(mark).replace(u'\'', QStringLiteral("''")));
        } else if (column == QLatin1StringView("public_notice_reason")) {
            cleared << QStringLiteral("public_notice_reason = CASE WHEN public_notice = 1 THEN "
                                      "'%1' ELSE NULL END")
                           .arg(QString(mark).replace(u'\'', QStringLiteral("''")));
        } else {
            cleared << column + QStringLiteral(" = NULL");
        }
    }
    values << today.toString(Qt::ISODate) << by << now << number;
    // The title is NOT NULL: it says that it was destroyed. The links to the persons go; that
    // and when the people were informed stays in the breach itself.
    return run(query,
               QStringLiteral("UPDATE breaches SET title = ?, ")
                   + cleared.join(QStringLiteral(", "))
                   + QStringLiteral(", destroyed_on = ?, destroyed_by = ?, updated_at = ? WHERE "
                                    "number = ? AND destroyed_on IS NULL"),
               values, error)
        && clearFollowUpTexts(query, ofBreach, { number }, error)
        && unlinkAllPersons(query, ofBreach, { number }, error);
}

bool BreachRepository::purge(const QSqlDatabase &db, const QString &number, const QString &mark,
                             QDate today, const QString &by, const QString &now,
                             ServiceError *error)
{
    QSqlQuery query(db);
    return purge(query, number, mark, today, by, now, error);
}

bool BreachRepository::destroyedOnOf(const QSqlDatabase &db, const QString &number,
                                     const QString &reportedAt, std::optional<QString> *found,
                                     ServiceError *error)
{
    *found = std::nullopt;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!run(query,
             QStringLiteral("SELECT destroyed_on FROM breaches WHERE number = ? AND reported_at "
                            "= ?"),
             { number, reportedAt }, error))
        return false;
    if (!query.next())
        return !query.lastError().isValid() || failed(query, error);
    *found = query.value(0).isNull() ? QString() : query.value(0).toString();
    return true;
}

std::optional<QList<QDateTime>> BreachRepository::closedNotDestroyed(const QSqlDatabase &db,
                                                                     const QString &closedBefore,
                                                                     QDate day, ServiceError *error)
{
    return statements::select(
        db,
        QStringLiteral("SELECT closed_at FROM breaches WHERE state = 'gesloten' AND closed_at "
                       "IS NOT NULL AND closed_at < ? AND (destroyed_on IS NULL OR "
                       "destroyed_on > ?)"),
        { closedBefore, day.toString(Qt::ISODate) },
        [](const QSqlQuery &q) { return BreachCodes::momentFromStored(q.value(0).toString()); },
        error);
}

} // namespace pd
