// Restore does not resurrect (issue 36): the destruction log of the store a restore replaces is
// read first (destructionTraces), and what it destroyed after the backup was made is destroyed
// again in what was restored (replayDestructions). RetentionService::restore does both around
// UserService::restore, for the desk and the CLI alike.

#include "breaches/BreachRepository.h"
#include "cases/CaseRepository.h"
#include "persons/PersonRepository.h"
#include "registers/Retention.h"
#include "registers/RetentionShared.h"
#include "session/Access.h"
#include "store/Store.h"
#include "users/UserService.h"

#include <QHash>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace pd {

using namespace retention;

namespace {

// The person a log entry names as "P-<id>"; 0 for anything else.
qint64 personOf(const QString &subjectRef)
{
    if (!subjectRef.startsWith(QLatin1StringView("P-")))
        return 0;
    bool ok = false;
    const qint64 id = subjectRef.mid(2).toLongLong(&ok);
    return ok ? id : 0;
}

// One value of a row found by one key, or nothing; false with *error when the read failed.
bool readOne(QSqlQuery &query, const QString &sql, const QVariantList &values, QVariantList *row,
             ServiceError *error)
{
    row->clear();
    query.prepare(sql);
    bindAll(query, values);
    if (!query.exec()) {
        *error = ServiceError::fromSql(query.lastError());
        return false;
    }
    if (query.next()) {
        for (int i = 0; i < query.record().count(); ++i)
            *row << query.value(i);
    }
    if (query.lastError().isValid()) {
        *error = ServiceError::fromSql(query.lastError());
        return false;
    }
    query.finish();
    return true;
}

// The method a replay logs: that it is one, when and by whom the destruction was first done,
// and how (Dutch, as the log keeps methods).
QString replayMethod(const DestructionTrace &trace)
{
    return QStringLiteral("opnieuw uitgevoerd na herstel van een back-up (eerst vernietigd op "
                          "%1 door %2: %3)")
        .arg(trace.destroyedAt.toString(Qt::ISODate), trace.destroyedBy, trace.method);
}

} // namespace

QList<DestructionTrace> RetentionService::destructionTraces(ServiceError *error) const
{
    if (!readable(m_store, m_clock, Permission::ViewRegisters, QStringLiteral("retention.read"), {},
                  error))
        return {};
    QSqlDatabase db = m_store.database();
    QSqlQuery query(db);
    query.setForwardOnly(true);
    // What identifies the data in an earlier copy: a number (or id) and the moment it was made,
    // which a copy of another line of the store does not share. The destroyed requests are
    // those of anonymised data subjects (a destruction anonymises the person, or moves the
    // requests to an anonymous one): their moments of creation are read once, not per entry.
    QHash<QString, QString> requestMade;
    if (!query.exec(QStringLiteral("SELECT c.number, c.created_at FROM ")
                    + CaseRepository::tableSql(u"c") + QStringLiteral(" ")
                    + PersonRepository::joinSql(u"p", u"c.person_id")
                    + QStringLiteral(" WHERE p.anonymised_at IS NOT NULL"))) {
        *error = ServiceError::fromSql(query.lastError());
        return {};
    }
    while (query.next())
        requestMade.insert(query.value(0).toString(), query.value(1).toString());
    if (query.lastError().isValid()) {
        *error = ServiceError::fromSql(query.lastError());
        return {};
    }
    // A breach by its number, a person by the id in "P-<id>" (through its primary key).
    if (!query.exec(
            QStringLiteral("SELECT d.destroyed_at, d.destroyed_by, d.method, d.kind, d.rule_id, "
                           "d.subject_ref, "
                           "d.case_numbers, d.kept, d.counts, b.reported_at, p.created_at FROM "
                           "retention_destructions d ")
            + BreachRepository::leftJoinSql(u"b",
                                            u"d.kind = 'datalek' AND b.number = d.subject_ref")
            + QStringLiteral(" LEFT ")
            + PersonRepository::joinSql(u"p",
                                        u"CASE WHEN d.subject_ref LIKE 'P-%' THEN "
                                        "CAST(substr(d.subject_ref, 3) AS INTEGER) END")
            + QStringLiteral(" AND d.kind <> 'datalek' ORDER BY d.id"))) {
        *error = ServiceError::fromSql(query.lastError());
        return {};
    }
    QList<DestructionTrace> traces;
    while (query.next()) {
        DestructionTrace trace;
        trace.destroyedAt = QDateTime::fromString(query.value(0).toString(), Qt::ISODateWithMs);
        trace.destroyedBy = query.value(1).toString();
        trace.method = query.value(2).toString();
        trace.kind = query.value(3).toString();
        trace.ruleId = query.value(4).isNull() ? 0 : query.value(4).toLongLong();
        const QString subject = query.value(5).toString();
        for (const QString &number : query.value(6).toString().split(u' ', Qt::SkipEmptyParts)) {
            if (const auto made = requestMade.constFind(number); made != requestMade.cend())
                trace.cases.append({ number, *made });
        }
        trace.reduced = !query.value(7).toString().isEmpty();
        const QJsonObject counts
            = QJsonDocument::fromJson(query.value(8).toString().toUtf8()).object();
        if (trace.kind == QLatin1StringView("datalek")) {
            trace.breachNumber = subject;
            trace.breachReportedAt = query.value(9).toString();
        } else {
            trace.personId = personOf(subject);
            trace.personCreatedAt = query.value(10).toString();
        }
        // An item recorded as destroyed took the person's own details with it only when it
        // says what went (recordItemDestroyed logs counts only then).
        trace.personGone
            = trace.kind == QLatin1StringView("item") && trace.ruleId != 0 && !counts.isEmpty();
        traces << trace;
    }
    if (query.lastError().isValid()) {
        *error = ServiceError::fromSql(query.lastError());
        return {};
    }
    return traces;
}

bool RetentionService::replayDestructions(const QList<DestructionTrace> &traces,
                                          DestructionReplay *report, ServiceError *error)
{
    if (!permitted(m_store, m_clock, Permission::EditRegisters,
                   QStringLiteral("retention.replayed"), {}, error))
        return false;
    QSqlQuery query(m_store.database());
    QVariantList row;
    struct Replaying
    {
        const DestructionTrace *&slot;
        ~Replaying() { slot = nullptr; }
    };
    for (const DestructionTrace &trace : traces) {
        const QString method = replayMethod(trace);
        m_replay = &trace;
        const Replaying replaying { m_replay };
        if (!trace.breachNumber.isEmpty()) {
            std::optional<QString> destroyedOn;
            if (!BreachRepository::destroyedOnOf(m_store.database(), trace.breachNumber,
                                                 trace.breachReportedAt, &destroyedOn, error))
                return false;
            if (!destroyedOn) {
                ++report->notInBackup;
            } else if (!destroyedOn->isEmpty()) {
                ++report->alreadyDone;
            } else {
                if (!destroyBreach(trace.breachNumber, method, false, error))
                    return false;
                report->replayed << trace.breachNumber;
            }
            continue;
        }
        // The person the destruction was about, in this copy: by the requests it named
        // (moved to an anonymous data subject when a rule kept the name), else by id.
        qint64 person = 0;
        if (!trace.cases.isEmpty()) {
            for (const auto &[number, createdAt] : trace.cases) {
                if (!readOne(query,
                             QStringLiteral("SELECT c.person_id FROM ")
                                 + CaseRepository::tableSql(u"c")
                                 + QStringLiteral(" WHERE c.number = ? AND c.created_at = ?"),
                             { number, createdAt }, &row, error))
                    return false;
                if (!row.isEmpty()) {
                    person = row.at(0).toLongLong();
                    break;
                }
            }
        } else if (trace.personId != 0 && !trace.personCreatedAt.isEmpty()) {
            std::optional<PersonRecord> made;
            if (!PersonRepository::byId(m_store.database(), trace.personId, &made, error))
                return false;
            person = made && made->createdAt == trace.personCreatedAt ? trace.personId : 0;
        }
        if (person == 0) {
            ++report->notInBackup;
            continue;
        }
        std::optional<PersonRecord> stored;
        if (!PersonRepository::byId(m_store.database(), person, &stored, error))
            return false;
        const bool anonymised = stored && stored->anonymised;
        const bool reduced = stored && stored->reduced;
        const QString subject = trace.cases.isEmpty() ? QStringLiteral("P-%1").arg(person)
                                                      : trace.cases.first().first;
        if (trace.kind == QLatin1StringView("item") && trace.ruleId != 0) {
            // An item of another rule recorded as destroyed (outside Privacydesk).
            if (!readOne(query,
                         QStringLiteral("SELECT id, destroyed_on FROM retention_items WHERE "
                                        "person_id = ? AND rule_id = ?"),
                         { person, trace.ruleId }, &row, error))
                return false;
            if (row.isEmpty()) {
                ++report->notInBackup;
            } else if (!row.at(1).isNull() && !row.at(1).toString().isEmpty()) {
                ++report->alreadyDone;
            } else {
                if (!recordItemDestroyed(row.at(0).toLongLong(), method, false, error))
                    return false;
                report->replayed << subject;
            }
            continue;
        }
        // The request files (or a person's details without requests): done when the person is
        // anonymised, or reduced as the destruction reduced them.
        if (anonymised || (trace.reduced && reduced && trace.cases.isEmpty())) {
            ++report->alreadyDone;
            continue;
        }
        if (!destroyRequestFiles(person, method, false, error))
            return false;
        report->replayed << subject;
    }
    return true;
}

bool RetentionService::restore(const QString &backupDirectory, const QString &storeDirectory,
                               const QString &userName, const SecureBytes &password,
                               const Clock &clock, QString *safetyBackup, StoreError *error,
                               bool otherStore, Store::RestoreIdentities *identities,
                               DestructionReplay *replay, ServiceError *replayError)
{
    *replay = {};
    *replayError = {};
    // 1. What the store being replaced destroyed, read before it goes.
    QList<DestructionTrace> traces;
    QUuid liveId;
    bool liveThere = false;
    {
        StoreError openError;
        const std::unique_ptr<Store> live
            = Store::open(storeDirectory, userName, password, &openError);
        const std::optional<Role> role = live ? UserService::actingRoleOf(*live) : std::nullopt;
        if (live && !(role && UserService::roleMay(*role, Permission::EditRegisters))) {
            // Not a beheerder or functionaris there: the restore refuses such a user (and
            // records that once); a read refused here would be a second refusal.
            liveThere = true;
            //: Dutch: "Uw rol in de vervangen kluis laat het lezen van haar vernietigingsregister
            //: niet toe."
            replay->uncheckedWhy
                = tr("Your role in the store being replaced does not allow reading "
                     "its destruction log.");
        } else if (live) {
            liveThere = true;
            liveId = live->storeId();
            ServiceError readError;
            traces = RetentionService(*live, clock).destructionTraces(&readError);
            if (readError.isError())
                //: Dutch: "Het vernietigingsregister van de vervangen kluis kon niet worden
                //: gelezen (%1)."
                replay->uncheckedWhy = tr("The destruction log of the store being replaced could "
                                          "not be read (%1).")
                                           .arg(readError.message);
        } else if (openError.code() == StoreError::Code::InUse) {
            *error = openError;
            return false;
        } else if (openError.code() != StoreError::Code::NotAStore) {
            liveThere = true;
            //: Dutch: "De vervangen kluis ging met deze gegevens niet open (%1)."
            replay->uncheckedWhy = tr("The store being replaced did not open with these "
                                      "credentials (%1).")
                                       .arg(openError.message());
        }
    }
    // 2. The restore itself.
    if (!UserService::restore(backupDirectory, storeDirectory, userName, password, clock,
                              safetyBackup, error, otherStore, identities))
        return false;
    if (!liveThere || !replay->uncheckedWhy.isEmpty())
        return true;
    // 3. What was destroyed after the backup goes again.
    const std::unique_ptr<Store> restored = Store::open(storeDirectory, userName, password, error);
    if (!restored) {
        //: Dutch: "De teruggezette kluis ging niet opnieuw open (%1)."
        replay->uncheckedWhy
            = tr("The restored store did not open again (%1).").arg(error->message());
        *error = {};
        return true;
    }
    if (restored->storeId() != liveId) {
        // Another store's backup: the replaced store's destructions are not about its data.
        //: Dutch: "De back-up is van een andere kluis: de vernietigingen van de vervangen kluis
        //: gaan daar niet over."
        replay->uncheckedWhy = tr("The backup is of another store: the destructions of the "
                                  "replaced store do not concern it.");
        return true;
    }
    replay->checked = true;
    RetentionService(*restored, clock).replayDestructions(traces, replay, replayError);
    return true;
}

} // namespace pd
