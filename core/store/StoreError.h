#pragma once

#include <QCoreApplication>
#include <QString>

namespace pd {

// The detail is technical and never holds personal data or key material.
class StoreError final
{
    Q_DECLARE_TR_FUNCTIONS(pd::StoreError)
public:
    enum class Code {
        None,
        NotAStore, // folder without a keyring/database of ours
        PlainSqlite, // an unencrypted SQLite file where our encrypted database should be
        WrongPassword, // or unknown user: never say which
        WrongRecoveryKey,
        NewerVersion, // created by a newer Privacydesk (schema or keyring format)
        InUse, // another Privacydesk process has it open
        ReadOnlyLocation, // cannot write in the folder or the files
        DiskFull,
        Corrupt, // integrity check failed, or the database does not match the keyring
        KeyringTampered,
        AlreadyExists, // create() on a folder that already holds a store
        NoCipher, // the SQLite library in this process has no encryption
        Io,
        Internal,
        PermissionDenied, // the acting user's role does not allow this (e.g. restore)
        DemoFolder, // a real store in the demo folder, or the demo in the default folder
        BsnRefused, // a name given to the store holds a number that passes the BSN 11-proef
        TargetExists, // a backup's folder exists already (and is not empty): never written over
        InsideStore, // a backup aimed into the store's own folder (beside its database, keyring)
        OtherStore, // restore of a backup of another store (other store id), not confirmed
        KeyringNotAFile, // keyring.pdk is a symlink, FIFO, device or folder: refused, not read
        StoreFileNotAFile, // a store file or its lock is no plain file; detail: its name
        RolledBack, // the database is older than the keyring's audit anchor
        Server, // a server store refused or could not be reached; detail says why
        NotOnServer, // something only a store folder has, asked of a server store
    };

    StoreError() = default;
    StoreError(Code code, QString detail = {})
        : m_code(code)
        , m_detail(std::move(detail))
    { }

    Code code() const { return m_code; }
    bool isError() const { return m_code != Code::None; }
    explicit operator bool() const { return isError(); }
    QString detail() const { return m_detail; }
    QString message() const; // translated, one or two sentences, ends with what to do
    static QString codeName(Code code); // stable English identifier for logs and the CLI

private:
    Code m_code = Code::None;
    QString m_detail;
};

} // namespace pd
