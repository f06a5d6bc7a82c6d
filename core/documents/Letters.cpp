#include "documents/Letters.h"

#include "documents/AccessScope.h"
#include "documents/PrintedDocument.h"
#include "session/Access.h"
#include "sql/Dialect.h"
#include "store/Store.h"
#include "store/Transaction.h"
#include "users/UserService.h"
#include "util/Clock.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QFont>
#include <QJsonArray>
#include <QLocale>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTextDocument>

namespace pd {

namespace {

const QString caseEntity = QStringLiteral("case");
const QString templateEntity = QStringLiteral("letter-template");

const QRegularExpression &placeholderPattern()
{
    static const QRegularExpression pattern(QStringLiteral("\\{\\{\\s*([A-Za-z0-9_.]+)\\s*\\}\\}"));
    return pattern;
}

// Comments are the template's own notes: never printed, never counted as placeholders. A scan
// in one pass, not a lazy regular expression: thousands of "<!--" without an end would make
// that quadratic. A comment that is not closed is kept as text.
QString withoutComments(const QString &html)
{
    const QLatin1StringView open("<!--");
    const QLatin1StringView close("-->");
    QString text;
    text.reserve(html.size());
    qsizetype pos = 0;
    for (;;) {
        const qsizetype start = html.indexOf(open, pos);
        const qsizetype end = start < 0 ? -1 : html.indexOf(close, start + open.size());
        if (end < 0)
            break;
        text += QStringView(html).mid(pos, start - pos);
        pos = end + close.size();
    }
    text += QStringView(html).mid(pos);
    return text;
}

QString sha256Hex(const QString &text)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

// Letters are Dutch whatever the interface language: they go to Dutch tenants.
QString dutchDate(QDate date)
{
    static const QLocale dutch(QLocale::Dutch, QLocale::Netherlands);
    return date.isValid() ? dutch.toString(date, QStringLiteral("d MMMM yyyy")) : QString();
}

QString escaped(const QString &text)
{
    return PrintedDocument::html(text.trimmed());
}

// "1234AB" as stored for persons → "1234 AB", as on an envelope.
QString postcodeText(const QString &postcode)
{
    static const QRegularExpression dutch(QStringLiteral("^(\\d{4})\\s*([A-Za-z]{2})$"));
    const auto match = dutch.match(postcode.trimmed());
    return match.hasMatch() ? match.captured(1) + u' ' + match.captured(2).toUpper()
                            : postcode.trimmed();
}

QString addressHtml(const QString &streetLine, const QString &postcode, const QString &city)
{
    QStringList lines;
    if (!streetLine.trimmed().isEmpty())
        lines << escaped(streetLine.simplified());
    const QString place = QString(postcodeText(postcode) + u' ' + city.trimmed()).trimmed();
    if (!place.isEmpty())
        lines << escaped(place);
    return lines.join(QStringLiteral("<br>"));
}

// What the request is about, to follow "Uw verzoek gaat over" (issue 18: a sentence, not a
// bare noun after a colon; "correctie" in letters to the tenant).
QString dutchType(RequestType type)
{
    switch (type) {
    case RequestType::Inzage:
        return QStringLiteral("inzage in uw gegevens");
    case RequestType::Rectificatie:
        return QStringLiteral("correctie van uw gegevens");
    case RequestType::Verwijdering:
        return QStringLiteral("verwijdering van uw gegevens");
    case RequestType::Beperking:
        return QStringLiteral("beperking van het gebruik van uw gegevens");
    case RequestType::Overdraagbaarheid:
        return QStringLiteral("overdracht van uw gegevens");
    case RequestType::Bezwaar:
        return QStringLiteral("bezwaar tegen het gebruik van uw gegevens");
    case RequestType::Intrekking:
        return QStringLiteral("het intrekken van uw toestemming");
    case RequestType::Klacht:
        return QStringLiteral("een klacht");
    case RequestType::Overig:
        return QStringLiteral("een andere vraag over uw gegevens");
    }
    return {};
}

// "inzage", "inzage en rectificatie", "inzage, rectificatie en verwijdering".
QString dutchList(const QStringList &items)
{
    if (items.size() <= 1)
        return items.value(0);
    return items.mid(0, items.size() - 1).join(QStringLiteral(", ")) + QStringLiteral(" en ")
        + items.constLast();
}

QString dutchChannel(Channel channel)
{
    switch (channel) {
    case Channel::Telefoon:
        return QStringLiteral("telefonisch");
    case Channel::Email:
        return QStringLiteral("per e-mail");
    case Channel::Brief:
        return QStringLiteral("per brief");
    case Channel::Balie:
        return QStringLiteral("aan de balie");
    case Channel::Webformulier:
        return QStringLiteral("via het webformulier");
    case Channel::Gemachtigde:
        return QStringLiteral("via uw gemachtigde");
    case Channel::Ap:
        return QStringLiteral("via de Autoriteit Persoonsgegevens");
    }
    return {};
}

QString dutchMethod(IdMethod method)
{
    switch (method) {
    case IdMethod::Balie:
        return QStringLiteral("identiteitsbewijs getoond aan de balie");
    case IdMethod::KopieId:
        return QStringLiteral("kopie van uw identiteitsbewijs (na controle vernietigd)");
    case IdMethod::Klantgegevens:
        return QStringLiteral("controle van uw klantgegevens en terugbellen");
    case IdMethod::Portaal:
        return QStringLiteral("ingelogd in het huurdersportaal");
    case IdMethod::Gemachtigde:
        return QStringLiteral("gemachtigde met machtiging");
    }
    return {};
}

// The decision in a sentence or two, as the tenant reads it (B1).
QString dutchOutcome(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Toegewezen:
        return QStringLiteral("Wij hebben uw verzoek toegewezen. Hieronder leest u wat wij "
                              "hebben gedaan.");
    case Outcome::DeelsToegewezen:
        return QStringLiteral("Wij hebben uw verzoek voor een deel toegewezen. Hieronder leest u "
                              "wat wij wel en niet hebben gedaan, en waarom.");
    case Outcome::Afgewezen:
        return QStringLiteral("Wij hebben uw verzoek afgewezen. Hieronder leest u waarom.");
    case Outcome::Ingetrokken:
        return QStringLiteral("U heeft uw verzoek ingetrokken. Wij hebben de behandeling daarom "
                              "gestopt.");
    case Outcome::NietInBehandeling:
        return QStringLiteral("Wij hebben uw verzoek niet in behandeling genomen. Hieronder leest "
                              "u waarom, en wat u nu kunt doen.");
    }
    return {};
}

// A request not dealt with because the identity was not established: the reason and the next
// step, as art. 12 lid 4 AVG requires of every answer that does not grant. emailHtml and
// addressHtml: where to send the copy of the identity document (escaped).
QString notDealtWithHtml(const QString &emailHtml, const QString &addressLineHtml)
{
    return QStringLiteral(
               "<p><b>Waarom</b><br>Wij moeten zeker weten dat een verzoek over "
               "persoonsgegevens echt van u komt. Wij hebben u gevraagd om te laten zien wie u "
               "bent, maar dat is niet gelukt. Daarom kunnen wij uw verzoek niet uitvoeren "
               "(artikel 12 lid 2 en lid 6 AVG).</p>"
               "<p><b>Wat kunt u nu doen?</b><br>U kunt uw verzoek opnieuw indienen. Laat ons "
               "dan ook zien wie u bent. Kom langs aan de balie met uw paspoort, identiteitskaart "
               "of rijbewijs. Of stuur ons een kopie van uw identiteitsbewijs, met uw BSN en "
               "pasfoto onleesbaar gemaakt. Dat kan per e-mail naar %1 of per post naar %2. "
               "Wij helpen u graag.</p>")
        .arg(emailHtml, addressLineHtml);
}

// A ground as the tenant reads it (B1): what it means in words first, the article after it.
QString dutchGround(RefusalGround ground)
{
    switch (ground) {
    case RefusalGround::Art12_5:
        return QStringLiteral(
            "U heeft in korte tijd vaak hetzelfde gevraagd, of er is duidelijk geen reden voor uw "
            "verzoek. Dan hoeven wij het niet uit te voeren (artikel 12 lid 5 AVG).");
    case RefusalGround::Art15_4:
        return QStringLiteral("Als wij u alles geven, schaden wij de privacy of andere rechten van "
                              "anderen (artikel 15 lid 4 AVG).");
    case RefusalGround::Art17_3a:
        return QStringLiteral("Wij hebben de gegevens nodig voor de vrijheid van meningsuiting en "
                              "informatie (artikel 17 lid 3 sub a AVG).");
    case RefusalGround::Art17_3b:
        return QStringLiteral(
            "Een wet verplicht ons om deze gegevens te bewaren (artikel 17 lid 3 sub b AVG).");
    case RefusalGround::Art17_3c:
        return QStringLiteral(
            "Wij hebben de gegevens nodig voor de volksgezondheid (artikel 17 lid 3 sub c AVG).");
    case RefusalGround::Art17_3d:
        return QStringLiteral("Wij hebben de gegevens nodig voor een archief in het algemeen "
                              "belang, voor wetenschappelijk of historisch onderzoek of voor "
                              "statistiek (artikel 17 lid 3 sub d AVG).");
    case RefusalGround::Art17_3e:
        return QStringLiteral(
            "Wij hebben de gegevens nodig om ons recht te halen of te verdedigen, bijvoorbeeld bij "
            "de rechter (artikel 17 lid 3 sub e AVG).");
    case RefusalGround::Art17_3:
        return QStringLiteral(
            "Een wet verplicht ons om deze gegevens te bewaren (artikel 17 lid 3 AVG).");
    case RefusalGround::Art18_2:
        return QStringLiteral("Ook als het gebruik beperkt is, mogen wij de gegevens bewaren. Wij "
                              "mogen ze dan ook gebruiken voor een rechtszaak of om de rechten van "
                              "een ander te beschermen (artikel 18 lid 2 AVG).");
    case RefusalGround::Art20_1:
        return QStringLiteral(
            "U kunt alleen gegevens laten overdragen die wij met de computer verwerken, met uw "
            "toestemming of voor een overeenkomst met u (artikel 20 lid 1 AVG).");
    case RefusalGround::Art21Dwingend:
        return QStringLiteral("Wij hebben dringende redenen om uw gegevens te blijven gebruiken. "
                              "Die wegen zwaarder dan uw belang (artikel 21 lid 1 AVG).");
    case RefusalGround::Art23:
        return QStringLiteral("Een wet beperkt hier uw rechten (artikel 23 AVG).");
    case RefusalGround::Art41_1a:
        return QStringLiteral("Dit is nodig voor de veiligheid van Nederland (artikel 41 lid 1 sub "
                              "a Uitvoeringswet AVG).");
    case RefusalGround::Art41_1b:
        return QStringLiteral("Dit is nodig voor de verdediging van Nederland (artikel 41 lid 1 "
                              "sub b Uitvoeringswet AVG).");
    case RefusalGround::Art41_1c:
        return QStringLiteral("Dit is nodig voor de openbare veiligheid (artikel 41 lid 1 sub c "
                              "Uitvoeringswet AVG).");
    case RefusalGround::Art41_1d:
        return QStringLiteral("Dit is nodig om strafbare feiten te voorkomen, te onderzoeken of te "
                              "vervolgen (artikel 41 lid 1 sub d Uitvoeringswet AVG).");
    case RefusalGround::Art41_1e:
        return QStringLiteral("Dit is nodig voor een ander belangrijk algemeen belang (artikel 41 "
                              "lid 1 sub e Uitvoeringswet AVG).");
    case RefusalGround::Art41_1f:
        return QStringLiteral("Dit is nodig om de onafhankelijkheid van de rechter en rechtszaken "
                              "te beschermen (artikel 41 lid 1 sub f Uitvoeringswet AVG).");
    case RefusalGround::Art41_1g:
        return QStringLiteral(
            "Dit is nodig om overtredingen van de beroepsregels van een beroepsgroep te voorkomen, "
            "te onderzoeken of te vervolgen (artikel 41 lid 1 sub g Uitvoeringswet AVG).");
    case RefusalGround::Art41_1h:
        return QStringLiteral("Dit is nodig voor toezicht, inspectie of regelgeving door de "
                              "overheid (artikel 41 lid 1 sub h Uitvoeringswet AVG).");
    case RefusalGround::Art41_1i:
        return QStringLiteral("Dit is nodig om u te beschermen, of de rechten en vrijheden van "
                              "anderen (artikel 41 lid 1 sub i Uitvoeringswet AVG).");
    case RefusalGround::Art41_1j:
        return QStringLiteral("Dit is nodig om een vordering te innen, bijvoorbeeld een huurschuld "
                              "(artikel 41 lid 1 sub j Uitvoeringswet AVG).");
    case RefusalGround::Art41Uavg:
        return QStringLiteral(
            "Een wettelijke uitzondering geldt hier (artikel 41 Uitvoeringswet AVG).");
    case RefusalGround::Overig:
        return QStringLiteral("Een andere wettelijke reden.");
    }
    return {};
}

// The kind of request as a heading of its part of the decision.
QString dutchTypeHeading(RequestType type)
{
    switch (type) {
    case RequestType::Inzage:
        return QStringLiteral("Inzage in uw persoonsgegevens (artikel 15 AVG)");
    case RequestType::Rectificatie:
        return QStringLiteral("Correctie of aanvulling van uw gegevens (artikel 16 AVG)");
    case RequestType::Verwijdering:
        return QStringLiteral("Verwijdering van uw gegevens (artikel 17 AVG)");
    case RequestType::Beperking:
        return QStringLiteral("Beperking van de verwerking (artikel 18 AVG)");
    case RequestType::Overdraagbaarheid:
        return QStringLiteral("Overdracht van uw gegevens (artikel 20 AVG)");
    case RequestType::Bezwaar:
        return QStringLiteral("Bezwaar tegen het gebruik van uw gegevens (artikel 21 AVG)");
    case RequestType::Intrekking:
        return QStringLiteral("Intrekking van uw toestemming (artikel 7 lid 3 AVG)");
    case RequestType::Klacht:
        return QStringLiteral("Uw klacht");
    case RequestType::Overig:
        return QStringLiteral("Uw verzoek");
    }
    return {};
}

// What a kind of request granted in full means, in one or two sentences. A granted inzage or
// portability says what is enclosed.
QString dutchGranted(RequestType type, bool directMarketing)
{
    switch (type) {
    case RequestType::Inzage:
        return QStringLiteral("Bij deze brief ontvangt u een overzicht van uw persoonsgegevens. "
                              "Daarin leest u ook waarvoor wij ze gebruiken, aan wie wij ze "
                              "geven, hoe lang wij ze bewaren en waar wij ze vandaan hebben "
                              "(artikel 15 AVG).");
    case RequestType::Rectificatie:
        return QStringLiteral("Wij hebben uw gegevens gecorrigeerd of aangevuld zoals u vroeg.");
    case RequestType::Verwijdering:
        return QStringLiteral("Wij hebben de gegevens waarop uw verzoek betrekking had, "
                              "verwijderd.");
    case RequestType::Beperking:
        return QStringLiteral("Wij hebben het gebruik van uw gegevens beperkt, zoals u vroeg. Wij "
                              "bewaren ze nog wel, maar wij gebruiken ze niet zolang de beperking "
                              "geldt.");
    case RequestType::Overdraagbaarheid:
        return QStringLiteral("Bij deze brief ontvangt u de gegevens die u ons zelf heeft gegeven, "
                              "als computerbestanden. Die kunt u aan een andere organisatie geven "
                              "(artikel 20 AVG).");
    case RequestType::Bezwaar:
        return directMarketing
            ? QStringLiteral("Wij gebruiken uw gegevens niet meer om u reclame of aanbiedingen "
                             "te sturen (artikel 21 lid 3 AVG).")
            : QStringLiteral("Wij gebruiken uw gegevens niet meer op de manier waartegen u "
                             "bezwaar maakte.");
    case RequestType::Intrekking:
        return QStringLiteral("Wij hebben vastgelegd dat u uw toestemming heeft ingetrokken. Wij "
                              "gebruiken uw gegevens daar niet meer voor.");
    case RequestType::Klacht:
    case RequestType::Overig:
        return QStringLiteral("Wij hebben gedaan wat u vroeg.");
    }
    return {};
}

// The label before what a partial grant did, and before what it does not do and why.
QString dutchDoneLabel(RequestType type)
{
    switch (type) {
    case RequestType::Verwijdering:
        return QStringLiteral("Wat wij hebben verwijderd");
    case RequestType::Rectificatie:
        return QStringLiteral("Wat wij hebben gecorrigeerd of aangevuld");
    case RequestType::Beperking:
        return QStringLiteral("Wat wij hebben beperkt");
    case RequestType::Inzage:
    case RequestType::Overdraagbaarheid:
        return QStringLiteral("Wat u van ons ontvangt");
    case RequestType::Bezwaar:
    case RequestType::Intrekking:
    case RequestType::Klacht:
    case RequestType::Overig:
        break;
    }
    return QStringLiteral("Wat wij hebben gedaan");
}

QString dutchNotDoneLabel(RequestType type)
{
    switch (type) {
    case RequestType::Verwijdering:
        return QStringLiteral("Wat wij bewaren en waarom");
    case RequestType::Inzage:
    case RequestType::Overdraagbaarheid:
        return QStringLiteral("Wat wij weglaten en waarom");
    default:
        break;
    }
    return QStringLiteral("Wat wij niet doen en waarom");
}

QString groundsListHtml(const QList<RefusalGround> &grounds)
{
    if (grounds.isEmpty())
        return {};
    QString html = QStringLiteral("<p>Wij baseren dit op:</p><ul>");
    for (RefusalGround ground : grounds)
        html += QStringLiteral("<li>%1</li>").arg(escaped(dutchGround(ground)));
    return html + QStringLiteral("</ul>");
}

// Free text as paragraphs: the officer's line breaks kept.
QString textHtml(const QString &text)
{
    return escaped(text).replace(u'\n', QStringLiteral("<br>"));
}

// One kind's part of a decision (issue 14): what was decided, what was done, what not and why,
// on which grounds. heading: the kind as a heading (a decision on several kinds).
QString decisionPartHtml(const TypeDecision &d, bool directMarketing, bool heading)
{
    QString html;
    const QString outcome = d.outcome == Outcome::Toegewezen ? QStringLiteral("toegewezen")
        : d.outcome == Outcome::DeelsToegewezen ? QStringLiteral("voor een deel toegewezen")
                                                : QStringLiteral("afgewezen");
    if (heading)
        html += QStringLiteral("<p><b>%1: %2</b></p>").arg(dutchTypeHeading(d.type), outcome);
    switch (d.outcome) {
    case Outcome::Toegewezen:
        html += QStringLiteral("<p>%1</p>").arg(dutchGranted(d.type, directMarketing));
        // The overview holds what Privacydesk records: never "alle persoonsgegevens" (issue 18).
        if (d.type == RequestType::Inzage)
            html += AccessScope::letterHtml(true, false);
        break;
    case Outcome::DeelsToegewezen:
        if (d.type == RequestType::Inzage)
            html += QStringLiteral("<p>Bij deze brief ontvangt u een overzicht van de "
                                   "persoonsgegevens die wij u kunnen geven, met de informatie "
                                   "die artikel 15 AVG noemt.</p>")
                + AccessScope::letterHtml(true, false);
        html += QStringLiteral("<p><b>%1</b><br>%2</p>")
                    .arg(dutchDoneLabel(d.type), textHtml(d.granted));
        html += QStringLiteral("<p><b>%1</b><br>%2</p>")
                    .arg(dutchNotDoneLabel(d.type), textHtml(d.motivation));
        html += groundsListHtml(d.grounds);
        break;
    case Outcome::Afgewezen:
        // The outcome sentence above says it for a request of one kind; a heading for each kind.
        html += QStringLiteral("<p><b>Waarom</b><br>%1</p>").arg(textHtml(d.motivation));
        html += groundsListHtml(d.grounds);
        break;
    case Outcome::Ingetrokken:
    case Outcome::NietInBehandeling:
        break;
    }
    return html;
}

// The decision per kind (placeholder {{besluit.onderdelen}}): a part per kind with its heading,
// or for a request of one kind its part alone. A combined request partly granted before schema
// 15 has no parts: its grounds and reasons as recorded for the whole.
QString decisionPartsHtml(const Case &c, const QString &wholeGrounds, const QString &wholeReasons)
{
    const QList<TypeDecision> parts = CaseWorkflow::decisionsOf(c);
    if (parts.isEmpty())
        return wholeGrounds + wholeReasons;
    QString html;
    for (const TypeDecision &d : parts)
        html += decisionPartHtml(d, c.directMarketing, parts.size() > 1);
    return html;
}

// One kind's part for the letter that confirms it (erasure, rectification), without heading;
// empty when the request has no decided part of that kind.
QString decisionPartOf(const Case &c, RequestType type)
{
    for (const TypeDecision &d : CaseWorkflow::decisionsOf(c)) {
        // A partial grant says so first: never "zoals u vroeg" beside "gedeeltelijk" (issue 18).
        if (d.type == type)
            return (d.outcome == Outcome::DeelsToegewezen
                        ? QStringLiteral("<p>Wij hebben een deel gedaan van wat u vroeg. Hieronder "
                                         "leest u wat wel en wat niet, en waarom.</p>")
                        : QString())
                + decisionPartHtml(d, c.directMarketing, false);
    }
    return {};
}

// The signatory's function as a tenant reads it under the name (letters are Dutch).
QString signatoryFunction(Role role)
{
    switch (role) {
    case Role::Functionaris:
        return QStringLiteral("Functionaris gegevensbescherming");
    case Role::Beheerder:
    case Role::Kcc:
    case Role::Auditor:
        return QStringLiteral("namens de functionaris gegevensbescherming");
    }
    return {};
}

// The part of the request of this kind was granted, in whole or in part (a combined request is
// decided per kind: a refused erasure beside a granted inzage is not confirmed).
bool grantedInPart(const Case &c, RequestType type)
{
    const auto granted = [](Outcome outcome) {
        return outcome == Outcome::Toegewezen || outcome == Outcome::DeelsToegewezen;
    };
    const QList<TypeDecision> parts = CaseWorkflow::decisionsOf(c);
    if (parts.isEmpty())
        return c.outcome && granted(*c.outcome);
    return std::any_of(parts.cbegin(), parts.cend(),
                       [&](const TypeDecision &d) { return d.type == type && granted(d.outcome); });
}

bool completed(const Case &c)
{
    return !isOpen(c.state) && c.outcome.has_value();
}

// "30 dagen", "vier weken", "één maand": a policy's period as a letter says it.
QString dutchPeriod(Period period)
{
    static const char *const words[] = { "nul",   "één",  "twee",  "drie", "vier", "vijf",  "zes",
                                         "zeven", "acht", "negen", "tien", "elf",  "twaalf" };
    const QString amount = period.amount >= 0 && period.amount <= 12
        ? QString::fromUtf8(words[period.amount])
        : QString::number(period.amount);
    const bool one = period.amount == 1;
    switch (period.unit) {
    case PeriodUnit::Days:
        return amount + (one ? QStringLiteral(" dag") : QStringLiteral(" dagen"));
    case PeriodUnit::Weeks:
        return amount + (one ? QStringLiteral(" week") : QStringLiteral(" weken"));
    case PeriodUnit::Months:
        return amount + (one ? QStringLiteral(" maand") : QStringLiteral(" maanden"));
    }
    return amount;
}

// {{termijn.verlenging}} (issue 14): what the law allows (art. 12 lid 3 AVG: one month, two
// more where necessary) and what the organisation does, so that the acknowledgement never
// promises an extension its own policy does not have, nor hides the one it has. Plain Dutch in
// short sentences (issue 18).
QString extensionSentence(const LetterContext &context)
{
    const Case &c = context.request;
    const Deadlines &d = context.deadlines.all;
    const QString law
        = QStringLiteral("De wet geeft ons hiervoor één maand (artikel 12 lid 3 AVG).");
    if (c.extended && !context.deadlines.extensionLegallyLate)
        return law
            + QStringLiteral(" Op %1 hebben wij u laten weten dat wij meer tijd nodig hebben, en "
                             "waarom. De datum hierboven houdt daar al rekening mee.")
                  .arg(dutchDate(c.extensionNotified));
    const QString mayExtend
        = QStringLiteral(" Soms is meer tijd nodig, bijvoorbeeld als een verzoek ingewikkeld is of "
                         "als wij veel verzoeken krijgen. De wet staat dan toe dat de termijn met "
                         "ten hoogste twee maanden wordt verlengd.");
    if (context.policy.extension.amount > 0)
        return law + mayExtend
            + QStringLiteral(" Wij verlengen alleen als dat echt nodig is. U krijgt ons antwoord "
                             "dan uiterlijk op %1. Als wij verlengen, laten wij u dat uiterlijk op "
                             "%2 weten, en waarom.")
                  .arg(dutchDate(d.effectiveExtended), dutchDate(d.legal));
    // No extension of its own ("binnen vier weken"): an extension would move only the legal
    // deadline, never the date promised above.
    if (d.policy.isValid() && d.policy <= d.legal)
        return law + mayExtend
            + QStringLiteral(" Wij verlengen niet: wij houden ons aan onze eigen termijn van %1.")
                  .arg(dutchPeriod(context.policy.base));
    return law + mayExtend + QStringLiteral(" Wij verlengen niet.");
}

// {{identificatie.termijn}} (issue 18): what an identification request does to the deadline,
// as the organisation's policy has it (Settings → Deadlines → Identification).
QString identificationPauseSentence(const DeadlinePolicy &policy)
{
    switch (policy.identificationModel) {
    case IdentificationModel::Pause:
        return QStringLiteral("Zolang wij niet weten wie u bent, staat de termijn voor ons "
                              "antwoord stil.");
    case IdentificationModel::Restart:
        return QStringLiteral("De termijn voor ons antwoord begint dan opnieuw op de dag dat wij "
                              "weten wie u bent.");
    }
    return {};
}

// {{verlenging.bericht}} (issue 18): a notice made on the day the extension is told announces
// it; made later, it confirms in writing what was told then (a letter dated after the first
// month must never read as a late extension).
QString extensionNoticeSentence(const LetterContext &context)
{
    const Case &c = context.request;
    if (c.extensionNotified.isValid() && c.extensionNotified < context.date)
        return QStringLiteral("Op %1 hebben wij u laten weten dat wij meer tijd nodig hebben en de "
                              "termijn verlengen. Met deze brief bevestigen wij dat.")
            .arg(dutchDate(c.extensionNotified));
    return QStringLiteral("Wij hebben meer tijd nodig om uw verzoek zorgvuldig af te handelen. "
                          "Daarom verlengen wij de termijn.");
}

// The organisation's postal address on one line, for a sentence: "Havenstraat 12, 1234 AB
// Voorbeeldstad".
QString addressLine(const OrganisationDetails &o)
{
    QStringList parts;
    if (!o.street.trimmed().isEmpty())
        parts << o.street.simplified();
    const QString place = QString(postcodeText(o.postcode) + u' ' + o.city.trimmed()).trimmed();
    if (!place.isEmpty())
        parts << place;
    return escaped(parts.join(QStringLiteral(", ")));
}

// {{art19.ontvangers}} (issue 14): the recipients recorded as told of the change, with the day,
// and those not told because that proved impossible or would take disproportionate effort, with
// the reason (issue 16), as a block; empty when there are none. A recipient the data subject may
// not know of (a disclosure the law forbids telling them) is never named.
QString art19Html(const LetterContext &context)
{
    QStringList told;
    QStringList exempt;
    for (const Art19Notification &n : context.art19) {
        if (n.withheld)
            continue;
        if (n.notifiedOn.isValid())
            told << QStringLiteral("<li>%1 (op %2)</li>")
                        .arg(escaped(n.recipientName), dutchDate(n.notifiedOn));
        else if (n.exempt)
            exempt << (n.exemptReason.trimmed().isEmpty()
                           ? QStringLiteral("<li>%1</li>").arg(escaped(n.recipientName))
                           : QStringLiteral("<li>%1: %2</li>")
                                 .arg(escaped(n.recipientName), escaped(n.exemptReason.trimmed())));
    }
    if (told.isEmpty() && exempt.isEmpty())
        return {};
    QStringList changes;
    const QList<RequestType> &types = context.request.types;
    if (types.contains(RequestType::Rectificatie))
        changes << QStringLiteral("de correctie");
    if (types.contains(RequestType::Verwijdering))
        changes << QStringLiteral("de verwijdering");
    if (types.contains(RequestType::Beperking))
        changes << QStringLiteral("de beperking van het gebruik van uw gegevens");
    if (changes.isEmpty())
        changes << QStringLiteral("de wijziging");
    QString html;
    // "deze organisaties", not "de organisaties": the list need not be all of them.
    if (!told.isEmpty())
        html += QStringLiteral(
                    "<p>Wij hebben %1 ook doorgegeven aan deze organisaties. Zij hebben uw "
                    "gegevens eerder van ons gekregen (artikel 19 AVG):</p><ul>%2</ul>")
                    .arg(dutchList(changes), told.join(QString()));
    // Art. 19: "tenzij dit onmogelijk blijkt of onevenredig veel inspanning vergt", in plain
    // words (issue 18).
    if (!exempt.isEmpty())
        html += QStringLiteral("<p>Deze organisaties hebben uw gegevens ook eerder van ons "
                               "gekregen. Aan hen hebben wij %1 niet doorgegeven, omdat dat niet "
                               "mogelijk was of heel veel werk zou kosten (artikel 19 "
                               "AVG):</p><ul>%2</ul>")
                    .arg(dutchList(changes), exempt.join(QString()));
    return html;
}

} // namespace

QString Letter::title() const
{
    return LetterCodes::dutchTitle(kind) + u' ' + caseNumber;
}

// --- LetterTemplates ---

QString LetterTemplates::defaultHtml(LetterKind kind)
{
    QFile file(QStringLiteral(":/letters/%1.html").arg(LetterCodes::code(kind)));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

QList<LetterPlaceholder> LetterTemplates::placeholders()
{
    return {
        { QStringLiteral("organisatie.naam"), tr("The organisation's name (Settings)") },
        { QStringLiteral("organisatie.adres"), tr("The organisation's address, on two lines") },
        { QStringLiteral("organisatie.email"), tr("The organisation's privacy e-mail address") },
        { QStringLiteral("organisatie.telefoon"), tr("The organisation's phone number") },
        { QStringLiteral("organisatie.postadres"),
          tr("The organisation's postal address on one line, for a sentence (\"per post naar "
             "...\")") },
        { QStringLiteral("organisatie.contact"),
          tr("How to reach the organisation, for a sentence: the e-mail address and/or the phone "
             "number") },
        { QStringLiteral("organisatie.contactregels"),
          tr("The e-mail address and the phone number, each on a line of its own (letterhead)") },
        { QStringLiteral("betrokkene.naam"), tr("The data subject's name") },
        { QStringLiteral("betrokkene.adres"), tr("The data subject's address, on two lines") },
        { QStringLiteral("betrokkene.klantnummer"), tr("The data subject's customer number") },
        { QStringLiteral("verzoek.nummer"), tr("The request's number (our reference)") },
        { QStringLiteral("verzoek.soort"),
          tr("What the request is about, in Dutch, to follow \"Uw verzoek gaat over\": \"inzage "
             "in uw gegevens en correctie van uw gegevens\"") },
        { QStringLiteral("verzoek.ontvangen"), tr("The date the request was received") },
        { QStringLiteral("verzoek.kanaal"), tr("How it was received, in Dutch: \"per e-mail\"") },
        { QStringLiteral("termijn.wettelijk"),
          tr("The legal deadline: one month (art. 12(3) GDPR)") },
        { QStringLiteral("termijn.beleid"), tr("The deadline of the organisation's own policy") },
        { QStringLiteral("termijn.geldend"), tr("The deadline that applies now (the earlier)") },
        { QStringLiteral("termijn.verlengd"), tr("The deadline after the extension") },
        { QStringLiteral("verlenging.redenen"), tr("The reasons for the extension") },
        { QStringLiteral("verlenging.datum"), tr("The date the extension was told") },
        { QStringLiteral("verlenging.bericht"),
          tr("The extension announced (a notice made on the day it is told) or confirmed (made "
             "later: \"Op ... hebben wij u laten weten ...\")") },
        { QStringLiteral("identificatie.termijn"),
          tr("What waiting for identification does to the deadline, as the policy has it (the "
             "deadline pauses, or starts again)") },
        { QStringLiteral("identificatie.ontvangen"),
          tr("The date the identification was received") },
        { QStringLiteral("identificatie.methode"), tr("How the identity was checked") },
        { QStringLiteral("besluit.uitkomst"), tr("The decision in one or two sentences") },
        { QStringLiteral("besluit.gronden"),
          tr("The grounds for a refusal as a list (a block: put it on a line of its own)") },
        { QStringLiteral("besluit.motivering"),
          tr("The reasons for the decision in words, art. 12(4) GDPR (a block: put it on a "
             "line of its own; empty when none were recorded)") },
        { QStringLiteral("besluit.onderdelen"),
          tr("The decision per kind of request: for each kind what was decided, what was done, "
             "what not and why, and the grounds (a block; a decision keeps it or "
             "{{besluit.motivering}})") },
        { QStringLiteral("besluit.verwijdering"),
          tr("The decision on the erasure: what was erased, what is kept and why (a block)") },
        { QStringLiteral("besluit.rectificatie"),
          tr("The decision on the rectification: what was corrected, what not and why (a "
             "block)") },
        { QStringLiteral("besluit.datum"), tr("The date the answer was sent") },
        { QStringLiteral("export.inhoud"),
          tr("What an inzage or portability export contains, as a list (a block)") },
        { QStringLiteral("export.overige_systemen"),
          tr("That the export holds what Privacydesk records and that the data in the other "
             "systems (the rental administration, ...) are sent apart, as the inzage report says "
             "(a block; added after {{export.inhoud}} when the template lacks it)") },
        { QStringLiteral("termijn.verlenging"),
          tr("What the law allows on extension (art. 12(3) GDPR) and what the organisation's "
             "policy does: its extended deadline, or that it does not extend") },
        { QStringLiteral("art19.ontvangers"),
          tr("The recipients recorded as told of the rectification, erasure or restriction, "
             "with the date, and those for which that proved impossible or disproportionate, "
             "with the reason (art. 19 GDPR; a block; empty when there are none)") },
        { QStringLiteral("rechtsmiddelen"),
          tr("The right to complain to the Autoriteit Persoonsgegevens and to go to court "
             "within six weeks (a block; required in a decision)") },
        { QStringLiteral("datum"), tr("The letter's date") },
        { QStringLiteral("behandelaar"), tr("The handler of the request (or you)") },
        { QStringLiteral("ondertekening.naam"),
          tr("Who signs the letter: your name as the user list shows it") },
        { QStringLiteral("ondertekening.functie"),
          tr("Your function under the signature (\"Functionaris gegevensbescherming\")") },
    };
}

QStringList LetterTemplates::placeholdersIn(const QString &html)
{
    QStringList names;
    auto it = placeholderPattern().globalMatch(withoutComments(html));
    while (it.hasNext()) {
        const QString name = it.next().captured(1);
        if (!names.contains(name))
            names << name;
    }
    return names;
}

QList<LetterPlaceholder> LetterTemplates::placeholders(LetterKind kind)
{
    if (!LetterCodes::isBreachLetter(kind))
        return placeholders();
    // A breach letter knows no request: the organisation, the person, the signature and the
    // breach itself.
    QList<LetterPlaceholder> result;
    for (const LetterPlaceholder &placeholder : placeholders()) {
        if (placeholder.name.startsWith(QLatin1StringView("organisatie."))
            || placeholder.name.startsWith(QLatin1StringView("betrokkene."))
            || placeholder.name.startsWith(QLatin1StringView("ondertekening."))
            || placeholder.name == QLatin1StringView("datum"))
            result << placeholder;
    }
    result << LetterPlaceholder { QStringLiteral("datalek.nummer"),
                                  tr("The number of the data breach (our reference)") }
           << LetterPlaceholder { QStringLiteral("datalek.ontdekt"),
                                  tr("The date the data breach was discovered") }
           << LetterPlaceholder { QStringLiteral("datalek.aard"),
                                  tr("What the breach did to the data, in plain Dutch: seen by "
                                     "someone who should not see them, changed, lost (a block)") }
           << LetterPlaceholder { QStringLiteral("datalek.omschrijving"),
                                  tr("What happened, as recorded with the data breach (a block)") }
           << LetterPlaceholder { QStringLiteral("datalek.gegevens"),
                                  tr("The kinds of personal data involved, in plain Dutch, as a "
                                     "list (a block)") }
           << LetterPlaceholder { QStringLiteral("datalek.gevolgen"),
                                  tr("The likely consequences for the person, as recorded with the "
                                     "data breach (a block)") }
           << LetterPlaceholder { QStringLiteral("datalek.maatregelen"),
                                  tr("The measures taken and proposed, as recorded with the data "
                                     "breach (a block)") }
           << LetterPlaceholder { QStringLiteral("datalek.advies"),
                                  tr("Advice on what the person can do, chosen by the kinds of "
                                     "data involved (a block)") }
           << LetterPlaceholder { QStringLiteral("fg.contact"),
                                  tr("How to reach the data protection officer (or else the "
                                     "organisation) with questions, as a sentence "
                                     "(art. 34(2) GDPR)") };
    return result;
}

QStringList LetterTemplates::unknownPlaceholders(const QString &html)
{
    return unknownPlaceholders(LetterKind::Ontvangstbevestiging, html);
}

QStringList LetterTemplates::unknownPlaceholders(LetterKind kind, const QString &html)
{
    QStringList known;
    for (const LetterPlaceholder &placeholder : placeholders(kind))
        known << placeholder.name;
    QStringList unknown;
    for (const QString &name : placeholdersIn(html)) {
        if (!known.contains(name))
            unknown << name;
    }
    return unknown;
}

QStringList LetterTemplates::check(LetterKind kind, const QString &html)
{
    QStringList problems;
    if (html.trimmed().isEmpty()) {
        problems << tr("The template is empty.");
        return problems;
    }
    if (html.toUtf8().size() > maxTemplateBytes) {
        //: Dutch: "De sjabloon is te groot (hoogstens %1 kB)."
        problems << tr("The template is too large (at most %1 kB).")
                        .arg(QLocale().toString(maxTemplateBytes / 1024));
        return problems; // the other checks would read all of it
    }
    if (const int depth = htmlDepth(html); depth > maxHtmlDepth)
        //: Dutch: "De HTML van de sjabloon is %1 niveaus diep genest; hoogstens %2 mag."
        problems << tr("The template's HTML nests %1 levels deep; at most %2 are allowed.")
                        .arg(depth)
                        .arg(maxHtmlDepth);
    if (const qsizetype count = withoutComments(html).count(QLatin1StringView("{{"));
        count > maxPlaceholders)
        //: Dutch: "De sjabloon heeft %1 plaatshouders; hoogstens %2 mogen."
        problems << tr("The template has %1 placeholders; at most %2 are allowed.")
                        .arg(count)
                        .arg(maxPlaceholders);
    if (const QStringList unknown = unknownPlaceholders(kind, html); !unknown.isEmpty()) {
        QStringList braced;
        for (const QString &name : unknown)
            braced << QStringLiteral("{{%1}}").arg(name);
        problems << tr("Unknown placeholders: %1. Use only the placeholders in the list.")
                        .arg(braced.join(QStringLiteral(", ")));
    }
    QString rest = withoutComments(html);
    rest.remove(placeholderPattern());
    if (rest.contains(QLatin1StringView("{{")) || rest.contains(QLatin1StringView("}}")))
        problems << tr("A placeholder is not written as {{name}}: check the braces.");
    if (kind == LetterKind::Besluit
        && !placeholdersIn(html).contains(QLatin1StringView("rechtsmiddelen")))
        problems << tr("A decision must name the right to complain to the Autoriteit "
                       "Persoonsgegevens and to go to court: keep {{rechtsmiddelen}} in the "
                       "template.");
    if (kind == LetterKind::Besluit
        && !placeholdersIn(html).contains(QLatin1StringView("besluit.onderdelen"))
        && !placeholdersIn(html).contains(QLatin1StringView("besluit.motivering")))
        problems << tr("A decision must give its reasons (art. 12(4) GDPR): keep "
                       "{{besluit.onderdelen}} in the template.");
    return problems;
}

QString LetterTemplates::legalRemediesHtml(LetterKind kind)
{
    // "Beslissing", not the administrative-law "besluit" (issue 18); a letter that is not the
    // decision asks about how the request was handled.
    const QString question = kind == LetterKind::Besluit
        ? QStringLiteral("Bent u het niet eens met onze beslissing?")
        : QStringLiteral("Bent u het niet eens met hoe wij uw verzoek hebben afgehandeld?");
    return QStringLiteral(
               "<p><b>%1</b><br>"
               "Dan kunt u een klacht indienen bij de Autoriteit Persoonsgegevens "
               "(www.autoriteitpersoonsgegevens.nl). U kunt ook naar de rechter. Dien dan binnen "
               "zes weken nadat u deze brief heeft ontvangen een verzoekschrift in bij de "
               "rechtbank (artikel 35 Uitvoeringswet AVG). Wilt u eerst met ons praten? Dat kan "
               "altijd.</p>")
        .arg(question);
}

QHash<QString, QString> LetterTemplates::values(const LetterContext &context)
{
    const Case &c = context.request;
    const Person &p = c.person;
    const OrganisationDetails &o = context.organisation;
    const Deadlines &d = context.deadlines.all;
    QHash<QString, QString> v;
    v.insert(QStringLiteral("organisatie.naam"), escaped(o.name));
    v.insert(QStringLiteral("organisatie.adres"), addressHtml(o.street, o.postcode, o.city));
    v.insert(QStringLiteral("organisatie.email"), escaped(o.privacyEmail));
    v.insert(QStringLiteral("organisatie.telefoon"), escaped(o.phone));
    v.insert(QStringLiteral("organisatie.postadres"), addressLine(o));
    QStringList ways;
    if (!o.privacyEmail.trimmed().isEmpty())
        ways << escaped(o.privacyEmail.trimmed());
    if (!o.phone.trimmed().isEmpty())
        ways << escaped(o.phone.trimmed());
    v.insert(
        QStringLiteral("organisatie.contact"),
        ways.size() == 2 ? QStringLiteral("%1 of telefoonnummer %2").arg(ways.at(0), ways.at(1))
            : o.phone.trimmed().isEmpty() ? ways.value(0)
                                          : QStringLiteral("telefoonnummer %1").arg(ways.value(0)));
    v.insert(QStringLiteral("organisatie.contactregels"), ways.join(QStringLiteral("<br>")));
    v.insert(QStringLiteral("betrokkene.naam"), escaped(p.name));
    v.insert(QStringLiteral("betrokkene.adres"),
             addressHtml(p.street + u' ' + p.houseNumber, p.postcode, p.city));
    v.insert(QStringLiteral("betrokkene.klantnummer"), escaped(p.klantnummer));
    v.insert(QStringLiteral("verzoek.nummer"), escaped(c.number));
    QStringList types;
    for (RequestType type : c.types)
        types << dutchType(type);
    v.insert(QStringLiteral("verzoek.soort"), escaped(dutchList(types)));
    v.insert(QStringLiteral("verzoek.ontvangen"), dutchDate(c.receivedDate));
    v.insert(QStringLiteral("verzoek.kanaal"), dutchChannel(c.channel));
    v.insert(QStringLiteral("termijn.wettelijk"), dutchDate(d.legal));
    v.insert(QStringLiteral("termijn.beleid"), dutchDate(d.policy));
    v.insert(QStringLiteral("termijn.geldend"), dutchDate(context.deadlines.current));
    v.insert(QStringLiteral("termijn.verlengd"), dutchDate(d.effectiveExtended));
    v.insert(QStringLiteral("verlenging.redenen"), escaped(c.extensionReason));
    v.insert(QStringLiteral("verlenging.datum"), dutchDate(c.extensionNotified));
    v.insert(QStringLiteral("verlenging.bericht"), extensionNoticeSentence(context));
    v.insert(QStringLiteral("identificatie.termijn"), identificationPauseSentence(context.policy));
    v.insert(QStringLiteral("identificatie.ontvangen"), dutchDate(c.identification.received));
    v.insert(QStringLiteral("identificatie.methode"),
             c.identification.method ? dutchMethod(*c.identification.method) : QString());
    v.insert(QStringLiteral("besluit.uitkomst"),
             c.outcome ? escaped(dutchOutcome(*c.outcome)) : QString());
    const QString grounds = groundsListHtml(c.refusalGrounds);
    v.insert(QStringLiteral("besluit.gronden"), grounds);
    const QString reasons = c.motivation.trimmed().isEmpty()
        ? QString()
        : QStringLiteral("<p><b>Waarom wij zo hebben beslist</b><br>%1</p>")
              .arg(textHtml(c.motivation));
    v.insert(QStringLiteral("besluit.motivering"), reasons);
    QString parts = decisionPartsHtml(c, grounds, reasons);
    if (c.outcome == Outcome::NietInBehandeling)
        parts = notDealtWithHtml(escaped(o.privacyEmail), addressLine(o)) + parts;
    v.insert(QStringLiteral("besluit.onderdelen"), parts);
    v.insert(QStringLiteral("besluit.verwijdering"), decisionPartOf(c, RequestType::Verwijdering));
    v.insert(QStringLiteral("besluit.rectificatie"), decisionPartOf(c, RequestType::Rectificatie));
    v.insert(QStringLiteral("besluit.datum"), dutchDate(c.answeredOn));
    // What the export holds is what the inzage report and the portability files hold: what
    // Privacydesk records (issue 14). The other systems are said apart, as the report says.
    const bool report = c.types.contains(RequestType::Inzage);
    const bool files = c.types.contains(RequestType::Overdraagbaarheid);
    QStringList contents;
    if (report)
        contents << QStringLiteral(
            "een overzicht van de persoonsgegevens die wij over u vastleggen in Privacydesk. "
            "Daarin leest u ook waarvoor wij uw gegevens gebruiken, aan wie wij ze hebben "
            "gegeven, hoe lang wij ze bewaren en waar wij ze vandaan hebben (artikel 15 AVG).");
    if (files)
        // Art. 20 covers only data processed on consent or a contract: the export holds those,
        // and its LEESMIJ.txt says what it leaves out and why (PersonPortability).
        contents << QStringLiteral(
            "uw gegevens als computerbestanden (JSON en CSV). Die kunt u aan een andere "
            "organisatie geven (artikel 20 AVG). Het gaat om de gegevens die wij gebruiken met uw "
            "toestemming of voor een overeenkomst met u. In het bestand LEESMIJ.txt leest u "
            "welke gegevens er niet in staan, en waarom.");
    if (contents.isEmpty())
        contents << QStringLiteral("de gegevens waar u om vroeg.");
    QString list = QStringLiteral("<ul>");
    for (const QString &item : std::as_const(contents))
        list += QStringLiteral("<li>%1</li>").arg(escaped(item));
    v.insert(QStringLiteral("export.inhoud"), list + QStringLiteral("</ul>"));
    v.insert(QStringLiteral("export.overige_systemen"), AccessScope::letterHtml(report, files));
    v.insert(QStringLiteral("termijn.verlenging"), extensionSentence(context));
    v.insert(QStringLiteral("art19.ontvangers"), art19Html(context));
    v.insert(QStringLiteral("rechtsmiddelen"), legalRemediesHtml());
    v.insert(QStringLiteral("datum"), dutchDate(context.date));
    v.insert(QStringLiteral("behandelaar"),
             escaped(c.handler.trimmed().isEmpty() ? context.user : c.handler));
    v.insert(QStringLiteral("ondertekening.naam"),
             escaped(context.signatory.isEmpty() ? context.user : context.signatory));
    v.insert(QStringLiteral("ondertekening.functie"), escaped(context.signatoryFunction));
    return v;
}

int LetterTemplates::htmlDepth(const QString &html)
{
    static const QRegularExpression tag(
        QStringLiteral("<\\s*(/?)\\s*([A-Za-z][A-Za-z0-9]*)[^>]*?(/?)>"));
    static const QStringList voidElements {
        QStringLiteral("br"),    QStringLiteral("hr"),     QStringLiteral("img"),
        QStringLiteral("meta"),  QStringLiteral("link"),   QStringLiteral("input"),
        QStringLiteral("col"),   QStringLiteral("area"),   QStringLiteral("base"),
        QStringLiteral("wbr"),   QStringLiteral("source"), QStringLiteral("param"),
        QStringLiteral("embed"), QStringLiteral("track"),
    };
    QStringList open;
    int deepest = 0;
    auto it = tag.globalMatch(withoutComments(html));
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        const QString name = match.captured(2).toLower();
        if (!match.captured(1).isEmpty()) {
            if (const qsizetype at = open.lastIndexOf(name); at >= 0)
                open.resize(at);
            continue;
        }
        if (!match.captured(3).isEmpty() || voidElements.contains(name))
            continue;
        // A new paragraph or list item ends the open one, as the HTML parser does.
        if (name == u"p" || name == u"li") {
            if (const qsizetype at = open.lastIndexOf(name); at >= 0)
                open.resize(at);
        }
        open << name;
        deepest = std::max(deepest, int(open.size()));
    }
    return deepest;
}

QString LetterTemplates::fill(const QString &html, const QHash<QString, QString> &values,
                              QString *problem)
{
    QElapsedTimer timer;
    timer.start();
    const auto tooLarge = [&] {
        if (!problem)
            return false;
        //: Dutch: "De sjabloon levert een te grote brief op (meer dan %Ln tekens, of langer
        //: dan %1): gebruik minder plaatshouders of kortere teksten."
        *problem = tr("The template makes a letter that is too large (over %Ln character(s), or "
                      "more than %1 of work): use fewer placeholders or shorter texts.",
                      nullptr, static_cast<int>(maxRenderedChars))
                       .arg(tr("%n second(s)", nullptr, static_cast<int>(renderBudgetMs / 1000)));
        return true;
    };
    QString out;
    out.reserve(std::min(html.size() + 1024, maxRenderedChars));
    qsizetype last = 0;
    auto it = placeholderPattern().globalMatch(html);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        const QStringView before = QStringView(html).mid(last, match.capturedStart() - last);
        const QString value = values.value(match.captured(1));
        if (problem
            && (out.size() + before.size() + value.size() > maxRenderedChars
                || timer.hasExpired(renderBudgetMs))
            && tooLarge())
            return {};
        out += before;
        out += value;
        last = match.capturedEnd();
    }
    out += QStringView(html).mid(last);
    if (problem && out.size() > maxRenderedChars && tooLarge())
        return {};
    return out;
}

QString LetterTemplates::render(LetterKind kind, const QString &templateHtml,
                                const LetterContext &context, QString *problem)
{
    QHash<QString, QString> v = values(context);
    v.insert(QStringLiteral("rechtsmiddelen"), legalRemediesHtml(kind));
    const QStringList used = placeholdersIn(templateHtml);
    // A decision template saved before {{besluit.motivering}} existed still prints the reasons
    // (art. 12(4) GDPR): right after the grounds, or else before the remedies.
    const bool reasonsMissing = kind == LetterKind::Besluit
        && !used.contains(QLatin1StringView("besluit.motivering"))
        && !used.contains(QLatin1StringView("besluit.onderdelen"));
    const bool afterGrounds = reasonsMissing && used.contains(QLatin1StringView("besluit.gronden"));
    if (afterGrounds)
        v[QStringLiteral("besluit.gronden")] += v.value(QStringLiteral("besluit.motivering"));
    // A cover letter saved before {{export.overige_systemen}} existed still says what the export
    // leaves out, as the report beside it does (issue 14): right after the contents, or at the
    // end.
    const bool scopeMissing = kind == LetterKind::BegeleidendeBriefExport
        && !used.contains(QLatin1StringView("export.overige_systemen"));
    const bool afterContents = scopeMissing && used.contains(QLatin1StringView("export.inhoud"));
    if (afterContents)
        v[QStringLiteral("export.inhoud")] += v.value(QStringLiteral("export.overige_systemen"));
    QString html = fill(withoutComments(templateHtml).trimmed(), v, problem);
    if (problem && !problem->isEmpty())
        return {};
    if (scopeMissing && !afterContents)
        html += v.value(QStringLiteral("export.overige_systemen"));
    if (reasonsMissing && !afterGrounds)
        html += v.value(QStringLiteral("besluit.motivering"));
    if (kind == LetterKind::Besluit && !used.contains(QLatin1StringView("rechtsmiddelen")))
        html += legalRemediesHtml(kind);
    return html;
}

QString LetterTemplates::render(LetterKind kind, const QString &templateHtml,
                                const LetterContext &context, const QHash<QString, QString> &extra,
                                QString *problem)
{
    const QHash<QString, QString> all = values(context);
    QHash<QString, QString> v;
    for (const LetterPlaceholder &placeholder : placeholders(kind))
        v.insert(placeholder.name, all.value(placeholder.name));
    for (auto it = extra.cbegin(); it != extra.cend(); ++it)
        v.insert(it.key(), it.value());
    return fill(withoutComments(templateHtml).trimmed(), v, problem);
}

QString LetterTemplates::plainText(const QString &html)
{
    static const QRegularExpression hidden(
        QStringLiteral("<(style|head|script)[^>]*>.*?</\\1\\s*>"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression breaks(
        QStringLiteral("<\\s*(br|/p|/div|/tr|/li|/h[1-6]|/table)\\b[^>]*>"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression cells(QStringLiteral("<\\s*/t[dh]\\s*>"),
                                          QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    static const QRegularExpression entity(QStringLiteral("&(#x[0-9A-Fa-f]+|#[0-9]+|[A-Za-z]+);"));
    QString text = withoutComments(html);
    text.remove(hidden);
    text.replace(breaks, QStringLiteral("\n"));
    text.replace(cells, QStringLiteral(" "));
    text.remove(tags);
    QString out;
    out.reserve(text.size());
    qsizetype last = 0;
    auto it = entity.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        out += QStringView(text).mid(last, match.capturedStart() - last);
        const QString name = match.captured(1);
        QString replacement = match.captured(0);
        if (name.startsWith(QLatin1StringView("#x"), Qt::CaseInsensitive)) {
            bool ok = false;
            const char32_t code = name.mid(2).toUInt(&ok, 16);
            if (ok && code > 0 && code <= 0x10FFFF)
                replacement = QString::fromUcs4(&code, 1);
        } else if (name.startsWith(u'#')) {
            bool ok = false;
            const char32_t code = name.mid(1).toUInt(&ok, 10);
            if (ok && code > 0 && code <= 0x10FFFF)
                replacement = QString::fromUcs4(&code, 1);
        } else if (name == QLatin1StringView("amp")) {
            replacement = QStringLiteral("&");
        } else if (name == QLatin1StringView("lt")) {
            replacement = QStringLiteral("<");
        } else if (name == QLatin1StringView("gt")) {
            replacement = QStringLiteral(">");
        } else if (name == QLatin1StringView("quot")) {
            replacement = QStringLiteral("\"");
        } else if (name == QLatin1StringView("apos")) {
            replacement = QStringLiteral("'");
        } else if (name == QLatin1StringView("nbsp")) {
            replacement = QString(QChar(0x00A0));
        } else if (name == QLatin1StringView("mdash")) {
            replacement = QString(QChar(0x2014));
        }
        out += replacement;
        last = match.capturedEnd();
    }
    out += QStringView(text).mid(last);
    return out;
}

// --- LetterService ---

LetterService::LetterService(const Store &store, const Clock &clock)
    : m_store(store)
    , m_clock(clock)
{ }

AuditLog LetterService::audit() const
{
    return AuditLog(m_store.database(), m_store.storeId().toString(QUuid::WithoutBraces), m_clock);
}

LetterTemplate LetterService::templateFor(LetterKind kind) const
{
    LetterTemplate result;
    result.kind = kind;
    QSqlQuery query(m_store.database());
    query.prepare(
        QStringLiteral("SELECT body, changed_at, changed_by FROM letter_templates WHERE kind = ?"));
    query.addBindValue(LetterCodes::code(kind));
    if (query.exec() && query.next()) {
        result.html = query.value(0).toString();
        result.customised = true;
        result.changedAt = QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs);
        result.changedBy = query.value(2).toString();
        return result;
    }
    result.html = LetterTemplates::defaultHtml(kind);
    return result;
}

QList<LetterTemplate> LetterService::templates() const
{
    QList<LetterTemplate> result;
    for (LetterKind kind : LetterCodes::kinds())
        result << templateFor(kind);
    return result;
}

bool LetterService::saveTemplate(LetterKind kind, const QString &html, bool bsnOverride,
                                 ServiceError *error)
{
    if (!permitted(m_store, m_clock, Permission::ChangeSettings,
                   QStringLiteral("letter_template.saved"), LetterCodes::code(kind), error))
        return false;
    *error = {};
    if (const QStringList problems = LetterTemplates::check(kind, html); !problems.isEmpty()) {
        *error = { ServiceError::Code::Invalid, problems.join(u' '), {} };
        return false;
    }
    // The text as printed, and what is not printed: HTML comments and tag attributes, where a
    // number would travel with every copy of the template (issue 15).
    static const QRegularExpression markup(QStringLiteral("<!--.*?-->|<[^>]*>"),
                                           QRegularExpression::DotMatchesEverythingOption);
    QStringList hidden;
    for (auto it = markup.globalMatch(html); it.hasNext();)
        hidden << it.next().captured(0);
    const BsnGuard::GuardResult guard = BsnGuard::checkFields(
        { { tr("Letter template"), LetterTemplates::plainText(html) },
          { tr("Letter template (HTML code and comments)"), hidden.join(u'\n') } },
        bsnOverride);
    if (!guard.allowed) {
        *error = { ServiceError::Code::BsnRefused, guard.message, guard.findings };
        return false;
    }
    const LetterTemplate before = templateFor(kind);
    if (before.html == html)
        return true;
    if (html == LetterTemplates::defaultHtml(kind))
        return resetTemplate(kind, error);

    QSqlDatabase db = m_store.database();
    Transaction transaction(db);
    if (!transaction.isOpen()) {
        *error = ServiceError::fromTransaction(transaction);
        return false;
    }
    const QString code = LetterCodes::code(kind);
    QSqlQuery query(db);
    query.prepare(QStringLiteral("DELETE FROM letter_templates WHERE kind = ?"));
    query.addBindValue(code);
    bool ok = query.exec();
    if (ok) {
        query.prepare(QStringLiteral("INSERT INTO letter_templates (kind, body, changed_at, "
                                     "changed_by) VALUES (?, ?, ?, ?)"));
        query.addBindValue(code);
        query.addBindValue(html);
        query.addBindValue(m_clock.now().toString(Qt::ISODateWithMs));
        query.addBindValue(m_store.userName());
        ok = query.exec();
    }
    if (!ok) {
        *error = ServiceError::fromSql(query.lastError());
        return false;
    }
    AuditLog log = audit();
    QString auditError;
    const QString actor = m_store.userName();
    ok = log.append(
        actor, templateEntity, code, QStringLiteral("letter_template.changed"),
        { { QStringLiteral("kind"), code },
          { QStringLiteral("sha256"), QJsonArray { sha256Hex(before.html), sha256Hex(html) } },
          { QStringLiteral("was_default"), !before.customised } },
        &auditError);
    if (ok && guard.overridden)
        ok = log.append(actor, templateEntity, code, QStringLiteral("bsn.override"),
                        guard.auditPayload(), &auditError);
    if (!ok) {
        *error = { ServiceError::Code::Storage, auditError, {} };
        return false;
    }
    if (!transaction.commit()) {
        *error = ServiceError::fromTransaction(transaction);
        return false;
    }
    return true;
}

bool LetterService::resetTemplate(LetterKind kind, ServiceError *error)
{
    if (!permitted(m_store, m_clock, Permission::ChangeSettings,
                   QStringLiteral("letter_template.reset"), LetterCodes::code(kind), error))
        return false;
    *error = {};
    const LetterTemplate before = templateFor(kind);
    if (!before.customised)
        return true;
    QSqlDatabase db = m_store.database();
    Transaction transaction(db);
    if (!transaction.isOpen()) {
        *error = ServiceError::fromTransaction(transaction);
        return false;
    }
    const QString code = LetterCodes::code(kind);
    QSqlQuery query(db);
    query.prepare(QStringLiteral("DELETE FROM letter_templates WHERE kind = ?"));
    query.addBindValue(code);
    if (!query.exec()) {
        *error = ServiceError::fromSql(query.lastError());
        return false;
    }
    QString auditError;
    if (!audit().append(m_store.userName(), templateEntity, code,
                        QStringLiteral("letter_template.reset"),
                        { { QStringLiteral("kind"), code },
                          { QStringLiteral("sha256"),
                            QJsonArray { sha256Hex(before.html),
                                         sha256Hex(LetterTemplates::defaultHtml(kind)) } } },
                        &auditError)) {
        *error = { ServiceError::Code::Storage, auditError, {} };
        return false;
    }
    if (!transaction.commit()) {
        *error = ServiceError::fromTransaction(transaction);
        return false;
    }
    return true;
}

QString LetterService::organisationRefusal(const OrganisationDetails &organisation,
                                           const QString &templateHtml)
{
    // The name, the postal address and the privacy e-mail address: every letter tells the
    // tenant where to send what, by e-mail and by post (issue 18).
    QStringList missing = organisation.missingForLetters();
    // A template of the organisation's own may name a detail that is not filled in, even when
    // the minimum is there: "contact met ons op via  en vermeld" must never be printed.
    const QStringList used = LetterTemplates::placeholdersIn(templateHtml);
    if (used.contains(QStringLiteral("organisatie.telefoon"))
        && organisation.phone.trimmed().isEmpty())
        missing << tr("the phone number (the template uses {{organisatie.telefoon}})");
    missing.removeDuplicates();
    if (missing.isEmpty())
        return {};
    return tr("No letter can be made while the organisation's details are incomplete. Missing: "
              "%1. Fill them in under Extra → Settings → Organisation (or with privacydesk-cli "
              "settings set).")
        .arg(missing.join(QStringLiteral("; ")));
}

QString LetterService::art19Refusal(LetterKind kind, const QList<Art19Notification> &recipients)
{
    if (kind != LetterKind::BevestigingRectificatie && kind != LetterKind::BevestigingVerwijdering)
        return {};
    QStringList open;
    for (const Art19Notification &n : recipients) {
        if (!n.done())
            open << n.recipientName;
    }
    if (open.isEmpty())
        return {};
    return tr("These recipients received the data subject's data before the change and have not "
              "been recorded as told of it, nor as impossible or disproportionate to tell (art. 19 "
              "GDPR): %1. Tell them and record it on the request's Disclosures tab (Art. 19 GDPR: "
              "recipients to be told), or record there why telling one proved impossible or would "
              "take disproportionate effort; then the confirmation can be made.")
        .arg(open.join(QStringLiteral(", ")));
}

QString LetterService::refusal(const LetterContext &context, LetterKind kind,
                               QString *warning) const
{
    const QString templateHtml = templateFor(kind).html;
    QString reason = organisationRefusal(context.organisation, templateHtml);
    if (reason.isEmpty())
        reason = art19Refusal(kind, context.art19);
    // A policy without an extension of its own keeps the answer within the legal month: an
    // extension notice would announce, as later, a date that is not (and the acknowledgement
    // said "wij verlengen niet", {{termijn.verlenging}}).
    const Deadlines &d = context.deadlines.all;
    if (reason.isEmpty() && kind == LetterKind::Verlengingsbericht
        && context.policy.extension.amount == 0 && d.effectiveExtended.isValid()
        && d.effectiveExtended <= d.legal)
        reason = tr("The organisation's policy has no extension of its own: the answer stays due "
                    "on %1, within the legal month, so an extension notice has no later date to "
                    "announce.")
                     .arg(QLocale().toString(d.effectiveExtended, QLocale::ShortFormat));
    // A confirmation template of the organisation's own, saved before {{art19.ontvangers}}
    // existed, keeps its conditional sentence ("Hebben wij uw gegevens eerder aan anderen
    // verstrekt, dan hebben wij hen ingelicht"), which the refusal above keeps true; it just
    // does not name whom.
    const bool confirmation = kind == LetterKind::BevestigingRectificatie
        || kind == LetterKind::BevestigingVerwijdering;
    const bool named
        = std::any_of(context.art19.cbegin(), context.art19.cend(),
                      [](const Art19Notification &n) { return n.done() && !n.withheld; });
    if (reason.isEmpty() && confirmation && named
        && !LetterTemplates::placeholdersIn(templateHtml)
                .contains(QLatin1StringView("art19.ontvangers")))
        *warning = tr("The organisation's template for this letter does not name the recipients "
                      "told of the change: add {{art19.ontvangers}} to it, or reset it to the "
                      "default (Extra → Letter templates).");
    return reason;
}

LetterAvailability LetterService::availability(const Case &c, const CaseDeadlines &deadlines,
                                               LetterKind kind, QDate today)
{
    LetterAvailability result;
    result.kind = kind;
    const auto refuse = [&result](const QString &reason) {
        result.reason = reason;
        return result;
    };
    const bool open = isOpen(c.state);
    switch (kind) {
    case LetterKind::Ontvangstbevestiging:
        if (!open)
            return refuse(tr("The request is closed: an acknowledgement of receipt belongs to an "
                             "open request."));
        // It promises an answer by the deadline: a date already past cannot be promised.
        if (deadlines.current.isValid() && deadlines.current < today)
            return refuse(tr("The deadline of this request (%1) has passed: an acknowledgement "
                             "of receipt would promise an answer by a date already past. Answer "
                             "the request instead.")
                              .arg(QLocale().toString(deadlines.current, QLocale::ShortFormat)));
        break;
    case LetterKind::VerzoekIdentificatie:
        if (!open)
            return refuse(tr("The request is closed."));
        if (c.state == CaseState::InBehandeling || c.identification.succeeded.value_or(false))
            return refuse(tr("The identity of the data subject has already been checked."));
        break;
    case LetterKind::Verlengingsbericht:
        if (!open)
            return refuse(tr("The request is closed."));
        if (!c.extended)
            return refuse(tr("Record the extension first, with its reasons and the date the data "
                             "subject is told (Request → Extend)."));
        if (deadlines.extensionLegallyLate)
            return refuse(tr("The extension was told on %1, after the one-month legal deadline "
                             "of %2: it does not extend the legal deadline (art. 12(3) GDPR), so "
                             "no extension notice can be sent.")
                              .arg(QLocale().toString(c.extensionNotified, QLocale::ShortFormat),
                                   QLocale().toString(deadlines.all.legal, QLocale::ShortFormat)));
        // Told within the first month (above), a notice made later confirms in writing what
        // was told then ({{verlenging.bericht}}: "Op ... hebben wij u laten weten"); it never
        // announces the extension as new (issue 18).
        if (today > deadlines.all.legal)
            result.warning
                = tr("The one-month legal deadline (%1) has passed: this notice "
                     "confirms in writing the extension told on %2; it does not "
                     "announce it. Check that the data subject was told then.")
                      .arg(QLocale().toString(deadlines.all.legal, QLocale::ShortFormat),
                           QLocale().toString(c.extensionNotified, QLocale::ShortFormat));
        break;
    case LetterKind::Besluit:
        if (!completed(c) || c.outcome == Outcome::Ingetrokken)
            return refuse(tr("A decision letter needs a completed request: complete it first with "
                             "its outcome (and the grounds of a refusal)."));
        break;
    case LetterKind::BevestigingVerwijdering:
        if (!c.types.contains(RequestType::Verwijdering))
            return refuse(tr("The request does not ask for erasure."));
        if (!completed(c) || !grantedInPart(c, RequestType::Verwijdering))
            return refuse(tr("Erasure is confirmed once the request is completed as granted (in "
                             "whole or in part)."));
        break;
    case LetterKind::BevestigingRectificatie:
        if (!c.types.contains(RequestType::Rectificatie))
            return refuse(tr("The request does not ask for rectification."));
        if (!completed(c) || !grantedInPart(c, RequestType::Rectificatie))
            return refuse(tr("Rectification is confirmed once the request is completed as granted "
                             "(in whole or in part)."));
        break;
    case LetterKind::KennisgevingDatalek:
        return refuse(tr("This letter goes to a person concerned by a data breach: make it from "
                         "the data breach (Data breaches), not from a request."));
    case LetterKind::BegeleidendeBriefExport:
        if (!c.types.contains(RequestType::Inzage)
            && !c.types.contains(RequestType::Overdraagbaarheid))
            return refuse(tr("Only a request for inzage or data portability is answered with an "
                             "export."));
        if (c.state != CaseState::InBehandeling
            && !(completed(c)
                 && (grantedInPart(c, RequestType::Inzage)
                     || grantedInPart(c, RequestType::Overdraagbaarheid))))
            return refuse(tr("The export is sent once the identity has been checked, while the "
                             "request is handled or when it was granted."));
        break;
    }
    result.available = true;
    return result;
}

void LetterService::sign(const Store &store, LetterContext *context)
{
    context->user = store.userName();
    context->signatory = store.userName();
    if (const auto account = UserService::actingAccountOf(store)) {
        if (!account->displayName.trimmed().isEmpty())
            context->signatory = account->displayName.trimmed();
        context->signatoryFunction = signatoryFunction(account->role);
    }
}

std::optional<LetterContext> LetterService::context(const QString &caseNumber,
                                                    ServiceError *error) const
{
    if (!readable(m_store, m_clock, Permission::ViewAllCases, QStringLiteral("letter.read"),
                  caseNumber, error))
        return std::nullopt;
    const CaseService cases(m_store, m_clock);
    const std::optional<Case> c = cases.find(caseNumber, error);
    if (!c) {
        if (error->code == ServiceError::Code::NotFound)
            *error = { ServiceError::Code::NotFound,
                       tr("There is no request %1.").arg(caseNumber.trimmed()),
                       {} };
        return std::nullopt;
    }
    LetterContext context;
    context.request = *c;
    const std::optional<CaseDeadlines> deadlines = cases.deadlines(*c, error);
    if (!deadlines)
        return std::nullopt;
    context.deadlines = *deadlines;
    context.organisation = OrganisationSettings(m_store, m_clock).details();
    sign(m_store, &context);
    context.date = m_clock.today();
    const std::optional<DeadlinePolicy> policy = cases.policy(error);
    if (!policy)
        return std::nullopt;
    context.policy = *policy;
    // Read for every kind: a failed read is an error, never "nobody to tell".
    ServiceError art19Error;
    context.art19 = DisclosureService(m_store, m_clock).art19Notifications(c->number, &art19Error);
    if (art19Error.isError()) {
        *error = art19Error;
        return std::nullopt;
    }
    return context;
}

QList<LetterAvailability> LetterService::availability(const QString &caseNumber,
                                                      ServiceError *error) const
{
    ServiceError ignored;
    const std::optional<LetterContext> context
        = this->context(caseNumber, error ? error : &ignored);
    QList<LetterAvailability> result;
    if (!context)
        return result;
    for (LetterKind kind : LetterCodes::kinds()) {
        LetterAvailability available
            = availability(context->request, context->deadlines, kind, context->date);
        if (available.available) {
            available.reason = refusal(*context, kind, &available.warning);
            available.available = available.reason.isEmpty();
        }
        result << available;
    }
    return result;
}

std::optional<RenderedLetter> LetterService::render(const QString &caseNumber, LetterKind kind,
                                                    ServiceError *error) const
{
    *error = {};
    const std::optional<LetterContext> context = this->context(caseNumber, error);
    if (!context)
        return std::nullopt;
    LetterAvailability available
        = availability(context->request, context->deadlines, kind, context->date);
    if (available.available)
        available.reason = refusal(*context, kind, &available.warning);
    if (!available.reason.isEmpty()) {
        *error = { ServiceError::Code::Invalid, available.reason, {} };
        return std::nullopt;
    }
    RenderedLetter letter;
    letter.caseNumber = context->request.number;
    letter.kind = kind;
    QString tooLarge;
    letter.html = LetterTemplates::render(kind, templateFor(kind).html, *context, &tooLarge);
    if (!tooLarge.isEmpty()) {
        *error = { ServiceError::Code::Invalid, tooLarge, {} };
        return std::nullopt;
    }
    letter.title = LetterCodes::dutchTitle(kind) + u' ' + context->request.number;
    letter.date = context->date;
    letter.warning = available.warning;
    letter.bsnFindings = findBsnNumbers(LetterTemplates::plainText(letter.html));
    for (BsnFinding &finding : letter.bsnFindings)
        finding.field = tr("Letter");
    return letter;
}

std::optional<Letter> LetterService::record(const RenderedLetter &shown, bool bsnOverride,
                                            ServiceError *error,
                                            const std::optional<LetterPrintJob> &printed)
{
    if (!permitted(m_store, m_clock, Permission::ProduceDocuments, QStringLiteral("case.letter"),
                   shown.caseNumber, error))
        return std::nullopt;
    *error = {};
    const std::optional<RenderedLetter> fresh = render(shown.caseNumber, shown.kind, error);
    if (!fresh)
        return std::nullopt;
    if (fresh->html != shown.html) {
        *error = { ServiceError::Code::Invalid,
                   tr("The letter changed since it was shown (the request, the organisation's "
                      "details or the template changed): look at it again before it is "
                      "recorded."),
                   {} };
        return std::nullopt;
    }
    if (!fresh->bsnFindings.isEmpty() && !bsnOverride) {
        *error = { ServiceError::Code::BsnRefused,
                   BsnGuard::refusalMessage(fresh->bsnFindings, tr("Letter")), fresh->bsnFindings };
        return std::nullopt;
    }
    const std::optional<Case> c = CaseService(m_store, m_clock).find(shown.caseNumber);
    if (!c) {
        *error = { ServiceError::Code::NotFound,
                   tr("There is no request %1.").arg(shown.caseNumber),
                   {} };
        return std::nullopt;
    }
    Letter letter;
    letter.caseNumber = c->number;
    letter.kind = fresh->kind;
    letter.html = fresh->html;
    letter.sha256 = sha256Hex(fresh->html);
    letter.generatedAt = m_clock.now();
    letter.generatedBy = m_store.userName();

    QSqlDatabase db = m_store.database();
    Transaction transaction(db);
    if (!transaction.isOpen()) {
        *error = ServiceError::fromTransaction(transaction);
        return std::nullopt;
    }
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT INTO letters (case_id, kind, body, sha256, generated_at, "
                                 "generated_by) VALUES (?, ?, ?, ?, ?, ?)"));
    query.addBindValue(c->id);
    query.addBindValue(LetterCodes::code(letter.kind));
    query.addBindValue(letter.html);
    query.addBindValue(letter.sha256);
    query.addBindValue(letter.generatedAt.toString(Qt::ISODateWithMs));
    query.addBindValue(letter.generatedBy);
    if (!query.exec()) {
        *error = ServiceError::fromSql(query.lastError());
        return std::nullopt;
    }
    QSqlError idError;
    letter.id = sql::lastInsertedId(m_store.database(), &idError);
    if (letter.id == 0) {
        *error = ServiceError::fromSql(idError);
        return std::nullopt;
    }
    AuditLog log = audit();
    QString auditError;
    QJsonObject payload { { QStringLiteral("kind"), LetterCodes::code(letter.kind) },
                          { QStringLiteral("sha256"), letter.sha256 },
                          { QStringLiteral("letter"), letter.id } };
    if (printed) {
        payload.insert(QStringLiteral("printer"), printed->printer);
        payload.insert(QStringLiteral("print_job"), printed->job);
    }
    bool ok = log.append(letter.generatedBy, caseEntity, c->number, QStringLiteral("case.letter"),
                         payload, &auditError);
    if (ok && !fresh->bsnFindings.isEmpty())
        ok = log.append(letter.generatedBy, caseEntity, c->number, QStringLiteral("bsn.override"),
                        BsnGuard::overridePayload(fresh->bsnFindings), &auditError);
    if (!ok) {
        *error = { ServiceError::Code::Storage, auditError, {} };
        return std::nullopt;
    }
    if (!transaction.commit()) {
        *error = ServiceError::fromTransaction(transaction);
        return std::nullopt;
    }
    return letter;
}

std::optional<Letter> LetterService::generate(const QString &caseNumber, LetterKind kind,
                                              bool bsnOverride, ServiceError *error)
{
    // The write's own check first: a role that may not record a letter is refused as such,
    // not for reading the request it would render.
    if (!permitted(m_store, m_clock, Permission::ProduceDocuments, QStringLiteral("case.letter"),
                   caseNumber.trimmed().toUpper(), error))
        return std::nullopt;
    const std::optional<RenderedLetter> rendered = render(caseNumber, kind, error);
    if (!rendered)
        return std::nullopt;
    return record(*rendered, bsnOverride, error);
}

bool LetterService::recordDispatch(const QString &caseNumber, qint64 letterId, QDate sentOn,
                                   const QString &how, bool bsnOverride, ServiceError *error)
{
    if (!permitted(m_store, m_clock, Permission::ProduceDocuments,
                   QStringLiteral("case.letter_sent"), caseNumber, error))
        return false;
    *error = {};
    const auto invalid = [error](const QString &message) {
        *error = { ServiceError::Code::Invalid, message, {} };
        return false;
    };
    if (how.trimmed().isEmpty())
        return invalid(tr("Say how the letter was sent (per post, per e-mail, aangetekend, ...)."));
    const BsnGuard::GuardResult guard = BsnGuard::check(how, tr("How it was sent"), bsnOverride);
    if (!guard.allowed) {
        *error = { ServiceError::Code::BsnRefused, guard.message, guard.findings };
        return false;
    }
    const std::optional<Letter> letter = [&]() -> std::optional<Letter> {
        for (const Letter &l : letters(caseNumber)) {
            if (l.id == letterId)
                return l;
        }
        return std::nullopt;
    }();
    if (!letter) {
        *error = { ServiceError::Code::NotFound,
                   tr("Request %1 has no letter %2.").arg(caseNumber).arg(letterId),
                   {} };
        return false;
    }
    if (letter->isSent())
        return invalid(
            tr("This letter was already recorded as sent on %1 (%2).")
                .arg(QLocale().toString(letter->sentOn, QLocale::ShortFormat), letter->sentHow));
    if (letter->destroyed)
        return invalid(tr("This letter was destroyed under the retention rules."));
    const QDate made = organisationDay(letter->generatedAt);
    if (!sentOn.isValid())
        return invalid(tr("Enter the day the letter was sent."));
    if (sentOn < made)
        return invalid(tr("A letter cannot have been sent before it was made (%1).")
                           .arg(QLocale().toString(made, QLocale::ShortFormat)));
    if (sentOn > m_clock.today())
        return invalid(tr("The day the letter was sent lies in the future."));

    QSqlDatabase db = m_store.database();
    Transaction transaction(db);
    if (!transaction.isOpen()) {
        *error = ServiceError::fromTransaction(transaction);
        return false;
    }
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "UPDATE letters SET sent_on = ?, sent_how = ?, sent_recorded_at = ?, sent_recorded_by = "
        "? WHERE id = ? AND sent_on IS NULL"));
    query.addBindValue(sentOn.toString(Qt::ISODate));
    query.addBindValue(how.trimmed());
    query.addBindValue(m_clock.now().toString(Qt::ISODateWithMs));
    query.addBindValue(m_store.userName());
    query.addBindValue(letterId);
    if (!query.exec() || query.numRowsAffected() != 1) {
        *error = ServiceError::fromSql(query.lastError());
        return false;
    }
    AuditLog log = audit();
    QString auditError;
    if (!log.append(m_store.userName(), caseEntity, letter->caseNumber,
                    QStringLiteral("case.letter_sent"),
                    { { QStringLiteral("letter"), QString::number(letterId) },
                      { QStringLiteral("kind"), LetterCodes::code(letter->kind) },
                      { QStringLiteral("sha256"), letter->sha256 },
                      { QStringLiteral("sent_on"), sentOn.toString(Qt::ISODate) },
                      { QStringLiteral("how"), how.trimmed() } },
                    &auditError)
        || (guard.overridden
            && !log.append(m_store.userName(), caseEntity, letter->caseNumber,
                           QStringLiteral("bsn.override"), guard.auditPayload(), &auditError))) {
        *error = { ServiceError::Code::Storage, auditError, {} };
        return false;
    }
    if (!transaction.commit()) {
        *error = ServiceError::fromTransaction(transaction);
        return false;
    }
    return true;
}

QList<Letter> LetterService::letters(const QString &caseNumber, ServiceError *error) const
{
    if (error)
        *error = {};
    if (!readable(m_store, m_clock, Permission::ViewAllCases, QStringLiteral("letter.read"),
                  caseNumber, error))
        return {};
    QList<Letter> result;
    QSqlQuery query(m_store.database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT l.id, c.number, l.kind, l.body, l.sha256, l.generated_at, l.generated_by, "
        "l.destroyed_at, l.sent_on, l.sent_how FROM letters l JOIN cases c ON c.id = l.case_id "
        "WHERE c.number = ? ORDER BY l.id"));
    query.addBindValue(caseNumber.trimmed().toUpper());
    if (!query.exec()) {
        // Never "no letters were made" for a list that could not be read (issue 15).
        if (error)
            *error = ServiceError::fromSql(query.lastError());
        return result;
    }
    while (query.next()) {
        Letter letter;
        letter.id = query.value(0).toLongLong();
        letter.caseNumber = query.value(1).toString();
        letter.kind = LetterCodes::kind(query.value(2).toString())
                          .value_or(LetterKind::Ontvangstbevestiging);
        letter.html = query.value(3).toString();
        letter.sha256 = query.value(4).toString();
        letter.generatedAt = QDateTime::fromString(query.value(5).toString(), Qt::ISODateWithMs);
        letter.generatedBy = query.value(6).toString();
        letter.destroyed = !query.isNull(7);
        letter.destroyedAt = QDateTime::fromString(query.value(7).toString(), Qt::ISODateWithMs);
        letter.sentOn = QDate::fromString(query.value(8).toString(), Qt::ISODate);
        letter.sentHow = query.value(9).toString();
        result << letter;
    }
    return result;
}

void LetterService::fillDocument(QTextDocument *document, const QString &html)
{
    QFont font = document->defaultFont();
    font.setPointSizeF(10.5);
    document->setDefaultFont(font);
    document->setDocumentMargin(0);
    // px: 1/96 inch, scaled to the printer by the layout (Qt's rich text ignores pt margins).
    document->setDefaultStyleSheet(
        QStringLiteral("p { margin-top: 0px; margin-bottom: 9px; } li { margin-bottom: 2px; }"));
    document->setHtml(QStringLiteral("<html><body>") + html + QStringLiteral("</body></html>"));
}

int LetterService::paint(const QString &html, QPagedPaintDevice *device, const QString &title,
                         PrintedDocument::Marking marking)
{
    QTextDocument document;
    fillDocument(&document, html);
    return PrintedDocument::paint(&document, device, title, marking,
                                  PrintedDocument::Audience::DataSubject);
}

bool LetterService::writePdf(const QString &html, const QString &title,
                             PrintedDocument::Marking marking, const OutputTarget &target,
                             QString *error, int *pages)
{
    QTextDocument document;
    fillDocument(&document, html);
    return PrintedDocument::writePdf(&document, title, marking, target, error, pages,
                                     PrintedDocument::Audience::DataSubject);
}

} // namespace pd
