#include "documents/PersonReview.h"

#include "documents/PersonReviewAddresses.h"
#include "documents/PersonReviewWords.h"
#include "domain/InputLimits.h"
#include "persons/PersonRepository.h"
#include "registers/Recipients.h"
#include "sql/BatchedIn.h"
#include "store/Store.h"

#include <QCryptographicHash>
#include <QHash>
#include <QRegularExpression>

#include <algorithm>

namespace pd {

namespace {

using namespace reviewwords;

struct Token
{
    qsizetype start = 0;
    qsizetype end = 0; // one past the last character
};

struct Span
{
    qsizetype start = 0;
    qsizetype end = 0;
    bool overlaps(const Span &other) const { return start < other.end && other.start < end; }
};

// One free text of the report while it is being scanned.
struct Field
{
    QString reference;
    QString label;
    QString text;
    QList<Token> tokens;
    QList<QPair<int, int>> runs; // [first, last] token index of words next to each other
    QList<Span> taken;
};

// How many words a candidate name may have ("Maria van den Berg-Jansen" has 4).
constexpr int maxNameWords = 6;
constexpr qsizetype contextChars = 40;

enum class WordClass { Other, Capitalised, Initial, Title, Relation, Particle };

QList<Token> tokenize(const QString &text)
{
    static const QRegularExpression word(
        QStringLiteral("\\p{L}[\\p{L}\\p{M}'\\x{2019}]*(?:-\\p{L}[\\p{L}\\p{M}'\\x{2019}]*)*"));
    QList<Token> tokens;
    auto it = word.globalMatch(text);
    while (it.hasNext()) {
        const auto match = it.next();
        Token token { match.capturedStart(), match.capturedEnd() };
        // An initial ("J.") or an abbreviated title ("dhr.") keeps its full stop.
        if (token.end < text.size() && text.at(token.end) == u'.') {
            const QString w = match.captured().toLower();
            const bool initial = match.capturedLength() == 1 && match.captured().front().isUpper();
            if (initial || titles().contains(w + u'.') || w == QLatin1StringView("v"))
                ++token.end;
        }
        tokens << token;
    }
    return tokens;
}

// Only blanks between two words (initials may touch: "J.P.").
bool adjacent(const QString &text, const Token &a, const Token &b)
{
    for (qsizetype i = a.end; i < b.start; ++i) {
        const QChar c = text.at(i);
        if (c != u' ' && c != u'\t' && c != QChar(0x00A0))
            return false;
    }
    return true;
}

WordClass classify(QStringView word)
{
    const QString lower = word.toString().toLower();
    if (particles().contains(lower))
        return WordClass::Particle;
    if (titles().contains(lower))
        return WordClass::Title;
    if (relationWords().contains(lower))
        return WordClass::Relation;
    if (word.size() == 2 && word.at(0).isUpper() && word.at(1) == u'.')
        return WordClass::Initial;
    if (word.size() >= 2 && word.at(0).isUpper() && word.at(1).isLower()
        && !notNames().contains(lower))
        return WordClass::Capitalised;
    return WordClass::Other;
}

QString contextOf(const QString &text, qsizetype start, qsizetype length)
{
    const qsizetype from = std::max<qsizetype>(0, start - contextChars);
    const qsizetype to = std::min(text.size(), start + length + contextChars);
    QString context = text.mid(from, to - from);
    context.replace(u'\n', u' ').replace(u'\r', u' ').replace(u'\t', u' ');
    if (from > 0)
        context.prepend(QChar(0x2026));
    if (to < text.size())
        context.append(QChar(0x2026));
    return context;
}

QString findingId(const QString &field, qsizetype start, const QString &fragment)
{
    const QByteArray input
        = field.toUtf8() + '\n' + QByteArray::number(start) + '\n' + fragment.toUtf8();
    return u'F'
        + QString::fromLatin1(
               QCryptographicHash::hash(input, QCryptographicHash::Sha256).toHex().left(8));
}

} // namespace

QString ReviewFinding::code(Kind kind)
{
    switch (kind) {
    case Kind::KnownPerson:
        return QStringLiteral("person");
    case Kind::Email:
        return QStringLiteral("email");
    case Kind::Phone:
        return QStringLiteral("phone");
    case Kind::Name:
        return QStringLiteral("name");
    case Kind::Address:
        return QStringLiteral("address");
    }
    return {};
}

QString ReviewFinding::label(Kind kind)
{
    switch (kind) {
    case Kind::KnownPerson:
        return PersonReview::tr("Other data subject");
    case Kind::Email:
        return PersonReview::tr("E-mail address");
    case Kind::Phone:
        return PersonReview::tr("Phone number");
    case Kind::Name:
        return PersonReview::tr("Possible name");
    case Kind::Address:
        //: Dutch: "Adres"
        return PersonReview::tr("Street address");
    }
    return {};
}

PersonReview::PersonReview(const Session &session)
    : m_session(session)
{ }

namespace {

// The findings of one review as they are found: a span that overlaps one already taken in its
// field is no second finding.
struct Findings
{
    QList<ReviewFinding> list;

    void add(Field &field, ReviewFinding::Kind kind, Span span)
    {
        for (const Span &taken : std::as_const(field.taken)) {
            if (taken.overlaps(span))
                return;
        }
        field.taken << span;
        ReviewFinding f;
        f.kind = kind;
        f.field = field.reference;
        f.fieldLabel = field.label;
        f.start = span.start;
        f.length = span.end - span.start;
        f.text = field.text.mid(f.start, f.length);
        f.context = contextOf(field.text, f.start, f.length);
        f.id = findingId(f.field, f.start, f.text);
        list << f;
    }
};

// A street's own words taken for a name ("buurvrouw van Van Heekstraat 7-2": "Van Heekstraat")
// give way to the address they belong to (rule 5): a name finding inside span whose words are
// all a street's (street words and tussenvoegsels) goes; a person's name before a street stays.
void dropNamesWithin(Findings &found, Field &field, const Span &span)
{
    const auto streetOnly = [](const QString &text) {
        const QList<Token> words = tokenize(text);
        return std::all_of(words.cbegin(), words.cend(), [&text](const Token &t) {
            const QString word = text.mid(t.start, t.end - t.start);
            return review::isStreetWord(word) || classify(word) == WordClass::Particle;
        });
    };
    QList<Span> dropped;
    found.list.removeIf([&](const ReviewFinding &f) {
        const bool drop = f.kind == ReviewFinding::Kind::Name && f.field == field.reference
            && f.start >= span.start && f.start + f.length <= span.end && streetOnly(f.text);
        if (drop)
            dropped.append({ f.start, f.start + f.length });
        return drop;
    });
    field.taken.removeIf([&](const Span &taken) {
        return std::any_of(dropped.cbegin(), dropped.cend(), [&](const Span &d) {
            return d.start == taken.start && d.end == taken.end;
        });
    });
}

// The report's free texts that say something, in the report's order.
QList<Field> reportFields(const PersonReport &report)
{
    QList<Field> fields;
    report.forEachText(
        [&fields](const QString &reference, const QString &label, const QString &text) {
            if (!text.trimmed().isEmpty())
                fields.append({ reference, label, text, {}, {}, {} });
        });
    return fields;
}

// 1. E-mail addresses, 2. phone numbers, other than the person's own.
void findContacts(QList<Field> &fields, const PersonReport &report, Findings &found)
{
    QStringList ownPhones { report.person.phone };
    for (const ReportRequest &r : report.requests)
        ownPhones << r.request.callbackPhone;
    for (Field &field : fields) {
        for (const ContactSpan &span :
             PersonReview::contactsIn(field.text, { report.person.email }, ownPhones))
            found.add(field, span.kind, { span.start, span.start + span.length });
    }
}

// Splits every field into words and runs of adjacent words (Field::tokens, runs); the names
// that could be someone else's: every stretch of two to maxNameWords words of a run, other
// than the person's own names (lower case: the current one and the former ones).
QSet<QString> nameCandidates(QList<Field> &fields, const QSet<QString> &ownNames)
{
    QSet<QString> candidates;
    for (Field &field : fields) {
        field.tokens = tokenize(field.text);
        for (int i = 0; i < field.tokens.size(); ++i) {
            int last = i;
            while (last + 1 < field.tokens.size()
                   && adjacent(field.text, field.tokens.at(last), field.tokens.at(last + 1)))
                ++last;
            field.runs.append({ i, last });
            for (int a = i; a <= last; ++a) {
                for (int b = a + 1; b <= last && b - a < maxNameWords; ++b) {
                    const QString key = field.text
                                            .mid(field.tokens.at(a).start,
                                                 field.tokens.at(b).end - field.tokens.at(a).start)
                                            .simplified();
                    if (!ownNames.contains(key.toLower()))
                        candidates.insert(key);
                }
            }
            i = last;
        }
    }
    return candidates;
}

// The candidates that are the name of another person in the store: lower-case name → id.
std::optional<QHash<QString, qint64>> knownNames(const QSqlDatabase &db,
                                                 const QSet<QString> &candidates, qint64 personId,
                                                 ServiceError *error)
{
    // Every batch or none: a name not looked up could be someone else's, unseen.
    const std::optional<QList<std::pair<qint64, QString>>> persons = PersonRepository::sameNames(
        db, QStringList(candidates.cbegin(), candidates.cend()), personId, error);
    if (!persons)
        return std::nullopt;
    QHash<QString, qint64> known;
    for (const auto &[id, name] : *persons)
        known.insert(name.simplified().toLower(), id);
    return known;
}

// 3. The known names in the runs of words: the longest one starting at each word.
void findKnownPersons(QList<Field> &fields, const QHash<QString, qint64> &known, Findings &found)
{
    for (Field &field : fields) {
        for (const auto &[first, last] : std::as_const(field.runs)) {
            for (int a = first; a <= last; ++a) {
                // The longest known name starting here.
                for (int b = std::min(last, a + maxNameWords - 1); b > a; --b) {
                    const Span span { field.tokens.at(a).start, field.tokens.at(b).end };
                    const QString key
                        = field.text.mid(span.start, span.end - span.start).simplified().toLower();
                    if (known.contains(key)) {
                        found.add(field, ReviewFinding::Kind::KnownPerson, span);
                        a = b;
                        break;
                    }
                }
            }
        }
    }
}

// The capitalised words of the person's own names, in lower case.
QSet<QString> ownNameWords(const QStringList &names)
{
    QSet<QString> words;
    for (const QString &name : names) {
        for (const Token &t : tokenize(name)) {
            const QString w = name.mid(t.start, t.end - t.start);
            if (classify(w) == WordClass::Capitalised)
                words << w.toLower();
        }
    }
    return words;
}

// The person's own names: the current one and those before a correction (ieder1: a
// rectified surname is the person's own, before and after), simplified.
QStringList ownNamesOf(const PersonReport &report)
{
    QStringList names { report.person.name.simplified() };
    names += report.formerNames;
    names.removeAll(QString());
    return names;
}

QSet<QString> lowerCased(const QStringList &names)
{
    QSet<QString> lower;
    for (const QString &name : names)
        lower << name.simplified().toLower();
    return lower;
}

// 4. Name-like phrases: two or more name words with a capitalised one not of the person's own
// name, outside the names of organisations (no one's personal data).
// An organisation's name without its legal form at the end ("Installatiebedrijf Twente
// Techniek B.V." → "Installatiebedrijf Twente Techniek"): people write it without (seed 000);
// empty when it has none.
QString withoutLegalForm(const QString &name)
{
    static const QRegularExpression legalForm(
        QStringLiteral(
            "[\\s,]+(?:B\\.?\\s?V\\.?|N\\.?\\s?V\\.?|V\\.?O\\.?F\\.?|C\\.?V\\.?|U\\.?A\\.?)$"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = legalForm.match(name);
    if (!m.hasMatch())
        return {};
    const QString rest = name.left(m.capturedStart()).trimmed();
    return rest.contains(u' ') ? rest : QString(); // one word left names too little
}

void findNamePhrases(QList<Field> &fields, const QSet<QString> &ownWords, const QStringList &names,
                     Findings &found)
{
    QStringList organisations = names;
    for (const QString &name : names) {
        if (const QString shorter = withoutLegalForm(name); !shorter.isEmpty())
            organisations << shorter;
    }
    for (Field &field : fields) {
        QList<Span> blocked;
        for (const QString &name : std::as_const(organisations)) {
            for (qsizetype at = field.text.indexOf(name, 0, Qt::CaseInsensitive); at >= 0;
                 at = field.text.indexOf(name, at + name.size(), Qt::CaseInsensitive))
                blocked << Span { at, at + name.size() };
        }
        const auto classAt = [&field, &blocked](int i) {
            const Token &t = field.tokens.at(i);
            const Span span { t.start, t.end };
            for (const Span &b : std::as_const(blocked)) {
                if (b.overlaps(span))
                    return WordClass::Other;
            }
            return classify(QStringView(field.text).mid(t.start, t.end - t.start));
        };
        for (const auto &[first, last] : std::as_const(field.runs)) {
            int a = first;
            while (a <= last) {
                // A maximal stretch of words that may belong to a name.
                int b = a;
                while (b <= last && classAt(b) != WordClass::Other)
                    ++b;
                const int stretchEnd = b - 1;
                if (a > first) {
                    const Token &before = field.tokens.at(a - 1);
                    if (opensLegalTitle(
                            QStringView(field.text).mid(before.start, before.end - before.start))) {
                        a = stretchEnd + 2;
                        continue;
                    }
                }
                int from = a;
                int to = stretchEnd;
                while (to >= from && classAt(to) != WordClass::Capitalised)
                    --to;
                // A relation word or title starts the name: the words before it are the
                // writer's own ("Overlastmelding van buurman Jan Pietersen").
                for (int i = to - 1; i > from; --i) {
                    const WordClass c = classAt(i);
                    if (c == WordClass::Relation || c == WordClass::Title) {
                        from = i;
                        break;
                    }
                }
                int nameWords = 0;
                bool foreign = false;
                for (int i = from; i <= to; ++i) {
                    const WordClass c = classAt(i);
                    if (c == WordClass::Capitalised || c == WordClass::Initial
                        || c == WordClass::Title || c == WordClass::Relation)
                        ++nameWords;
                    if (c == WordClass::Capitalised) {
                        const Token &t = field.tokens.at(i);
                        if (!ownWords.contains(field.text.mid(t.start, t.end - t.start).toLower()))
                            foreign = true;
                    }
                }
                // Not redacted themselves: leading relation words and lower-case particles.
                while (from < to
                       && (classAt(from) == WordClass::Relation
                           || (classAt(from) == WordClass::Particle
                               && !field.text.at(field.tokens.at(from).start).isUpper())))
                    ++from;
                if (to >= from && nameWords >= 2 && foreign)
                    found.add(field, ReviewFinding::Kind::Name,
                              { field.tokens.at(from).start, field.tokens.at(to).end });
                a = stretchEnd + 2;
            }
        }
    }
}

// Whether someone else stands near span in field: a finding of rules 1 to 4, or a relation
// word ("buurman"), within nearChars characters.
bool nextToSomeoneElse(const Field &field, const Span &span)
{
    constexpr qsizetype nearChars = 80;
    const Span around { span.start - nearChars, span.end + nearChars };
    for (const Span &taken : field.taken) {
        if (taken.overlaps(around))
            return true;
    }
    return std::any_of(field.tokens.cbegin(), field.tokens.cend(), [&](const Token &t) {
        return Span { t.start, t.end }.overlaps(around)
            && classify(QStringView(field.text).mid(t.start, t.end - t.start))
            == WordClass::Relation;
    });
}

// An address's span without what an earlier finding took at its start ("Jan Pietersen
// Kerkstraat 14": the name is a finding of its own) and the blanks and commas after that.
Span afterTaken(const Field &field, Span span)
{
    for (const Span &taken : field.taken) {
        if (taken.start <= span.start && taken.end > span.start)
            span.start = taken.end;
    }
    while (span.start < span.end
           && (field.text.at(span.start).isSpace() || field.text.at(span.start) == u','))
        ++span.start;
    return span;
}

// 5. The addresses (PersonReviewAddresses) that stand next to someone else.
void findAddresses(QList<Field> &fields, const Person &person, Findings &found)
{
    // The words before a street that are the writer's own ("Gisteren", "buurman", "op").
    const auto writersWord = [](QStringView word) {
        const WordClass c = classify(word);
        return c != WordClass::Capitalised && !(c == WordClass::Particle && word.front().isUpper());
    };
    for (Field &field : fields) {
        for (const review::TextSpan &address :
             review::addressesIn(field.text, person, writersWord)) {
            dropNamesWithin(found, field, { address.start, address.end });
            const Span span = afterTaken(field, { address.start, address.end });
            if (span.end > span.start && nextToSomeoneElse(field, span))
                found.add(field, ReviewFinding::Kind::Address, span);
        }
    }
}

// In the order of the report, then by position.
void sortInReportOrder(const QList<Field> &fields, QList<ReviewFinding> *findings)
{
    QHash<QString, int> order;
    for (int i = 0; i < fields.size(); ++i)
        order.insert(fields.at(i).reference, i);
    std::stable_sort(findings->begin(), findings->end(),
                     [&order](const ReviewFinding &x, const ReviewFinding &y) {
                         const int ox = order.value(x.field);
                         const int oy = order.value(y.field);
                         return ox != oy ? ox < oy : x.start < y.start;
                     });
}

} // namespace

QString PersonReview::lookupSql(const QSqlDatabase &db, int names)
{
    return PersonRepository::sameNameLookupTemplate(db).arg(sql::placeholders(names));
}

QString PersonReview::marker()
{
    return tr("[redacted]");
}

bool PersonReview::namesWithheldRecipient(const QString &text, const QList<Disclosure> &disclosures)
{
    // The words of a recipient's name that name a kind of unit or place in it, not the recipient.
    static const QSet<QString> unitWords {
        QStringLiteral("team"),      QStringLiteral("eenheid"),  QStringLiteral("afdeling"),
        QStringLiteral("regio"),     QStringLiteral("district"), QStringLiteral("bureau"),
        QStringLiteral("basisteam"), QStringLiteral("dienst"),   QStringLiteral("sector"),
    };
    QStringList words;
    for (const Disclosure &d : disclosures) {
        if (d.informed != InformedStatus::Prohibited)
            continue;
        words << d.recipientName.simplified();
        for (const Token &token : tokenize(d.recipientName)) {
            const QString word = d.recipientName.mid(token.start, token.end - token.start);
            if (word.size() >= 4 && !unitWords.contains(word.toLower())
                && !particles().contains(word.toLower()))
                words << word;
        }
        if (d.recipientCategory == RecipientCategory::PolitieJustitie)
            words << QStringLiteral("politie") << QStringLiteral("justitie")
                  << QStringLiteral("recherche") << QStringLiteral("openbaar ministerie");
    }
    words.removeAll(QString());
    return std::any_of(words.cbegin(), words.cend(), [&text](const QString &word) {
        const QRegularExpression whole(QStringLiteral("(?<![\\p{L}\\p{N}])%1(?![\\p{L}\\p{N}])")
                                           .arg(QRegularExpression::escape(word)),
                                       QRegularExpression::CaseInsensitiveOption);
        return whole.match(text).hasMatch();
    });
}

std::optional<QList<ReviewFinding>> PersonReview::findings(const PersonReport &report,
                                                           ServiceError *failure) const
{
    ServiceError ignored;
    ServiceError *error = failure ? failure : &ignored;
    *error = {};
    QList<Field> fields = reportFields(report);
    Findings found;
    findContacts(fields, report, found);

    // 3. Names of other persons in the store: candidates from runs of adjacent words.
    const QStringList ownNames = ownNamesOf(report);
    const QSet<QString> ownLower = lowerCased(ownNames);
    std::optional<QHash<QString, qint64>> known = knownNames(
        m_session.store().database(), nameCandidates(fields, ownLower), report.person.id, error);
    if (!known)
        return std::nullopt;
    for (const QString &own : ownLower)
        known->remove(own); // a namesake: the person's own names are no finding
    findKnownPersons(fields, *known, found);

    // 4. Name-like phrases. Names of organisations are no one's personal data: their words are
    // not name words.
    const QSet<QString> ownWords = ownNameWords(ownNames);
    QStringList organisations { report.organisation.simplified() };
    const QList<Recipient> recipients = RecipientService(m_session).list(true, error);
    if (error->isError())
        return std::nullopt;
    for (const Recipient &r : recipients)
        organisations << r.name.simplified();
    organisations.removeAll(QString());
    findNamePhrases(fields, ownWords, organisations, found);
    findAddresses(fields, report.person, found);

    sortInReportOrder(fields, &found.list);
    return found.list;
}

QList<ContactSpan> PersonReview::namesIn(const QString &text, const QStringList &ownNames,
                                         const QStringList &notPersons)
{
    QList<Field> fields { { {}, {}, text, {}, {}, {} } };
    nameCandidates(fields, lowerCased(ownNames)); // tokens and runs
    QStringList organisations;
    for (const QString &name : notPersons) {
        if (!name.simplified().isEmpty())
            organisations << name.simplified();
    }
    Findings found;
    findNamePhrases(fields, ownNameWords(ownNames), organisations, found);
    QList<ContactSpan> spans;
    for (const ReviewFinding &f : std::as_const(found.list))
        spans.append({ ReviewFinding::Kind::Name, f.start, f.length });
    return spans;
}

QList<ContactSpan> PersonReview::addressesIn(const QString &text, const Person &person,
                                             const QList<ContactSpan> &others)
{
    QList<Field> fields { { {}, {}, text, {}, {}, {} } };
    nameCandidates(fields, {}); // tokens, for the relation words
    Findings found;
    for (const ContactSpan &other : others)
        found.add(fields.first(), other.kind, { other.start, other.start + other.length });
    findAddresses(fields, person, found);
    QList<ContactSpan> spans;
    for (const ReviewFinding &f : std::as_const(found.list)) {
        if (f.kind == ReviewFinding::Kind::Address)
            spans.append({ ReviewFinding::Kind::Address, f.start, f.length });
    }
    return spans;
}

QList<ContactSpan> PersonReview::contactsIn(const QString &text, const QStringList &ownEmails,
                                            const QStringList &ownPhones)
{
    static const QRegularExpression email(QStringLiteral(
        "[A-Za-z0-9._%+\\-]+@[A-Za-z0-9\\-]+(?:\\.[A-Za-z0-9\\-]+)*\\.[A-Za-z]{2,}"));
    static const QRegularExpression phone(QStringLiteral(
        "(?<![\\w+])(?:(?:\\+|00)\\d{2}[ \\-]?(?:\\(0\\)[ \\-]?)?\\d(?:[ \\-]?\\d){7,10}"
        "|\\(0\\d{1,3}\\)[ \\-]?\\d(?:[ \\-]?\\d){5,7}|0(?:[ \\-]?\\d){9})(?!\\w)"));
    QSet<QString> emails;
    for (const QString &own : ownEmails) {
        if (!own.trimmed().isEmpty())
            emails << own.trimmed().toLower();
    }
    QSet<QString> phones;
    for (const QString &own : ownPhones) {
        if (!own.trimmed().isEmpty())
            phones << InputLimits::phoneDigits(own);
    }
    QList<ContactSpan> spans;
    auto emailMatches = email.globalMatch(text);
    while (emailMatches.hasNext()) {
        const auto m = emailMatches.next();
        if (!emails.contains(m.captured().toLower()))
            spans.append({ ReviewFinding::Kind::Email, m.capturedStart(), m.capturedLength() });
    }
    auto phoneMatches = phone.globalMatch(text);
    while (phoneMatches.hasNext()) {
        const auto m = phoneMatches.next();
        if (!phones.contains(InputLimits::phoneDigits(m.captured())))
            spans.append({ ReviewFinding::Kind::Phone, m.capturedStart(), m.capturedLength() });
    }
    return spans;
}

PersonReport PersonReview::redact(const PersonReport &report, const QList<ReviewFinding> &findings,
                                  const QSet<QString> &redactIds)
{
    QHash<QString, QList<const ReviewFinding *>> byField;
    for (const ReviewFinding &f : findings) {
        if (redactIds.contains(f.id))
            byField[f.field] << &f;
    }
    PersonReport out = report;
    out.redactions = 0;
    if (byField.isEmpty())
        return out;
    const QString mark = marker();
    out.forEachText([&](const QString &reference, const QString &, QString &text) {
        const auto it = byField.constFind(reference);
        if (it == byField.cend())
            return;
        QList<Span> spans;
        QStringList moved; // fragments no longer where they were found
        for (const ReviewFinding *f : *it) {
            if (text.mid(f->start, f->length) == f->text)
                spans << Span { f->start, f->start + f->length };
            else
                moved << f->text;
        }
        std::sort(spans.begin(), spans.end(),
                  [](const Span &x, const Span &y) { return x.start < y.start; });
        QList<Span> merged;
        for (const Span &s : std::as_const(spans)) {
            if (!merged.isEmpty() && s.start < merged.last().end)
                merged.last().end = std::max(merged.last().end, s.end);
            else
                merged << s;
        }
        for (auto s = merged.crbegin(); s != merged.crend(); ++s) {
            text.replace(s->start, s->end - s->start, mark);
            ++out.redactions;
        }
        for (const QString &fragment : std::as_const(moved)) {
            const qsizetype count = text.count(fragment);
            text.replace(fragment, mark);
            out.redactions += static_cast<int>(count);
        }
    });
    return out;
}

QStringList PersonReview::unknownIds(const QList<ReviewFinding> &findings,
                                     const QStringList &wanted)
{
    QSet<QString> ids;
    for (const ReviewFinding &f : findings)
        ids << f.id;
    QStringList unknown;
    for (const QString &id : wanted) {
        if (!ids.contains(id.trimmed()))
            unknown << id.trimmed();
    }
    return unknown;
}

} // namespace pd
