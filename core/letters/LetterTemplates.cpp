// The letter templates as text: the placeholders each kind may use, the checks a template must
// pass before it is stored, filling it for a letter, and its plain text for the BSN guard.
#include "letters/Letters.h"

#include <QElapsedTimer>
#include <QFile>
#include <QLocale>
#include <QRegularExpression>

namespace pd {

namespace {

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

} // namespace

QString LetterTemplates::defaultHtml(LetterKind kind)
{
    QFile file(QStringLiteral(":/letters/%1.html").arg(codes::code(kind)));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

QList<LetterPlaceholder> LetterTemplates::placeholders()
{
    return requestPlaceholders() + answerPlaceholders();
}

// The organisation, the person, the request, its deadlines, extension and identification, and
// the representative it came from.
QList<LetterPlaceholder> LetterTemplates::requestPlaceholders()
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
        { QStringLiteral("verlenging.pauze"),
          //: Dutch: "Waarom de datums later liggen doordat het wachten op de identificatie de
          //: termijn verschoof (leeg als dat niet zo is)"
          tr("Why the dates lie later because waiting for the identification moved the deadline "
             "(empty when it did not)") },
        //: Dutch: "Het huurdersportaal zoals de organisatie het noemt (Instellingen: bijv. mijn
        //: ieder1); anders ‘het huurdersportaal’"
        { QStringLiteral("identificatie.portaal"),
          tr("The tenants' portal as the organisation calls it (Settings: e.g. mijn ieder1); "
             "else ‘het huurdersportaal’") },
        { QStringLiteral("identificatie.termijn"),
          tr("What waiting for identification does to the deadline, as the policy has it (the "
             "deadline pauses, or starts again)") },
        //: Dutch: "Wat het wachten op de machtiging met de termijn doet: hij staat stil, of loopt
        //: door als er te laat om is gevraagd"
        { QStringLiteral("machtiging.termijn"),
          tr("What waiting for the mandate does to the deadline: it pauses, or runs on when the "
             "mandate was asked for too late") },
        //: Dutch: "Wat de gemachtigde moet sturen, na \"stuur ons\": \"een machtiging\", \"de
        //: beschikking van de kantonrechter\" of \"een uittreksel uit het gezagsregister\""
        { QStringLiteral("machtiging.stuk"),
          tr("What the representative is asked to send, after \"stuur ons\": \"een "
             "machtiging\", \"de beschikking van de kantonrechter\" or \"een uittreksel uit het "
             "gezagsregister\"") },
        //: Dutch: "Hetzelfde kort, na \"Zodra wij\": \"de machtiging\", \"de beschikking\" of
        //: \"het uittreksel\""
        { QStringLiteral("machtiging.bewijs"),
          tr("The same in short, after \"Zodra wij\": \"de machtiging\", \"de beschikking\" or "
             "\"het uittreksel\"") },
        //: Dutch: "Het punt van de lijst dat zegt wat de gemachtigde stuurt, naar de
        //: hoedanigheid (een blok: <li>)"
        { QStringLiteral("machtiging.vraag"),
          tr("The list item saying what the representative sends, by their kind of authority (a "
             "block: <li>)") },
        //: Dutch: "Een punt voor na de identiteitsbewijzen: voor een ouder de geboortedatum van
        //: het kind; zonder hoedanigheid wat een curator, mentor of bewindvoerder stuurt (leeg
        //: voor de andere)"
        { QStringLiteral("machtiging.aanvulling"),
          tr("A list item for after the identity documents: for a parent the child's date of "
             "birth; without a kind of authority what a curator, mentor or administrator sends "
             "(empty for the others)") },
        //: Dutch: "De alinea van de ontvangstbevestiging over het laten zien wie de
        //: betrokkene is; aan een gemachtigde: de ontvangen machtiging (een blok)"
        { QStringLiteral("identificatie.aankondiging"),
          tr("The acknowledgement's paragraph on showing who the data subject is; to a "
             "representative: the mandate received (a block)") },
        { QStringLiteral("identificatie.ontvangen"),
          tr("The date the identification was received") },
        { QStringLiteral("identificatie.methode"), tr("How the identity was checked") },
        //: Dutch: "Na \"uw verzoek\": \" namens W. de Groot-Visser\" aan een gemachtigde;
        //: leeg voor het eigen verzoek van de betrokkene"
        { QStringLiteral("namens"),
          tr("After \"uw verzoek\": \" namens W. de Groot-Visser\" to a representative; empty "
             "for the data subject's own request") },
        //: Dutch: "Wiens gegevens: \"uw gegevens\", of aan een gemachtigde \"de gegevens van W.
        //: de Groot-Visser\""
        { QStringLiteral("gegevens.van"),
          tr("Whose data: \"uw gegevens\", or to a representative \"de gegevens van W. de "
             "Groot-Visser\"") },
        //: Dutch: "De gemachtigde die het verzoek deed (leeg zonder gemachtigde)"
        { QStringLiteral("gemachtigde.naam"),
          tr("The representative who made the request (empty without one)") },
    };
}

// The decision, the export, the addressee and the signature.
QList<LetterPlaceholder> LetterTemplates::answerPlaceholders()
{
    return {
        //: Dutch: "Het punt ‘Via het huurdersportaal’ van de lijst, alleen als de organisatie een
        //: portaal heeft waar huurders inloggen (Instellingen); anders leeg"
        { QStringLiteral("identificatie.portaalroute"),
          tr("The list item ‘Via the tenants' portal’, only when the organisation has a portal "
             "tenants log in to (Settings); else empty") },
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
        { QStringLiteral("verwijderd.privacydesk"),
          //: Dutch: "Wat uit de eigen gegevens van de betrokkene in Privacydesk is
          //: verwijderd (telefoonnummer, e-mailadres, adres; een blok; leeg als niets)"
          tr("What was erased from the data subject's own record in Privacydesk (phone "
             "number, e-mail address, address; a block; empty when nothing)") },
        { QStringLiteral("besluit.rectificatie"),
          tr("The decision on the rectification: what was corrected, what not and why (a "
             "block)") },
        { QStringLiteral("besluit.datum"), tr("The date the answer was sent") },
        { QStringLiteral("besluit.te_laat"),
          //: Dutch: "Dat het antwoord later kwam dan de wet (of de eigen belofte) toestaat, met
          //: de dag waarop het uiterlijk moest komen (een blok; leeg als het op tijd was)"
          tr("That the answer came later than the law (or the organisation's own promise) "
             "allows, with the day it was due (a block; empty when it came in time)") },
        { QStringLiteral("export.inhoud"),
          tr("What an inzage or portability export contains, as a list (a block)") },
        { QStringLiteral("export.rechten_anderen"),
          //: Dutch: "Het artikel dat de gegevens van anderen beschermt: artikel 15 lid 4 AVG bij
          //: inzage, artikel 20 lid 4 AVG bij overdraagbaarheid"
          tr("The article that protects the data of others: art. 15(4) GDPR for an inzage, "
             "art. 20(4) GDPR for portability") },
        { QStringLiteral("export.anderen"),
          //: Dutch: "Dat gegevens van andere mensen zijn weggelaten, met het artikel; leeg als de
          //: export niets wegliet (een blok)"
          tr("That other people's data were left out, with the article; empty when the export "
             "left nothing out (a block)") },
        { QStringLiteral("export.bewaren"),
          //: Dutch: "Het advies om de ontvangen gegevens veilig te bewaren; leeg als de
          //: betrokkene zelf geen gegevens ontvangt (rechtstreeks naar een andere organisatie
          //: gestuurd, of niets dat onder artikel 20 valt) (een blok)"
          tr("The advice to keep the data received safe; empty when the person receives none "
             "(sent straight to another organisation, or nothing under art. 20) (a block)") },
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
        //: Dutch: "De beperkingen van de verwerking die nog gelden: welke gegevens, sinds wanneer
        //: en de grond van artikel 18 lid 1 AVG (een blok; leeg zonder beperking)"
        { QStringLiteral("beperking.gegevens"),
          tr("The restrictions of processing in force: which data, since when and the ground of "
             "art. 18(1) GDPR (a block; empty without a restriction)") },
        //: Dutch: "Wat er verandert als de beperking eindigt: de gecorrigeerde gegevens na een
        //: toegewezen rectificatie, anders weer zoals voor de beperking (een blok)"
        { QStringLiteral("beperking.gevolg"),
          tr("What changes when the restriction ends: the corrected data after a granted "
             "rectification, else as before the restriction (a block)") },
        { QStringLiteral("rechtsmiddelen"),
          tr("The right to complain to the Autoriteit Persoonsgegevens and to go to court "
             "within six weeks (a block; required in a decision)") },
        { QStringLiteral("datum"), tr("The letter's date") },
        //: Dutch: "Aan wie de brief gaat: de gemachtigde, of anders de betrokkene"
        { QStringLiteral("geadresseerde.naam"),
          tr("Who the letter goes to: the representative, or else the data subject") },
        //: Dutch: "Het postadres daarvan, voor het adresblok"
        { QStringLiteral("geadresseerde.adres"),
          tr("Their postal address, for the address block") },
        //: Dutch: "De aanhef zonder komma, met de achternaam zonder voorletters: \"Geachte
        //: heer of mevrouw De Groot\" aan de gemachtigde J. de Groot, of aan de betrokkene"
        { QStringLiteral("aanhef"),
          tr("The greeting without its comma, with the surname without initials: \"Geachte "
             "heer of mevrouw De Groot\" to the representative J. de Groot, or to the data "
             "subject") },
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
            || placeholder.name == QLatin1StringView("datum")
            || placeholder.name == QLatin1StringView("aanhef"))
            result << placeholder;
    }
    result << LetterPlaceholder { QStringLiteral("datalek.nummer"),
                                  tr("The number of the data breach (our reference)") }
           << LetterPlaceholder { QStringLiteral("datalek.ontdekt"),
                                  tr("The date the data breach was discovered") }
           << LetterPlaceholder { QStringLiteral("datalek.reden"),
                                  tr("Why the person gets the letter: article 34 GDPR at a high "
                                     "risk, else that we want them to know (a sentence)") }
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
    // "Beslissing", not the administrative-law "besluit"; a letter that is not the
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
    // leaves out, as the report beside it does: right after the contents, or at the
    // end.
    // A decision template saved before {{besluit.te_laat}} existed still says that the answer
    // came late: before what was decided per kind, or before the grounds.
    if (kind == LetterKind::Besluit && !used.contains(QLatin1StringView("besluit.te_laat"))) {
        const QString late = v.value(QStringLiteral("besluit.te_laat"));
        const QString before = used.contains(QLatin1StringView("besluit.onderdelen"))
            ? QStringLiteral("besluit.onderdelen")
            : QStringLiteral("besluit.gronden");
        v[before].prepend(late);
    }
    const bool scopeMissing = kind == LetterKind::BegeleidendeBriefExport
        && !used.contains(QLatin1StringView("export.overige_systemen"));
    // Sent as an encrypted PDF: how to open it, right after what it holds.
    if (kind == LetterKind::BegeleidendeBriefExport && context.reportEncrypted)
        v[QStringLiteral("export.inhoud")]
            += QStringLiteral(
                   "<p>Het bestand is beveiligd met een wachtwoord. Wij geven u dat wachtwoord "
                   "apart, per telefoon of sms. Open het bestand met een PDF-lezer (zoals Adobe "
                   "Acrobat Reader) en typ het wachtwoord. De bestanden met %1 (JSON en CSV) "
                   "zitten als bijlage in de PDF.</p>")
                   .arg(v.value(QStringLiteral("gegevens.van")));
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

} // namespace pd
