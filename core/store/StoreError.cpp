#include "store/StoreError.h"

#include "store/Store.h"
#include "store/Transaction.h"
#include "util/ServiceError.h"

namespace pd {

QString StoreError::message() const
{
    switch (m_code) {
    case Code::None:
        return {};
    case Code::NotAStore:
        return tr("This folder does not contain a Privacydesk store. Choose the folder that "
                  "holds privacydesk.db and keyring.pdk, or create a new store.");
    case Code::PlainSqlite:
        return tr("This folder contains an unencrypted SQLite database, not a Privacydesk store. "
                  "Privacydesk only works with encrypted stores; nothing was changed.");
    case Code::WrongPassword:
        return tr("The user name or password is incorrect. Check both and try again; "
                  "the recovery key can open the store if the password is lost.");
    case Code::WrongRecoveryKey:
        return tr("This recovery key does not open this store. Check the 40 characters on the "
                  "printed recovery sheet and try again.");
    case Code::NewerVersion:
        return tr("This store was created or upgraded by a newer version of Privacydesk. "
                  "Install that version to open it; nothing was changed.");
    case Code::InUse:
        return tr("This store is already open in another Privacydesk window or by another "
                  "user. Close it there first and try again.");
    case Code::ReadOnlyLocation:
        return tr("Privacydesk cannot write in this folder. Choose a folder where you may save "
                  "files, or ask your administrator for write access.");
    case Code::DiskFull:
        return tr("The disk is full. Make space or choose another location; the data saved "
                  "before this moment is intact.");
    case Code::Corrupt:
        return tr("The store is damaged or does not belong to this keyring. Restore the most "
                  "recent backup, or contact your administrator; nothing was changed.");
    case Code::KeyringTampered:
        return tr("The keyring of this store has been altered outside Privacydesk. The store "
                  "was not opened. Restore the keyring from a backup and report this to your "
                  "security officer.");
    case Code::AlreadyExists:
        return tr("This folder is not empty. Choose an empty or new folder for the store.");
    case Code::NoCipher:
        return tr("This installation of Privacydesk cannot encrypt (SQLCipher is missing). "
                  "Reinstall Privacydesk; the store was not opened.");
    case Code::Io:
        return tr("Privacydesk could not read or write the store files. Check that the folder "
                  "is reachable and try again.");
    case Code::Internal:
        return tr("An internal error occurred; nothing was changed. Please report this to "
                  "your administrator.");
    case Code::PermissionDenied:
        return tr("Your role does not allow this. Ask a user with the role beheerder; nothing "
                  "was changed.");
    case Code::DemoFolder:
        return tr("The demo store with fictitious data and a real store each have their own "
                  "folder. Choose another folder; nothing was created.");
    case Code::BsnRefused:
        return tr("The name of the organisation or of the user contains a number that passes the "
                  "11-test for a citizen service number (BSN). A housing corporation may not "
                  "record a BSN (art. 46 UAVG): remove the number; nothing was created.");
    case Code::TargetExists:
        return tr("There is already a file or folder with this name, and Privacydesk never "
                  "writes over it. Choose a new folder name; nothing was written.");
    case Code::InsideStore:
        return tr("A backup may not be written into the store's own folder, beside its database "
                  "and keyring: it would be lost with the store. Choose another folder; nothing "
                  "was written.");
    case Code::OtherStore:
        return tr("This backup belongs to another store than the one it would replace. Confirm "
                  "that you want to replace this store by it; nothing was changed.");
    case Code::KeyringNotAFile:
        return tr("The keyring of this store (keyring.pdk) is not an ordinary file but a link, "
                  "a pipe or a device. Privacydesk did not read it and did not open the store. "
                  "Put the real keyring back, or restore a backup.");
    case Code::StoreFileNotAFile:
        //: %1 is the file's name (privacydesk.db, privacydesk.db-wal, ...).
        //: Dutch: "Het bestand %1 van deze kluis is geen gewoon bestand maar een koppeling, een
        //: pipe of een apparaat. Privacydesk heeft het niet geopend, en de kluis ook niet. Zet
        //: het echte bestand terug, of zet een back-up terug."
        return tr("The file %1 of this store is not an ordinary file but a link, a pipe or a "
                  "device. Privacydesk did not open it, nor the store. Put the real file back, or "
                  "restore a backup.")
            .arg(m_detail.isEmpty() ? QStringLiteral("privacydesk.db") : m_detail);
    case Code::RolledBack:
        return tr("The database is older than the keyring: events that the audit trail had "
                  "recorded are missing or were rewritten (an older copy of the database, a "
                  "deleted -wal file or a shortened audit trail). The store was not opened. "
                  "Restore the most recent backup and report this to your security officer.");
    case Code::Server:
        //: Dutch: "De server van de kluis: %1"
        return tr("The store's server: %1").arg(m_detail);
    case Code::NotOnServer:
        //: Dutch: "Dit kan alleen bij een kluis in een map, niet bij een kluis op een server: daar
        //: regelt de server de aanmeldingen en de beheerder van de server de back-ups."
        return tr("This is only possible for a store in a folder, not for a store on a server: "
                  "there the server keeps the logins and its administrator the backups.");
    }
    return {};
}

QString StoreError::codeName(Code code)
{
    switch (code) {
    case Code::None:
        return QStringLiteral("none");
    case Code::NotAStore:
        return QStringLiteral("not-a-store");
    case Code::PlainSqlite:
        return QStringLiteral("plain-sqlite");
    case Code::WrongPassword:
        return QStringLiteral("wrong-password");
    case Code::WrongRecoveryKey:
        return QStringLiteral("wrong-recovery-key");
    case Code::NewerVersion:
        return QStringLiteral("newer-version");
    case Code::InUse:
        return QStringLiteral("in-use");
    case Code::ReadOnlyLocation:
        return QStringLiteral("read-only");
    case Code::DiskFull:
        return QStringLiteral("disk-full");
    case Code::Corrupt:
        return QStringLiteral("corrupt");
    case Code::KeyringTampered:
        return QStringLiteral("keyring-tampered");
    case Code::AlreadyExists:
        return QStringLiteral("already-exists");
    case Code::NoCipher:
        return QStringLiteral("no-cipher");
    case Code::Io:
        return QStringLiteral("io");
    case Code::Internal:
        return QStringLiteral("internal");
    case Code::PermissionDenied:
        return QStringLiteral("denied"); // one code for every refusal
    case Code::DemoFolder:
        return QStringLiteral("demo-folder");
    case Code::BsnRefused:
        return QStringLiteral("bsn-refused");
    case Code::TargetExists:
        return QStringLiteral("target-exists");
    case Code::InsideStore:
        return QStringLiteral("inside-store");
    case Code::OtherStore:
        return QStringLiteral("other-store");
    case Code::KeyringNotAFile:
        return QStringLiteral("keyring-not-a-file");
    case Code::StoreFileNotAFile:
        return QStringLiteral("store-file-not-a-file");
    case Code::RolledBack:
        return QStringLiteral("rolled-back");
    case Code::Server:
        return QStringLiteral("server");
    case Code::NotOnServer:
        return QStringLiteral("not-on-server");
    }
    return QStringLiteral("unknown");
}

ServiceError ServiceError::fromSql(const QSqlError &error)
{
    const StoreError storeError = Store::errorFromSql(error);
    ServiceError result { Code::Storage, storeError.message(), {}, storeError.detail() };
    result.storeCode = StoreError::codeName(storeError.code());
    return result;
}

ServiceError ServiceError::fromTransaction(const Transaction &transaction)
{
    const StoreError storeError = transaction.sqlError().isValid()
        ? Store::errorFromSql(transaction.sqlError())
        : StoreError(StoreError::Code::Internal);
    ServiceError result { Code::Storage, storeError.message(), {}, transaction.errorText() };
    result.storeCode = StoreError::codeName(storeError.isError() ? storeError.code()
                                                                 : StoreError::Code::Internal);
    if (!storeError.isError())
        result.message = StoreError(StoreError::Code::Internal).message();
    return result;
}

} // namespace pd
