#include "breaches/BreachService.h"

#include "domain/InputLimits.h"
#include "persons/PersonRepository.h"
#include "registers/RegisterSupport.h"
#include "session/UnitOfWork.h"
#include "sql/BatchedIn.h"
#include "sql/Dialect.h"
#include "store/Store.h"
#include "util/Clock.h"

#include <QHash>
#include <QJsonArray>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <functional>

namespace pd {

using namespace registers;

namespace {

const QString entity = QStringLiteral("breach");

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
    "b.closed_by, b.destroyed_on, b.destroyed_by");
const QString from
    = QStringLiteral("FROM breaches b LEFT JOIN recipients r ON r.id = b.processor_id");

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

BreachDecision decisionFrom(const QSqlQuery &q, int at)
{
    BreachDecision d;
    d.recorded = !q.value(at).isNull();
    d.yes = q.value(at).toInt() != 0;
    d.reason = q.value(at + 1).toString();
    d.by = q.value(at + 2).toString();
    d.at = moment(q.value(at + 3));
    return d;
}

Breach fromQuery(const QSqlQuery &q)
{
    Breach b;
    b.id = q.value(0).toLongLong();
    b.number = q.value(1).toString();
    b.title = q.value(2).toString();
    b.description = q.value(3).toString();
    b.occurredAt = moment(q.value(4));
    b.discoveredAt = moment(q.value(5));
    b.reportedBy = q.value(6).toString();
    b.reportedAt = moment(q.value(7));
    b.persons = countFrom(q.value(8));
    b.personsEstimate = q.value(9).toInt() != 0;
    b.records = countFrom(q.value(10));
    b.recordsEstimate = q.value(11).toInt() != 0;
    b.groupText = q.value(12).toString();
    b.processorId = q.value(13).toLongLong();
    b.processorName = q.value(14).toString();
    b.processorToldAt = moment(q.value(15));
    b.measuresBefore = q.value(16).toString();
    b.measuresTaken = q.value(17).toString();
    b.consequences = q.value(18).toString();
    b.international = q.value(19).toString();
    if (!q.value(20).isNull())
        b.risk = BreachCodes::risk(q.value(20).toString());
    b.reasoning = q.value(21).toString();
    b.assessedAt = moment(q.value(22));
    b.assessedBy = q.value(23).toString();
    b.apDecision = decisionFrom(q, 24);
    b.subjectsDecision = decisionFrom(q, 28);
    b.apNotifiedAt = moment(q.value(32));
    b.apReference = q.value(33).toString();
    b.apLateReason = q.value(34).toString();
    b.apNotifiedBy = q.value(35).toString();
    b.subjectsNotifiedOn = dateFrom(q.value(36));
    b.subjectsHow = q.value(37).toString();
    b.subjectsCount = countFrom(q.value(38));
    b.publicNotice = q.value(39).toInt() != 0;
    b.publicNoticeReason = q.value(40).toString();
    b.subjectsNotifiedBy = q.value(41).toString();
    b.state = BreachCodes::state(q.value(42).toString()).value_or(BreachState::Open);
    b.closedAt = moment(q.value(43));
    b.closedBy = q.value(44).toString();
    b.destroyedOn = dateFrom(q.value(45));
    b.destroyedBy = q.value(46).toString();
    return b;
}

template<typename T> QList<T> unique(const QList<T> &values)
{
    QList<T> out;
    for (const T &v : values) {
        if (!out.contains(v))
            out << v;
    }
    return out;
}

int amsterdamYear(const QDateTime &moment)
{
    return organisationDay(moment).year();
}

} // namespace

BreachService::BreachService(const Store &store, const Clock &clock)
    : m_session(store, clock)
{ }

BreachService::BreachService(const Session &session)
    : m_session(session)
{ }

// --- reads ---------------------------------------------------------------------------------

QList<Breach> BreachService::select(const QString &where, const QVariantList &values,
                                    ServiceError *error) const
{
    QList<Breach> list;
    QSqlQuery query(m_session.store().database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT ") + columns + u' ' + from + u' ' + where);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        *error = ServiceError::fromSql(query.lastError());
        return {};
    }
    while (query.next())
        list << fromQuery(query);
    if (query.lastError().isValid()) {
        *error = ServiceError::fromSql(query.lastError());
        return {};
    }
    query.finish();
    if (!fillDetails(list, error))
        return {};
    return list;
}

bool BreachService::fillDetails(QList<Breach> &breaches, ServiceError *error) const
{
    // Each detail table is read once for the whole list (in chunks of sql::maxBatch ids), not
    // once per breach: the register list costs five statements, whatever its length.
    QHash<qint64, Breach *> byId;
    QVariantList ids;
    for (Breach &b : breaches) {
        byId.insert(b.id, &b);
        ids << b.id;
    }
    const QSqlDatabase db = m_session.store().database();
    const auto read
        = [&](const QString &sql, const std::function<void(Breach &, const QSqlQuery &)> &row) {
              QSqlError sqlError;
              const bool ok = sql::forEachBatch(
                  db, sql, ids,
                  [&](const QSqlQuery &query) {
                      if (Breach *b = byId.value(query.value(0).toLongLong()))
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
                   if (const auto n = BreachCodes::nature(q.value(1).toString()))
                       b.natures << *n;
               })
        && read(
              QStringLiteral("SELECT breach_id, category FROM breach_data WHERE breach_id IN (%1)"),
              [](Breach &b, const QSqlQuery &q) {
                  if (const auto c = DisclosureCodes::dataCategory(q.value(1).toString()))
                      b.data << *c;
              })
        && read(QStringLiteral(
                    "SELECT breach_id, criterion FROM breach_criteria WHERE breach_id IN (%1)"),
                [](Breach &b, const QSqlQuery &q) {
                    if (const auto c = BreachCodes::criterion(q.value(1).toString()))
                        b.criteria << *c;
                })
        && read(QStringLiteral("SELECT bp.breach_id, p.id, p.name, p.klantnummer, bp.informed_on "
                               "FROM breach_persons bp ")
                    + PersonRepository::joinSql(u"p", u"bp.person_id")
                    + QStringLiteral(" WHERE bp.breach_id IN (%1) ORDER BY ")
                    + sql::byteOrder(db, QStringLiteral("p.name")) + QStringLiteral(", p.id"),
                [](Breach &b, const QSqlQuery &q) {
                    b.linkedPersons
                        << BreachPerson { q.value(1).toLongLong(), q.value(2).toString(),
                                          q.value(3).toString(), dateFrom(q.value(4)) };
                })
        && read(QStringLiteral("SELECT breach_id, id, kind, at, reference, text, recorded_by "
                               "FROM breach_follow_ups WHERE breach_id IN (%1) ORDER BY at, id"),
                [](Breach &b, const QSqlQuery &q) {
                    BreachFollowUp f;
                    f.id = q.value(1).toLongLong();
                    f.kind = BreachCodes::followUpKind(q.value(2).toString())
                                 .value_or(BreachFollowUpKind::Aanvullen);
                    f.at = moment(q.value(3));
                    f.reference = q.value(4).toString();
                    f.text = q.value(5).toString();
                    f.by = q.value(6).toString();
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
        inOrder(b.natures, BreachCodes::natures());
        inOrder(b.data, DisclosureCodes::dataCategories());
        inOrder(b.criteria, BreachCodes::criteria());
    }
    return true;
}

std::optional<Breach> BreachService::load(const QString &number, ServiceError *error) const
{
    const QList<Breach> found = select(QStringLiteral("WHERE b.number = ?"), { number }, error);
    if (error->isError())
        return std::nullopt;
    if (found.isEmpty()) {
        *error
            = { ServiceError::Code::NotFound, tr("There is no data breach %1.").arg(number), {} };
        return std::nullopt;
    }
    return found.first();
}

std::optional<Breach> BreachService::get(const QString &number, ServiceError *error) const
{
    ServiceError ignored;
    ServiceError *failure = error ? error : &ignored;
    *failure = {};
    if (m_session.may(Permission::ViewRegisters))
        return load(number, failure);
    if (!m_session.may(Permission::IntakeCase)) {
        m_session.permit(Permission::ViewRegisters, QStringLiteral("breach.read"), number, failure);
        return std::nullopt;
    }
    // A reporter (KCC) reads only what they reported; another breach is "not there" for them
    // (a refusal would say that it exists).
    std::optional<Breach> breach = load(number, failure);
    if (!breach)
        return std::nullopt;
    if (breach->reportedBy != m_session.userName()) {
        *failure
            = { ServiceError::Code::NotFound, tr("There is no data breach %1.").arg(number), {} };
        return std::nullopt;
    }
    return breach;
}

QList<Breach> BreachService::list(const BreachFilter &filter, ServiceError *error) const
{
    ServiceError ignored;
    ServiceError *failure = error ? error : &ignored;
    *failure = {};
    if (!m_session.permit(Permission::ViewRegisters, QStringLiteral("breach.list"), {}, failure))
        return {};
    QStringList conditions;
    QVariantList values;
    if (filter.openOnly) {
        conditions << QStringLiteral("b.state = ?");
        values << BreachCodes::code(BreachState::Open);
    }
    if (filter.state) {
        conditions << QStringLiteral("b.state = ?");
        values << BreachCodes::code(*filter.state);
    }
    if (filter.year > 0) {
        conditions << QStringLiteral("b.year = ?");
        values << filter.year;
    }
    QString where
        = conditions.isEmpty() ? QString() : QStringLiteral("WHERE ") + conditions.join(u" AND ");
    QList<Breach> list = select(where + QStringLiteral(" ORDER BY b.discovered_at DESC, b.id DESC"),
                                values, failure);
    if (failure->isError())
        return {};
    if (filter.clockRunningOnly)
        list.removeIf([](const Breach &b) { return !b.clockRunning(); });
    return list;
}

QList<Breach> BreachService::ownReports(ServiceError *error) const
{
    ServiceError ignored;
    ServiceError *failure = error ? error : &ignored;
    *failure = {};
    if (!m_session.permit(Permission::IntakeCase, QStringLiteral("breach.read"), {}, failure))
        return {};
    return select(QStringLiteral("WHERE b.reported_by = ? ORDER BY b.discovered_at DESC, b.id "
                                 "DESC"),
                  { m_session.userName() }, failure);
}

BreachFigures BreachService::figures(const QDateTime &now, ServiceError *error) const
{
    ServiceError ignored;
    ServiceError *failure = error ? error : &ignored;
    *failure = {};
    BreachFigures f;
    f.now = now.toUTC();
    if (!m_session.permit(Permission::ViewRegisters, QStringLiteral("dashboard.read"),
                          QStringLiteral("breaches"), failure))
        return f;
    const QDate today = organisationDay(now);
    const QDate thisMonth(today.year(), today.month(), 1);
    for (int i = 11; i >= 0; --i)
        f.months << thisMonth.addMonths(-i);
    const QList<BreachNature> natures = BreachCodes::natures();
    f.totalByMonth = QList<int>(f.months.size(), 0);
    f.byMonthAndNature = QList<QList<int>>(f.months.size(), QList<int>(natures.size(), 0));

    QSqlQuery query(m_session.store().database());
    query.setForwardOnly(true);
    const auto fail = [&] {
        *failure = ServiceError::fromSql(query.lastError());
        return BreachFigures { f.now, 0, 0, 0, {}, f.months, {}, {} };
    };
    query.prepare(QStringLiteral("SELECT count(*) FROM breaches WHERE state = 'open'"));
    if (!query.exec() || !query.next())
        return fail();
    f.open = query.value(0).toInt();
    query.finish();

    // The running clocks: open, not notified, not assessed as "geen", not decided "no".
    query.prepare(QStringLiteral(
        "SELECT number, title, ap_deadline FROM breaches WHERE state = 'open' AND ap_notified_at "
        "IS NULL AND (risk IS NULL OR risk <> 'geen') AND (ap_decision IS NULL OR ap_decision = "
        "1) ORDER BY ap_deadline, id"));
    if (!query.exec())
        return fail();
    while (query.next()) {
        BreachClock c;
        c.number = query.value(0).toString();
        c.title = query.value(1).toString();
        c.deadline = moment(query.value(2));
        Breach b;
        b.discoveredAt = c.deadline.addSecs(-72 * 3600);
        c.hoursLeft = b.hoursLeft(f.now);
        f.clocks << c;
    }
    if (query.lastError().isValid())
        return fail();
    query.finish();
    f.clockRunning = static_cast<int>(f.clocks.size());

    const QString yearStart = BreachCodes::storedMoment(startOfLocalDay(QDate(today.year(), 1, 1)));
    const QString yearEnd
        = BreachCodes::storedMoment(startOfLocalDay(QDate(today.year() + 1, 1, 1)));
    query.prepare(QStringLiteral("SELECT count(*) FROM breaches WHERE ap_notified_at >= ? AND "
                                 "ap_notified_at < ? AND ap_notified_at > ap_deadline"));
    query.addBindValue(yearStart);
    query.addBindValue(yearEnd);
    if (!query.exec() || !query.next())
        return fail();
    f.notifiedLateThisYear = query.value(0).toInt();
    query.finish();

    // Per month of discovery (Amsterdam) and nature; a register holds tens of breaches a year.
    query.prepare(QStringLiteral(
        "SELECT b.id, b.discovered_at, n.nature FROM breaches b LEFT JOIN breach_natures n ON "
        "n.breach_id = b.id WHERE b.discovered_at >= ? AND b.discovered_at < ? ORDER BY b.id"));
    query.addBindValue(BreachCodes::storedMoment(startOfLocalDay(f.months.first())));
    query.addBindValue(BreachCodes::storedMoment(startOfLocalDay(thisMonth.addMonths(1))));
    if (!query.exec())
        return fail();
    qint64 lastId = 0;
    while (query.next()) {
        const QDate day = organisationDay(moment(query.value(1)));
        const auto month = f.months.indexOf(QDate(day.year(), day.month(), 1));
        if (month < 0)
            continue;
        const qint64 id = query.value(0).toLongLong();
        if (id != lastId)
            ++f.totalByMonth[month];
        lastId = id;
        if (const auto nature = BreachCodes::nature(query.value(2).toString()))
            ++f.byMonthAndNature[month][natures.indexOf(*nature)];
    }
    if (query.lastError().isValid())
        return fail();
    return f;
}

// --- writes --------------------------------------------------------------------------------

bool BreachService::change(UnitOfWork &unit, const Breach &breach, const QJsonObject &payload,
                           const std::function<bool(QSqlQuery &)> &work, ServiceError *error)
{
    return unit.commit(
        [&](UnitOfWork::Write &write, ServiceError *) {
            QSqlQuery &query = write.query();
            if (!work(query))
                return false;
            query.prepare(QStringLiteral("UPDATE breaches SET updated_at = ? WHERE id = ?"));
            query.addBindValue(m_session.clock().now().toString(Qt::ISODateWithMs));
            query.addBindValue(breach.id);
            if (!query.exec())
                return false;
            write.record(entity, breach.number, unit.action(), payload);
            return true;
        },
        error);
}

bool BreachService::resolveProcessor(Breach *b, ServiceError *error) const
{
    if (b->processorId <= 0 && b->processorName.trimmed().isEmpty()) {
        b->processorToldAt = {};
        return true;
    }
    // Read here, not through RecipientService: a KCC reporter may name the processor without
    // reading the catalogue.
    QSqlQuery query(m_session.store().database());
    query.setForwardOnly(true);
    if (b->processorId > 0) {
        query.prepare(QStringLiteral("SELECT id, name, removed_at FROM recipients WHERE id = ?"));
        query.addBindValue(b->processorId);
    } else {
        query.prepare(QStringLiteral("SELECT id, name, removed_at FROM recipients WHERE "
                                     "lower(name) = lower(?) AND removed_at IS NULL"));
        query.addBindValue(b->processorName.trimmed());
    }
    if (!query.exec()) {
        *error = ServiceError::fromSql(query.lastError());
        return false;
    }
    if (!query.next()) {
        if (query.lastError().isValid()) {
            *error = ServiceError::fromSql(query.lastError());
            return false;
        }
        *error = invalid(
            tr("The processor \"%1\" is not in the recipients catalogue.")
                .arg(b->processorId > 0 ? QString::number(b->processorId) : b->processorName));
        return false;
    }
    b->processorId = query.value(0).toLongLong();
    b->processorName = query.value(1).toString();
    return true;
}

bool BreachService::writeSets(QSqlQuery &query, const Breach &b, bool natures, bool data,
                              bool criteria, bool added) const
{
    const auto replace = [&](const QString &table, const QString &column,
                             const QStringList &codes) {
        // A new breach has nothing to replace (and a reporter may only add: on a server a KCC
        // login has no DELETE on these tables).
        query.prepare(QStringLiteral("DELETE FROM %1 WHERE breach_id = ?").arg(table));
        query.addBindValue(b.id);
        if (!added && !query.exec())
            return false;
        for (const QString &code : codes) {
            query.prepare(
                QStringLiteral("INSERT INTO %1 (breach_id, %2) VALUES (?, ?)").arg(table, column));
            query.addBindValue(b.id);
            query.addBindValue(code);
            if (!query.exec())
                return false;
        }
        return true;
    };
    QStringList natureCodes;
    for (BreachNature n : b.natures)
        natureCodes << BreachCodes::code(n);
    QStringList dataCodes;
    for (DataCategory c : b.data)
        dataCodes << DisclosureCodes::code(c);
    QStringList criterionCodes;
    for (BreachCriterion c : b.criteria)
        criterionCodes << BreachCodes::code(c);
    return (!natures
            || replace(QStringLiteral("breach_natures"), QStringLiteral("nature"), natureCodes))
        && (!data || replace(QStringLiteral("breach_data"), QStringLiteral("category"), dataCodes))
        && (!criteria
            || replace(QStringLiteral("breach_criteria"), QStringLiteral("criterion"),
                       criterionCodes));
}

namespace {

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
}

const QString descriptionColumns = QStringLiteral(
    "title, description, occurred_at, discovered_at, ap_deadline, persons_count, "
    "persons_estimate, records_count, records_estimate, group_text, processor_id, "
    "processor_told_at, measures_before, measures_taken, consequences, international");

} // namespace

std::optional<Breach> BreachService::add(const Breach &breach, bool bsnOverride,
                                         ServiceError *error)
{
    UnitOfWork unit(m_session, Permission::IntakeCase, QStringLiteral("breach.added"));
    if (!unit.permit(error))
        return std::nullopt;
    Breach b = breach;
    b.id = 0;
    b.natures = unique(b.natures);
    b.data = unique(b.data);
    const QDateTime now = m_session.clock().now();
    if (const QString problem = validate(b, now); !problem.isEmpty()) {
        *error = invalid(problem);
        return std::nullopt;
    }
    if (!unit.guard(descriptionTexts(b), bsnOverride, error) || !resolveProcessor(&b, error))
        return std::nullopt;
    const bool added = unit.commit(
        [&](UnitOfWork::Write &write, ServiceError *) {
            if (!insert(write.query(), &b, now))
                return false;
            write.record(entity, b.number, QStringLiteral("breach.added"), descriptionPayload(b));
            return true;
        },
        error);
    if (!added)
        return std::nullopt;
    // The reporter reads it back as get() lets them (a KCC user: their own report).
    return get(b.number, error);
}

bool BreachService::insert(QSqlQuery &query, Breach *b, const QDateTime &now) const
{
    const QSqlDatabase db = m_session.store().database();
    const int year = amsterdamYear(b->discoveredAt);
    // The store folder has one writer; on a server seats add breaches at the same time and a
    // KCC login reads only its own reports, so the server draws the counter from a sequence per
    // year (pd_next_breach_counter).
    query.prepare(sql::isServer(db)
                      ? QStringLiteral("SELECT pd_next_breach_counter(?)")
                      : QStringLiteral("SELECT COALESCE(MAX(counter), 0) + 1 FROM breaches "
                                       "WHERE year = ?"));
    query.addBindValue(year);
    if (!query.exec() || !query.next())
        return false;
    const int counter = query.value(0).toInt();
    query.finish();
    b->number = BreachCodes::number(year, counter);
    const QString stamp = now.toString(Qt::ISODateWithMs);
    query.prepare(QStringLiteral("INSERT INTO breaches (number, year, counter, reported_by, "
                                 "reported_at, created_at, updated_at, ")
                  + descriptionColumns
                  + QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                                   "?, ?, ?, ?, ?, ?)"));
    query.addBindValue(b->number);
    query.addBindValue(year);
    query.addBindValue(counter);
    query.addBindValue(m_session.userName());
    query.addBindValue(BreachCodes::storedMoment(now));
    query.addBindValue(stamp);
    query.addBindValue(stamp);
    bindDescription(query, *b);
    if (!query.exec())
        return false;
    b->id = insertedRowId(db);
    return b->id > 0 && writeSets(query, *b, true, true, false, true);
}

std::optional<Breach> BreachService::forChange(UnitOfWork &unit, const QString &number,
                                               ServiceError *error) const
{
    if (!unit.permit(error))
        return std::nullopt;
    std::optional<Breach> breach = load(number, error);
    // What is left of a destroyed breach is the register's proof: it stays as it is.
    if (breach && breach->isDestroyed()) {
        *error = invalid(tr("Data breach %1 was destroyed under the retention rule on %2: what "
                            "is left of it can no longer be changed.")
                             .arg(breach->number,
                                  QLocale().toString(breach->destroyedOn, QLocale::ShortFormat)));
        return std::nullopt;
    }
    return breach;
}

bool BreachService::update(const Breach &breach, bool bsnOverride, ServiceError *error)
{
    UnitOfWork unit(m_session, Permission::EditRegisters, QStringLiteral("breach.updated"),
                    breach.number);
    const std::optional<Breach> old = forChange(unit, breach.number, error);
    if (!old)
        return false;
    Breach b = breach;
    b.id = old->id;
    b.number = old->number;
    b.natures = unique(b.natures);
    b.data = unique(b.data);
    if (const QString problem = validate(b, m_session.clock().now()); !problem.isEmpty()) {
        *error = invalid(problem);
        return false;
    }
    if (amsterdamYear(b.discoveredAt) != amsterdamYear(old->discoveredAt)) {
        *error = invalid(tr("The moment of discovery cannot move to another year: the number %1 "
                            "belongs to its year.")
                             .arg(old->number));
        return false;
    }
    if (b.discoveredAt != old->discoveredAt && old->apNotifiedAt.isValid()
        && old->apNotifiedAt < b.discoveredAt) {
        *error = invalid(tr("The AP was notified before that moment of discovery."));
        return false;
    }
    if (!unit.guard(descriptionTexts(b), bsnOverride, error))
        return false;
    if (!resolveProcessor(&b, error))
        return false;
    QJsonObject payload = descriptionPayload(b);
    if (old->discoveredAt != b.discoveredAt)
        payload.insert(QStringLiteral("old_discovered_at"),
                       BreachCodes::storedMoment(old->discoveredAt));
    return change(
        unit, b, payload,
        [&](QSqlQuery &query) {
            QStringList sets;
            for (const QString &column : descriptionColumns.split(QStringLiteral(", ")))
                sets << column + QStringLiteral(" = ?");
            query.prepare(QStringLiteral("UPDATE breaches SET ") + sets.join(QStringLiteral(", "))
                          + QStringLiteral(" WHERE id = ?"));
            bindDescription(query, b);
            query.addBindValue(b.id);
            return query.exec() && writeSets(query, b, true, true, false);
        },
        error);
}

bool BreachService::assess(const QString &number, const BreachAssessment &assessment,
                           bool bsnOverride, ServiceError *error)
{
    UnitOfWork unit(m_session, Permission::EditRegisters, QStringLiteral("breach.assessed"),
                    number);
    const std::optional<Breach> old = forChange(unit, number, error);
    if (!old)
        return false;
    if (assessment.reasoning.trimmed().isEmpty()) {
        *error = invalid(tr("Give the reasoning behind the assessment of the risk."));
        return false;
    }
    if (const QString why
        = InputLimits::checkLength(tr("Reasoning"), assessment.reasoning, InputLimits::maxLongText);
        !why.isEmpty()) {
        *error = invalid(why);
        return false;
    }
    if (!unit.guard({ { tr("Reasoning"), assessment.reasoning } }, bsnOverride, error))
        return false;
    Breach b = *old;
    b.criteria = unique(assessment.criteria);
    const QString now = BreachCodes::storedMoment(m_session.clock().now());
    const bool ap = Breach::defaultApDecision(assessment.risk);
    const bool subjects = Breach::defaultSubjectsDecision(assessment.risk);
    QJsonArray criteria;
    for (BreachCriterion c : b.criteria)
        criteria.append(BreachCodes::code(c));
    QJsonObject payload { { QStringLiteral("risk"), BreachCodes::code(assessment.risk) },
                          { QStringLiteral("reasoning"), assessment.reasoning.trimmed() },
                          { QStringLiteral("criteria"), criteria },
                          { QStringLiteral("notify_ap"), ap },
                          { QStringLiteral("inform_subjects"), subjects } };
    if (old->risk)
        payload.insert(QStringLiteral("old_risk"), BreachCodes::code(*old->risk));
    return change(
        unit, b, payload,
        [&](QSqlQuery &query) {
            query.prepare(QStringLiteral(
                "UPDATE breaches SET risk = ?, reasoning = ?, assessed_at = ?, assessed_by = ?, "
                "ap_decision = ?, ap_decision_reason = NULL, ap_decision_by = ?, ap_decision_at "
                "= ?, subjects_decision = ?, subjects_decision_reason = NULL, "
                "subjects_decision_by = ?, subjects_decision_at = ? WHERE id = ?"));
            query.addBindValue(BreachCodes::code(assessment.risk));
            query.addBindValue(assessment.reasoning.trimmed());
            query.addBindValue(now);
            query.addBindValue(m_session.userName());
            query.addBindValue(ap ? 1 : 0);
            query.addBindValue(m_session.userName());
            query.addBindValue(now);
            query.addBindValue(subjects ? 1 : 0);
            query.addBindValue(m_session.userName());
            query.addBindValue(now);
            query.addBindValue(b.id);
            return query.exec() && writeSets(query, b, false, false, true);
        },
        error);
}

bool BreachService::recordApDecision(const QString &number, bool notify, const QString &reason,
                                     bool bsnOverride, ServiceError *error)
{
    return recordDecision(number, true, notify, reason, bsnOverride, error);
}

bool BreachService::recordSubjectsDecision(const QString &number, bool inform,
                                           const QString &reason, bool bsnOverride,
                                           ServiceError *error)
{
    return recordDecision(number, false, inform, reason, bsnOverride, error);
}

bool BreachService::recordDecision(const QString &number, bool ap, bool yes, const QString &reason,
                                   bool bsnOverride, ServiceError *error)
{
    const QString action
        = ap ? QStringLiteral("breach.ap-decided") : QStringLiteral("breach.subjects-decided");
    UnitOfWork unit(m_session, Permission::EditRegisters, action, number);
    const std::optional<Breach> old = forChange(unit, number, error);
    if (!old)
        return false;
    if (!old->risk) {
        *error = invalid(tr("Assess the risk first: the decision follows from the assessment."));
        return false;
    }
    const bool byDefault
        = ap ? Breach::defaultApDecision(*old->risk) : Breach::defaultSubjectsDecision(*old->risk);
    if (yes != byDefault && reason.trimmed().isEmpty()) {
        *error = invalid(ap ? tr("Give the reason why the decision on notifying the AP differs "
                                 "from what the assessed risk suggests.")
                            : tr("Give the reason why the decision on informing the people "
                                 "concerned differs from what the assessed risk suggests."));
        return false;
    }
    if (ap && !yes && old->apNotifiedAt.isValid()) {
        *error = invalid(tr("The AP has already been notified; record a withdrawal as a "
                            "follow-up instead."));
        return false;
    }
    if (const QString why
        = InputLimits::checkLength(tr("Reason"), reason, InputLimits::maxLongText);
        !why.isEmpty()) {
        *error = invalid(why);
        return false;
    }
    if (!unit.guard({ { tr("Reason"), reason } }, bsnOverride, error))
        return false;
    const QString prefix = ap ? QStringLiteral("ap_decision") : QStringLiteral("subjects_decision");
    QJsonObject payload { { QStringLiteral("decision"), yes } };
    if (!reason.trimmed().isEmpty())
        payload.insert(QStringLiteral("reason"), reason.trimmed());
    return change(
        unit, *old, payload,
        [&](QSqlQuery &query) {
            query.prepare(QStringLiteral("UPDATE breaches SET %1 = ?, %1_reason = ?, %1_by = ?, "
                                         "%1_at = ? WHERE id = ?")
                              .arg(prefix));
            query.addBindValue(yes ? 1 : 0);
            query.addBindValue(nullable(reason));
            query.addBindValue(m_session.userName());
            query.addBindValue(BreachCodes::storedMoment(m_session.clock().now()));
            query.addBindValue(old->id);
            return query.exec();
        },
        error);
}

bool BreachService::notifyAp(const QString &number, const QDateTime &at, const QString &reference,
                             const QString &lateReason, bool bsnOverride, ServiceError *error)
{
    UnitOfWork unit(m_session, Permission::EditRegisters, QStringLiteral("breach.ap-notified"),
                    number);
    const std::optional<Breach> old = forChange(unit, number, error);
    if (!old)
        return false;
    if (!at.isValid()) {
        *error = invalid(tr("Enter when the AP was notified (date and time)."));
        return false;
    }
    if (at < old->discoveredAt) {
        *error = invalid(tr("The AP cannot have been notified before the breach was discovered."));
        return false;
    }
    if (at > m_session.clock().now()) {
        *error = invalid(tr("The moment of the notification to the AP lies in the future."));
        return false;
    }
    if (reference.trimmed().isEmpty()) {
        *error = invalid(tr("Enter the AP's reference number (meldnummer) of the notification."));
        return false;
    }
    Breach b = *old;
    b.apNotifiedAt = at.toUTC();
    const bool late = b.apNotifiedLate();
    if (late && lateReason.trimmed().isEmpty()) {
        *error = invalid(
            tr("The AP was notified more than 72 hours after the discovery "
               "(deadline %1): give the reasons for the delay (art. 33(1) GDPR).")
                .arg(
                    organisationTime(b.apDeadline()).toString(QStringLiteral("dd-MM-yyyy HH:mm"))));
        return false;
    }
    const QString reason = late ? lateReason.trimmed() : QString();
    if (const QString why = InputLimits::checkLengths(
            { { tr("Reference number"), reference, InputLimits::maxName },
              { tr("Reasons for the delay"), reason, InputLimits::maxLongText } });
        !why.isEmpty()) {
        *error = invalid(why);
        return false;
    }
    if (!unit.guard(
            { { tr("Reference number"), reference }, { tr("Reasons for the delay"), reason } },
            bsnOverride, error))
        return false;
    QJsonObject payload { { QStringLiteral("at"), BreachCodes::storedMoment(b.apNotifiedAt) },
                          { QStringLiteral("reference"), reference.trimmed() },
                          { QStringLiteral("late"), late } };
    if (late)
        payload.insert(QStringLiteral("late_reason"), reason);
    if (old->apNotifiedAt.isValid())
        payload.insert(QStringLiteral("old_at"), BreachCodes::storedMoment(old->apNotifiedAt));
    return change(
        unit, b, payload,
        [&](QSqlQuery &query) {
            query.prepare(QStringLiteral("UPDATE breaches SET ap_notified_at = ?, ap_reference = "
                                         "?, ap_late_reason = ?, ap_notified_by = ? WHERE id = ?"));
            query.addBindValue(BreachCodes::storedMoment(b.apNotifiedAt));
            query.addBindValue(reference.trimmed());
            query.addBindValue(nullable(reason));
            query.addBindValue(m_session.userName());
            query.addBindValue(b.id);
            return query.exec();
        },
        error);
}

bool BreachService::addFollowUp(const QString &number, const BreachFollowUp &followUp,
                                bool bsnOverride, ServiceError *error)
{
    UnitOfWork unit(m_session, Permission::EditRegisters, QStringLiteral("breach.follow-up"),
                    number);
    const std::optional<Breach> old = forChange(unit, number, error);
    if (!old)
        return false;
    if (!old->apNotifiedAt.isValid()) {
        *error = invalid(tr("A follow-up needs the first notification to the AP."));
        return false;
    }
    if (!followUp.at.isValid() || followUp.at > m_session.clock().now()) {
        *error = invalid(tr("Enter when the follow-up was sent to the AP; it cannot lie in the "
                            "future."));
        return false;
    }
    if (followUp.at < old->apNotifiedAt) {
        *error = invalid(tr("A follow-up cannot precede the first notification to the AP."));
        return false;
    }
    if (followUp.kind == BreachFollowUpKind::Intrekken && followUp.text.trimmed().isEmpty()) {
        *error = invalid(tr("Say why the notification is withdrawn."));
        return false;
    }
    if (followUp.kind == BreachFollowUpKind::Aanvullen && followUp.text.trimmed().isEmpty()) {
        *error = invalid(tr("Say what the follow-up adds to the notification."));
        return false;
    }
    if (const QString why = InputLimits::checkLengths(
            { { tr("Reference number"), followUp.reference, InputLimits::maxName },
              { tr("Follow-up"), followUp.text, InputLimits::maxLongText } });
        !why.isEmpty()) {
        *error = invalid(why);
        return false;
    }
    if (!unit.guard(
            { { tr("Reference number"), followUp.reference }, { tr("Follow-up"), followUp.text } },
            bsnOverride, error))
        return false;
    const QString reference
        = followUp.reference.trimmed().isEmpty() ? old->apReference : followUp.reference.trimmed();
    const QJsonObject payload { { QStringLiteral("kind"), BreachCodes::code(followUp.kind) },
                                { QStringLiteral("at"), BreachCodes::storedMoment(followUp.at) },
                                { QStringLiteral("reference"), reference },
                                { QStringLiteral("text"), followUp.text.trimmed() } };
    return change(
        unit, *old, payload,
        [&](QSqlQuery &query) {
            query.prepare(QStringLiteral("INSERT INTO breach_follow_ups (breach_id, kind, at, "
                                         "reference, text, recorded_by, recorded_at) VALUES (?, "
                                         "?, ?, ?, ?, ?, ?)"));
            query.addBindValue(old->id);
            query.addBindValue(BreachCodes::code(followUp.kind));
            query.addBindValue(BreachCodes::storedMoment(followUp.at));
            query.addBindValue(nullable(reference));
            query.addBindValue(followUp.text.trimmed());
            query.addBindValue(m_session.userName());
            query.addBindValue(m_session.clock().now().toString(Qt::ISODateWithMs));
            return query.exec();
        },
        error);
}

bool BreachService::notifySubjects(const QString &number, const BreachSubjectsNotice &notice,
                                   bool bsnOverride, ServiceError *error)
{
    UnitOfWork unit(m_session, Permission::EditRegisters,
                    QStringLiteral("breach.subjects-notified"), number);
    const std::optional<Breach> old = forChange(unit, number, error);
    if (!old)
        return false;
    const QDate discovered = organisationDay(old->discoveredAt);
    const QDate today = organisationDay(m_session.clock().now());
    if (!notice.on.isValid() || notice.on > today) {
        *error = invalid(tr("Enter the date on which the people were informed; it cannot lie in "
                            "the future."));
        return false;
    }
    if (notice.on < discovered) {
        *error
            = invalid(tr("The people cannot have been informed before the breach was discovered."));
        return false;
    }
    if (notice.how.trimmed().isEmpty()) {
        *error = invalid(tr("Say how the people were informed."));
        return false;
    }
    if (notice.count && *notice.count < 0) {
        *error = invalid(tr("A number of people or records cannot be negative."));
        return false;
    }
    if (notice.publicNotice && notice.publicNoticeReason.trimmed().isEmpty()) {
        *error = invalid(tr("Say why informing each person individually would take "
                            "disproportionate effort (art. 34(3)(c) GDPR)."));
        return false;
    }
    const QString reason = notice.publicNotice ? notice.publicNoticeReason.trimmed() : QString();
    if (const QString why = InputLimits::checkLengths(
            { { tr("How the people were informed"), notice.how, InputLimits::maxShortText },
              { tr("Why a public notice"), reason, InputLimits::maxLongText } });
        !why.isEmpty()) {
        *error = invalid(why);
        return false;
    }
    if (!unit.guard({ { tr("How the people were informed"), notice.how },
                      { tr("Why a public notice"), reason } },
                    bsnOverride, error))
        return false;
    QJsonObject payload { { QStringLiteral("on"), isoDate(notice.on) },
                          { QStringLiteral("how"), notice.how.trimmed() },
                          { QStringLiteral("public_notice"), notice.publicNotice } };
    if (notice.count)
        payload.insert(QStringLiteral("count"), *notice.count);
    if (notice.publicNotice)
        payload.insert(QStringLiteral("reason"), reason);
    return change(
        unit, *old, payload,
        [&](QSqlQuery &query) {
            query.prepare(QStringLiteral(
                "UPDATE breaches SET subjects_notified_on = ?, subjects_how = ?, subjects_count = "
                "?, public_notice = ?, public_notice_reason = ?, subjects_notified_by = ? WHERE id "
                "= ?"));
            query.addBindValue(isoDate(notice.on));
            query.addBindValue(notice.how.trimmed());
            query.addBindValue(countValue(notice.count));
            query.addBindValue(notice.publicNotice ? 1 : 0);
            query.addBindValue(nullable(reason));
            query.addBindValue(m_session.userName());
            query.addBindValue(old->id);
            return query.exec();
        },
        error);
}

bool BreachService::recordPublicNotice(const QString &number, QDate on, const QString &how,
                                       const QString &reason, bool bsnOverride, ServiceError *error)
{
    BreachSubjectsNotice notice;
    notice.on = on;
    notice.how = how;
    notice.publicNotice = true;
    notice.publicNoticeReason = reason;
    return notifySubjects(number, notice, bsnOverride, error);
}

bool BreachService::markPersonInformed(const QString &number, qint64 personId, QDate on,
                                       ServiceError *error)
{
    UnitOfWork unit(m_session, Permission::EditRegisters, QStringLiteral("breach.person-informed"),
                    number);
    const std::optional<Breach> old = forChange(unit, number, error);
    if (!old)
        return false;
    if (std::none_of(old->linkedPersons.cbegin(), old->linkedPersons.cend(),
                     [personId](const BreachPerson &p) { return p.id == personId; })) {
        *error = invalid(tr("This person is not linked to the data breach."));
        return false;
    }
    if (!on.isValid() || on > organisationDay(m_session.clock().now())
        || on < organisationDay(old->discoveredAt)) {
        *error = invalid(tr("Enter the date on which the person was informed: not before the "
                            "discovery and not in the future."));
        return false;
    }
    const QJsonObject payload { { QStringLiteral("person_id"), personId },
                                { QStringLiteral("on"), isoDate(on) } };
    return change(
        unit, *old, payload,
        [&](QSqlQuery &query) {
            query.prepare(QStringLiteral("UPDATE breach_persons SET informed_on = ? WHERE "
                                         "breach_id = ? AND person_id = ?"));
            query.addBindValue(isoDate(on));
            query.addBindValue(old->id);
            query.addBindValue(personId);
            return query.exec();
        },
        error);
}

bool BreachService::linkPersons(const QString &number, const QList<qint64> &personIds,
                                ServiceError *error)
{
    UnitOfWork unit(m_session, Permission::EditRegisters, QStringLiteral("breach.persons-linked"),
                    number);
    const std::optional<Breach> old = forChange(unit, number, error);
    if (!old)
        return false;
    const QList<qint64> ids = unique(personIds);
    // Every person must exist: read them, and say so when the read fails.
    for (qint64 id : ids) {
        const std::optional<bool> exists = PersonRepository::exists(
            m_session.store().database(), id, PersonRepository::Anonymised::Included, error);
        if (!exists)
            return false;
        if (!*exists) {
            *error = invalid(tr("Person %1 does not exist.").arg(id));
            return false;
        }
    }
    QJsonArray added;
    QJsonArray removed;
    for (qint64 id : ids) {
        if (std::none_of(old->linkedPersons.cbegin(), old->linkedPersons.cend(),
                         [id](const BreachPerson &p) { return p.id == id; }))
            added.append(id);
    }
    for (const BreachPerson &p : old->linkedPersons) {
        if (!ids.contains(p.id))
            removed.append(p.id);
    }
    const QJsonObject payload { { QStringLiteral("added"), added },
                                { QStringLiteral("removed"), removed } };
    return change(
        unit, *old, payload,
        [&](QSqlQuery &q) {
            for (const QJsonValue &id : std::as_const(removed)) {
                q.prepare(QStringLiteral(
                    "DELETE FROM breach_persons WHERE breach_id = ? AND person_id = ?"));
                q.addBindValue(old->id);
                q.addBindValue(id.toInteger());
                if (!q.exec())
                    return false;
            }
            for (const QJsonValue &id : std::as_const(added)) {
                q.prepare(QStringLiteral(
                    "INSERT INTO breach_persons (breach_id, person_id) VALUES (?, ?)"));
                q.addBindValue(old->id);
                q.addBindValue(id.toInteger());
                if (!q.exec())
                    return false;
            }
            return true;
        },
        error);
}

bool BreachService::close(const QString &number, ServiceError *error)
{
    UnitOfWork unit(m_session, Permission::EditRegisters, QStringLiteral("breach.closed"), number);
    const std::optional<Breach> old = forChange(unit, number, error);
    if (!old)
        return false;
    if (old->state == BreachState::Gesloten) {
        *error = invalid(tr("Data breach %1 is already closed.").arg(number));
        return false;
    }
    if (const QStringList missing = missingForClose(*old); !missing.isEmpty()) {
        *error = invalid(tr("Data breach %1 cannot be closed yet; missing: %2.")
                             .arg(number, missing.join(QStringLiteral("; "))));
        return false;
    }
    return change(
        unit, *old, {},
        [&](QSqlQuery &query) {
            query.prepare(QStringLiteral("UPDATE breaches SET state = 'gesloten', closed_at = ?, "
                                         "closed_by = ? WHERE id = ?"));
            query.addBindValue(BreachCodes::storedMoment(m_session.clock().now()));
            query.addBindValue(m_session.userName());
            query.addBindValue(old->id);
            return query.exec();
        },
        error);
}

bool BreachService::reopen(const QString &number, ServiceError *error)
{
    UnitOfWork unit(m_session, Permission::EditRegisters, QStringLiteral("breach.reopened"),
                    number);
    const std::optional<Breach> old = forChange(unit, number, error);
    if (!old)
        return false;
    if (old->state == BreachState::Open) {
        *error = invalid(tr("Data breach %1 is open.").arg(number));
        return false;
    }
    return change(
        unit, *old, {},
        [&](QSqlQuery &query) {
            query.prepare(QStringLiteral("UPDATE breaches SET state = 'open', closed_at = NULL, "
                                         "closed_by = NULL WHERE id = ?"));
            query.addBindValue(old->id);
            return query.exec();
        },
        error);
}

} // namespace pd
