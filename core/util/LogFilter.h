#pragma once

#include <QByteArrayView>
#include <QString>
#include <QStringView>

namespace pd {

// Keeps personal data out of log output: the safety net for what Qt, SQLite and libraries put into
// their messages. Masks quoted data, e-mail addresses, IBANs, IP addresses, phone numbers, runs of
// six or more digits (a BSN) and postcodes: masking too much is harmless, leaking is not.
QString scrubLogMessage(QStringView message);

enum class LogVerbosity {
    Everything, // debug and info messages pass (scrubbed like the rest)
    WarningsAndUp, // debug and info messages are dropped
};

// Release builds drop debug and info messages unless PRIVACYDESK_DEBUG is 1.
LogVerbosity defaultLogVerbosity();
LogVerbosity logVerbosityFor(bool releaseBuild, QByteArrayView debugVariable);

// Installing it again only changes the verbosity.
void installLogFilter(LogVerbosity verbosity = defaultLogVerbosity());

} // namespace pd
