#pragma once

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

namespace pd {

// The open store's folder is never written into.
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

// The one way to write a file outside the store: renamed into place only once whole, never over an
// existing file unless the caller says so, never into the store's folder, mode 0600.
class OutputFile final
{
    Q_DECLARE_TR_FUNCTIONS(pd::OutputFile)
public:
    static QString refusal(const QString &path, bool overwrite, const QString &storeDirectory);
    static bool write(const QString &path, QByteArrayView bytes, bool overwrite,
                      const QString &storeDirectory, QString *error);
    static bool write(const OutputTarget &target, QByteArrayView bytes, QString *error)
    {
        return write(target.path, bytes, target.overwrite, target.storeDirectory, error);
    }
};

} // namespace pd
