#pragma once

#include <QByteArrayView>
#include <QString>
#include <QStringView>

namespace pd {

// Keeps personal data out of log output. Both programs install the filter first thing in
// main: it sits in front of whatever message handler was active (Qt's default, or a test's),
// masks the message text and forwards it with its type and context (category, file, line)
// unchanged. Our own code should never log personal data in the first place; the filter is
// the safety net for what Qt, SQLite and libraries put into their messages (a path with a
// name in it, a value in an SQL error).
//
// What scrubLogMessage masks, in this order (masking too much is harmless, leaking is not):
//  1. Quoted text. 'Single-quoted' text whose opening quote is not glued to a word (SQL
//     literals: VALUES ('Jan', ...), naam = 'Jansen'; "don't" is left alone) always becomes
//     '<redacted>'. "Double-quoted" text becomes "<redacted>" when it follows a known marker
//     (near, value, name, naam, file, path, bestand, person, note, text, user, e-mail, ... or
//     Qt's device shape "(QFile, "), optionally with ':' or '=' in between, or when it looks
//     like data: it holds a path separator, an '@' or a digit (a short number alone, such as
//     an SQLite error code "19", stays). So Qt's "PDSQLCIPHER", "Unable to fetch row" or
//     "offscreen" stay readable.
//  2. E-mail addresses -> <e-mail>.
//  3. IBANs, with or without spaces (NL91 ABNA 0123 4567 89) -> <iban>.
//  4. IPv4 and IPv6 addresses, as pd::maskIpAddresses does: 192.168.1.XXX.
//  5. Phone numbers: +31 / 0031 / 0 followed by at least eight more digits, with spaces,
//     dashes, dots or "(0)" between them -> <phone>.
//  6. Numbers written in groups (123 456 789, 12.34.56.789) of six digits or more together,
//     and any run of six or more digits (a BSN, a klantnummer, an account number) -> <number>.
//     Dates written with dashes (2026-11-02) and times stay.
//  7. Dutch postcodes, four digits and two capitals (1234 AB, 1234AB) -> <postcode>.
QString scrubLogMessage(QStringView message);

enum class LogVerbosity {
    Everything, // debug and info messages pass (scrubbed like the rest)
    WarningsAndUp, // debug and info messages are dropped
};

// Debug builds keep everything; release builds drop debug and info messages unless the
// environment variable PRIVACYDESK_DEBUG is 1.
LogVerbosity defaultLogVerbosity();
LogVerbosity logVerbosityFor(bool releaseBuild, QByteArrayView debugVariable);

// Installs the filter in front of the current handler (qInstallMessageHandler). Installing it
// again only changes the verbosity.
void installLogFilter(LogVerbosity verbosity = defaultLogVerbosity());

} // namespace pd
