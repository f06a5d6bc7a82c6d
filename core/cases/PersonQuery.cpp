#include "cases/PersonQuery.h"

#include "cases/CaseRepository.h"
#include "domain/AsciiSpelling.h"
#include "domain/InputLimits.h"
#include "persons/PersonRepository.h"
#include "sql/SqlCipherDriver.h"
#include "store/Store.h"
#include "store/UserRepository.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <cstring>
#include <sqlite3.h>
#include <utility>

namespace pd {

namespace {

// pd_fold(text): fold() inside SQLite. ASCII (most names) is lowered byte by byte; anything
// else goes through QString.
void foldFunction(sqlite3_context *context, int argc, sqlite3_value **argv)
{
    if (argc != 1 || sqlite3_value_type(argv[0]) == SQLITE_NULL) {
        sqlite3_result_null(context);
        return;
    }
    const auto *text = sqlite3_value_text(argv[0]);
    const int bytes = sqlite3_value_bytes(argv[0]);
    bool ascii = true;
    for (int i = 0; i < bytes && ascii; ++i)
        ascii = text[i] < 0x80;
    // One allocation per row, handed to SQLite: this runs for every person on a name search.
    if (ascii) {
        auto *copy = static_cast<char *>(sqlite3_malloc(bytes + 1));
        if (!copy) {
            sqlite3_result_error_nomem(context);
            return;
        }
        for (int i = 0; i < bytes; ++i) {
            const unsigned char c = text[i];
            copy[i] = static_cast<char>(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
        }
        copy[bytes] = '\0';
        sqlite3_result_text(context, copy, bytes, sqlite3_free);
        return;
    }
    const QByteArray folded
        = PersonQuery::fold(QString::fromUtf8(reinterpret_cast<const char *>(text), bytes))
              .toUtf8();
    auto *copy = static_cast<char *>(sqlite3_malloc(static_cast<int>(folded.size()) + 1));
    if (!copy) {
        sqlite3_result_error_nomem(context);
        return;
    }
    std::memcpy(copy, folded.constData(), static_cast<size_t>(folded.size()) + 1);
    sqlite3_result_text(context, copy, static_cast<int>(folded.size()), sqlite3_free);
}

void registerFold(const QSqlDatabase &db)
{
    const auto *driver = qobject_cast<const sql::SqlCipherDriver *>(db.driver());
    if (!driver || !driver->sqliteHandle())
        return;
    // Replacing an existing registration is harmless, so every PersonQuery may do it.
    sqlite3_create_function_v2(driver->sqliteHandle(), "pd_fold", 1,
                               SQLITE_UTF8 | SQLITE_DETERMINISTIC, nullptr, foldFunction, nullptr,
                               nullptr, nullptr);
}

// For LIKE ... ESCAPE '\': the user's % and _ are literal.
QString likeEscaped(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'\\', QStringLiteral("\\\\"));
    escaped.replace(u'%', QStringLiteral("\\%"));
    escaped.replace(u'_', QStringLiteral("\\_"));
    return escaped;
}

} // namespace

PersonQuery::PersonQuery(const Session &session)
    : m_session(session)
{
    registerFold(m_session.store().database());
}

QString PersonQuery::fold(QStringView text)
{
    const QString decomposed = text.toString().normalized(QString::NormalizationForm_KD);
    QString result;
    result.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing || c.category() == QChar::Mark_Enclosing
            || c.category() == QChar::Mark_SpacingCombining)
            continue;
        if (const QLatin1StringView spelled = asciiSpelling(c.unicode()); !spelled.isNull())
            result += spelled;
        else
            result += c;
    }
    return result.toCaseFolded();
}

QString PersonQuery::normalisePostcode(QStringView text)
{
    static const QRegularExpression shape(
        QStringLiteral("^\\s*([1-9][0-9]{3})\\s*([A-Za-z]{2})\\s*$"));
    const QRegularExpressionMatch match = shape.match(text.toString());
    if (!match.hasMatch())
        return {};
    return match.captured(1) + match.captured(2).toUpper();
}

QString PersonQuery::normaliseHouseNumber(QStringView text)
{
    QString result;
    for (const QChar c : text) {
        if (c.isLetterOrNumber())
            result += c.toUpper();
    }
    return result;
}

PersonQuery::Parsed PersonQuery::parse(QStringView typed)
{
    // What was typed or pasted as the employee means it: full-width digits, no-break, thin and
    // zero-width spaces folded as the stored identifiers are (InputLimits::normalisedIdentifier).
    const QString text = InputLimits::normalisedIdentifier(typed.toString());
    static const QRegularExpression postcode(
        QStringLiteral("^\\s*([1-9][0-9]{3}\\s*[A-Za-z]{2})(?:\\s+([0-9]+(?:\\s*[-]?\\s*[A-Za-z0-9]"
                       "{1,4})?))?\\s*$"));
    static const QRegularExpression klantnummer(
        QStringLiteral("^\\s*([A-Za-z]{0,3}[- ]?[0-9]{3,}|[0-9]{5,})\\s*$"));
    static const QRegularExpression partialPostcode(
        QStringLiteral("^\\s*[0-9]{1,4}\\s*[A-Za-z]?\\s*$"));
    Parsed parsed;
    if (const QRegularExpressionMatch match = postcode.match(text); match.hasMatch()) {
        parsed.kind = Parsed::Kind::Postcode;
        parsed.postcode = normalisePostcode(match.captured(1));
        parsed.houseNumber = match.captured(2).trimmed();
        return parsed;
    }
    if (partialPostcode.match(text).hasMatch())
        return parsed; // "1234" or "1234 a": the postcode is still being typed
    if (const QRegularExpressionMatch match = klantnummer.match(text); match.hasMatch()) {
        parsed.kind = Parsed::Kind::Klantnummer;
        parsed.klantnummer = match.captured(1).trimmed();
        return parsed;
    }
    if (text.size() >= 2) {
        parsed.kind = Parsed::Kind::Name;
        parsed.name = text;
    }
    return parsed;
}

QList<PersonMatch> PersonQuery::withOpenRequests(const std::optional<QList<Person>> &persons,
                                                 ServiceError *error) const
{
    if (!persons) // the read failed: *error says why
        return {};
    QList<PersonMatch> matches;
    QHash<qint64, qsizetype> index;
    QVariantList ids;
    for (const Person &person : *persons) {
        index.insert(person.id, matches.size());
        matches << PersonMatch { person, 0 };
        ids << person.id;
    }
    // The open requests of each person, counted whoever asks: on a server through a function
    // of the store's owner, as a KCC login may read none of those requests (row-level
    // security), yet the phone intake shows how many there are, as on a store folder.
    ServiceError failed;
    const auto counts
        = CaseRepository::openRequestCounts(m_session.store().database(), ids, &failed);
    if (!counts) {
        if (error)
            *error = failed;
        return {};
    }
    for (auto it = counts->cbegin(); it != counts->cend(); ++it) {
        if (const auto at = index.constFind(it.key()); at != index.constEnd())
            matches[*at].openCases = it.value();
    }
    return matches;
}

std::optional<QList<OpenRequest>> PersonQuery::openRequests(qint64 personId,
                                                            ServiceError *error) const
{
    const QSqlDatabase &db = m_session.store().database();
    ServiceError failed;
    const auto open = CaseRepository::openRequestsOf(db, personId, &failed);
    QHash<QString, QString> names;
    if (!open || !UserRepository::displayNames(db, &names, &failed)) {
        if (error)
            *error = failed;
        return std::nullopt;
    }
    QList<OpenRequest> requests;
    for (const auto &[number, login] : *open) {
        const QString name = names.value(login).trimmed();
        requests.append({ number, name.isEmpty() ? login : name });
    }
    return requests;
}

QList<PersonMatch> PersonQuery::byKlantnummer(const QString &klantnummer, ServiceError *error) const
{
    const QString number = InputLimits::normalisedIdentifier(klantnummer);
    if (number.isEmpty())
        return {};
    ServiceError ignored;
    return withOpenRequests(PersonRepository::searchKlantnummer(
                                m_session.store().database(), number, 2, error ? error : &ignored),
                            error);
}

QList<PersonMatch> PersonQuery::byPostcode(const QString &postcode, const QString &houseNumber,
                                           ServiceError *error) const
{
    const QString normalised = normalisePostcode(postcode);
    if (normalised.isEmpty())
        return {};
    ServiceError ignored;
    QList<PersonMatch> all = withOpenRequests(
        PersonRepository::searchPostcode(m_session.store().database(), normalised, 500,
                                         error ? error : &ignored),
        error);
    const QString wanted = normaliseHouseNumber(houseNumber);
    QList<PersonMatch> matches;
    const bool numberOnly = !wanted.isEmpty()
        && std::all_of(wanted.cbegin(), wanted.cend(), [](QChar c) { return c.isDigit(); });
    for (const PersonMatch &match : std::as_const(all)) {
        const QString stored = normaliseHouseNumber(match.person.houseNumber);
        bool fits = wanted.isEmpty() || stored == wanted;
        if (!fits && numberOnly && stored.startsWith(wanted)) {
            // "12" finds "12", "12A", "12BIS", but not "120".
            fits = stored.size() == wanted.size() || !stored.at(wanted.size()).isDigit();
        }
        if (fits)
            matches << match;
    }
    // Numerically, then by addition: 2 before 10, 12 before 12a.
    const auto key = [](const PersonMatch &match) {
        const QString number = normaliseHouseNumber(match.person.houseNumber);
        qsizetype digits = 0;
        while (digits < number.size() && number.at(digits).isDigit())
            ++digits;
        return std::pair(number.left(digits).toInt(), number.mid(digits));
    };
    std::stable_sort(
        matches.begin(), matches.end(),
        [&key](const PersonMatch &a, const PersonMatch &b) { return key(a) < key(b); });
    if (matches.size() > nameLimit)
        matches.resize(nameLimit);
    return matches;
}

QList<PersonMatch> PersonQuery::byName(const QString &name, int limit, ServiceError *error) const
{
    const QStringList words = fold(name.simplified()).split(u' ', Qt::SkipEmptyParts);
    if (words.isEmpty() || limit <= 0)
        return {};
    QStringList escaped;
    for (const QString &word : words)
        escaped << likeEscaped(word);
    ServiceError ignored;
    return withOpenRequests(PersonRepository::searchName(m_session.store().database(), escaped,
                                                         std::min(limit, nameLimit),
                                                         error ? error : &ignored),
                            error);
}

QList<PersonMatch> PersonQuery::search(QStringView text, ServiceError *error) const
{
    const Parsed parsed = parse(text);
    switch (parsed.kind) {
    case Parsed::Kind::Klantnummer:
        return byKlantnummer(parsed.klantnummer, error);
    case Parsed::Kind::Postcode:
        return byPostcode(parsed.postcode, parsed.houseNumber, error);
    case Parsed::Kind::Name:
        return byName(parsed.name, nameLimit, error);
    case Parsed::Kind::Empty:
        break;
    }
    return {};
}

} // namespace pd
