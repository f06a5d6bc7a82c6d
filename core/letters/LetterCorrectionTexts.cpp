#include "letters/LetterCorrectionTexts.h"

#include "cases/PersonCorrections.h"
#include "domain/InputLimits.h"
#include "letters/LetterWords.h"

#include <QRegularExpression>

#include <algorithm>
#include <functional>

namespace pd::lettercorrection {

using letterwords::dutchList;
using letterwords::escaped;

namespace {

QString postcodeKey(const QString &postcode)
{
    return postcode.simplified().remove(u' ').toUpper();
}

// Every match of pattern in text, each once.
QStringList matches(const QRegularExpression &pattern, const QString &text)
{
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();) {
        const QString m = it.next().captured();
        if (!found.contains(m))
            found << m;
    }
    return found;
}

// What the granted parts of the request's rectification say was done.
QString grantedText(const Case &c)
{
    QString text;
    for (const TypeDecision &d : CaseWorkflow::decisionsOf(c)) {
        if (d.type == RequestType::Rectificatie && d.outcome != Outcome::Afgewezen)
            text += d.granted + u'\n';
    }
    return text;
}

// The clauses of a text: its lines, cut at ';' and at the end of a sentence, but not at the dot
// of an initial ("J. Jansen") or of a title ("dhr. Jansen").
QStringList clauses(const QString &text)
{
    static const QStringList titles { QStringLiteral("dhr"), QStringLiteral("mevr"),
                                      QStringLiteral("mw"),  QStringLiteral("mr"),
                                      QStringLiteral("dr"),  QStringLiteral("ir"),
                                      QStringLiteral("ing"), QStringLiteral("drs") };
    QStringList found;
    QString clause;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        bool end = c == u'\n' || c == u';';
        if ((c == u'.' || c == u'!' || c == u'?')
            && (i + 1 == text.size() || text.at(i + 1).isSpace())) {
            qsizetype start = i;
            while (start > 0 && text.at(start - 1).isLetter())
                --start;
            const QString word = text.mid(start, i - start);
            end = c != u'.' || (word.size() > 1 && !titles.contains(word.toLower()));
        }
        if (end) {
            found << clause;
            clause.clear();
        } else {
            clause += c;
        }
    }
    found << clause;
    return found;
}

// The name at the start of text, as a decision writes one: initials, capitalised words (with
// hyphens and apostrophes) and the lower-case prefixes of Dutch surnames ("van der"); it ends at
// the first other word, or after a word that ends in punctuation. Empty when it holds no
// capitalised word of two letters or more (an initial alone is no name to compare).
QString leadingName(const QString &text)
{
    static const QRegularExpression initial(QStringLiteral("^(\\p{Lu}\\.)+$"));
    static const QRegularExpression word(
        QStringLiteral("^(\\p{Lu}[\\p{L}'’\\-]*\\p{L})([.,:!?)\"”’']*)$"));
    static const QStringList prefixes {
        QStringLiteral("van"), QStringLiteral("de"), QStringLiteral("der"), QStringLiteral("den"),
        QStringLiteral("het"), QStringLiteral("'t"), QStringLiteral("ter"), QStringLiteral("ten"),
        QStringLiteral("te"),  QStringLiteral("in"), QStringLiteral("op"),  QStringLiteral("la"),
        QStringLiteral("le"),  QStringLiteral("du"), QStringLiteral("da"),  QStringLiteral("von"),
        QStringLiteral("el"),  QStringLiteral("al")
    };
    QStringList name;
    qsizetype words = 0;
    qsizetype kept = 0; // name's tokens up to the last capitalised word
    QString rest = text.trimmed();
    while (!rest.isEmpty() && QStringLiteral("\"“„'‘:").contains(rest.front()))
        rest = rest.mid(1).trimmed();
    for (const QString &token : rest.split(u' ', Qt::SkipEmptyParts)) {
        if (initial.match(token).hasMatch()) {
            name << token;
            continue;
        }
        if (prefixes.contains(token)) {
            name << token;
            continue;
        }
        const QRegularExpressionMatch m = word.match(token);
        if (!m.hasMatch())
            break;
        name << m.captured(1);
        ++words;
        kept = name.size();
        if (!m.captured(2).isEmpty())
            break;
    }
    return words > 0 ? name.mid(0, kept).join(u' ') : QString();
}

// Whether the record's name holds name, word for word, case aside (and the initials aside, which
// a decision may write where the record has the first name, or the other way round).
bool nameHolds(const QString &held, const QString &name)
{
    static const QRegularExpression initial(QStringLiteral("(?<![\\p{L}'’\\-])(\\p{Lu}\\.)+"));
    QString words = name;
    words.remove(initial);
    words = words.simplified();
    if (words.isEmpty())
        return true;
    const QString record = held.simplified();
    const QRegularExpression whole(QStringLiteral("(?<![\\p{L}'’\\-])%1(?![\\p{L}'’\\-])")
                                       .arg(QRegularExpression::escape(words)),
                                   QRegularExpression::CaseInsensitiveOption);
    return whole.match(record).hasMatch();
}

// The new names what the rectification granted writes for the person's name or a part of it: in
// a clause that names it ("naam", "achternaam", ...), the name after an arrow ("Naam: J. Jansen →
// J. Janssen"), after "gewijzigd in", "gecorrigeerd naar", "nu", "voortaan", "luidt" ("Uw
// achternaam is gecorrigeerd in Janssen"), after "in" or "naar" and a quote ("van 'Jansen' in
// 'Janssen'"), or after "nieuwe naam:" and the like. A name only mentioned ("Uw naam was
// verkeerd gespeld") gives none: there is nothing to compare it with.
QStringList newNames(const QString &text)
{
    static const QRegularExpression nameWord(
        QStringLiteral(
            "(?<!\\p{L})(?:voor|achter|geslachts|geboorte|meisjes|familie)?naam(?!\\p{L})"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression marker(
        QStringLiteral(
            "(→|->|=>)|(?<!\\p{L})(?:(?:gewijzigd|gecorrigeerd|veranderd|aangepast|"
            "verbeterd)\\s+(?:in|naar)|(?:in|naar)(?=\\s*[\"“„'‘])|nu|voortaan|luidt|(?:nieuwe|"
            "juiste|correcte|gecorrigeerde)\\s+(?:voor|achter|geslachts)?naam(?:\\s+(?:is|luidt))?"
            "\\s*:?)(?!\\p{L})(?:\\s+als(?!\\p{L}))?"),
        QRegularExpression::CaseInsensitiveOption);
    QStringList names;
    for (const QString &clause : clauses(text)) {
        const QRegularExpressionMatch named = nameWord.match(clause);
        if (!named.hasMatch())
            continue;
        // From the start: "Nieuwe achternaam:" holds the name's word.
        for (auto it = marker.globalMatch(clause); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            if (m.capturedEnd() < named.capturedEnd())
                continue;
            // An arrow after a number is another field's: "Naam en adres: Kerkpad 1 → ...".
            const QString before
                = clause.mid(named.capturedEnd(),
                             std::max<qsizetype>(0, m.capturedStart() - named.capturedEnd()));
            if (m.capturedLength(1) > 0
                && std::any_of(before.cbegin(), before.cend(), [](QChar c) { return c.isDigit(); }))
                continue;
            const QString name = leadingName(clause.mid(m.capturedEnd()));
            if (!name.isEmpty() && !names.contains(name))
                names << name;
        }
    }
    return names;
}

// The relation or the end date what the rectification granted writes after an arrow, in a clause
// that names it ("Relatie: woningzoekende → huurder", "Einddatum relatie: 31-12-2025 →
// 31-01-2026"); nullopt when there is none. Only the arrow is a sure sign: a date in a decision
// is as often the start of the tenancy or of a payment arrangement.
std::optional<QString> newRelationValue(const QString &text, const QRegularExpression &field,
                                        const QRegularExpression &value)
{
    static const QRegularExpression arrow(QStringLiteral("→|->|=>"));
    for (const QString &clause : clauses(text)) {
        const QRegularExpressionMatch named = field.match(clause);
        if (!named.hasMatch())
            continue;
        const QRegularExpressionMatch after = arrow.match(clause, named.capturedEnd());
        if (!after.hasMatch())
            continue;
        const QRegularExpressionMatch m = value.match(clause.mid(after.capturedEnd()).trimmed());
        if (m.hasMatch())
            return m.captured(1);
    }
    return std::nullopt;
}

// A date as a decision writes it: 31-01-2026, 31/1/2026, 2026-01-31, 31 januari 2026.
QDate dateOf(const QString &text)
{
    static const QStringList months { QStringLiteral("januari"),   QStringLiteral("februari"),
                                      QStringLiteral("maart"),     QStringLiteral("april"),
                                      QStringLiteral("mei"),       QStringLiteral("juni"),
                                      QStringLiteral("juli"),      QStringLiteral("augustus"),
                                      QStringLiteral("september"), QStringLiteral("oktober"),
                                      QStringLiteral("november"),  QStringLiteral("december") };
    const QStringList parts = text.simplified().split(QRegularExpression(QStringLiteral("[-/ ]")));
    if (parts.size() != 3)
        return {};
    if (parts.at(0).size() == 4)
        return QDate(parts.at(0).toInt(), parts.at(1).toInt(), parts.at(2).toInt());
    const qsizetype month = months.indexOf(parts.at(1).toLower());
    return QDate(parts.at(2).toInt(), month >= 0 ? int(month) + 1 : parts.at(1).toInt(),
                 parts.at(0).toInt());
}

// The fields of the name and the relation the text gives a new value for that the record does
// not hold (codes naam, relatie, einddatum).
QStringList uncorrectedNameAndRelation(const QString &text, const Person &p)
{
    static const QRegularExpression relationWord(
        QStringLiteral("^(?!.*(?:einddatum|einde\\s+van)).*?(?<!\\p{L})relatie(?!\\p{L})"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression relationValue(QStringLiteral("^([\\p{L}\\-]+)"));
    static const QRegularExpression endWord(
        QStringLiteral("(?<!\\p{L})(?:einddatum|einde\\s+van\\s+de\\s+(?:relatie|huur))"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression endValue(
        QStringLiteral(
            "^(\\d{1,2}[-/]\\d{1,2}[-/]\\d{4}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}\\s+\\p{L}+\\s+\\d{4}"
            "|geen)(?![\\d])"),
        QRegularExpression::CaseInsensitiveOption);
    QStringList fields;
    const QStringList names = newNames(text);
    if (std::any_of(names.cbegin(), names.cend(),
                    [&](const QString &name) { return !nameHolds(p.name, name); }))
        fields << QStringLiteral("naam");
    if (const auto relation = newRelationValue(text, relationWord, relationValue)) {
        const auto named = codes::from<Relation>(relation->toLower());
        if (named && *named != p.relation)
            fields << QStringLiteral("relatie");
    }
    if (const auto end = newRelationValue(text, endWord, endValue)) {
        const QDate date = end->compare(QStringLiteral("geen"), Qt::CaseInsensitive) == 0
            ? QDate()
            : dateOf(*end);
        const bool none = end->compare(QStringLiteral("geen"), Qt::CaseInsensitive) == 0;
        if ((none || date.isValid()) && date != p.relationEnd)
            fields << QStringLiteral("einddatum");
    }
    return fields;
}

} // namespace

QStringList uncorrectedFields(const LetterContext &context)
{
    static const QRegularExpression phone(QStringLiteral(
        "(?<![\\w+])(?:(?:\\+|00)\\d{2}[ \\-]?(?:\\(0\\)[ \\-]?)?\\d(?:[ \\-]?\\d){7,"
        "10}|0(?:[ \\-]?\\d){9})(?!\\w)"));
    static const QRegularExpression email(QStringLiteral(
        "[A-Za-z0-9._%+\\-]+@[A-Za-z0-9\\-]+(?:\\.[A-Za-z0-9\\-]+)*\\.[A-Za-z]{2,}"));
    static const QRegularExpression postcode(
        QStringLiteral("(?<![\\p{L}\\p{N}])[1-9]\\d{3} ?[A-Z]{2}(?![\\p{L}\\p{N}])"));
    const Case &c = context.request;
    const QString text = grantedText(c);
    const Person &p = c.person;
    const OrganisationDetails &o = context.organisation;
    QStringList fields;
    const auto check = [&](const QString &code, const QString &held, const QStringList &named,
                           const std::function<QString(const QString &)> &key,
                           const QStringList &organisations) {
        if (held.trimmed().isEmpty() || context.correctedInPrivacydesk.contains(code))
            return;
        for (const QString &value : named) {
            const bool ours = std::any_of(
                organisations.cbegin(), organisations.cend(),
                [&](const QString &own) { return !own.isEmpty() && key(own) == key(value); });
            if (!ours && key(value) != key(held)) {
                fields << code;
                return;
            }
        }
    };
    check(QStringLiteral("telefoonnummer"), p.phone, matches(phone, text), InputLimits::phoneDigits,
          { o.phone, o.officerPhone });
    check(QStringLiteral("emailadres"), p.email, matches(email, text),
          [](const QString &v) { return v.trimmed().toLower(); },
          { o.privacyEmail, o.officerEmail });
    check(QStringLiteral("adres"), p.postcode, matches(postcode, text), postcodeKey,
          { o.postcode });
    for (const QString &code : uncorrectedNameAndRelation(text, p)) {
        if (!context.correctedInPrivacydesk.contains(code))
            fields << code;
    }
    return fields;
}

QString uncorrectedRefusal(const LetterContext &context, LetterKind kind)
{
    if (kind != LetterKind::BevestigingRectificatie && kind != LetterKind::Besluit)
        return {};
    const QStringList fields = uncorrectedFields(context);
    if (fields.isEmpty())
        return {};
    QStringList labels;
    for (const QString &code : fields) {
        const auto field = codes::from<PersonField>(code);
        labels << (field ? codes::label(*field) : code);
    }
    //: Dutch: "De beslissing over de rectificatie noemt een nieuw(e) %1, maar in Privacydesk
    //: staat bij de betrokkene nog het oude. Corrigeer het eerst in het overzicht van het
    //: verzoek of met privacydesk-cli person correct; dan bevestigt de brief wat ook echt is
    //: gecorrigeerd."
    return Texts::tr("The decision on the rectification names a new %1, but the data subject's "
                     "record in Privacydesk still holds the old one. Correct it first on the "
                     "request's overview or with privacydesk-cli person correct; then the letter "
                     "confirms what was really corrected.")
        .arg(labels.join(QStringLiteral(", ")));
}

QString correctedInPrivacydeskHtml(const LetterContext &context)
{
    const QStringList fields = letterwords::dutchOwnRecordFields(context.correctedInPrivacydesk);
    if (fields.isEmpty())
        return {};
    return QStringLiteral("<p>Ook in ons eigen systeem voor privacyverzoeken hebben wij %1 "
                          "gecorrigeerd: %2.</p>")
        .arg(escaped(letterwords::Whose::of(context.request).data), dutchList(fields));
}

} // namespace pd::lettercorrection
