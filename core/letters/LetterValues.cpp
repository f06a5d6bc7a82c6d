// What each placeholder of a request's letter says (LetterTemplates::values): the request, its
// deadlines, its decision and the organisation in plain Dutch (B1), as HTML. Letters are Dutch
// whatever the interface language: they go to Dutch tenants.
#include "cases/Grounds.h"
#include "letters/AccessScope.h"
#include "letters/LetterCorrectionTexts.h"
#include "letters/LetterDeadlineTexts.h"
#include "letters/LetterErasureTexts.h"
#include "letters/LetterRestrictionTexts.h"
#include "letters/LetterWords.h"
#include "letters/Letters.h"
#include "print/PrintedDocument.h"

#include <QLocale>
#include <QRegularExpression>

#include <algorithm>

namespace pd {

namespace {

using namespace letterwords;
using namespace letterdeadlines;
using namespace letterrestrictions;

// The kind of request as a heading of its part of the decision; w: whose data.
QString dutchTypeHeading(RequestType type, const Whose &w)
{
    switch (type) {
    case RequestType::Inzage:
        return QStringLiteral("Inzage in %1 (artikel 15 AVG)").arg(w.personalData);
    case RequestType::Rectificatie:
        return QStringLiteral("Correctie of aanvulling van %1 (artikel 16 AVG)").arg(w.data);
    case RequestType::Verwijdering:
        return QStringLiteral("Verwijdering van %1 (artikel 17 AVG)").arg(w.data);
    case RequestType::Beperking:
        return QStringLiteral("Beperking van de verwerking (artikel 18 AVG)");
    case RequestType::Overdraagbaarheid:
        return QStringLiteral("Overdracht van %1 (artikel 20 AVG)").arg(w.data);
    case RequestType::Bezwaar:
        return QStringLiteral("Bezwaar tegen het gebruik van %1 (artikel 21 AVG)").arg(w.data);
    case RequestType::Intrekking:
        return QStringLiteral("Intrekking van %1 (artikel 7 lid 3 AVG)").arg(w.consent);
    case RequestType::Klacht:
        return QStringLiteral("Uw klacht");
    case RequestType::Overig:
        return QStringLiteral("Uw verzoek");
    }
    return {};
}

// What a kind of request granted in full means, in one or two sentences. A granted inzage or
// portability says what is enclosed. described: what was done follows in the letter.
// reportMade: an access report was made for the request (LetterContext::reportMade); only then
// is it "bij deze brief". w: whose data.
QString dutchGranted(RequestType type, bool directMarketing, bool described, bool reportMade,
                     const Whose &w)
{
    if (described && type == RequestType::Rectificatie)
        return QStringLiteral("Wij hebben %1 gecorrigeerd zoals hieronder beschreven.").arg(w.data);
    if (described && type == RequestType::Verwijdering)
        return QStringLiteral("Wij hebben de gegevens verwijderd die hieronder staan.");
    switch (type) {
    case RequestType::Inzage:
        return (reportMade ? QStringLiteral("Bij deze brief ontvangt u een overzicht van %1. ")
                           : QStringLiteral("U krijgt een overzicht van %1. Wij sturen het u "
                                            "apart toe. "))
                   .arg(w.personalData)
            + QStringLiteral("Daarin leest u ook waarvoor wij ze gebruiken, aan wie wij ze "
                             "geven, hoe lang wij ze bewaren en waar wij ze vandaan hebben "
                             "(artikel 15 AVG).");
    case RequestType::Rectificatie:
        return QStringLiteral("Wij hebben %1 gecorrigeerd of aangevuld zoals u vroeg.").arg(w.data);
    case RequestType::Verwijdering:
        return QStringLiteral("Wij hebben de gegevens waarop uw verzoek betrekking had, "
                              "verwijderd.");
    case RequestType::Beperking:
        return QStringLiteral("Wij hebben het gebruik van %1 beperkt, zoals u vroeg. Wij "
                              "bewaren ze nog wel, maar wij gebruiken ze niet zolang de beperking "
                              "geldt.")
            .arg(w.data);
    case RequestType::Overdraagbaarheid:
        return QStringLiteral("Bij deze brief ontvangt u de gegevens die %1 ons zelf heeft "
                              "gegeven, als computerbestanden. Die kunt u aan een andere "
                              "organisatie geven (artikel 20 AVG).")
            .arg(w.you);
    case RequestType::Bezwaar:
        // What the objection was about is named below it when recorded: never a
        // fixed "reclame en aanbiedingen" the tenant may not have objected to.
        return (directMarketing
                    ? QStringLiteral("Wij gebruiken %1 niet meer voor de reclame waartegen u "
                                     "bezwaar maakte (artikel 21 lid 3 AVG).")
                    : QStringLiteral("Wij gebruiken %1 niet meer op de manier waartegen u "
                                     "bezwaar maakte."))
            .arg(w.data);
    case RequestType::Intrekking:
        return QStringLiteral("Wij hebben vastgelegd dat u %1 heeft ingetrokken. Wij gebruiken "
                              "%2 daar niet meer voor.")
            .arg(w.consent, w.data);
    case RequestType::Klacht:
    case RequestType::Overig:
        return QStringLiteral("Wij hebben gedaan wat u vroeg.");
    }
    return {};
}

// The part of the request of this kind was refused (a combined request decided per kind).
bool refusedPart(const Case &c, RequestType type)
{
    const QList<TypeDecision> parts = CaseWorkflow::decisionsOf(c);
    return std::any_of(parts.cbegin(), parts.cend(), [type](const TypeDecision &d) {
        return d.type == type && d.outcome == Outcome::Afgewezen;
    });
}

// The portability files went straight to the other controller the request names (art. 20 lid
// 2): not when that part was refused, nor when the direct transmission was not technically
// feasible (ieder1: the files then came to the person).
bool sentDirectly(const Case &c)
{
    if (c.transmitTo.isEmpty() || refusedPart(c, RequestType::Overdraagbaarheid))
        return false;
    const QList<TypeDecision> parts = CaseWorkflow::decisionsOf(c);
    return std::none_of(parts.cbegin(), parts.cend(), [](const TypeDecision &d) {
        return d.type == RequestType::Overdraagbaarheid
            && d.grounds.contains(RefusalGround::Art20_2);
    });
}

// The label before what a partial grant did, and before what it does not do and why.
QString dutchDoneLabel(RequestType type, const Case &c, const Whose &w)
{
    // Sent straight to another organisation (art. 20 lid 2 AVG), the person received nothing
    // (seed 000: "Wat u van ons ontvangt" over files sent to Woonbedrijf Noordoost).
    if (type == RequestType::Overdraagbaarheid && sentDirectly(c))
        return QStringLiteral("Waar wij %1 naartoe hebben gestuurd").arg(escaped(w.data));
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

QString dutchNotDoneLabel(const TypeDecision &d)
{
    // Not sent straight to the other controller (art. 20 lid 2): nothing was left out
    // of the files, the transmission was not done.
    if (d.grounds.contains(RefusalGround::Art20_2) && !d.grounds.contains(RefusalGround::Art20_4))
        return QStringLiteral("Wat wij niet hebben gedaan en waarom");
    switch (d.type) {
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

QString groundsListHtml(const QList<RefusalGround> &grounds, const Whose &w)
{
    if (grounds.isEmpty())
        return {};
    QString html = QStringLiteral("<p>Wij baseren dit op:</p><ul>");
    for (RefusalGround ground : grounds)
        html += QStringLiteral("<li>%1</li>").arg(escaped(dutchGround(ground, w)));
    return html + QStringLiteral("</ul>");
}

// The data subject's name when a representative made the request, else empty: whom
// AccessScope's paragraph speaks of.
QString representedPerson(const Case &c)
{
    return c.representative.trimmed().isEmpty() ? QString() : c.person.name.simplified();
}

// Free text as paragraphs: the officer's line breaks kept.
QString textHtml(const QString &text)
{
    return escaped(text).replace(u'\n', QStringLiteral("<br>"));
}

// An objection's subject as the tenant reads it.
QString dutchObjectionSubject(const ObjectionPart &part)
{
    switch (part.subject) {
    case ObjectionSubject::Nieuwsbrief:
        return QStringLiteral("onze nieuwsbrief");
    case ObjectionSubject::Enquetes:
        return QStringLiteral("enquêtes en onderzoeken onder huurders");
    case ObjectionSubject::ReclameMail:
        return QStringLiteral("reclame en aanbiedingen per post of e-mail");
    case ObjectionSubject::ReclameTelefoon:
        return QStringLiteral("reclame en aanbiedingen per telefoon");
    case ObjectionSubject::Deurwaarder:
        return QStringLiteral("het doorgeven van gegevens aan de deurwaarder bij een "
                              "huurachterstand");
    case ObjectionSubject::Overlast:
        return QStringLiteral("het vastleggen van meldingen over overlast");
    case ObjectionSubject::Cameratoezicht:
        return QStringLiteral("cameratoezicht in en rond onze gebouwen");
    case ObjectionSubject::Samenwerking:
        return QStringLiteral("het uitwisselen van gegevens met de gemeente, de politie of "
                              "zorginstellingen in een samenwerkingsverband");
    case ObjectionSubject::Overig:
        break;
    }
    return part.text;
}

// What the objection was about, stopped or going on, as lists; empty when not
// recorded. w: whose data.
QString objectionHtml(const QList<ObjectionPart> &parts, const Whose &w)
{
    QString stopped;
    QString kept;
    for (const ObjectionPart &part : parts)
        (part.stopped ? stopped : kept)
            += QStringLiteral("<li>%1</li>").arg(escaped(dutchObjectionSubject(part)));
    QString html;
    if (!stopped.isEmpty())
        html += QStringLiteral("<p>Hiervoor gebruiken wij %1 niet meer:</p><ul>%2</ul>")
                    .arg(escaped(w.data), stopped);
    if (!kept.isEmpty())
        html += QStringLiteral("<p>Hiervoor blijven wij %1 gebruiken:</p><ul>%2</ul>")
                    .arg(escaped(w.data), kept);
    return html;
}

// What a granted portability part promises (art. 20 AVG): what the files held as the export
// recorded it (fields), that their LEESMIJ.txt names what they leave out, and what comes
// separately: the other systems' data the search found, said here unless the request's inzage
// part, granted as well, says it already.
QString portabilityScopeHtml(const Case &c, const QList<SystemCheck> &systems,
                             const QString &transmittedTo, const std::optional<QStringList> &fields)
{
    const Whose w = Whose::of(c);
    const QList<TypeDecision> parts = CaseWorkflow::decisionsOf(c);
    const bool inzageSays = std::any_of(parts.cbegin(), parts.cend(), [](const TypeDecision &d) {
        return d.type == RequestType::Inzage
            && (d.outcome == Outcome::Toegewezen || d.outcome == Outcome::DeelsToegewezen);
    });
    return (inzageSays ? QString()
                       : AccessScope::letterHtml(false, true, representedPerson(c), systems,
                                                 transmittedTo))
        + AccessScope::portableHtml(fields, w.data, w.consent, w.you);
}

// One kind's part of a decision: what was decided, what was done, what not and why,
// on which grounds. heading: the kind as a heading (a decision on several kinds). From the
// request c: against direct marketing, what an objection was about, each stopped or not, and the
// controller a portability export goes to directly. reportMade: as dutchGranted.
QString decisionPartHtml(const TypeDecision &d, const Case &c, bool heading, bool reportMade,
                         const QList<SystemCheck> &systems,
                         const std::optional<QStringList> &portableFields = std::nullopt)
{
    const bool directMarketing = c.directMarketing;
    const QList<ObjectionPart> &objection = c.objection;
    const Whose w = Whose::of(c);
    // The portability files went straight to another controller (art. 20 lid 2): what the other
    // systems hold of it goes there too, and the inzage part says so (ieder1).
    const QString transmittedTo = sentDirectly(c) ? c.transmitTo.name : QString();
    QString html;
    const QString outcome = d.outcome == Outcome::Toegewezen ? QStringLiteral("toegewezen")
        : d.outcome == Outcome::DeelsToegewezen ? QStringLiteral("voor een deel toegewezen")
                                                : QStringLiteral("afgewezen");
    if (heading)
        html += QStringLiteral("<p><b>%1: %2</b></p>")
                    .arg(escaped(dutchTypeHeading(d.type, w)), outcome);
    switch (d.outcome) {
    case Outcome::Toegewezen:
        // Sent to another controller, not enclosed (art. 20 lid 2).
        if (d.type == RequestType::Overdraagbaarheid && sentDirectly(c))
            html += QStringLiteral("<p>U vroeg ons %1 rechtstreeks naar %2 te sturen. Dat doen "
                                   "wij: zij krijgen de gegevens die %3 ons zelf heeft gegeven, "
                                   "als computerbestanden (artikel 20 lid 2 AVG).</p>")
                        .arg(escaped(w.data), escaped(c.transmitTo.name), escaped(w.you));
        else if (d.type == RequestType::Bezwaar && directMarketing
                 && std::any_of(objection.cbegin(), objection.cend(),
                                [](const ObjectionPart &part) { return !part.marketing(); }))
            // Surveys or something else beside the marketing: not all of it is "reclame", and
            // art. 21 lid 3 covers only the marketing (seed 001, Mijande).
            html += QStringLiteral("<p>Wij gebruiken %1 niet meer op de manier waartegen u "
                                   "bezwaar maakte. Tegen reclame kunt u altijd bezwaar maken "
                                   "(artikel 21 lid 3 AVG).</p>")
                        .arg(escaped(w.data));
        else
            html += QStringLiteral("<p>%1</p>")
                        .arg(escaped(dutchGranted(d.type, directMarketing, !d.granted.isEmpty(),
                                                  reportMade, w)));
        if (d.type == RequestType::Bezwaar)
            html += objectionHtml(objection, w);
        // What was done, when the officer said it: old → new, what was erased.
        if (!d.granted.isEmpty())
            html += QStringLiteral("<p><b>%1</b><br>%2</p>")
                        .arg(dutchDoneLabel(d.type, c, w), textHtml(d.granted));
        // The overview holds what Privacydesk records: never "alle persoonsgegevens".
        if (d.type == RequestType::Inzage)
            html += AccessScope::letterHtml(true, false, representedPerson(c), systems,
                                            transmittedTo);
        if (d.type == RequestType::Overdraagbaarheid)
            html += portabilityScopeHtml(c, systems, transmittedTo, portableFields);
        break;
    case Outcome::DeelsToegewezen:
        if (d.type == RequestType::Inzage)
            html
                += (reportMade ? QStringLiteral("<p>Bij deze brief ontvangt u een overzicht van de "
                                                "persoonsgegevens die wij u kunnen geven, met de "
                                                "informatie die artikel 15 AVG noemt.</p>")
                               : QStringLiteral("<p>U krijgt een overzicht van de "
                                                "persoonsgegevens die wij u kunnen geven, met de "
                                                "informatie die artikel 15 AVG noemt. Wij sturen "
                                                "het u apart toe.</p>"))
                + AccessScope::letterHtml(true, false, representedPerson(c), systems,
                                          transmittedTo);
        // The marketing part stopped because the law says so, not after weighing: the other
        // part, weighed under art. 21 lid 1, is what the reasons below are about.
        if (d.type == RequestType::Bezwaar && directMarketing)
            html += QStringLiteral("<p>Tegen reclame kunt u altijd bezwaar maken (artikel 21 lid "
                                   "3 AVG). Voor reclame gebruiken wij %1 daarom niet meer.</p>")
                        .arg(escaped(w.data));
        if (d.type == RequestType::Overdraagbaarheid)
            html += portabilityScopeHtml(c, systems, transmittedTo, portableFields);
        if (d.type == RequestType::Bezwaar)
            html += objectionHtml(objection, w);
        html += QStringLiteral("<p><b>%1</b><br>%2</p>")
                    .arg(dutchDoneLabel(d.type, c, w), textHtml(d.granted));
        html += QStringLiteral("<p><b>%1</b><br>%2</p>")
                    .arg(dutchNotDoneLabel(d), textHtml(d.motivation));
        html += groundsListHtml(d.grounds, w);
        break;
    case Outcome::Afgewezen:
        // The outcome sentence above says it for a request of one kind; a heading for each kind.
        if (d.type == RequestType::Bezwaar)
            html += objectionHtml(objection, w);
        html += QStringLiteral("<p><b>Waarom</b><br>%1</p>").arg(textHtml(d.motivation));
        html += groundsListHtml(d.grounds, w);
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
QString decisionPartsHtml(const LetterContext &context, const QString &wholeGrounds,
                          const QString &wholeReasons)
{
    const Case &c = context.request;
    const QList<TypeDecision> parts = CaseWorkflow::decisionsOf(c);
    if (parts.isEmpty())
        return wholeGrounds + wholeReasons;
    QString html;
    for (const TypeDecision &d : parts)
        html += decisionPartHtml(d, c, parts.size() > 1, context.reportMade, context.systems,
                                 context.portableFields);
    return html;
}

// One kind's part for the letter that confirms it (erasure, rectification), without heading;
// empty when the request has no decided part of that kind.
QString decisionPartOf(const Case &c, RequestType type)
{
    for (TypeDecision d : CaseWorkflow::decisionsOf(c)) {
        // Only the grounds of this letter's kind: never art. 17(3) in a correction.
        d.grounds.removeIf([type](RefusalGround g) { return !Grounds::fits(g, type); });
        // A partial grant says so first: never "zoals u vroeg" beside "gedeeltelijk".
        if (d.type == type)
            return (d.outcome == Outcome::DeelsToegewezen
                        ? QStringLiteral("<p>Wij hebben een deel gedaan van wat u vroeg. Hieronder "
                                         "leest u wat wel en wat niet, en waarom.</p>")
                        : QString())
                + decisionPartHtml(d, c, false, false, {});
    }
    return {};
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

// The privacy officer's own phone number and e-mail, escaped: in a sentence
// "telefoonnummer 06 12345678 of fg@voorbeeld.nl", as lines "06 12345678<br>fg@voorbeeld.nl";
// empty when neither is set.
// Both follow the organisation's own e-mail and phone: a way that is the same as one of those is
// left out (ieder1: the officer's address is privacy@ieder1.nl).
QString officerWays(const OrganisationDetails &o, bool sentence)
{
    const auto repeats = [](const QString &way, const QString &organisation) {
        return way.simplified().compare(organisation.simplified(), Qt::CaseInsensitive) == 0;
    };
    QStringList ways;
    if (!o.officerPhone.trimmed().isEmpty() && !repeats(o.officerPhone, o.phone))
        ways << (sentence ? QStringLiteral("telefoonnummer %1") : QStringLiteral("%1"))
                    .arg(escaped(o.officerPhone));
    if (!o.officerEmail.trimmed().isEmpty() && !repeats(o.officerEmail, o.privacyEmail))
        ways << escaped(o.officerEmail);
    return ways.join(sentence ? QStringLiteral(" of ") : QStringLiteral("<br>"));
}

// {{organisatie.contact}}: "privacy@… of telefoonnummer …", to follow "Neem dan contact met ons
// op via"; with the privacy officer's own phone or e-mail when set: "…, of
// rechtstreeks met onze functionaris gegevensbescherming via telefoonnummer … of …".
QString contactHtml(const OrganisationDetails &o)
{
    const QString email = o.privacyEmail.trimmed();
    const QString phone = o.phone.trimmed();
    QString html = escaped(email);
    if (!phone.isEmpty())
        html = email.isEmpty()
            ? QStringLiteral("telefoonnummer %1").arg(escaped(phone))
            : QStringLiteral("%1 of telefoonnummer %2").arg(html, escaped(phone));
    if (const QString officer = officerWays(o, true); !officer.isEmpty())
        html += QStringLiteral(", of rechtstreeks met onze %1 via %2")
                    .arg(escaped(o.signatureRoleText()), officer);
    return html;
}

// Whose data the kinds of a request are about. To the person "inzage in uw gegevens en
// verwijdering van uw gegevens"; to a representative, the person named once, at the end: "inzage
// in de gegevens en verwijdering van de gegevens van W. de Groot-Visser".
QString ofWhom(const QString &kinds, const Case &c)
{
    if (c.representative.trimmed().isEmpty())
        return kinds;
    QString text = kinds;
    text.replace(QStringLiteral("uw gegevens"), QStringLiteral("de gegevens"));
    text.replace(QStringLiteral("uw toestemming"), QStringLiteral("de toestemming"));
    return text + QStringLiteral(" van ") + c.person.name.simplified();
}

// "Dorpsstraat 3, 6582 AB Heumen" → "Dorpsstraat 3<br>6582 AB Heumen": a one-line address as
// an envelope's lines, split at its last comma.
QString oneLineAddressHtml(const QString &line)
{
    const QString text = line.simplified();
    const qsizetype comma = text.lastIndexOf(u',');
    if (comma < 0)
        return escaped(text);
    return escaped(text.left(comma)) + QStringLiteral("<br>") + escaped(text.mid(comma + 1));
}

// Who a letter of a request goes to: {{geadresseerde.naam}}, {{geadresseerde.adres}},
// {{aanhef}} ("Geachte heer of mevrouw De Groot" to the representative J. de Groot, "Geachte
// heer of mevrouw De Groot-Visser" to the person W. de Groot-Visser), {{namens}} (" namens W. de
// Groot-Visser", after "uw verzoek"; empty for the person's own request) and {{gemachtigde.naam}}.
void addresseeValues(const LetterContext &context, QHash<QString, QString> *v)
{
    const Case &c = context.request;
    const Person &p = c.person;
    const QString representative = c.representative.simplified();
    v->insert(QStringLiteral("gemachtigde.naam"), escaped(representative));
    if (representative.isEmpty()) {
        v->insert(QStringLiteral("geadresseerde.naam"), escaped(p.name));
        v->insert(QStringLiteral("geadresseerde.adres"),
                  addressHtml(p.street + u' ' + p.houseNumber, p.postcode, p.city));
        v->insert(QStringLiteral("aanhef"), salutationHtml(p.name));
        v->insert(QStringLiteral("namens"), QString());
        v->insert(QStringLiteral("gegevens.van"), QStringLiteral("uw gegevens"));
        v->insert(QStringLiteral("identificatie.aankondiging"),
                  identificationAnnouncementHtml(context, escaped(whatWeDoText(c.types))));
        return;
    }
    // A representative showed who acts for whom with the mandate (its letter asks for both
    // identity documents): nobody is asked again "wie u bent".
    const QString actingFor = actingForHtml(c);
    const MandateProof mandate = MandateProof::of(c);
    v->insert(QStringLiteral("identificatie.aankondiging"),
              c.mandate.received.isValid()
                  ? QStringLiteral("<p><b>%1</b><br>Op %2 hebben wij %3 ontvangen waarmee u %4 "
                                   "optreedt.</p>")
                        .arg(mandate.signedMandate ? QStringLiteral("Uw machtiging")
                                                   : QStringLiteral("Uw bewijs"),
                             dutchDate(c.mandate.received), mandate.proof, actingFor)
                  : QString());
    // To the representative by name, at their organisation; greeted by their
    // own name, never by the firm's ("Geachte heer of mevrouw Salland").
    const QString organisation = c.representativeOrganisation.simplified();
    v->insert(QStringLiteral("geadresseerde.naam"),
              escaped(representative)
                  + (organisation.isEmpty() ? QString()
                                            : QStringLiteral("<br>") + escaped(organisation)));
    v->insert(QStringLiteral("geadresseerde.adres"), oneLineAddressHtml(c.representativeAddress));
    v->insert(QStringLiteral("aanhef"), salutationHtml(representative));
    v->insert(QStringLiteral("namens"), u' ' + actingFor);
    v->insert(QStringLiteral("gegevens.van"), QStringLiteral("de gegevens van ") + escaped(p.name));
}

// {{art19.ontvangers}}: the recipients recorded as told of the change, with the day,
// and those not told because that proved impossible or would take disproportionate effort, with
// the reason, as a block; empty when there are none. A recipient the data subject may
// not know of (a disclosure the law forbids telling them) is never named.
QString art19Html(const LetterContext &context)
{
    QStringList told;
    QStringList exempt;
    QStringList notApplicable;
    for (const Art19Notification &n : context.art19) {
        // One the officer marked "niet van toepassing" is named with her reason: it had the
        // person's data, and "niet mogelijk of heel veel werk" would be a false reason.
        if (!n.withheld && n.notApplicable && !n.notApplicableReason.trimmed().isEmpty()) {
            notApplicable << QStringLiteral("<li>%1: %2</li>")
                                 .arg(escaped(n.recipientName),
                                      escaped(n.notApplicableReason.trimmed()));
            continue;
        }
        // Nor one that never received the data that changed: art. 19 does not ask
        // it, and "niet mogelijk of heel veel werk" would be a false reason.
        if (n.withheld || (n.notApplicable && !n.notifiedOn.isValid()))
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
    if (told.isEmpty() && exempt.isEmpty() && notApplicable.isEmpty())
        return {};
    QStringList changes;
    const QList<RequestType> &types = context.request.types;
    // Whose data the recipients had: to a representative, the person's by name.
    const QString data = escaped(Whose::of(context.request).data);
    if (types.contains(RequestType::Rectificatie))
        changes << QStringLiteral("de correctie");
    if (types.contains(RequestType::Verwijdering))
        changes << QStringLiteral("de verwijdering");
    if (types.contains(RequestType::Beperking))
        changes << QStringLiteral("de beperking van het gebruik van %1").arg(data);
    if (changes.isEmpty())
        changes << QStringLiteral("de wijziging");
    QString html;
    // "deze organisaties", not "de organisaties": the list need not be all of them.
    if (!told.isEmpty())
        html += QStringLiteral(
                    "<p>Wij hebben %1 ook doorgegeven aan deze organisaties. Zij hebben %2 "
                    "eerder van ons gekregen (artikel 19 AVG):</p><ul>%3</ul>")
                    .arg(dutchList(changes), data, told.join(QString()));
    // Art. 19: "tenzij dit onmogelijk blijkt of onevenredig veel inspanning vergt", in plain
    // words.
    if (!exempt.isEmpty())
        html += QStringLiteral("<p>Deze organisaties hebben %1 ook eerder van ons gekregen. Aan "
                               "hen hebben wij %2 niet doorgegeven, omdat dat niet mogelijk was "
                               "of heel veel werk zou kosten (artikel 19 AVG):</p><ul>%3</ul>")
                    .arg(data, dutchList(changes), exempt.join(QString()));
    // Art. 19 does not ask it for these: said as such, with the officer's reason.
    if (!notApplicable.isEmpty())
        html += QStringLiteral("<p>Aan deze organisaties hebben wij %1 niet doorgegeven. Dat "
                               "hoefde niet: artikel 19 AVG geldt voor hen niet, om de reden die "
                               "erbij staat:</p><ul>%2</ul>")
                    .arg(dutchList(changes), notApplicable.join(QString()));
    return html;
}

// {{export.inhoud}}, {{export.overige_systemen}}, {{export.rechten_anderen}} and
// {{export.bewaren}}: what the export's cover letter says it brings, which article limits it for
// others' rights, and the advice to keep the data safe when the person receives any.
void exportValues(const LetterContext &context, QHash<QString, QString> *v)
{
    // What the export holds is what the inzage report and the portability files hold: what
    // Privacydesk records. The other systems are said apart, as the report says.
    const Case &c = context.request;
    const bool report = c.types.contains(RequestType::Inzage);
    const bool files = c.types.contains(RequestType::Overdraagbaarheid)
        && !refusedPart(c, RequestType::Overdraagbaarheid);
    // Portability files with none of the person's data: said as it is.
    const bool empty = files && context.exportHeldNothing;
    const bool direct = files && sentDirectly(c);
    // Whose data: "over u" to the person, the person by name to a representative.
    const Whose w = Whose::of(c);
    QStringList contents;
    if (report)
        contents << QStringLiteral(
                        "een overzicht van de persoonsgegevens die wij over %1 vastleggen in "
                        "Privacydesk. Daarin leest u ook waarvoor wij %2 gebruiken, aan wie wij "
                        "ze hebben gegeven, hoe lang wij ze bewaren en waar wij ze vandaan hebben "
                        "(artikel 15 AVG).")
                        .arg(w.you, w.data);
    if (empty)
        contents << (direct
                         ? QStringLiteral("een bevestiging dat wij de computerbestanden (JSON "
                                          "en CSV) rechtstreeks aan %1 hebben gestuurd, zoals "
                                          "u vroeg. ")
                               .arg(c.transmitTo.name.simplified())
                         : QStringLiteral("de computerbestanden (JSON en CSV) waar u om vroeg. "))
                + QStringLiteral(
                      "Daarin staan geen gegevens van %1. Het recht op overdraagbaarheid geldt "
                      "alleen voor gegevens die wij gebruiken met %2 of voor een overeenkomst "
                      "met %1 (artikel 20 lid 1 AVG). Zulke gegevens hebben wij niet van %1. In "
                      "het bestand LEESMIJ.txt leest u welke gegevens wij wel van %1 hebben, en "
                      "waarom die er niet in staan.")
                      .arg(w.you, w.consent);
    else if (direct)
        // Sent straight to the other controller (art. 20 lid 2): the person gets word of it,
        // not the files.
        contents << QStringLiteral(
                        "een bevestiging dat wij %1 als computerbestanden (JSON en CSV) "
                        "rechtstreeks aan %2 hebben gestuurd, zoals u vroeg (artikel 20 lid 2 "
                        "AVG). Het gaat om de gegevens die wij gebruiken met %3 of voor een "
                        "overeenkomst met %4. In het bestand LEESMIJ.txt bij die bestanden staat "
                        "welke gegevens er niet in staan, en waarom.")
                        .arg(w.data, c.transmitTo.name.simplified(), w.consent, w.you);
    else if (files)
        // Art. 20 covers only data processed on consent or a contract: the export holds those,
        // and its LEESMIJ.txt says what it leaves out and why (PersonPortability).
        contents << QStringLiteral(
                        "%1 als computerbestanden (JSON en CSV). Die kunt u aan een andere "
                        "organisatie geven (artikel 20 AVG). Het gaat om de gegevens die wij "
                        "gebruiken met %2 of voor een overeenkomst met %3. In het bestand "
                        "LEESMIJ.txt leest u welke gegevens er niet in staan, en waarom.")
                        .arg(w.data, w.consent, w.you);
    if (contents.isEmpty())
        contents << QStringLiteral("de gegevens waar u om vroeg.");
    QString list = QStringLiteral("<ul>");
    for (const QString &item : std::as_const(contents))
        list += QStringLiteral("<li>%1</li>").arg(escaped(item));
    v->insert(QStringLiteral("export.inhoud"), list + QStringLiteral("</ul>"));
    // Files that hold nothing of the person are no part of what Privacydesk records, and no data
    // of another system follows them (seed 003: "De bestanden bevatten een deel van wat wij over
    // u vastleggen" beside "Daarin staan geen gegevens van u").
    v->insert(QStringLiteral("export.overige_systemen"),
              AccessScope::letterHtml(report, files && !empty, representedPerson(c),
                                      context.systems, direct ? c.transmitTo.name : QString()));
    // Only what reaches the person is theirs to keep safe: not files sent straight to another
    // organisation, nor files that hold nothing of theirs.
    v->insert(QStringLiteral("export.bewaren"),
              report || (files && !empty && !direct)
                  ? QStringLiteral("<p>Wat u van ons ontvangt, zijn %1. Bewaar ze op een veilige "
                                   "plek. Deel ze alleen met mensen die u vertrouwt.</p>")
                        .arg(escaped(w.personalData))
                  : QString());
    // Others' rights limit a copy by art. 15 lid 4 and a portability export by art. 20 lid 4:
    // never the inzage article for files under art. 20.
    const QString article = report && files
        ? QStringLiteral("artikel 15 lid 4 en artikel 20 lid 4 AVG")
        : files ? QStringLiteral("artikel 20 lid 4 AVG")
                : QStringLiteral("artikel 15 lid 4 AVG");
    v->insert(QStringLiteral("export.rechten_anderen"), article);
    // Said as it was done (seed 000: "Dan hebben wij die weggelaten" beside an export that left
    // nothing out): asked only when the export does not say.
    const std::optional<bool> leftOut = context.exportLeftOutOthers;
    v->insert(QStringLiteral("export.anderen"),
              !leftOut ? QStringLiteral("<p>Staan er in %1 ook gegevens van andere mensen? Dan "
                                        "hebben wij die weggelaten. Zo beschermen wij hun privacy "
                                        "(%2).</p>")
                             .arg(escaped(w.data), article)
                  : *leftOut ? QStringLiteral("<p>In %1 stonden ook gegevens van andere mensen. "
                                              "Die hebben wij weggelaten. Zo beschermen wij hun "
                                              "privacy (%2).</p>")
                                   .arg(escaped(w.data), article)
                             : QString());
}

} // namespace

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
    v.insert(QStringLiteral("organisatie.contact"), contactHtml(o));
    // The privacy officer's own phone and e-mail under the organisation's.
    QStringList lines = ways;
    if (const QString officer = officerWays(o, false); !officer.isEmpty())
        lines << escaped(o.signatureRoleText().left(1).toUpper() + o.signatureRoleText().mid(1))
                + QStringLiteral(":<br>") + officer;
    v.insert(QStringLiteral("organisatie.contactregels"), lines.join(QStringLiteral("<br>")));
    v.insert(QStringLiteral("betrokkene.naam"), escaped(p.name));
    v.insert(QStringLiteral("betrokkene.adres"),
             addressHtml(p.street + u' ' + p.houseNumber, p.postcode, p.city));
    addresseeValues(context, &v);
    v.insert(QStringLiteral("betrokkene.klantnummer"), escaped(p.klantnummer));
    v.insert(QStringLiteral("verzoek.nummer"), escaped(c.number));
    QStringList types;
    for (RequestType type : c.types)
        types << dutchType(type);
    v.insert(QStringLiteral("verzoek.soort"), escaped(ofWhom(dutchList(types), c)));
    v.insert(QStringLiteral("verzoek.ontvangen"), dutchDate(c.receivedDate));
    // To the representative themselves, "via uw gemachtigde" would name them.
    v.insert(QStringLiteral("verzoek.kanaal"),
             c.channel == Channel::Gemachtigde && !c.representative.trimmed().isEmpty()
                 ? QString()
                 : dutchChannel(c.channel));
    v.insert(QStringLiteral("termijn.wettelijk"), dutchDate(d.legal));
    v.insert(QStringLiteral("termijn.beleid"), dutchDate(d.policy));
    v.insert(QStringLiteral("termijn.geldend"), dutchDate(context.deadlines.current));
    v.insert(QStringLiteral("termijn.verlengd"), dutchDate(d.effectiveExtended));
    v.insert(QStringLiteral("verlenging.redenen"), escaped(c.extensionReason));
    v.insert(QStringLiteral("verlenging.datum"), dutchDate(c.extensionNotified));
    v.insert(QStringLiteral("verlenging.bericht"), extensionNoticeSentence(context));
    v.insert(QStringLiteral("verlenging.pauze"), pauseNote(context));
    whoAsksValues(context, &v);
    v.insert(QStringLiteral("besluit.uitkomst"),
             c.outcome ? escaped(dutchOutcome(*c.outcome)) : QString());
    const QString grounds = groundsListHtml(c.refusalGrounds, Whose::of(c));
    v.insert(QStringLiteral("besluit.gronden"), grounds);
    const QString reasons = c.motivation.trimmed().isEmpty()
        ? QString()
        : QStringLiteral("<p><b>Waarom wij zo hebben beslist</b><br>%1</p>")
              .arg(textHtml(c.motivation));
    v.insert(QStringLiteral("besluit.motivering"), reasons);
    QString parts = decisionPartsHtml(context, grounds, reasons)
        + lettercorrection::correctedInPrivacydeskHtml(context);
    // A representative's request closed without the mandate: the mandate is what was missing.
    if (c.outcome == Outcome::NietInBehandeling && c.awaitsMandate())
        parts = notDealtWithoutMandateHtml(escaped(c.person.name.simplified()),
                                           dutchDate(c.mandate.requested), escaped(o.privacyEmail),
                                           addressLine(o), MandateProof::of(c))
            + parts;
    else if (c.outcome == Outcome::NietInBehandeling)
        parts = notDealtWithHtml(escaped(o.privacyEmail), addressLine(o)) + parts;
    v.insert(QStringLiteral("besluit.onderdelen"), parts);
    v.insert(QStringLiteral("besluit.verwijdering"), decisionPartOf(c, RequestType::Verwijdering));
    v.insert(QStringLiteral("verwijderd.privacydesk"),
             lettererasure::erasedInPrivacydeskHtml(context));
    v.insert(QStringLiteral("besluit.rectificatie"),
             decisionPartOf(c, RequestType::Rectificatie)
                 + lettercorrection::correctedInPrivacydeskHtml(context));
    v.insert(QStringLiteral("besluit.datum"), dutchDate(c.answeredOn));
    v.insert(QStringLiteral("besluit.te_laat"), lateAnswerHtml(context));
    exportValues(context, &v);
    v.insert(QStringLiteral("termijn.verlenging"), extensionSentence(context));
    v.insert(QStringLiteral("art19.ontvangers"), art19Html(context));
    v.insert(QStringLiteral("beperking.gegevens"), restrictionsHtml(context));
    v.insert(QStringLiteral("beperking.gevolg"),
             restrictionEndHtml(context, &dutchObjectionSubject));
    v.insert(QStringLiteral("rechtsmiddelen"), legalRemediesHtml());
    v.insert(QStringLiteral("datum"), dutchDate(context.date));
    v.insert(QStringLiteral("behandelaar"),
             escaped(!context.handler.trimmed().isEmpty() ? context.handler
                         : context.signatory.isEmpty()    ? context.user
                                                          : context.signatory));
    v.insert(QStringLiteral("ondertekening.naam"),
             escaped(context.signatory.isEmpty() ? context.user : context.signatory));
    v.insert(QStringLiteral("ondertekening.functie"), escaped(context.signatoryFunction));
    return v;
}

} // namespace pd
