#pragma once

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

namespace pd {

// Where an output goes: the file, whether an existing file may be replaced (the CLI's
// --overwrite, a save dialog that asked), and the open store's folder, never written into.
// Made from a path alone it replaces nothing and knows no store folder.
struct OutputTarget
{
    OutputTarget(const QString &file = {}, bool replace = false, const QString &store = {})
        : path(file)
        , overwrite(replace)
        , storeDirectory(store)
    { }
    QString path;
    bool overwrite = false;
    QString storeDirectory;
};

// The one way Privacydesk writes a file outside its store (architecture.md, "Outputs"): beside
// the target under a temporary name, flushed, then renamed into place (QSaveFile), so that a
// full disk or a crash never leaves a half file under the target's name; never over an existing
// file unless the caller says so (the CLI's --overwrite, a save dialog's confirmation); never
// into the store's folder (the database, its keyring, its -wal); readable by the owner only
// (0600) whatever the umask. A failed write is an error with one translated sentence.
class OutputFile final
{
    Q_DECLARE_TR_FUNCTIONS(pd::OutputFile)
public:
    // Why path may not be written (translated), or empty. storeDirectory: the open store's
    // folder (empty: none).
    static QString refusal(const QString &path, bool overwrite, const QString &storeDirectory);
    static bool write(const QString &path, QByteArrayView bytes, bool overwrite,
                      const QString &storeDirectory, QString *error);
    static bool write(const OutputTarget &target, QByteArrayView bytes, QString *error)
    {
        return write(target.path, bytes, target.overwrite, target.storeDirectory, error);
    }
};

} // namespace pd
