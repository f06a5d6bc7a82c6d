#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace pd::test {

// Every regular file below dir (recursively) whose raw bytes contain needle. Used to prove
// that nothing in a store folder is plaintext.
QStringList filesContaining(const QString &dir, const QByteArray &needle);

} // namespace pd::test
