#include "store/StoreError.h"

#include "domain/CodeTable.h"
#include "store/Store.h"
#include "store/Transaction.h"
#include "util/ServiceError.h"

#include <cstddef>
#include <iterator>

namespace pd {

namespace {

// The codes are stable English identifiers for logs and the CLI; the messages are translated,
// one or two sentences each, ending with what to do.
constexpr codes::Entry<StoreError::Code> storeErrors[] = {
    { StoreError::Code::None, "none", nullptr },
    { StoreError::Code::NotAStore, "not-a-store",
      QT_TRANSLATE_NOOP("pd::StoreError",
                        "This folder does not contain a Privacydesk store. Choose the folder that "
                        "holds privacydesk.db and keyring.pdk, or create a new store.") },
    { StoreError::Code::PlainSqlite, "plain-sqlite",
      QT_TRANSLATE_NOOP(
          "pd::StoreError",
          "This folder contains an unencrypted SQLite database, not a Privacydesk store. "
          "Privacydesk only works with encrypted stores; nothing was changed.") },
    { StoreError::Code::WrongPassword, "wrong-password",
      QT_TRANSLATE_NOOP("pd::StoreError",
                        "The user name or password is incorrect. Check both and try again; "
                        "the recovery key can open the store if the password is lost.") },
    { StoreError::Code::WrongRecoveryKey, "wrong-recovery-key",
      QT_TRANSLATE_NOOP(
          "pd::StoreError",
          "This recovery key does not open this store. Check the 40 characters on the "
          "printed recovery sheet and try again.") },
    { StoreError::Code::NewerVersion, "newer-version",
      QT_TRANSLATE_NOOP("pd::StoreError",
                        "This store was created or upgraded by a newer version of Privacydesk. "
                        "Install that version to open it; nothing was changed.") },
    { StoreError::Code::InUse, "in-use",
      QT_TRANSLATE_NOOP("pd::StoreError",
                        "This store is already open in another Privacydesk window or by another "
                        "user. Close it there first and try again.") },
    { StoreError::Code::ReadOnlyLocation, "read-only",
      QT_TRANSLATE_NOOP(
          "pd::StoreError",
          "Privacydesk cannot write in this folder. Choose a folder where you may save "
          "files, or ask your administrator for write access.") },
    { StoreError::Code::DiskFull, "disk-full",
      QT_TRANSLATE_NOOP("pd::StoreError",
                        "The disk is full. Make space or choose another location; the data saved "
                        "before this moment is intact.") },
    { StoreError::Code::Corrupt, "corrupt",
      QT_TRANSLATE_NOOP("pd::StoreError",
                        "The store is damaged or does not belong to this keyring. Restore the most "
                        "recent backup, or contact your administrator; nothing was changed.") },
    { StoreError::Code::KeyringTampered, "keyring-tampered",
      QT_TRANSLATE_NOOP("pd::StoreError",
                        "The keyring of this store has been altered outside Privacydesk. The store "
                        "was not opened. Restore the keyring from a backup and report this to your "
                        "security officer.") },
    { StoreError::Code::AlreadyExists, "already-exists",
      QT_TRANSLATE_NOOP("pd::StoreError",
                        "This folder is not empty. Choose an empty or new folder for the store.") },
    { StoreError::Code::NoCipher, "no-cipher",
      QT_TRANSLATE_NOOP("pd::StoreError",
                        "This installation of Privacydesk cannot encrypt (SQLCipher is missing). "
                        "Reinstall Privacydesk; the store was not opened.") },
    { StoreError::Code::Io, "io",
      QT_TRANSLATE_NOOP(
          "pd::StoreError",
          "Privacydesk could not read or write the store files. Check that the folder "
          "is reachable and try again.") },
    { StoreError::Code::Internal, "internal",
      QT_TRANSLATE_NOOP("pd::StoreError",
                        "An internal error occurred; nothing was changed. Please report this to "
                        "your administrator.") },
    { StoreError::Code::PermissionDenied, "denied", // one code for every refusal
      QT_TRANSLATE_NOOP(
          "pd::StoreError",
          "Your role does not allow this. Ask a user with the role beheerder; nothing "
          "was changed.") },
    { StoreError::Code::DemoFolder, "demo-folder",
      QT_TRANSLATE_NOOP("pd::StoreError",
                        "The demo store with fictitious data and a real store each have their own "
                        "folder. Choose another folder; nothing was created.") },
    { StoreError::Code::BsnRefused, "bsn-refused",
      QT_TRANSLATE_NOOP(
          "pd::StoreError",
          "The name of the organisation or of the user contains a number that passes the "
          "11-test for a citizen service number (BSN). A housing corporation may not "
          "record a BSN (art. 46 UAVG): remove the number; nothing was created.") },
    { StoreError::Code::TargetExists, "target-exists",
      QT_TRANSLATE_NOOP("pd::StoreError",
                        "There is already a file or folder with this name, and Privacydesk never "
                        "writes over it. Choose a new folder name; nothing was written.") },
    { StoreError::Code::InsideStore, "inside-store",
      QT_TRANSLATE_NOOP(
          "pd::StoreError",
          "A backup may not be written into the store's own folder, beside its database "
          "and keyring: it would be lost with the store. Choose another folder; nothing "
          "was written.") },
    { StoreError::Code::OtherStore, "other-store",
      QT_TRANSLATE_NOOP(
          "pd::StoreError",
          "This backup belongs to another store than the one it would replace. Confirm "
          "that you want to replace this store by it; nothing was changed.") },
    { StoreError::Code::KeyringNotAFile, "keyring-not-a-file",
      QT_TRANSLATE_NOOP(
          "pd::StoreError",
          "The keyring of this store (keyring.pdk) is not an ordinary file but a link, "
          "a pipe or a device. Privacydesk did not read it and did not open the store. "
          "Put the real keyring back, or restore a backup.") },
    //: %1 is the file's name (privacydesk.db, privacydesk.db-wal, ...).
    //: Dutch: "Het bestand %1 van deze kluis is geen gewoon bestand maar een koppeling, een
    //: pipe of een apparaat. Privacydesk heeft het niet geopend, en de kluis ook niet. Zet
    //: het echte bestand terug, of zet een back-up terug."
    { StoreError::Code::StoreFileNotAFile, "store-file-not-a-file",
      QT_TRANSLATE_NOOP(
          "pd::StoreError",
          "The file %1 of this store is not an ordinary file but a link, a pipe or a "
          "device. Privacydesk did not open it, nor the store. Put the real file back, or "
          "restore a backup.") },
    { StoreError::Code::RolledBack, "rolled-back",
      QT_TRANSLATE_NOOP(
          "pd::StoreError",
          "The database is older than the keyring: events that the audit trail had "
          "recorded are missing or were rewritten (an older copy of the database, a "
          "deleted -wal file or a shortened audit trail). The store was not opened. "
          "Restore the most recent backup and report this to your security officer.") },
    //: Dutch: "De server van de kluis: %1"
    { StoreError::Code::Server, "server",
      QT_TRANSLATE_NOOP("pd::StoreError", "The store's server: %1") },
    //: Dutch: "Dit kan alleen bij een kluis in een map, niet bij een kluis op een server: daar
    //: regelt de server de aanmeldingen en de beheerder van de server de back-ups."
    { StoreError::Code::NotOnServer, "not-on-server",
      QT_TRANSLATE_NOOP(
          "pd::StoreError",
          "This is only possible for a store in a folder, not for a store on a server: "
          "there the server keeps the logins and its administrator the backups.") },
};

// A table does not warn, as the switch did, of a code left out: every code in the enum's order,
// NotOnServer the last, so that a lookup never runs off the table.
constexpr bool inCodeOrder()
{
    for (std::size_t i = 0; i < std::size(storeErrors); ++i) {
        if (static_cast<std::size_t>(storeErrors[i].value) != i)
            return false;
    }
    return true;
}
static_assert(std::size(storeErrors) == static_cast<std::size_t>(StoreError::Code::NotOnServer) + 1
              && inCodeOrder());

} // namespace

template<> const codes::Vocabulary<StoreError::Code> &codes::vocabulary<StoreError::Code>()
{
    static const Vocabulary<StoreError::Code> v { storeErrors, "pd::StoreError" };
    return v;
}

QString StoreError::message() const
{
    switch (m_code) {
    case Code::None:
        return {};
    case Code::StoreFileNotAFile:
        return codes::label(m_code).arg(m_detail.isEmpty() ? QStringLiteral("privacydesk.db")
                                                           : m_detail);
    case Code::Server:
        return codes::label(m_code).arg(m_detail);
    default:
        return codes::label(m_code);
    }
}

QString StoreError::codeName(Code code)
{
    return codes::code(code);
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
