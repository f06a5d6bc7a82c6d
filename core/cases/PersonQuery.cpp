#include "cases/PersonQuery.h"

#include "domain/InputLimits.h"
#include "sql/Dialect.h"
#include "sql/SqlCipherDriver.h"
#include "store/Store.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

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

const QString openStates = QStringLiteral("('ontvangen', 'identificatie', 'in-behandeling')");

} // namespace

PersonQuery::PersonQuery(const Store &store)
    : m_store(store)
{
    registerFold(m_store.database());
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
        switch (c.unicode()) {
        case 0x00D8: // Ø
        case 0x00F8: // ø
            result += u'o';
            break;
        case 0x00C6: // Æ
        case 0x00E6: // æ
            result += u"ae";
            break;
        case 0x0152: // Œ
        case 0x0153: // œ
            result += u"oe";
            break;
        case 0x0141: // Ł
        case 0x0142: // ł
            result += u'l';
            break;
        case 0x0110: // Đ
        case 0x0111: // đ
            result += u'd';
            break;
        case 0x00DF: // ß
            result += u"ss";
            break;
        case 0x0131: // ı (Turkish dotless i)
            result += u'i';
            break;
        case 0x00DE: // Þ
        case 0x00FE: // þ
            result += u"th";
            break;
        default:
            result += c;
        }
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

QList<PersonMatch> PersonQuery::run(const QString &where, const QVariantList &values,
                                    const QString &order, int limit,
                                    const QVariantList &orderValues, ServiceError *error) const
{
    const QSqlDatabase db = m_store.database();
    QSqlQuery query(db);
    query.setForwardOnly(true);
    // The open requests of each person, counted whoever asks: on a server through a function
    // of the store's owner, as a KCC login may read none of those requests (row-level
    // security), yet the phone intake shows how many there are, as on a store folder.
    const QString openRequests = sql::isServer(db)
        ? QStringLiteral("pd_open_requests(p.id)")
        : QStringLiteral("(SELECT count(*) FROM cases c WHERE c.person_id = p.id AND c.state IN ")
            + openStates + u')';
    query.prepare(QStringLiteral("SELECT p.id, p.name, p.relation, p.klantnummer, p.street, "
                                 "p.house_number, p.postcode, p.city, p.phone, p.email, ")
                  + openRequests
                  + QStringLiteral(" FROM persons p WHERE p.anonymised_at IS NULL AND ") + where
                  + QStringLiteral(" ORDER BY ") + order + QStringLiteral(" LIMIT ")
                  + QString::number(limit));
    for (const QVariant &value : values)
        query.addBindValue(value);
    for (const QVariant &value : orderValues)
        query.addBindValue(value);
    QList<PersonMatch> matches;
    if (!query.exec()) {
        if (error)
            *error = ServiceError::fromSql(query.lastError());
        return matches;
    }
    while (query.next()) {
        PersonMatch match;
        Person &p = match.person;
        p.id = query.value(0).toLongLong();
        p.name = query.value(1).toString();
        p.relation = Codes::relation(query.value(2).toString()).value_or(Relation::Overig);
        p.klantnummer = query.value(3).toString();
        p.street = query.value(4).toString();
        p.houseNumber = query.value(5).toString();
        p.postcode = query.value(6).toString();
        p.city = query.value(7).toString();
        p.phone = query.value(8).toString();
        p.email = query.value(9).toString();
        match.openCases = query.value(10).toInt();
        matches << match;
    }
    return matches;
}

QList<PersonMatch> PersonQuery::byKlantnummer(const QString &klantnummer, ServiceError *error) const
{
    const QString number = InputLimits::normalisedIdentifier(klantnummer);
    if (number.isEmpty())
        return {};
    // Two spellings keep the UNIQUE index usable: as typed and in capitals ("k100" = "K100").
    return run(QStringLiteral("p.klantnummer IN (?, ?)"), { number, number.toUpper() },
               QStringLiteral("p.id"), 2, {}, error);
}

QList<PersonMatch> PersonQuery::byPostcode(const QString &postcode, const QString &houseNumber,
                                           ServiceError *error) const
{
    const QString normalised = normalisePostcode(postcode);
    if (normalised.isEmpty())
        return {};
    // Stored normalised by the services; older imports may hold "1234 AB".
    const QString spaced = normalised.left(4) + u' ' + normalised.mid(4);
    const QSqlDatabase db = m_store.database();
    QList<PersonMatch> all
        = run(QStringLiteral("p.postcode IN (?, ?)"), { normalised, spaced },
              sql::byteOrder(db, QStringLiteral("p.house_number")) + QStringLiteral(", ")
                  + sql::byteOrder(db, QStringLiteral("p.name")),
              500, {}, error);
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
    // The inner LIMIT -1 keeps SQLite from flattening the subquery, so each name is folded once
    // instead of once per condition; the outer query then ranks and cuts before run() counts
    // open requests for the few rows shown. Names in byte order on both backends.
    const QSqlDatabase db = m_store.database();
    QStringList conditions;
    QVariantList values;
    for (const QString &word : words) {
        conditions << QStringLiteral("f.folded LIKE ? ESCAPE '\\'");
        values << QString(u'%' + likeEscaped(word) + u'%');
    }
    const QString first = likeEscaped(words.first());
    values << QString(first + u'%') << QString(u"% " + first + u'%');
    const QString ranked
        = QStringLiteral("SELECT f.id, f.name, CASE WHEN f.folded LIKE ? ESCAPE '\\' THEN 0 "
                         "WHEN f.folded LIKE ? ESCAPE '\\' THEN 1 ELSE 2 END AS rank "
                         "FROM (SELECT id, name, pd_fold(name) AS folded FROM persons "
                         "WHERE anonymised_at IS NULL")
        + sql::noLimit(db) + QStringLiteral(") AS f WHERE ")
        + conditions.join(QStringLiteral(" AND ")) + QStringLiteral(" ORDER BY rank, ")
        + sql::byteOrder(db, QStringLiteral("f.name")) + QStringLiteral(", f.id LIMIT ")
        + QString::number(std::min(limit, nameLimit));
    // Bound in the order the placeholders appear: the rank's two, then the conditions.
    QVariantList ordered { values.at(values.size() - 2), values.last() };
    for (qsizetype i = 0; i < values.size() - 2; ++i)
        ordered << values.at(i);
    return run(QStringLiteral("p.id IN (SELECT id FROM (") + ranked
                   + QStringLiteral(") AS ranked)"),
               ordered,
               QStringLiteral("CASE WHEN pd_fold(p.name) LIKE ? ESCAPE '\\' THEN 0 "
                              "WHEN pd_fold(p.name) LIKE ? ESCAPE '\\' THEN 1 ELSE 2 END, ")
                   + sql::byteOrder(db, QStringLiteral("p.name")) + QStringLiteral(", p.id"),
               nameLimit, { values.at(values.size() - 2), values.last() }, error);
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
