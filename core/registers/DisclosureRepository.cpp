#include "registers/DisclosureRepository.h"

#include "cases/CaseListRepository.h"
#include "cases/CaseRepository.h"
#include "persons/PersonRepository.h"
#include "registers/CovenantRepository.h"
#include "registers/RecipientRepository.h"
#include "sql/BatchedIn.h"
#include "sql/Dialect.h"
#include "store/ServiceSupport.h"
#include "store/Statements.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace pd {

using namespace Qt::StringLiterals;
using support::dateFrom;
using support::isoDate;
using support::nullable;
using support::nullableDate;

namespace {

using statements::failed;
using statements::run;

// Built on first use, not at start-up: it asks another library (cases) for its part.
const QString &columns()
{
    static const QString text
        = u"d.id, d.disclosed_on, d.recipient_id, d.data_text, d.purpose, d.legal_basis, "
          "d.basis_text, d.requested_by, "_s
        + CaseRepository::numberSql()
        + u", d.informed, d.informed_on, d.not_informed_reason, r.name, r.category, r.role, "
          "d.destroyed_persons, d.covenant_id, cv.name, r.processes"_s;
    return text;
}
// columns()'s columns, in its order.
// clang-format off
enum DisclosureColumn {
    Id, DisclosedOn, RecipientId, DataText, Purpose, Basis, BasisText, RequestedBy, CaseNumber,
    Informed, InformedOn, NotInformedReason, RecipientName, Category, Role, DestroyedPersons,
    CovenantId, CovenantName, Processes
};
// clang-format on

// The list's FROM: every disclosure with its recipient and, when linked, its request.
QString from()
{
    return u"FROM disclosures d "_s + RecipientRepository::joinSql(u"r", u"d.recipient_id")
        + u" LEFT "_s + CaseRepository::joinSql(u"c", u"d.case_id") + u" "_s
        + CovenantRepository::leftJoinSql(u"cv"_s, u"d.covenant_id"_s);
}

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

Disclosure fromQuery(const QSqlQuery &q)
{
    Disclosure d;
    d.id = q.value(Id).toLongLong();
    d.date = dateFrom(q.value(DisclosedOn));
    d.recipientId = q.value(RecipientId).toLongLong();
    d.dataText = q.value(DataText).toString();
    d.purpose = q.value(Purpose).toString();
    d.basis
        = codes::from<LegalBasis>(q.value(Basis).toString()).value_or(LegalBasis::LegalObligation);
    d.basisText = q.value(BasisText).toString();
    d.requestedBy = q.value(RequestedBy).toString();
    d.caseNumber = q.value(CaseNumber).toString();
    d.informed = codes::from<InformedStatus>(q.value(Informed).toString())
                     .value_or(InformedStatus::Pending);
    d.informedOn = dateFrom(q.value(InformedOn));
    d.notInformedReason = q.value(NotInformedReason).toString();
    d.recipientName = q.value(RecipientName).toString();
    d.recipientCategory = codes::from<RecipientCategory>(q.value(Category).toString())
                              .value_or(RecipientCategory::Overig);
    d.recipientRole
        = codes::from<RecipientRole>(q.value(Role).toString()).value_or(RecipientRole::Ontvanger);
    d.destroyedPersons = q.value(DestroyedPersons).toInt();
    d.covenantId = q.value(CovenantId).toLongLong();
    d.covenantName = q.value(CovenantName).toString();
    d.recipientProcesses = q.value(Processes).toString();
    return d;
}

// The persons and data categories of the rows: two reads for the whole page, in batches under
// SQLite's limit on variables (a model that reloads what was scrolled into view asks for more
// than 999 rows at once).
bool fillDetails(const QSqlDatabase &db, QList<Disclosure> &disclosures, ServiceError *error)
{
    if (disclosures.isEmpty())
        return true;
    QVariantList ids;
    QHash<qint64, qsizetype> index;
    for (qsizetype i = 0; i < disclosures.size(); ++i) {
        ids << disclosures.at(i).id;
        index.insert(disclosures.at(i).id, i);
    }
    enum PersonColumn { PersonDisclosureId, PersonId, PersonName, PersonKlantnummer };
    enum DataColumn { DataDisclosureId, Code };
    QSqlError failure;
    const bool persons = sql::forEachBatch(
        db,
        u"SELECT dp.disclosure_id, p.id, "_s + PersonRepository::nameSql(u"p") + u", "_s
            + PersonRepository::klantnummerSql(u"p") + u" FROM disclosure_persons dp "_s
            + PersonRepository::joinSql(u"p", u"dp.person_id")
            + u" WHERE dp.disclosure_id IN (%1) ORDER BY dp.disclosure_id, "_s
            + sql::byteOrder(db, PersonRepository::nameSql(u"p")) + u", p.id"_s,
        ids,
        [&](const QSqlQuery &query) {
            const auto at = index.constFind(query.value(PersonDisclosureId).toLongLong());
            if (at != index.constEnd())
                disclosures[*at].persons
                    << DisclosurePerson { query.value(PersonId).toLongLong(),
                                          query.value(PersonName).toString(),
                                          query.value(PersonKlantnummer).toString() };
        },
        &failure);
    const bool data
        = persons
        && sql::forEachBatch(
              db,
              u"SELECT disclosure_id, category FROM disclosure_data "
              "WHERE disclosure_id IN (%1)"_s,
              ids,
              [&](const QSqlQuery &query) {
                  const auto at = index.constFind(query.value(DataDisclosureId).toLongLong());
                  const auto category = codes::from<DataCategory>(query.value(Code).toString());
                  if (at != index.constEnd() && category)
                      disclosures[*at].data << *category;
              },
              &failure);
    if (!data) {
        *error = ServiceError::fromSql(failure);
        return false;
    }
    // In the order of the code table, as the dialog shows them.
    for (Disclosure &d : disclosures)
        std::sort(d.data.begin(), d.data.end());
    return true;
}

// The values of a row as insert() and update() bind them, in the columns' order.
QVariantList rowValues(const Disclosure &d, const QVariant &caseId, const QString &now)
{
    return { isoDate(d.date),
             d.recipientId,
             nullable(d.dataText),
             d.purpose.trimmed(),
             codes::code(d.basis),
             nullable(d.basisText),
             nullable(d.requestedBy),
             caseId,
             codes::code(d.informed),
             nullableDate(d.informedOn),
             nullable(d.notInformedReason),
             d.covenantId > 0 ? QVariant(d.covenantId) : QVariant(QMetaType(QMetaType::LongLong)),
             now };
}

} // namespace

DisclosureConditions DisclosureRepository::conditions(const QSqlDatabase &db,
                                                      const DisclosureFilter &filter,
                                                      const QList<qint64> &recipientIds)
{
    DisclosureConditions w;
    QStringList conditions;
    if (filter.category) {
        conditions << u"r.category = ?"_s;
        w.values << codes::code(*filter.category);
    }
    if (filter.recipientId) {
        conditions << u"d.recipient_id = ?"_s;
        w.values << *filter.recipientId;
    }
    if (filter.basis) {
        conditions << u"d.legal_basis = ?"_s;
        w.values << codes::code(*filter.basis);
    }
    if (filter.informed) {
        conditions << u"d.informed = ?"_s;
        w.values << codes::code(*filter.informed);
    }
    if (filter.from.isValid()) {
        conditions << u"d.disclosed_on >= ?"_s;
        w.values << isoDate(filter.from);
    }
    if (filter.to.isValid()) {
        conditions << u"d.disclosed_on <= ?"_s;
        w.values << isoDate(filter.to);
    }
    if (filter.pendingOn.isValid()) {
        conditions << pendingOnSql(db);
        w.values << isoDate(filter.pendingOn) << isoDate(filter.pendingOn)
                 << isoDate(filter.pendingOn);
    }
    if (filter.personId > 0) {
        conditions
            << u"d.id IN (SELECT disclosure_id FROM disclosure_persons WHERE person_id = ?)"_s;
        w.values << filter.personId;
    }
    if (!recipientIds.isEmpty()) {
        // Ids as literals (integers read from the store, never typed text): bound, a catalogue
        // of more than 999 matching recipients would exceed SQLite's limit on variables, and a
        // condition of a paged query cannot be split into batches.
        QStringList ids;
        for (const qint64 id : recipientIds)
            ids << QString::number(id);
        conditions << u"d.recipient_id IN (%1)"_s.arg(ids.join(u','));
    }
    if (!conditions.isEmpty())
        w.sql = u"WHERE "_s + conditions.join(QLatin1StringView(" AND "));
    return w;
}

QString DisclosureRepository::pendingOnSql(const QSqlDatabase &db)
{
    // Two branches, each a range of an index: disclosures_informed (status, date) and
    // disclosures_informed_on (status, told on) of migration 0009; sql::unindexed keeps the
    // second off the first index, whose date range would cover nearly every disclosure told.
    return u"((d.informed = 'nog-te-doen' AND d.disclosed_on <= ?) OR "
           "(d.informed = 'geinformeerd' AND d.informed_on > ? AND "_s
        + sql::unindexed(db, u"d.disclosed_on"_s) + u" <= ?))"_s;
}

std::optional<int> DisclosureRepository::count(const QSqlDatabase &db,
                                               const DisclosureConditions &where,
                                               bool withRecipient, ServiceError *error)
{
    // The joins only where a condition needs them: every disclosure has its recipient, so a
    // count without the category is read from the disclosure indexes alone.
    const QString countFrom = withRecipient
        ? u"FROM disclosures d "_s + RecipientRepository::joinSql(u"r", u"d.recipient_id")
        : u"FROM disclosures d"_s;
    QSqlQuery query(db);
    if (!run(query, u"SELECT count(*) %1 %2"_s.arg(countFrom, where.sql), where.values, error))
        return std::nullopt;
    if (!query.next()) {
        failed(query, error);
        return std::nullopt;
    }
    return query.value(0).toInt();
}

std::optional<QList<Disclosure>> DisclosureRepository::page(const QSqlDatabase &db,
                                                            const DisclosureConditions &where,
                                                            bool newestFirst, int limit, int offset,
                                                            ServiceError *error)
{
    const QString order = newestFirst ? u"DESC"_s : u"ASC"_s;
    std::optional<QList<Disclosure>> rows = statements::select(
        db,
        u"SELECT %1 %2 %3 ORDER BY d.disclosed_on %4, d.id %4 LIMIT ? OFFSET ?"_s.arg(
            columns(), from(), where.sql, order),
        QVariantList(where.values) << limit << std::max(0, offset), fromQuery, error);
    if (!rows || !fillDetails(db, *rows, error))
        return std::nullopt;
    return rows;
}

bool DisclosureRepository::byId(const QSqlDatabase &db, qint64 id, std::optional<Disclosure> *found,
                                ServiceError *error)
{
    *found = std::nullopt;
    QSqlQuery query(db);
    if (!run(query, u"SELECT %1 %2 WHERE d.id = ?"_s.arg(columns(), from()), { id }, error))
        return false;
    if (!query.next())
        return !query.lastError().isValid() || failed(query, error);
    QList<Disclosure> one { fromQuery(query) };
    query.finish();
    if (!fillDetails(db, one, error))
        return false;
    *found = one.first();
    return true;
}

std::optional<bool> DisclosureRepository::namesRecipient(const QSqlDatabase &db, qint64 recipientId,
                                                         ServiceError *error)
{
    QSqlQuery query(db);
    if (!run(query,
             u"SELECT (SELECT count(*) FROM disclosures WHERE recipient_id = ?) "
             "+ (SELECT count(*) FROM art19_notifications WHERE recipient_id = ?)"_s,
             { recipientId, recipientId }, error))
        return std::nullopt;
    if (!query.next()) {
        failed(query, error);
        return std::nullopt;
    }
    return query.value(0).toInt() > 0;
}

bool DisclosureRepository::caseIdOf(const QSqlDatabase &db, const QString &number,
                                    std::optional<qint64> *found, ServiceError *error)
{
    *found = std::nullopt;
    const std::optional<qint64> id = CaseRepository::idByNumber(db, number, error);
    if (!id)
        return false;
    if (*id != 0)
        *found = *id;
    return true;
}

namespace {

// personsWhere()'s columns, in its order.
enum PresentPersonColumn { PresentId, PresentName, PresentKlantnummer };

// The persons not anonymised whose column ("p.id", or the customer number's
// PersonRepository::klantnummerSql) is one of values, in batches:
// each row given to onRow (id, name, klantnummer); false with *error when a batch failed.
bool personsWhere(const QSqlDatabase &db, const QString &column, const QVariantList &values,
                  const std::function<void(const QSqlQuery &)> &onRow, ServiceError *error)
{
    QSqlError failure;
    if (sql::forEachBatch(db,
                          u"SELECT p.id, "_s + PersonRepository::nameSql(u"p") + u", "_s
                              + PersonRepository::klantnummerSql(u"p") + u" FROM "_s
                              + PersonRepository::tableSql(u"p") + u" WHERE "_s
                              + PersonRepository::presentSql(u"p") + u" AND "_s + column
                              + u" IN (%1)"_s,
                          values, onRow, &failure))
        return true;
    *error = ServiceError::fromSql(failure);
    return false;
}

} // namespace

std::optional<QList<DisclosurePerson>>
DisclosureRepository::personsByNumbers(const QSqlDatabase &db, const QStringList &numbers,
                                       ServiceError *error)
{
    QList<DisclosurePerson> found;
    if (!personsWhere(
            db, PersonRepository::klantnummerSql(u"p"),
            QVariantList(numbers.cbegin(), numbers.cend()),
            [&found](const QSqlQuery &query) {
                found << DisclosurePerson { query.value(PresentId).toLongLong(),
                                            query.value(PresentName).toString(),
                                            query.value(PresentKlantnummer).toString() };
            },
            error))
        return std::nullopt;
    return found;
}

std::optional<QSet<qint64>> DisclosureRepository::presentPersons(const QSqlDatabase &db,
                                                                 const QList<qint64> &ids,
                                                                 ServiceError *error)
{
    QSet<qint64> present;
    if (!personsWhere(
            db, u"p.id"_s, QVariantList(ids.cbegin(), ids.cend()),
            [&present](const QSqlQuery &query) { present << query.value(PresentId).toLongLong(); },
            error))
        return std::nullopt;
    return present;
}

std::optional<qint64> DisclosureRepository::insert(const QSqlDatabase &db, const Disclosure &d,
                                                   const QVariant &caseId, const QString &now,
                                                   const QString &actor, ServiceError *error)
{
    return statements::inserted(
        db,
        u"INSERT INTO disclosures (disclosed_on, recipient_id, data_text, purpose, "
        "legal_basis, basis_text, requested_by, case_id, informed, informed_on, "
        "not_informed_reason, covenant_id, updated_at, created_at, created_by) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
        rowValues(d, caseId, now) << now << actor, error);
}

bool DisclosureRepository::update(const QSqlDatabase &db, const Disclosure &d,
                                  const QVariant &caseId, const QString &now, ServiceError *error)
{
    return run(db,
               u"UPDATE disclosures SET disclosed_on = ?, recipient_id = ?, data_text = ?, "
               "purpose = ?, legal_basis = ?, basis_text = ?, requested_by = ?, case_id = ?, "
               "informed = ?, informed_on = ?, not_informed_reason = ?, covenant_id = ?, "
               "updated_at = ? "
               "WHERE id = ?"_s,
               rowValues(d, caseId, now) << d.id, error);
}

bool DisclosureRepository::writeDetails(const QSqlDatabase &db, const Disclosure &d, bool replacing,
                                        ServiceError *error)
{
    QSqlQuery query(db);
    if (replacing
        && !(
            run(query, u"DELETE FROM disclosure_persons WHERE disclosure_id = ?"_s, { d.id }, error)
            && run(query, u"DELETE FROM disclosure_data WHERE disclosure_id = ?"_s, { d.id },
                   error)))
        return false;
    // Prepared once: a disclosure of many persons at once links thousands.
    if (!d.persons.isEmpty()
        && !query.prepare(
            u"INSERT INTO disclosure_persons (disclosure_id, person_id) VALUES (?, ?)"_s))
        return failed(query, error);
    for (const DisclosurePerson &p : d.persons) {
        query.bindValue(0, d.id);
        query.bindValue(1, p.id);
        if (!query.exec())
            return failed(query, error);
    }
    for (const DataCategory c : d.data)
        if (!run(query, u"INSERT INTO disclosure_data (disclosure_id, category) VALUES (?, ?)"_s,
                 { d.id, codes::code(c) }, error))
            return false;
    return true;
}

bool DisclosureRepository::remove(const QSqlDatabase &db, qint64 id, ServiceError *error)
{
    return run(db, u"DELETE FROM disclosure_persons WHERE disclosure_id = ?"_s, { id }, error)
        && run(db, u"DELETE FROM disclosure_data WHERE disclosure_id = ?"_s, { id }, error)
        && run(db, u"DELETE FROM disclosures WHERE id = ?"_s, { id }, error);
}

std::optional<QList<Art19Notification>>
DisclosureRepository::art19Recipients(const QSqlDatabase &db, qint64 personId, QDate until,
                                      const QList<DataCategory> &changed, ServiceError *error)
{
    // How many of its disclosures included the data that changed: all when none was recorded.
    // A category that holds some of them counts (contact holds the phone number).
    QVariantList values;
    QStringList marks;
    for (const DataCategory category : changed) {
        for (const DataCategory held : DataCategoryCodes::overlapping(category)) {
            if (values.contains(codes::code(held)))
                continue;
            values << codes::code(held);
            marks << u"?"_s;
        }
    }
    const QString relevant = changed.isEmpty()
        ? u"count(*)"_s
        : u"sum(CASE WHEN EXISTS (SELECT 1 FROM disclosure_data dd WHERE dd.disclosure_id = d.id "
          "AND dd.category IN (%1)) THEN 1 ELSE 0 END)"_s.arg(marks.join(u", "));
    values << personId << isoDate(until);
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!run(query,
             u"SELECT r.id, r.name, r.category, r.contact, count(*), max(d.disclosed_on), "
             "max(CASE WHEN d.informed = 'verboden' THEN 1 ELSE 0 END), "_s
                 + relevant
                 + u" FROM disclosure_persons dp JOIN disclosures d ON d.id = dp.disclosure_id "_s
                 + RecipientRepository::joinSql(u"r", u"d.recipient_id")
                 + u" WHERE dp.person_id = ? AND d.disclosed_on <= ? "
                   "GROUP BY r.id, r.name, r.category, r.contact"_s,
             values, error))
        return std::nullopt;
    enum NoticeColumn {
        NoticeRecipientId,
        NoticeName,
        NoticeCategory,
        NoticeContact,
        Disclosures,
        LastDisclosedOn,
        Prohibited,
        Relevant
    };
    QList<Art19Notification> list;
    while (query.next()) {
        Art19Notification n;
        n.recipientId = query.value(NoticeRecipientId).toLongLong();
        n.recipientName = query.value(NoticeName).toString();
        n.category = codes::from<RecipientCategory>(query.value(NoticeCategory).toString())
                         .value_or(RecipientCategory::Overig);
        n.contact = query.value(NoticeContact).toString();
        n.disclosures = query.value(Disclosures).toInt();
        n.lastDisclosed = dateFrom(query.value(LastDisclosedOn));
        n.withheld = query.value(Prohibited).toInt() != 0;
        n.notApplicable = query.value(Relevant).toInt() == 0;
        list << n;
    }
    if (query.lastError().isValid()) {
        failed(query, error);
        return std::nullopt;
    }
    return list;
}

std::optional<QList<qint64>> DisclosureRepository::art19Pending(const QSqlDatabase &db, QDate today,
                                                                ServiceError *error)
{
    // changed holds the registers' codes comma-separated ("contact,naw"): a disclosure
    // counts when one of its categories is among them, or holds some of the same data (contact
    // and telefoonnummer), or when none was recorded.
    QVariantList values { isoDate(today) };
    QString overlaps;
    for (const DataCategory category : codes::all<DataCategory>()) {
        for (const DataCategory held : DataCategoryCodes::overlapping(category)) {
            if (held == category)
                continue;
            overlaps += u" OR (dd.category = ? AND (',' || k.changed || ',') LIKE ?)"_s;
            values << codes::code(category) << QString(u"%,"_s + codes::code(held) + u",%"_s);
        }
    }
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!run(query,
             u"SELECT k.id FROM ("_s + CaseListRepository::art19CandidatesSql()
                 + u") k WHERE EXISTS (SELECT 1 FROM disclosure_persons dp "
                   "JOIN disclosures d ON d.id = dp.disclosure_id "
                   "WHERE dp.person_id = k.person_id AND d.disclosed_on <= COALESCE(k.answered, "
                   "?) "
                   "AND (k.changed IS NULL OR k.changed = '' OR EXISTS (SELECT 1 FROM "
                   "disclosure_data dd WHERE dd.disclosure_id = d.id AND ((',' || "
                   "k.changed || ',') LIKE ('%,' || dd.category || ',%')"_s
                 + overlaps
                 + u"))) AND NOT EXISTS (SELECT 1 FROM art19_notifications n WHERE n.case_id = "
                   "k.id AND n.recipient_id = d.recipient_id)) ORDER BY k.id"_s,
             values, error))
        return std::nullopt;
    QList<qint64> ids;
    while (query.next())
        ids << query.value(0).toLongLong();
    if (!statements::ended(query, error))
        return std::nullopt;
    return ids;
}

bool DisclosureRepository::mergeArt19Recorded(const QSqlDatabase &db, qint64 caseId,
                                              QList<Art19Notification> *list, ServiceError *error)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!run(query,
             u"SELECT n.recipient_id, n.notified_on, n.recorded_by, r.name, r.category, "
             "r.contact, n.exempt_reason IS NOT NULL, n.exempt_reason, n.not_applicable "
             "FROM art19_notifications n "_s
                 + RecipientRepository::joinSql(u"r", u"n.recipient_id")
                 + u" WHERE n.case_id = ?"_s,
             { caseId }, error))
        return false;
    enum RecordedColumn {
        RecordedRecipientId,
        NotifiedOn,
        RecordedBy,
        RecordedName,
        RecordedCategory,
        RecordedContact,
        Exempt,
        ExemptReason,
        NotApplicable
    };
    while (query.next()) {
        const qint64 recipientId = query.value(RecordedRecipientId).toLongLong();
        auto it
            = std::find_if(list->begin(), list->end(), [recipientId](const Art19Notification &n) {
                  return n.recipientId == recipientId;
              });
        if (it == list->end()) {
            Art19Notification n;
            n.recipientId = recipientId;
            n.recipientName = query.value(RecordedName).toString();
            n.category = codes::from<RecipientCategory>(query.value(RecordedCategory).toString())
                             .value_or(RecipientCategory::Overig);
            n.contact = query.value(RecordedContact).toString();
            *list << n;
            it = std::prev(list->end());
        }
        it->notifiedOn = dateFrom(query.value(NotifiedOn));
        it->notifiedBy = query.value(RecordedBy).toString();
        // Marked not applicable by the officer: the reason is hers, never an exemption's.
        const bool notApplicable = query.value(NotApplicable).toInt() != 0;
        it->exempt = query.value(Exempt).toInt() != 0 && !notApplicable;
        it->exemptReason = it->exempt ? query.value(ExemptReason).toString() : QString();
        if (notApplicable) {
            it->notApplicable = true;
            it->notApplicableReason = query.value(ExemptReason).toString();
        }
    }
    return !query.lastError().isValid() || failed(query, error);
}

bool DisclosureRepository::recordArt19(const QSqlDatabase &db, qint64 caseId, qint64 recipientId,
                                       QDate date, const QString &reason, bool notApplicable,
                                       const QString &now, const QString &actor,
                                       ServiceError *error)
{
    const bool withReason = !date.isValid();
    return run(db, u"DELETE FROM art19_notifications WHERE case_id = ? AND recipient_id = ?"_s,
               { caseId, recipientId }, error)
        && run(db,
               u"INSERT INTO art19_notifications (case_id, recipient_id, notified_on, "
               "exempt_reason, not_applicable, recorded_at, recorded_by) "
               "VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
               { caseId, recipientId, nullableDate(date),
                 withReason ? QVariant(reason) : QVariant(QMetaType(QMetaType::QString)),
                 withReason && notApplicable ? 1 : 0, now, actor },
               error);
}

std::optional<QList<DisclosureNaming>>
DisclosureRepository::naming(const QSqlDatabase &db, qint64 personId, ServiceError *error)
{
    QSqlQuery query(db);
    if (!run(query,
             u"SELECT d.id, d.data_text, d.purpose, d.basis_text, d.requested_by, "
             "d.not_informed_reason, (SELECT count(*) FROM disclosure_persons o WHERE "
             "o.disclosure_id = d.id) FROM disclosures d JOIN disclosure_persons dp ON "
             "dp.disclosure_id = d.id WHERE dp.person_id = ? ORDER BY d.id"_s,
             { personId }, error))
        return std::nullopt;
    enum NamingColumn {
        NamingId,
        NamingDataText,
        NamingPurpose,
        NamingBasisText,
        NamingRequestedBy,
        NamingNotInformedReason,
        NamingPersonCount
    };
    QList<DisclosureNaming> rows;
    while (query.next())
        rows << DisclosureNaming { query.value(NamingId).toLongLong(),
                                   query.value(NamingDataText).toString(),
                                   query.value(NamingPurpose).toString(),
                                   query.value(NamingBasisText).toString(),
                                   query.value(NamingRequestedBy).toString(),
                                   query.value(NamingNotInformedReason).toString(),
                                   query.value(NamingPersonCount).toInt() <= 1 };
    if (query.lastError().isValid()) {
        failed(query, error);
        return std::nullopt;
    }
    return rows;
}

bool DisclosureRepository::removePerson(const QSqlDatabase &db, qint64 disclosureId,
                                        qint64 personId, const DisclosureScrubbed &scrubbed,
                                        const QString &now, ServiceError *error)
{
    return run(db, u"DELETE FROM disclosure_persons WHERE disclosure_id = ? AND person_id = ?"_s,
               { disclosureId, personId }, error)
        && run(db,
               u"UPDATE disclosures SET destroyed_persons = destroyed_persons + 1, "
               "data_text = ?, purpose = ?, basis_text = ?, requested_by = ?, "
               "not_informed_reason = ?, updated_at = ? WHERE id = ?"_s,
               { textOrNull(scrubbed.dataText), scrubbed.purpose, textOrNull(scrubbed.basisText),
                 textOrNull(scrubbed.requestedBy), textOrNull(scrubbed.notInformedReason), now,
                 disclosureId },
               error);
}

QString DisclosureRepository::countOfPersonSql()
{
    return u"SELECT count(*) FROM disclosure_persons WHERE person_id = ?"_s;
}

QString DisclosureRepository::idsOfPersonSql()
{
    return u"SELECT CAST(disclosure_id AS TEXT) FROM disclosure_persons WHERE person_id = ?"_s;
}

QString DisclosureRepository::eraseExemptReasonsSql(const QString &caseIdsSql)
{
    return u"UPDATE art19_notifications SET exempt_reason = '' WHERE exempt_reason IS NOT NULL "
           "AND case_id IN "_s
        + caseIdsSql;
}

QString DisclosureRepository::perRecipientMonthSql(const QSqlDatabase &db)
{
    return u"SELECT r.id, r.name, r.category, substr(d.disclosed_on, 1, 7), count(*) FROM "_s
        + RecipientRepository::tableSql(u"r") + sql::drivingJoin(db)
        + u"disclosures d ON d.recipient_id = r.id WHERE d.disclosed_on BETWEEN ? AND ? "
          "GROUP BY r.id, 4"_s;
}

QString DisclosureRepository::perLegalBasisSql(const QStringList &quotedCodes)
{
    return u"SELECT legal_basis, count(*) FROM disclosures WHERE legal_basis IN ("_s
        + quotedCodes.join(u", "_s) + u") AND disclosed_on BETWEEN ? AND ? GROUP BY 1"_s;
}

QString DisclosureRepository::pendingCountSql(const QSqlDatabase &db)
{
    return u"SELECT count(*) FROM disclosures d WHERE "_s + pendingOnSql(db);
}

QString DisclosureRepository::pendingPersonsSql()
{
    // The same disclosures as pendingOnSql, as two index-only ranges whose ids, in order, find
    // the persons (the OR form would read each disclosure from the table to join).
    return u"SELECT count(DISTINCT dp.person_id) FROM (SELECT d.id FROM disclosures d WHERE "
           "d.informed = 'nog-te-doen' AND d.disclosed_on <= ? UNION ALL SELECT d.id FROM "
           "disclosures d WHERE d.informed = 'geinformeerd' AND d.informed_on > ? AND "
           "d.disclosed_on <= ? ORDER BY 1) x JOIN disclosure_persons dp ON "
           "dp.disclosure_id = x.id"_s;
}

QString DisclosureRepository::prohibitedCountSql()
{
    return u"SELECT count(*) FROM disclosures d WHERE d.informed = 'verboden' AND "
           "d.disclosed_on <= ?"_s;
}

} // namespace pd
