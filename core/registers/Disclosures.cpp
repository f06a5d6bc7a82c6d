#include "registers/Disclosures.h"

#include "cases/PersonQuery.h"
#include "domain/InputLimits.h"
#include "persons/PersonRepository.h"
#include "registers/RegisterSupport.h"
#include "session/Access.h"
#include "sql/BatchedIn.h"
#include "sql/Dialect.h"
#include "store/Store.h"
#include "store/Transaction.h"
#include "util/CodeTable.h"

#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <iterator>

namespace pd {

using namespace registers;

namespace {

const QString entity = QStringLiteral("disclosure");

const QString columns
    = QStringLiteral("d.id, d.disclosed_on, d.recipient_id, d.data_text, d.purpose, d.legal_basis, "
                     "d.basis_text, d.requested_by, c.number, d.informed, d.informed_on, "
                     "d.not_informed_reason, r.name, r.category, r.role, d.destroyed_persons");
const QString from = QStringLiteral("FROM disclosures d JOIN recipients r ON r.id = d.recipient_id "
                                    "LEFT JOIN cases c ON c.id = d.case_id");

Disclosure fromQuery(const QSqlQuery &q)
{
    Disclosure d;
    d.id = q.value(0).toLongLong();
    d.date = dateFrom(q.value(1));
    d.recipientId = q.value(2).toLongLong();
    d.dataText = q.value(3).toString();
    d.purpose = q.value(4).toString();
    d.basis
        = DisclosureCodes::legalBasis(q.value(5).toString()).value_or(LegalBasis::LegalObligation);
    d.basisText = q.value(6).toString();
    d.requestedBy = q.value(7).toString();
    d.caseNumber = q.value(8).toString();
    d.informed
        = DisclosureCodes::informedStatus(q.value(9).toString()).value_or(InformedStatus::Pending);
    d.informedOn = dateFrom(q.value(10));
    d.notInformedReason = q.value(11).toString();
    d.recipientName = q.value(12).toString();
    d.recipientCategory
        = RecipientCodes::category(q.value(13).toString()).value_or(RecipientCategory::Overig);
    d.recipientRole
        = RecipientCodes::role(q.value(14).toString()).value_or(RecipientRole::Ontvanger);
    d.destroyedPersons = q.value(15).toInt();
    return d;
}

QJsonObject payloadOf(const Disclosure &d, const QString &recipientName)
{
    QJsonArray persons;
    for (const DisclosurePerson &p : d.persons)
        persons.append(p.id);
    QJsonArray data;
    for (DataCategory c : d.data)
        data.append(DisclosureCodes::code(c));
    QJsonObject payload { { QStringLiteral("date"), jsonDate(d.date) },
                          { QStringLiteral("recipient_id"), d.recipientId },
                          { QStringLiteral("recipient"), recipientName },
                          { QStringLiteral("person_ids"), persons },
                          { QStringLiteral("data"), data },
                          { QStringLiteral("purpose"), d.purpose },
                          { QStringLiteral("basis"), DisclosureCodes::code(d.basis) },
                          { QStringLiteral("informed"), DisclosureCodes::code(d.informed) } };
    const auto optional = [&payload](const QString &key, const QString &value) {
        if (!value.isEmpty())
            payload.insert(key, value);
    };
    optional(QStringLiteral("data_text"), d.dataText);
    optional(QStringLiteral("basis_text"), d.basisText);
    optional(QStringLiteral("requested_by"), d.requestedBy);
    optional(QStringLiteral("case"), d.caseNumber);
    optional(QStringLiteral("informed_on"), isoDate(d.informedOn));
    optional(QStringLiteral("not_informed_reason"), d.notInformedReason);
    return payload;
}

} // namespace

struct DisclosureService::Where
{
    QString sql; // "WHERE ..." or empty
    QVariantList values;
    bool none = false; // the search matches no recipient: no rows at all
    ServiceError error; // the recipients could not be read: no condition, no rows
};

DisclosureService::DisclosureService(const Store &store, const Clock &clock)
    : m_store(store)
    , m_clock(clock)
{ }

QString DisclosureService::validate(const Disclosure &d, QDate today)
{
    if (!d.date.isValid())
        return tr("Enter the date of the disclosure.");
    if (today.isValid() && d.date > today)
        return tr("The date of the disclosure lies in the future.");
    if (const QString why = InputLimits::checkDate(tr("The date of the disclosure"), d.date);
        !why.isEmpty())
        return why;
    if (const QString why = InputLimits::checkLengths(
            { { tr("Purpose"), d.purpose, InputLimits::maxLongText },
              { tr("Data disclosed"), d.dataText, InputLimits::maxLongText },
              { tr("Statute or covenant"), d.basisText, InputLimits::maxLongText },
              { tr("Why the data subject may not be informed"), d.notInformedReason,
                InputLimits::maxLongText } });
        !why.isEmpty())
        return why;
    if (d.recipientId <= 0)
        return tr("Choose the recipient.");
    if (d.persons.isEmpty())
        return tr("Choose at least one person whose data was disclosed.");
    if (d.data.isEmpty() && d.dataText.trimmed().isEmpty())
        return tr("Say which data was disclosed.");
    if (d.purpose.trimmed().isEmpty())
        return tr("Enter the purpose of the disclosure.");
    if ((d.basis == LegalBasis::LegalObligation || d.basis == LegalBasis::PublicTask)
        && d.basisText.trimmed().isEmpty())
        return tr("Name the statute or covenant that requires or permits the disclosure.");
    switch (d.informed) {
    case InformedStatus::Informed:
        if (!d.informedOn.isValid())
            return tr("Enter the date on which the data subject was informed.");
        if (today.isValid() && d.informedOn > today)
            return tr("The date on which the data subject was informed lies in the future.");
        if (const QString why = InputLimits::checkDate(
                tr("The date on which the data subject was informed"), d.informedOn);
            !why.isEmpty())
            return why;
        break;
    case InformedStatus::Prohibited:
        if (d.notInformedReason.trimmed().isEmpty())
            return tr("Say which law forbids informing the data subject.");
        break;
    case InformedStatus::Pending:
        break;
    }
    return {};
}

std::optional<Disclosure> DisclosureService::add(const Disclosure &disclosure, bool bsnOverride,
                                                 ServiceError *error)
{
    if (!permitted(m_store, m_clock, Permission::EditRegisters, QStringLiteral("disclosure.added"),
                   {}, error))
        return std::nullopt;
    Disclosure d = disclosure;
    d.id = 0;
    qint64 id = 0;
    if (!write(d, bsnOverride, &id, error))
        return std::nullopt;
    return find(id, error);
}

bool DisclosureService::update(const Disclosure &disclosure, bool bsnOverride, ServiceError *error)
{
    if (!permitted(m_store, m_clock, Permission::EditRegisters,
                   QStringLiteral("disclosure.updated"), QString::number(disclosure.id), error))
        return false;
    if (disclosure.id <= 0) {
        *error = { ServiceError::Code::NotFound, tr("This disclosure no longer exists."), {} };
        return false;
    }
    // "No longer exists" only when it is really gone; a failed read says that it failed.
    if (!find(disclosure.id, error))
        return false;
    qint64 id = disclosure.id;
    return write(disclosure, bsnOverride, &id, error);
}

bool DisclosureService::write(const Disclosure &disclosure, bool bsnOverride, qint64 *id,
                              ServiceError *error)
{
    *error = {};
    Disclosure d = disclosure;
    if (d.informed != InformedStatus::Informed)
        d.informedOn = {};
    if (d.informed != InformedStatus::Prohibited)
        d.notInformedReason.clear();
    // One row per person and category, whatever the caller passed twice.
    QList<DisclosurePerson> persons;
    for (const DisclosurePerson &p : std::as_const(d.persons)) {
        if (std::none_of(persons.cbegin(), persons.cend(),
                         [&p](const DisclosurePerson &q) { return q.id == p.id; }))
            persons << p;
    }
    d.persons = persons;
    QList<DataCategory> data;
    for (DataCategory c : std::as_const(d.data)) {
        if (!data.contains(c))
            data << c;
    }
    d.data = data;

    if (const QString problem = validate(d, m_clock.today()); !problem.isEmpty()) {
        *error = invalid(problem);
        return false;
    }
    const std::optional<Recipient> recipient
        = RecipientService(m_store, m_clock).find(d.recipientId, error);
    if (!recipient) {
        if (error->code == ServiceError::Code::NotFound)
            *error = invalid(tr("The recipient is not in the catalogue."));
        return false; // or not read: never "not in the catalogue"
    }
    // What it said before: an update whose old row cannot be read is not recorded as new.
    const std::optional<Disclosure> old = d.id > 0 ? find(d.id, error) : std::nullopt;
    if (d.id > 0 && !old)
        return false;
    if (recipient->archived && (!old || old->recipientId != d.recipientId)) {
        *error = invalid(tr("The recipient \"%1\" has been archived.").arg(recipient->name));
        return false;
    }
    QJsonObject overridePayload;
    if (!guardFields({ { tr("Data disclosed"), d.dataText },
                       { tr("Purpose"), d.purpose },
                       { tr("Statute or covenant"), d.basisText },
                       { tr("Requested by"), d.requestedBy },
                       { tr("Reason for not informing"), d.notInformedReason } },
                     bsnOverride, &overridePayload, error))
        return false;

    QSqlDatabase db = m_store.database();
    Transaction transaction(db);
    if (!transaction.isOpen()) {
        *error = ServiceError::fromTransaction(transaction);
        return false;
    }
    QSqlQuery query(db);
    QVariant caseId { QMetaType(QMetaType::LongLong) };
    if (!d.caseNumber.trimmed().isEmpty()) {
        query.prepare(QStringLiteral("SELECT id FROM cases WHERE number = ?"));
        query.addBindValue(d.caseNumber.trimmed().toUpper());
        if (!query.exec()) {
            *error = ServiceError::fromSql(query.lastError());
            return false;
        }
        if (!query.next()) {
            *error = invalid(tr("There is no request %1.").arg(d.caseNumber.trimmed()));
            return false;
        }
        caseId = query.value(0).toLongLong();
        d.caseNumber = d.caseNumber.trimmed().toUpper();
        query.finish();
    }
    for (const DisclosurePerson &p : std::as_const(d.persons)) {
        const std::optional<bool> present = PersonRepository::exists(
            m_store.database(), p.id, PersonRepository::Anonymised::Excluded, error);
        if (!present)
            return false;
        if (!*present) {
            *error = invalid(tr("One of the persons no longer exists."));
            return false;
        }
    }

    const QString now = m_clock.now().toString(Qt::ISODateWithMs);
    if (d.id > 0) {
        query.prepare(QStringLiteral(
            "UPDATE disclosures SET disclosed_on = ?, recipient_id = ?, data_text = ?, "
            "purpose = ?, legal_basis = ?, basis_text = ?, requested_by = ?, case_id = ?, "
            "informed = ?, informed_on = ?, not_informed_reason = ?, updated_at = ? "
            "WHERE id = ?"));
    } else {
        query.prepare(QStringLiteral(
            "INSERT INTO disclosures (disclosed_on, recipient_id, data_text, purpose, "
            "legal_basis, basis_text, requested_by, case_id, informed, informed_on, "
            "not_informed_reason, updated_at, created_at, created_by) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    }
    query.addBindValue(isoDate(d.date));
    query.addBindValue(d.recipientId);
    query.addBindValue(nullable(d.dataText));
    query.addBindValue(d.purpose.trimmed());
    query.addBindValue(DisclosureCodes::code(d.basis));
    query.addBindValue(nullable(d.basisText));
    query.addBindValue(nullable(d.requestedBy));
    query.addBindValue(caseId);
    query.addBindValue(DisclosureCodes::code(d.informed));
    query.addBindValue(nullableDate(d.informedOn));
    query.addBindValue(nullable(d.notInformedReason));
    query.addBindValue(now);
    if (d.id > 0) {
        query.addBindValue(d.id);
    } else {
        query.addBindValue(now);
        query.addBindValue(m_store.userName());
    }
    if (!query.exec()) {
        *error = ServiceError::fromSql(query.lastError());
        return false;
    }
    if (d.id <= 0)
        d.id = insertedRowId(db);

    bool ok = true;
    if (old) {
        for (const QString &table :
             { QStringLiteral("disclosure_persons"), QStringLiteral("disclosure_data") }) {
            query.prepare(QStringLiteral("DELETE FROM %1 WHERE disclosure_id = ?").arg(table));
            query.addBindValue(d.id);
            ok = ok && query.exec();
        }
    }
    for (const DisclosurePerson &p : std::as_const(d.persons)) {
        query.prepare(QStringLiteral(
            "INSERT INTO disclosure_persons (disclosure_id, person_id) VALUES (?, ?)"));
        query.addBindValue(d.id);
        query.addBindValue(p.id);
        ok = ok && query.exec();
    }
    for (DataCategory c : std::as_const(d.data)) {
        query.prepare(
            QStringLiteral("INSERT INTO disclosure_data (disclosure_id, category) VALUES (?, ?)"));
        query.addBindValue(d.id);
        query.addBindValue(DisclosureCodes::code(c));
        ok = ok && query.exec();
    }
    if (!ok) {
        *error = ServiceError::fromSql(query.lastError());
        return false;
    }

    QJsonObject payload = payloadOf(d, recipient->name);
    if (old)
        payload = QJsonObject { { QStringLiteral("old"), payloadOf(*old, old->recipientName) },
                                { QStringLiteral("new"), payload } };
    AuditLog log = auditLog(m_store, m_clock);
    QString auditError;
    const QString actor = m_store.userName();
    ok = log.append(actor, entity, QString::number(d.id),
                    old ? QStringLiteral("disclosure.updated")
                        : QStringLiteral("disclosure.created"),
                    payload, &auditError);
    if (ok && !overridePayload.isEmpty())
        ok = log.append(actor, entity, QString::number(d.id), QStringLiteral("bsn.override"),
                        overridePayload, &auditError);
    if (!ok || !transaction.commit()) {
        *error = auditError.isEmpty() ? ServiceError::fromTransaction(transaction)
                                      : ServiceError(ServiceError::Code::Storage, auditError);
        return false;
    }
    *id = d.id;
    return true;
}

bool DisclosureService::remove(qint64 id, ServiceError *error)
{
    if (!permitted(m_store, m_clock, Permission::EditRegisters,
                   QStringLiteral("disclosure.removed"), QString::number(id), error))
        return false;
    // "No longer exists" only when it is really gone; a failed read says that it failed.
    const std::optional<Disclosure> d = find(id, error);
    if (!d)
        return false;
    QSqlDatabase db = m_store.database();
    Transaction transaction(db);
    if (!transaction.isOpen()) {
        *error = ServiceError::fromTransaction(transaction);
        return false;
    }
    QSqlQuery query(db);
    bool ok = true;
    for (const QString &sql :
         { QStringLiteral("DELETE FROM disclosure_persons WHERE disclosure_id = ?"),
           QStringLiteral("DELETE FROM disclosure_data WHERE disclosure_id = ?"),
           QStringLiteral("DELETE FROM disclosures WHERE id = ?") }) {
        query.prepare(sql);
        query.addBindValue(id);
        ok = ok && query.exec();
    }
    if (!ok) {
        *error = ServiceError::fromSql(query.lastError());
        return false;
    }
    QString auditError;
    if (!auditLog(m_store, m_clock)
             .append(m_store.userName(), entity, QString::number(id),
                     QStringLiteral("disclosure.deleted"), payloadOf(*d, d->recipientName),
                     &auditError)
        || !transaction.commit()) {
        *error = auditError.isEmpty() ? ServiceError::fromTransaction(transaction)
                                      : ServiceError(ServiceError::Code::Storage, auditError);
        return false;
    }
    return true;
}

std::optional<Disclosure> DisclosureService::find(qint64 id, ServiceError *error) const
{
    if (error)
        *error = {};
    if (!readable(m_store, m_clock, Permission::ViewRegisters, QStringLiteral("disclosure.read"),
                  QString::number(id), error))
        return std::nullopt;
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("SELECT %1 %2 WHERE d.id = ?").arg(columns, from));
    query.addBindValue(id);
    if (!query.exec()) {
        if (error)
            *error = ServiceError::fromSql(query.lastError());
        return std::nullopt;
    }
    if (!query.next()) {
        if (error)
            *error = { ServiceError::Code::NotFound, tr("This disclosure no longer exists."), {} };
        return std::nullopt;
    }
    QList<Disclosure> one { fromQuery(query) };
    query.finish();
    ServiceError failure;
    if (!fillDetails(one, &failure)) {
        if (error)
            *error = failure;
        return std::nullopt;
    }
    return one.first();
}

DisclosureService::Where DisclosureService::where(const DisclosureFilter &filter) const
{
    Where w;
    QStringList conditions;
    if (filter.category) {
        conditions << QStringLiteral("r.category = ?");
        w.values << RecipientCodes::code(*filter.category);
    }
    if (filter.recipientId) {
        conditions << QStringLiteral("d.recipient_id = ?");
        w.values << *filter.recipientId;
    }
    if (filter.basis) {
        conditions << QStringLiteral("d.legal_basis = ?");
        w.values << DisclosureCodes::code(*filter.basis);
    }
    if (filter.informed) {
        conditions << QStringLiteral("d.informed = ?");
        w.values << DisclosureCodes::code(*filter.informed);
    }
    if (filter.from.isValid()) {
        conditions << QStringLiteral("d.disclosed_on >= ?");
        w.values << isoDate(filter.from);
    }
    if (filter.to.isValid()) {
        conditions << QStringLiteral("d.disclosed_on <= ?");
        w.values << isoDate(filter.to);
    }
    if (filter.pendingOn.isValid()) {
        conditions << pendingOnSql(m_store.database());
        w.values << isoDate(filter.pendingOn) << isoDate(filter.pendingOn)
                 << isoDate(filter.pendingOn);
    }
    if (filter.personId > 0) {
        conditions << QStringLiteral(
            "d.id IN (SELECT disclosure_id FROM disclosure_persons WHERE person_id = ?)");
        w.values << filter.personId;
    }
    // The catalogue is small: the search folds its names here (diacritics too) and the list
    // filters on the matching ids, which the recipient index serves.
    const QStringList words = PersonQuery::fold(filter.search).split(u' ', Qt::SkipEmptyParts);
    if (!words.isEmpty()) {
        QStringList ids;
        const QList<Recipient> recipients = RecipientService(m_store, m_clock).list(true, &w.error);
        if (w.error.isError())
            return w;
        for (const Recipient &r : recipients) {
            const QString name = PersonQuery::fold(r.name);
            if (std::all_of(words.cbegin(), words.cend(),
                            [&name](const QString &word) { return name.contains(word); }))
                ids << QString::number(r.id);
        }
        if (ids.isEmpty()) {
            w.none = true;
            return w;
        }
        // Ids as literals (integers read from the store, never typed text): bound, a catalogue
        // of more than 999 matching recipients would exceed SQLite's limit on variables, and a
        // condition of a paged query cannot be split into batches.
        conditions << QStringLiteral("d.recipient_id IN (%1)").arg(ids.join(u','));
    }
    if (!conditions.isEmpty())
        w.sql = QStringLiteral("WHERE ") + conditions.join(QLatin1StringView(" AND "));
    return w;
}

QString DisclosureService::pendingOnSql(const QSqlDatabase &db)
{
    // Two branches, each a range of an index: disclosures_informed (status, date) and
    // disclosures_informed_on (status, told on) of migration 0009; sql::unindexed keeps the
    // second off the first index, whose date range would cover nearly every disclosure told.
    return QStringLiteral("((d.informed = 'nog-te-doen' AND d.disclosed_on <= ?) OR "
                          "(d.informed = 'geinformeerd' AND d.informed_on > ? AND ")
        + sql::unindexed(db, QStringLiteral("d.disclosed_on")) + QStringLiteral(" <= ?))");
}

std::optional<DisclosurePerson> DisclosureService::person(qint64 personId,
                                                          ServiceError *error) const
{
    ServiceError ignored;
    ServiceError *failure = error ? error : &ignored;
    *failure = {};
    if (!readable(m_store, m_clock, Permission::ViewRegisters, QStringLiteral("disclosure.read"),
                  {}, failure))
        return std::nullopt;
    std::optional<PersonRecord> stored;
    if (!PersonRepository::byId(m_store.database(), personId, &stored, failure))
        return std::nullopt;
    if (!stored || stored->anonymised) {
        *failure = { ServiceError::Code::NotFound, tr("One of the persons no longer exists."), {} };
        return std::nullopt;
    }
    return DisclosurePerson { stored->person.id, stored->person.name, stored->person.klantnummer };
}

int DisclosureService::count(const DisclosureFilter &filter, ServiceError *error) const
{
    if (error)
        *error = {};
    if (!readable(m_store, m_clock, Permission::ViewRegisters, QStringLiteral("disclosure.read"),
                  {}, error))
        return 0;
    const Where w = where(filter);
    if (w.error.isError()) {
        if (error)
            *error = w.error;
        return 0;
    }
    if (w.none)
        return 0;
    // The joins only where a condition needs them: every disclosure has its recipient, so a count
    // without the category is read from the disclosure indexes alone.
    const QString countFrom = filter.category
        ? QStringLiteral("FROM disclosures d JOIN recipients r ON r.id = d.recipient_id")
        : QStringLiteral("FROM disclosures d");
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("SELECT count(*) %1 %2").arg(countFrom, w.sql));
    for (const QVariant &value : w.values)
        query.addBindValue(value);
    if (!query.exec() || !query.next()) {
        if (error)
            *error = ServiceError::fromSql(query.lastError());
        return 0;
    }
    return query.value(0).toInt();
}

QList<Disclosure> DisclosureService::page(const DisclosureFilter &filter, int offset, int limit,
                                          bool newestFirst, ServiceError *error) const
{
    if (error)
        *error = {};
    if (!readable(m_store, m_clock, Permission::ViewRegisters, QStringLiteral("disclosure.read"),
                  {}, error))
        return {};
    QList<Disclosure> rows;
    const Where w = where(filter);
    if (w.error.isError()) {
        if (error)
            *error = w.error;
        return rows;
    }
    if (w.none || limit <= 0)
        return rows;
    const QString order = newestFirst ? QStringLiteral("DESC") : QStringLiteral("ASC");
    QSqlQuery query(m_store.database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 %2 %3 ORDER BY d.disclosed_on %4, d.id %4 "
                                 "LIMIT ? OFFSET ?")
                      .arg(columns, from, w.sql, order));
    for (const QVariant &value : w.values)
        query.addBindValue(value);
    query.addBindValue(limit);
    query.addBindValue(std::max(0, offset));
    if (!query.exec()) {
        if (error)
            *error = ServiceError::fromSql(query.lastError());
        return {};
    }
    while (query.next())
        rows << fromQuery(query);
    query.finish();
    ServiceError failure;
    if (!fillDetails(rows, &failure)) {
        if (error)
            *error = failure;
        return {};
    }
    return rows;
}

QList<Disclosure> DisclosureService::forPerson(qint64 personId, ServiceError *error) const
{
    if (error)
        *error = {};
    if (!readable(m_store, m_clock, Permission::ViewRegisters, QStringLiteral("disclosure.read"),
                  {}, error))
        return {};
    DisclosureFilter filter;
    filter.personId = personId;
    if (personId <= 0)
        return {};
    return page(filter, 0, std::numeric_limits<int>::max(), true, error);
}

// The persons and data categories of a page's rows: two reads for the whole page, in batches
// under SQLite's limit on variables (a model that reloads what was scrolled into view asks for
// more than 999 rows at once).
bool DisclosureService::fillDetails(QList<Disclosure> &disclosures, ServiceError *error) const
{
    if (disclosures.isEmpty())
        return true;
    QVariantList ids;
    QHash<qint64, qsizetype> index;
    for (qsizetype i = 0; i < disclosures.size(); ++i) {
        ids << disclosures.at(i).id;
        index.insert(disclosures.at(i).id, i);
    }
    QSqlError failure;
    const bool persons = sql::forEachBatch(
        m_store.database(),
        QStringLiteral(
            "SELECT dp.disclosure_id, p.id, p.name, p.klantnummer FROM disclosure_persons dp ")
            + PersonRepository::joinSql(u"p", u"dp.person_id")
            + QStringLiteral(" WHERE dp.disclosure_id IN (%1) ORDER BY dp.disclosure_id, ")
            + sql::byteOrder(m_store.database(), QStringLiteral("p.name"))
            + QStringLiteral(", p.id"),
        ids,
        [&](const QSqlQuery &query) {
            const auto at = index.constFind(query.value(0).toLongLong());
            if (at != index.constEnd())
                disclosures[*at].persons
                    << DisclosurePerson { query.value(1).toLongLong(), query.value(2).toString(),
                                          query.value(3).toString() };
        },
        &failure);
    const bool data = persons
        && sql::forEachBatch(
                          m_store.database(),
                          QStringLiteral("SELECT disclosure_id, category FROM disclosure_data "
                                         "WHERE disclosure_id IN (%1)"),
                          ids,
                          [&](const QSqlQuery &query) {
                              const auto at = index.constFind(query.value(0).toLongLong());
                              const auto category
                                  = DisclosureCodes::dataCategory(query.value(1).toString());
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

} // namespace pd
