// Restore does not resurrect, on a server store too (issue 36). A server store is restored into
// an empty database only, so the log of the store it replaces must be read before IT drops that
// database: `restore` on the database that still holds the store reads it and keeps it on this
// computer (KeptDestructions), and refuses; the same `restore` into the emptied database then
// destroys again what the backup still holds of it (replayDestructions).

#include "retention/KeptDestructions.h"
#include "retention/Retention.h"
#include "store/ServerSetup.h"
#include "users/UserService.h"

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
    const std::optional<Role> role = live ? UserService::actingRoleOf(*live) : std::nullopt;
    if (!live) {
        why = openError.message();
    } else if (!(role && UserService::roleMay(*role, Permission::ViewRegisters))) {
        //: Dutch: "uw rol in deze kluis laat het lezen van haar vernietigingsregister niet toe"
    qsizetype kept = 0;
        why = RetentionService::tr("your role in this store does not allow reading its "
                                   "destruction log");
    } else {
        ServiceError readError;
        traces = RetentionService(*live, clock).destructionTraces(&readError);
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

} // namespace

bool RetentionService::restoreServer(const QString &file, const SecureBytes &passphrase,
                                     const ServerLocation &location, const QString &admin,
                                     const SecureBytes &password, const Clock &clock,
                                     const RecordedState::Sources &rows, QString *error,
                                     DestructionReplay *replay, ServiceError *replayError)
{
    *replay = {};
    *replayError = {};
    bool storeThere = false;
    if (!ServerSetup::restore(file, passphrase, location, admin, password, rows, error,
                              &storeThere)) {
        // Refused over the store it would replace: its log is read and kept for the restore
        // that follows IT's dropdb; nothing changes in the database.
        if (storeThere)
            *error += u' ' + keepLiveLog(location, admin, password, clock);
        return false;
    }
    StoreError openError;
    const std::unique_ptr<Store> restored
        = Store::openServer(location, admin, password, &openError);
    if (!restored) {
        //: Dutch: "De teruggezette kluis ging niet opnieuw open (%1)."
        replay->uncheckedWhy
            = tr("The restored store did not open again (%1).").arg(openError.message());
        return true;
    }
    QString readError;
    const std::optional<QList<DestructionTrace>> traces
        = KeptDestructions::read(restored->storeId(), &readError);
    if (!readError.isEmpty()) {
        *replayError = { ServiceError::Code::Storage, readError };
        return true;
    }
    if (!traces) {
        //: Dutch: "Het vernietigingsregister van de kluis die deze back-up vervangt, is niet op
        //: deze computer gelezen voordat haar database werd verwijderd, dus wat na de back-up is
        //: vernietigd, is niet opnieuw vernietigd. Voorkom dit door restore uit te voeren voordat
        //: IT de database verwijdert: het weigert dan, en bewaart dat register op deze computer."
        replay->uncheckedWhy
            = tr("The destruction log of the store this backup replaces was not read on this "
                 "computer before its database was dropped, so what was destroyed after the "
                 "backup was not destroyed again. To avoid this, run restore before IT drops the "
                 "database: it refuses then, and keeps that log on this computer.");
        return true;
    }
    replay->checked = true;
    if (!RetentionService(*restored, clock).replayDestructions(*traces, replay, replayError))
        return true;
    QString removeError;
    if (!KeptDestructions::remove(restored->storeId(), &removeError))
        //: Dutch: "Het bewaarde vernietigingsregister kon niet worden verwijderd (%1); een
        //: volgend herstel voert het opnieuw uit, en wat al vernietigd is, blijft vernietigd."
        replay->note = tr("The kept destruction log could not be removed (%1); a next restore "
                          "replays it again, which leaves what is destroyed as it is.")
                           .arg(removeError);
    return true;
}

} // namespace pd
