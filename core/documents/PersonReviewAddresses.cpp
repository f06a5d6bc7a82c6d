// Rule 5 of the review: Dutch street addresses in a free text. Kept apart from
// PersonReview.cpp, which holds rules 1 to 4 and decides whether an address stands next to
// someone else.

#include "documents/PersonReviewAddresses.h"

#include <QRegularExpression>
#include <QStringList>

#include <algorithm>

namespace pd::review {

namespace {

// 5. Street addresses. A street: up to three words before a capitalised last word,
// then the house number with its addition ("14", "14a", "14-A", "14 A", "3-2", "117 bis"),
// then optionally the postcode and the place; or a postcode with its place alone.
const QRegularExpression &addressPattern()
{
    static const QRegularExpression pattern(QStringLiteral(
        "(?<![\\p{L}\\p{N}])(?:"
        "(?<street>(?:(?:\\p{Lu}[\\p{L}\\p{M}'\\-.]*|van|de|der|den|het|'t|ter|ten|op|in|aan)"
        "\\s+){0,3}\\p{Lu}[\\p{L}\\p{M}'\\-]+)\\s+"
        "(?<number>[1-9]\\d{0,4}(?:[A-Za-z](?![\\p{L}])|-[A-Za-z]{1,2}(?![\\p{L}])|-\\d{1,4}"
        "| [A-Z](?![\\p{L}])| bis(?![\\p{L}])| hs(?![\\p{L}]))?)(?![\\p{L}\\p{N}])"
        "(?:,?\\s+(?<postcode>[1-9]\\d{3} ?[A-Z]{2})(?![\\p{L}\\p{N}])"
        "(?:,?[ \\t]+(?<city>(?:'s-)?\\p{Lu}[\\p{L}\\p{M}'\\-]+))?)?"
        "|(?<postcodeOnly>[1-9]\\d{3} ?[A-Z]{2})(?![\\p{L}\\p{N}])"
        "(?:,?[ \\t]+(?<cityOnly>(?:'s-)?\\p{Lu}[\\p{L}\\p{M}'\\-]+))?)"));
    return pattern;
}

// Whether a word is the kind of word streets are named with ("Kerkstraat", "Laan", "Dorpsweg").
bool streetWord(const QString &word)
{
    static const QStringList endings {
        QStringLiteral("straat"),    QStringLiteral("weg"),    QStringLiteral("laan"),
        QStringLiteral("plein"),     QStringLiteral("singel"), QStringLiteral("gracht"),
        QStringLiteral("kade"),      QStringLiteral("dijk"),   QStringLiteral("dreef"),
        QStringLiteral("hof"),       QStringLiteral("pad"),    QStringLiteral("steeg"),
        QStringLiteral("park"),      QStringLiteral("markt"),  QStringLiteral("erf"),
        QStringLiteral("veld"),      QStringLiteral("baan"),   QStringLiteral("ring"),
        QStringLiteral("wal"),       QStringLiteral("dam"),    QStringLiteral("akker"),
        QStringLiteral("kamp"),      QStringLiteral("brink"),  QStringLiteral("hoven"),
        QStringLiteral("haven"),     QStringLiteral("stede"),  QStringLiteral("oord"),
        QStringLiteral("zijde"),     QStringLiteral("hoek"),   QStringLiteral("tuin"),
        QStringLiteral("weide"),     QStringLiteral("burg"),   QStringLiteral("plantsoen"),
        QStringLiteral("boulevard"), QStringLiteral("allee"),  QStringLiteral("wijk"),
    };
    const QString lower = word.toLower();
    return std::any_of(endings.cbegin(), endings.cend(),
                       [&lower](const QString &end) { return lower.endsWith(end); });
}

// The street of a match without the words before it that are the writer's own ("Gisteren",
// "op"); an empty span when no street word is left. *named: a word of it is a street word.
TextSpan streetOf(const QRegularExpressionMatch &m,
                  const std::function<bool(QStringView word)> &writersWord, bool *named)
{
    static const QRegularExpression word(QStringLiteral("\\S+"));
    const QString street = m.captured(u"street");
    QList<TextSpan> words;
    for (auto it = word.globalMatch(street); it.hasNext();) {
        const QRegularExpressionMatch w = it.next();
        words.append({ w.capturedStart(), w.capturedEnd() });
    }
    const auto wordAt = [&](int i) {
        return street.mid(words.at(i).start, words.at(i).end - words.at(i).start);
    };
    int first = 0;
    while (first + 1 < words.size() && writersWord(wordAt(first)) && !streetWord(wordAt(first)))
        ++first;
    *named = false;
    for (int i = first; i < words.size(); ++i)
        *named = *named || streetWord(wordAt(i));
    const qsizetype offset = m.capturedStart(u"street");
    return words.isEmpty() ? TextSpan {}
                           : TextSpan { offset + words.at(first).start, m.capturedEnd() };
}

// The person's own address, to leave alone: the street with the house number in lower case,
// and the postcode without its space. A neighbour shares the postcode: only the street and
// number tell whose a full address is; a postcode alone is the person's when it is theirs.
struct OwnAddress
{
    QString postcode;
    QString streetLine;

    explicit OwnAddress(const Person &person)
        : postcode(normalised(person.postcode))
        , streetLine(QString(person.street + u' ' + person.houseNumber).simplified().toLower())
    { }

    static QString normalised(const QString &postcode)
    {
        return postcode.simplified().remove(u' ').toUpper();
    }

    bool owns(const QString &postcodeFound, const QString &streetFound) const
    {
        const QString code = normalised(postcodeFound);
        if (streetFound.isEmpty())
            return !code.isEmpty() && code == postcode;
        return !streetLine.isEmpty() && streetFound.simplified().toLower() == streetLine
            && (code.isEmpty() || code == postcode);
    }
};

} // namespace

bool isStreetWord(const QString &word)
{
    return streetWord(word);
}

QList<TextSpan> addressesIn(const QString &text, const Person &person,
                            const std::function<bool(QStringView word)> &writersWord)
{
    const OwnAddress own(person);
    QList<TextSpan> addresses;
    for (auto it = addressPattern().globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        if (m.hasCaptured(u"postcodeOnly")) {
            if (!own.owns(m.captured(u"postcodeOnly"), {}))
                addresses.append({ m.capturedStart(), m.capturedEnd() });
            continue;
        }
        bool named = false;
        const TextSpan street = streetOf(m, writersWord, &named);
        const QString postcode = m.captured(u"postcode");
        const QString streetLine = text.mid(street.start, m.capturedEnd(u"number") - street.start);
        if (street.end > street.start && (named || !postcode.isEmpty())
            && !own.owns(postcode, streetLine))
            addresses << street;
    }
    return addresses;
}

} // namespace pd::review
