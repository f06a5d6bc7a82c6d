#include "letters/LetterCorrectionTexts.h"

#include "cases/PersonCorrections.h"
#include "letters/LetterWords.h"

#include <QRegularExpression>

#include <algorithm>
#include <functional>

namespace pd::lettercorrection {

using letterwords::dutchList;
using letterwords::escaped;

namespace {

// A phone number as digits in national form: "+31 6-1234 5678" → "0612345678".
QString phoneDigits(const QString &text)
{
    QString digits;
    for (const QChar c : text) {
        if (c.isDigit())
            digits += c;
    }
    if (text.trimmed().startsWith(u'+') && digits.startsWith(QStringLiteral("31")))
        return u'0' + digits.mid(2);
    if (digits.startsWith(QStringLiteral("0031")))
        return u'0' + digits.mid(4);
    return digits;
}

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
    check(QStringLiteral("telefoonnummer"), p.phone, matches(phone, text), phoneDigits,
          { o.phone, o.officerPhone });
    check(QStringLiteral("emailadres"), p.email, matches(email, text),
          [](const QString &v) { return v.trimmed().toLower(); },
          { o.privacyEmail, o.officerEmail });
    check(QStringLiteral("adres"), p.postcode, matches(postcode, text), postcodeKey,
          { o.postcode });
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
        const auto field = PersonFieldCodes::field(code);
        labels << (field ? PersonFieldCodes::label(*field) : code);
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
