// Store::verify on either backend: the database, the keyring and the audit trail against each
// other (a store folder), the audit trail and the rows against it (a server store).

#include "audit/AuditLog.h"
#include "audit/RecordedState.h"
#include "store/IntegrityCheck.h"
#include "store/Migrations.h"
#include "store/StorePrivate.h"

#include <QSqlDatabase>

namespace pd {

using namespace Qt::StringLiterals;
using namespace storedetail;

bool Store::verify(QStringList *problems, const RecordedState::Sources &rows,
                   AuditLog::Scope auditScope, QStringList *notes) const
{
    if (isServer())
        return verifyServer(problems, rows, auditScope, notes);
    QStringList found;
    // The database's integrity_check, recorded like the weekly background check and the one
    // before a backup, so that the desk's "last checked" tells about this one too.
    const IntegrityCheck::Result integrity = IntegrityCheck::runOn(database());
    for (const QString &problem : integrity.problems)
        found << QStringLiteral("database: %1").arg(problem);
    if (StoreError recordError; !recordIntegrityCheck(integrity, &recordError) && notes)
        //: Dutch: "De uitkomst van de integriteitscontrole is niet vastgelegd: %1"
        notes->append(tr("The result of the integrity check was not recorded: %1")
                          .arg(recordError.message()));
    if (!d->keyring.verify(d->masterKey))
        found << QStringLiteral("keyring: authentication code does not match");
    const Keyring onDisk = [this] {
        Keyring::Status status = Keyring::Status::Ok;
        return Keyring::load(d->path(keyringFileName), &status);
    }();
    if (!onDisk.isValid() || !onDisk.verify(d->masterKey))
        found << QStringLiteral("keyring file: altered or unreadable since the store was opened");
    // The audit trail's chain: the first broken link, in plain words.
    if (database().tables().contains(QStringLiteral("audit_events")))
        verifyAuditChain(auditScope, &found, notes);
    // The case and person rows against what their trail last recorded (a row edited with SQL),
    // read from the sources the caller gave.
    if (database().tables().contains(QStringLiteral("cases"))) {
        const RecordedState::Result recorded = RecordedState::check(database(), rows);
        for (const QString &problem : recorded.problems)
            found << QStringLiteral("audit trail vs. data: %1").arg(problem);
    }
    // The database against the keyring's audit anchor (rollback, lost -wal, cut-off trail).
    if (const StoreError anchor = d->checkAuditAnchor(database()); anchor.isError())
        found << QStringLiteral("audit anchor: %1 (%2)")
                     .arg(anchor.message(),
                          StoreError::codeName(anchor.code()) + u": "_s + anchor.detail());
    // Key slots of removed users (an interrupted removal that opening could not complete).
    {
        QStringList unclaimed;
        StoreError slotError;
        if (!d->unclaimedSlots(d->keyring.slotIdOf(d->user), &unclaimed, &slotError))
            found << QStringLiteral("key slots: users could not be read (%1)")
                         .arg(slotError.detail());
        else if (!unclaimed.isEmpty())
            found << QStringLiteral("key slots: %1 %2 no active user owns (%3); open the "
                                    "store again to remove them")
                         .arg(unclaimed.size())
                         .arg(unclaimed.size() == 1 ? u"slot"_s : u"slots"_s)
                         .arg(unclaimed.join(u", "));
    }
    if (schemaVersion(database()) != latestSchemaVersion())
        found << QStringLiteral("schema version %1, expected %2")
                     .arg(schemaVersion(database()))
                     .arg(latestSchemaVersion());
    if (problems)
        *problems = found;
    return found.isEmpty();
}

// A server store: the audit chain (computed by the server, checked here with the same code),
// the rows against their trail, and the schema version. The database file, keyring and anchor
// are the server's business (its own checksums and backups).
bool Store::verifyServer(QStringList *problems, const RecordedState::Sources &rows,
                         AuditLog::Scope auditScope, QStringList *notes) const
{
    QStringList found;
    verifyAuditChain(auditScope, &found, notes);
    // What this computer saw of the trail before (ServerAnchor): checked when the store opened.
    if (!d->anchorProblem.isEmpty())
        found << QStringLiteral("audit trail: %1").arg(d->anchorProblem);
    if (notes && !d->anchorNote.isEmpty())
        notes->append(d->anchorNote);
    const RecordedState::Result recorded = RecordedState::check(database(), rows);
    for (const QString &problem : recorded.problems)
        found << QStringLiteral("audit trail vs. data: %1").arg(problem);
    if (const int version = schemaVersion(database()); version != latestSchemaVersion())
        found << QStringLiteral("schema version %1, expected %2")
                     .arg(version)
                     .arg(latestSchemaVersion());
    if (problems)
        *problems = found;
    return found.isEmpty();
}

// The audit trail's chain on either backend, from its checkpoint for SinceCheckpoint.
void Store::verifyAuditChain(AuditLog::Scope scope, QStringList *found, QStringList *notes) const
{
    const AuditLog::Verification chain
        = AuditLog(
              database(),
              (isServer() ? d->serverStoreId : d->keyring.storeId()).toString(QUuid::WithoutBraces))
              .verifyWithCheckpoint(scope);
    if (!chain.ok)
        *found << QStringLiteral("audit trail: %1").arg(chain.reason);
    // The head, for an auditor to keep (and to compare with the next verify's).
    if (notes && chain.ok && chain.headSeq > 0)
        //: Dutch: "Kop van de audittrail: gebeurtenis %1, hash %2."
        notes->append(tr("Head of the audit trail: event %1, hash %2.")
                          .arg(chain.headSeq)
                          .arg(QString::fromLatin1(chain.headHash)));
    if (notes && !chain.checkpointRefused.isEmpty())
        notes->append(chain.checkpointRefused);
    if (notes && chain.resumedAfter > 0)
        //: Dutch: "Audittrail: gecontroleerd vanaf het laatst gecontroleerde punt
        //: (gebeurtenis %1, %2); %n nieuwe gebeurtenis(sen) gecontroleerd. Gebruik --full
        //: om elke gebeurtenis te controleren."
        notes->append(tr("Audit trail: verified from its last verified position (event %1, "
                         "%2) on; %n new event(s) checked. Use --full to verify every event.",
                         nullptr, static_cast<int>(chain.eventsChecked))
                          .arg(chain.resumedAfter)
                          .arg(chain.checkpointVerifiedAt.toString(Qt::ISODate)));
}

} // namespace pd
