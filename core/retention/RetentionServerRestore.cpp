// Restore does not resurrect, on a server store too. A server store is restored into
// an empty database only, so the log of the store it replaces must be read before IT drops that
// database: `restore` on the database that still holds the store reads it and keeps it on this
// computer (KeptDestructions), and refuses; the same `restore` into the emptied database then
// destroys again what the backup still holds of it (replayDestructions). pg_restore commits the
// data on its own, so the database stays closed to the store's groups (and Privacydesk does not
// open it) until that replay commits together with opening it: a restore stopped in between
// leaves it closed, and running it again finishes it.

#include "retention/KeptDestructions.h"
#include "retention/Retention.h"
#include "store/ServerSetup.h"
#include "users/UserService.h"
#include "util/TestCrashPoint.h"

namespace pd {

namespace {

// What the refusal of a restore over a live server store adds: the store's log kept here (and
// what to do next), or why it could not be.
QString keepLiveLog(const ServerLocation &location, const QString &admin,
                    const SecureBytes &password, const Clock &clock)
{
    StoreError openError;
    const std::unique_ptr<Store> live = Store::openServer(location, admin, password, &openError);
    QString why;
    QList<DestructionTrace> traces;
    qsizetype kept = 0;
    // The live store's own session: the one that knows who acts there.
    const std::optional<Session> session
        = live ? std::make_optional<Session>(*live, clock) : std::nullopt;
    if (!live) {
        why = openError.message();
    } else if (!session->may(Permission::ViewRegisters)) {
        //: Dutch: "uw rol in deze kluis laat het lezen van haar vernietigingsregister niet toe"
        why = RetentionService::tr("your role in this store does not allow reading its "
                                   "destruction log");
    } else {
        ServiceError readError;
        traces = RetentionService(*session).destructionTraces(&readError);
        if (readError.isError())
            why = readError.message;
        else
            KeptDestructions::keep(live->storeId(), traces, &kept, &why);
    }
    if (!why.isEmpty())
        //: Dutch: "Het vernietigingsregister van deze kluis kon niet op deze computer worden
        //: bewaard (%1): een herstel in de geleegde database zou niet opnieuw vernietigen wat
        //: na de back-up is vernietigd."
        return RetentionService::tr("The store's destruction log could not be kept on this "
                                    "computer (%1): a restore into the emptied database would "
                                    "not destroy again what was destroyed after the backup.")
            .arg(why);
    //: Dutch: "Het vernietigingsregister van deze kluis (%n vernietiging(en)) is op deze computer
    //: bewaard. Nadat IT de database heeft verwijderd en leeg opnieuw gemaakt (dropdb, createdb
    //: --owner), zet dezelfde opdracht de back-up terug en vernietigt ze opnieuw wat na de
    //: back-up is vernietigd."
    return RetentionService::tr("The store's destruction log (%n destruction(s)) is kept on this "
                                "computer. After IT drops the database and makes it again, empty "
                                "(dropdb, createdb --owner), the same command restores the backup "
                                "and destroys again what was destroyed after it.",
                                nullptr, int(kept));
}

// The restore's last step, in the restored store opened as admin while its database is still
// closed to the store's groups: what the log kept on this computer says was destroyed after the
// backup is destroyed again, and the groups are given CONNECT, in one transaction. A kill or a
// failure before its commit leaves the store closed, and the same command finishes it. False
// with *error when it did not finish.
bool finishServerRestore(const ServerLocation &location, const QString &admin,
                         const SecureBytes &password, const Clock &clock, QString *error,
                         DestructionReplay *replay)
{
    StoreError openError;
    const std::unique_ptr<Store> restored
        = Store::openServer(location, admin, password, &openError, Store::Restoring::Yes);
    if (!restored) {
        //: Dutch: "De back-up is teruggezet, maar de kluis ging niet opnieuw open (%1). Ze blijft
        //: dicht voor haar gebruikers; voer dezelfde opdracht opnieuw uit."
        *error = RetentionService::tr("The backup was restored, but the store did not open again "
                                      "(%1). It stays closed to its users; run the same command "
                                      "again.")
                     .arg(openError.message());
        return false;
    }
    QString readError;
    const std::optional<QList<DestructionTrace>> traces
        = KeptDestructions::read(restored->storeId(), &readError);
    if (!readError.isEmpty()) {
        //: Dutch: "%1 De teruggezette kluis blijft dicht voor haar gebruikers. Als dat register
        //: niet te herstellen is: verwijder het bestand, dan zet dezelfde opdracht de kluis open
        //: zonder opnieuw te vernietigen."
        *error = RetentionService::tr("%1 The restored store stays closed to its users. If that "
                                      "log cannot be mended: remove the file, and the same "
                                      "command opens the store without destroying again.")
                     .arg(readError);
        return false;
    }
    QSqlDatabase db = restored->database();
    const Session restoredSession(*restored, clock);
    ServiceError replayError;
    QString grantError;
    replay->checked = traces.has_value();
    const bool done = ServerSetup::openToGroups(
        db, location.database,
        [&] {
            return !traces
                || RetentionService(restoredSession)
                       .replayDestructions(*traces, replay, &replayError);
        },
        &grantError);
    if (!done) {
        replay->replayed.clear();
        const QString why = replayError.isError() ? replayError.message : grantError;
        //: Dutch: "De back-up is teruggezet, maar opnieuw vernietigen wat na de back-up is
        //: vernietigd, is mislukt: %1 De teruggezette kluis blijft dicht voor haar gebruikers;
        //: voer dezelfde opdracht opnieuw uit."
        *error = RetentionService::tr("The backup was restored, but destroying again what was "
                                      "destroyed after the backup failed: %1 The restored store "
                                      "stays closed to its users; run the same command again.")
                     .arg(why);
        return false;
    }
    if (!traces) {
        //: Dutch: "Het vernietigingsregister van de kluis die deze back-up vervangt, is niet op
        //: deze computer gelezen voordat haar database werd verwijderd, dus wat na de back-up is
        //: vernietigd, is niet opnieuw vernietigd. Voorkom dit door restore uit te voeren voordat
        //: IT de database verwijdert: het weigert dan, en bewaart dat register op deze computer."
        replay->uncheckedWhy = RetentionService::tr(
            "The destruction log of the store this backup replaces was not read on this "
            "computer before its database was dropped, so what was destroyed after the "
            "backup was not destroyed again. To avoid this, run restore before IT drops the "
            "database: it refuses then, and keeps that log on this computer.");
        return true;
    }
    QString removeError;
    if (!KeptDestructions::remove(restored->storeId(), &removeError))
        //: Dutch: "Het bewaarde vernietigingsregister kon niet worden verwijderd (%1); een
        //: volgend herstel voert het opnieuw uit, en wat al vernietigd is, blijft vernietigd."
        replay->note = RetentionService::tr("The kept destruction log could not be removed (%1); "
                                            "a next restore replays it again, which leaves what "
                                            "is destroyed as it is.")
                           .arg(removeError);
    return true;
}

// Whether the database holds a store whose restore has not finished (closed to its groups).
bool restoreUnfinished(const ServerLocation &location, const QString &admin,
                       const SecureBytes &password)
{
    StoreError openError;
    const std::unique_ptr<Store> store
        = Store::openServer(location, admin, password, &openError, Store::Restoring::Yes);
    QString why;
    const std::optional<bool> open
        = store ? ServerSetup::isOpenToGroups(store->database(), &why) : std::nullopt;
    if (store && !open)
        qWarning("restore: whether the store's restore finished could not be read: %s",
                 qPrintable(why));
    return open.has_value() && !*open;
}

} // namespace

bool RetentionService::restoreServer(const QString &file, const SecureBytes &passphrase,
                                     const ServerLocation &location, const QString &admin,
                                     const SecureBytes &password, const Clock &clock,
                                     const RecordedState::Sources &rows, QString *error,
                                     DestructionReplay *replay)
{
    *replay = {};
    bool storeThere = false;
    if (!ServerSetup::restore(file, passphrase, location, admin, password, rows, error,
                              &storeThere)) {
        if (!storeThere)
            return false;
        // A restore of this store that was stopped before it finished: finished now.
        if (restoreUnfinished(location, admin, password)) {
            error->clear();
            return finishServerRestore(location, admin, password, clock, error, replay);
        }
        // Refused over the store it would replace: its log is read and kept for the restore
        // that follows IT's dropdb; nothing changes in the database.
        *error += u' ' + keepLiveLog(location, admin, password, clock);
        return false;
    }
    crashPointForTests("restore-server-data-back");
    return finishServerRestore(location, admin, password, clock, error, replay);
}

} // namespace pd
