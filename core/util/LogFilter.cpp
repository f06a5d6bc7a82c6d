#include "util/LogFilter.h"

#include "domain/IpMask.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <atomic>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace pd {

namespace {

constexpr auto redacted = "<redacted>"_L1;

// The handler may be called from any thread and QRegularExpression is only reentrant: each
// thread compiles its own copy, once.
const QRegularExpression &regex(const QString &pattern)
{
    thread_local QHash<QString, QRegularExpression> cache;
    auto it = cache.find(pattern);
    if (it == cache.end())
        it = cache.insert(
            pattern, QRegularExpression(pattern, QRegularExpression::UseUnicodePropertiesOption));
    return *it;
}

// Words after which a double-quoted string holds data (Qt's and SQLite's message shapes, and
// the words our own texts would use). Matched case-insensitively at the end of the text before
// the quote, with optional ':' or '=' and spaces.
const QString &markerPattern()
{
    static const QString pattern
        = uR"re((?i)(?:\b(?:near|values?|waarde|names?|naam|files?|)re"
          uR"re(filename|bestand|bestandsnaam|path|pad|map|dir|directory|)re"
          uR"re(folder|persons?|persoon|user|gebruiker|klant|note|notitie|)re"
          uR"re(text|tekst|subject|onderwerp|title|titel|address|adres|)re"
          uR"re(e-?mail|phone|telefoon|search|zoek|query|description|)re"
          uR"re(omschrijving)\s*[:=]?\s*|\(\w+,\s*)$)re"_s;
    return pattern;
}

bool followsMarker(QStringView before)
{
    // A marker is short: looking at the last 40 characters keeps this linear per quote.
    return regex(markerPattern()).match(before.right(40)).hasMatch();
}

// A path, an address or a number in quotes is data; a short number alone ("19", an error
// code) is not, and neither is a word or a sentence (Qt's "Unable to fetch row").
bool looksLikeData(QStringView quoted)
{
    const bool shortNumber = quoted.size() <= 5
        && std::all_of(quoted.begin(), quoted.end(), [](QChar c) { return c.isDigit(); });
    if (shortNumber)
        return false;
    return std::any_of(quoted.begin(), quoted.end(),
                       [](QChar c) { return c == u'/' || c == u'\\' || c == u'@' || c.isDigit(); });
}

QString maskQuoted(QStringView text)
{
    // "double quoted" with qDebug's backslash escapes, or an SQL 'literal' with '' inside
    // whose quotes are not glued to a word (so "don't" or "it's" are not literals).
    const QRegularExpression &quoted = regex(
        uR"re("((?:[^"\\\n]|\\.)*)"|(?<![\p{L}\p{N}_])'((?:[^'\n]|'')*)'(?![\p{L}\p{N}_]))re"_s);
    QString out;
    out.reserve(text.size());
    qsizetype copied = 0;
    auto it = quoted.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        const qsizetype start = match.capturedStart();
        out += text.mid(copied, start - copied);
        copied = match.capturedEnd();
        if (match.capturedStart(1) >= 0) {
            const QStringView content = match.capturedView(1);
            if (!content.isEmpty() && (looksLikeData(content) || followsMarker(text.left(start))))
                out += u'"' + redacted + u'"';
            else
                out += match.capturedView(0);
        } else {
            out += match.capturedView(2).isEmpty() ? match.capturedView(0)
                                                   : QString(u'\'' + redacted + u'\'');
        }
    }
    out += text.mid(copied);
    return out;
}

void replaceAll(QString *text, const QString &pattern, QLatin1StringView replacement)
{
    text->replace(regex(pattern), replacement);
}

// Numbers written in groups ("123 456 789", "12.34.56.789"): masked when the groups hold six
// digits or more together. Not when the groups are part of a (masked) IP address.
void maskGroupedNumbers(QString *text)
{
    const QRegularExpression &grouped
        = regex(uR"re((?<![\w.])\d{1,4}(?:[ .]\d{1,4})+(?!\w|\.\w))re"_s);
    QString out;
    qsizetype copied = 0;
    auto it = grouped.globalMatch(*text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        const QStringView found = match.capturedView(0);
        const auto digits
            = std::count_if(found.begin(), found.end(), [](QChar c) { return c.isDigit(); });
        if (digits < 6)
            continue;
        out += QStringView(*text).mid(copied, match.capturedStart() - copied);
        out += "<number>"_L1;
        copied = match.capturedEnd();
    }
    if (copied == 0)
        return;
    out += QStringView(*text).mid(copied);
    *text = out;
}

std::atomic<QtMessageHandler> previousHandler { nullptr };
std::atomic<bool> keepVerbose { true };

void filterHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if ((type == QtDebugMsg || type == QtInfoMsg) && !keepVerbose.load())
        return;
    const QString scrubbed = scrubLogMessage(message);
    if (const QtMessageHandler previous = previousHandler.load())
        previous(type, context, scrubbed);
    else
        std::fprintf(stderr, "%s\n", qUtf8Printable(qFormatLogMessage(type, context, scrubbed)));
}

} // namespace

QString scrubLogMessage(QStringView message)
{
    QString text = maskQuoted(message);
    replaceAll(&text, uR"re([\w.%+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,})re"_s, "<e-mail>"_L1);
    replaceAll(&text, uR"re(\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\b)re"_s,
               "<iban>"_L1);
    text = maskIpAddresses(text);
    // International (+31 6 12345678, 0031 20 123 4567, +31 (0)20 ...) and Dutch national
    // numbers (06-12345678, 020 123 4567, (020) 123 45 67): ten digits from the leading 0.
    replaceAll(&text, uR"re((?<![\w+])(?:\+|00)[1-9](?:[\s.()-]{0,2}\d){8,13}(?!\w))re"_s,
               "<phone>"_L1);
    replaceAll(&text, uR"re((?<![\w.])\(?0(?:[\s.)-]{0,2}\d){9}(?!\w))re"_s, "<phone>"_L1);
    maskGroupedNumbers(&text);
    replaceAll(&text, uR"re(\d{6,})re"_s, "<number>"_L1);
    replaceAll(&text, uR"re(\b[1-9]\d{3} ?[A-Z]{2}\b)re"_s, "<postcode>"_L1);
    return text;
}

LogVerbosity logVerbosityFor(bool releaseBuild, QByteArrayView debugVariable)
{
    return !releaseBuild || debugVariable == "1" ? LogVerbosity::Everything
                                                 : LogVerbosity::WarningsAndUp;
}

LogVerbosity defaultLogVerbosity()
{
#ifdef QT_NO_DEBUG
    constexpr bool releaseBuild = true;
#else
    constexpr bool releaseBuild = false;
#endif
    return logVerbosityFor(releaseBuild, qgetenv("PRIVACYDESK_DEBUG"));
}

void installLogFilter(LogVerbosity verbosity)
{
    keepVerbose.store(verbosity == LogVerbosity::Everything);
    const QtMessageHandler previous = qInstallMessageHandler(filterHandler);
    if (previous != filterHandler)
        previousHandler.store(previous);
}

} // namespace pd
