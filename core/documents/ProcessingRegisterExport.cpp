#include "documents/ProcessingRegisterExport.h"

#include "print/PrintedDocument.h"
#include "registers/Recipients.h"
#include "util/Clock.h"
#include "util/Csv.h"

#include <QFont>
#include <QLocale>
#include <QRegularExpression>
#include <QTextDocument>

namespace pd {

namespace {

// The register's DPIA column in the CSV, which is Dutch whatever the interface's language.
QString dutchDpia(const std::optional<Dpia> &dpia)
{
    if (!dpia)
        return QStringLiteral("niet beoordeeld");
    if (dpia->done())
        return QStringLiteral("DPIA uitgevoerd op %1")
            .arg(dpia->assessedOn.toString(QStringLiteral("dd-MM-yyyy")));
    return dpia->needed ? QStringLiteral("DPIA nodig, nog niet uitgevoerd")
                        : QStringLiteral("geen DPIA nodig");
}

const QString listSeparator = QStringLiteral(" | ");

// Dutch, as the CSV header: the file is read by Dutch offices whatever the UI language.
QString dutchBasis(const QString &code)
{
    static const QHash<QString, QString> labels {
        { QStringLiteral("a"), QStringLiteral("Toestemming") },
        { QStringLiteral("b"), QStringLiteral("Uitvoering overeenkomst") },
        { QStringLiteral("c"), QStringLiteral("Wettelijke verplichting") },
        { QStringLiteral("d"), QStringLiteral("Vitaal belang") },
        { QStringLiteral("e"), QStringLiteral("Algemeen belang") },
        { QStringLiteral("f"), QStringLiteral("Gerechtvaardigd belang") },
    };
    return QStringLiteral("%1: %2").arg(ProcessingRegister::article(6, 1, code),
                                        labels.value(code, code));
}

// Nuisance reports are neither special categories (art. 9) nor criminal data (art. 10), but
// data that need care: "gevoelige gegevens", as the AP calls such data.
const QString nuisanceDutch
    = QStringLiteral("gevoelige gegevens: overlast (geen art. 9 of 10 AVG)");

// "camerabeelden [bijzonder (art. 9 AVG): gezondheid; strafrechtelijk (art. 10 AVG)]"
QString dataCategoryText(const PersonalDataCategory &category)
{
    if (!category.isSpecial())
        return category.name;
    const QStringList art9Codes = ProcessingRegister::art9CategoryCodes();
    QStringList art9;
    QStringList parts;
    for (const QString &code : category.special) {
        if (art9Codes.contains(code))
            art9 << code;
    }
    if (!art9.isEmpty())
        parts << QStringLiteral("bijzondere persoonsgegevens (%1): %2")
                     .arg(ProcessingRegister::article(9), art9.join(QStringLiteral(", ")));
    if (category.special.contains(QStringLiteral("strafrechtelijk")))
        parts << QStringLiteral("strafrechtelijke persoonsgegevens (%1)")
                     .arg(ProcessingRegister::article(10));
    if (category.special.contains(QStringLiteral("overlast")))
        parts << nuisanceDutch;
    return QStringLiteral("%1 [%2]").arg(category.name, parts.join(QStringLiteral("; ")));
}

QString orNotFilledIn(const QString &text)
{
    return text.trimmed().isEmpty() ? ProcessingRegisterExport::notFilledIn() : text.trimmed();
}

// Dutch, as the CSV header; an organisation without an FG says so (art. 37 AVG).
const QString noFgDutch = QStringLiteral("geen functionaris gegevensbescherming");

// The register names the recipients' categories (art. 30 lid 1 sub d AVG) by their names: a
// code of the catalogue is for the software, not for the reader. Dutch, as the CSV header.
QString dutchRecipient(const QString &text)
{
    static const QHash<RecipientCategory, QString> names {
        { RecipientCategory::Aannemer, QStringLiteral("Aannemer / onderhoud") },
        { RecipientCategory::Deurwaarder, QStringLiteral("Deurwaarder") },
        { RecipientCategory::Advocaat, QStringLiteral("Advocaat") },
        { RecipientCategory::Bouwbedrijf, QStringLiteral("Bouwbedrijf") },
        { RecipientCategory::Gemeente, QStringLiteral("Gemeente") },
        { RecipientCategory::PolitieJustitie, QStringLiteral("Politie / justitie") },
        { RecipientCategory::Zorginstelling, QStringLiteral("Zorginstelling") },
        { RecipientCategory::Belastingdienst, QStringLiteral("Belastingdienst") },
        { RecipientCategory::Woningzoekendensysteem, QStringLiteral("Woningzoekendensysteem") },
        { RecipientCategory::Bewindvoerder, QStringLiteral("Bewindvoerder") },
        { RecipientCategory::Schuldhulpverlening, QStringLiteral("Schuldhulpverlening") },
        { RecipientCategory::CollegaCorporatie, QStringLiteral("Collega-corporatie") },
        { RecipientCategory::Incassobureau, QStringLiteral("Incassobureau") },
        { RecipientCategory::Verwerker, QStringLiteral("Verwerker") },
        { RecipientCategory::Overig, QStringLiteral("Overig") },
    };
    const auto category = codes::from<RecipientCategory>(text);
    return category ? names.value(*category) : text;
}

QStringList recipientNames(const QStringList &recipients, bool dutch)
{
    QStringList names;
    for (const QString &text : recipients) {
        const auto category = codes::from<RecipientCategory>(text);
        names << (dutch          ? dutchRecipient(text)
                      : category ? RecipientCodes::describedLabel(*category)
                                 : text);
    }
    return names;
}

QString postalAddress(const OrganisationDetails &o)
{
    const QString place = QStringList { o.postcode.trimmed(), o.city.trimmed() }
                              .filter(QRegularExpression(QStringLiteral("\\S")))
                              .join(u' ');
    if (o.street.trimmed().isEmpty() || place.isEmpty())
        return {};
    return o.street.trimmed() + QStringLiteral(", ") + place;
}

QString contact(const OrganisationDetails &o)
{
    return QStringList { o.privacyEmail.trimmed(), o.phone.trimmed() }
        .filter(QRegularExpression(QStringLiteral("\\S")))
        .join(QStringLiteral(", "));
}

QString htmlList(const QStringList &values)
{
    if (values.isEmpty())
        return QStringLiteral("&mdash;");
    QStringList escaped;
    for (const QString &value : values)
        escaped << value.toHtmlEscaped();
    return escaped.join(QStringLiteral("<br>"));
}

} // namespace

QStringList ProcessingRegisterExport::csvHeader()
{
    return { QStringLiteral("Nummer"),
             QStringLiteral("Hoofddoel"),
             QStringLiteral("Subdoel"),
             QStringLiteral("Verwerkingsactiviteit"),
             QStringLiteral("Omschrijving"),
             QStringLiteral("Grondslag (art. 6 lid 1 AVG)"),
             QStringLiteral("Wet of convenant"),
             QStringLiteral("Categorieën betrokkenen"),
             QStringLiteral("Categorieën persoonsgegevens"),
             QStringLiteral("Bijzondere persoonsgegevens (art. 9 AVG)"),
             QStringLiteral("Uitzondering (art. 9 lid 2 AVG)"),
             QStringLiteral("Strafrechtelijke persoonsgegevens (art. 10 AVG)"),
             QStringLiteral("Grondslag strafrechtelijke persoonsgegevens"),
             QStringLiteral("Gevoelige gegevens (overlast)"),
             QStringLiteral("Bronnen"),
             QStringLiteral("Ontvangers (categorieën)"),
             QStringLiteral("Verwerkers"),
             QStringLiteral("Systemen"),
             QStringLiteral("Doorgifte buiten de EER"),
             QStringLiteral("Land"),
             QStringLiteral("Waarborg doorgifte"),
             QStringLiteral("Bewaartermijn"),
             QStringLiteral("Beveiligingsmaatregelen"),
             QStringLiteral("DPIA (art. 35 AVG)"),
             QStringLiteral("Laatst gewijzigd"),
             QStringLiteral("Gewijzigd door"),
             QStringLiteral("Verwerkingsverantwoordelijke"),
             QStringLiteral("Adres verwerkingsverantwoordelijke"),
             QStringLiteral("Contact verwerkingsverantwoordelijke"),
             QStringLiteral("Functionaris gegevensbescherming"),
             QStringLiteral("E-mail functionaris gegevensbescherming") };
}

QString ProcessingRegisterExport::notFilledIn()
{
    return QStringLiteral("niet ingevuld");
}

QByteArray ProcessingRegisterExport::toCsv(const QList<ProcessingActivity> &activities,
                                           const OrganisationDetails &organisation)
{
    const auto row = &Csv::row;
    QString text = row(csvHeader());
    for (const ProcessingActivity &a : activities) {
        QStringList bases;
        for (const QString &code : a.legalBases)
            bases << dutchBasis(code);
        QStringList data;
        for (const PersonalDataCategory &category : a.dataCategories)
            data << dataCategoryText(category);
        text += row(
            { a.subCode,
              QStringLiteral("%1. %2").arg(a.purposeCode, a.purpose),
              a.subPurpose,
              a.name,
              a.description,
              bases.join(listSeparator),
              a.legalBasisText,
              a.subjects.join(listSeparator),
              data.join(listSeparator),
              a.art9Categories().join(listSeparator),
              a.specialException.isEmpty() ? QString()
                                           : ProcessingRegister::article(9, 2, a.specialException),
              a.hasCriminalData() ? QStringLiteral("ja") : QStringLiteral("nee"),
              a.criminalBasis,
              a.hasNuisanceReports() ? QStringLiteral("ja") : QStringLiteral("nee"),
              a.sources.join(listSeparator),
              recipientNames(a.recipients, true).join(listSeparator),
              a.processors.join(listSeparator),
              a.systems.join(listSeparator),
              a.transfersOutsideEea() ? QStringLiteral("ja") : QStringLiteral("nee"),
              a.transferCountry,
              a.transferSafeguard,
              a.retention,
              a.security,
              dutchDpia(a.dpia),
              a.updatedAt.isValid()
                  ? organisationTime(a.updatedAt).toString(QStringLiteral("dd-MM-yyyy HH:mm"))
                  : QString(),
              a.updatedBy,
              orNotFilledIn(organisation.name),
              orNotFilledIn(postalAddress(organisation)),
              orNotFilledIn(contact(organisation)),
              organisation.noFg ? noFgDutch : orNotFilledIn(organisation.fgName),
              organisation.noFg ? QStringLiteral("n.v.t.") : orNotFilledIn(organisation.fgEmail) });
    }
    return Csv::file(text);
}

bool ProcessingRegisterExport::writeCsv(const QList<ProcessingActivity> &activities,
                                        const OutputTarget &target, QString *error)
{
    return Csv::write(toCsv(activities), target, error);
}

bool ProcessingRegisterExport::writeCsv(const QList<ProcessingActivity> &activities,
                                        const OrganisationDetails &organisation,
                                        const OutputTarget &target, QString *error)
{
    return Csv::write(toCsv(activities, organisation), target, error);
}

QString ProcessingRegisterExport::documentTitle()
{
    return tr("Register of processing activities (art. 30 GDPR)");
}

QString ProcessingRegisterExport::toHtml(const QList<ProcessingActivity> &activities,
                                         const QString &organisation, QDate printedOn)
{
    OrganisationDetails details;
    details.name = organisation;
    return toHtml(activities, details, printedOn);
}

// Art. 30 lid 1 sub a AVG: the controller and the FG, in words where they are missing.
QString ProcessingRegisterExport::controllerTable(const OrganisationDetails &organisation)
{
    const auto filled = [](const QString &text) {
        return PrintedDocument::html(text.trimmed().isEmpty() ? tr("not filled in")
                                                              : text.trimmed());
    };
    QString out;
    out += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\">");
    const auto head = [&out](const QString &label, const QString &valueHtml) {
        out += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                   .arg(PrintedDocument::html(label), valueHtml);
    };
    head(tr("Controller:"), filled(organisation.name));
    head(tr("Postal address:"), filled(postalAddress(organisation)));
    head(tr("Contact:"), filled(contact(organisation)));
    if (organisation.noFg) {
        //: Dutch: "geen functionaris gegevensbescherming"
        head(tr("Data protection officer:"),
             PrintedDocument::html(tr("no data protection officer")));
    } else {
        head(tr("Data protection officer:"), filled(organisation.fgName));
        head(tr("E-mail of the data protection officer:"), filled(organisation.fgEmail));
    }
    out += QStringLiteral("</table>");
    return out;
}

// One activity's table: what art. 30 asks of it, a row each (its heading is toHtml's).
QString ProcessingRegisterExport::activityTable(const ProcessingActivity &a)
{
    QString out;
    out += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\" "
                          "border=\"1\" style=\"border-collapse: collapse; "
                          "border-color: #999999;\">");
    const auto row = [&out](const QString &label, const QString &valueHtml) {
        out += QStringLiteral("<tr><td width=\"28%\" bgcolor=\"#eeeeee\"><b>%1</b></td>"
                              "<td>%2</td></tr>")
                   .arg(PrintedDocument::html(label), valueHtml);
    };
    row(tr("Sub-purpose"), PrintedDocument::html(a.subPurpose));
    if (!a.description.isEmpty())
        row(tr("Description"), PrintedDocument::html(a.description));
    QStringList bases;
    for (const QString &code : a.legalBases)
        bases << ProcessingRegister::legalBasisLabel(code);
    row(tr("Legal basis"),
        htmlList(bases)
            + (a.legalBasisText.isEmpty()
                   ? QString()
                   : QStringLiteral("<br><i>%1</i>").arg(PrintedDocument::html(a.legalBasisText))));
    row(tr("Data subjects"), htmlList(a.subjects));
    // Each category once in the list, and what it is once, under its article: no flags
    // beside the list that the art. 9 and art. 10 rows would say again.
    QStringList names;
    QStringList art9Lines;
    QStringList criminal;
    QStringList nuisance;
    const QStringList art9Codes = ProcessingRegister::art9CategoryCodes();
    for (const PersonalDataCategory &category : a.dataCategories) {
        names << category.name;
        QStringList labels;
        for (const QString &code : category.special) {
            if (art9Codes.contains(code))
                labels << ProcessingRegister::specialCategoryLabel(code);
        }
        if (!labels.isEmpty())
            art9Lines << tr("%1: %2").arg(category.name, labels.join(QStringLiteral(", ")));
        if (category.special.contains(QStringLiteral("strafrechtelijk")))
            criminal << category.name;
        if (category.special.contains(QStringLiteral("overlast")))
            nuisance << category.name;
    }
    row(tr("Personal data"), htmlList(names));
    if (!art9Lines.isEmpty())
        row(tr("Special categories (art. 9 GDPR)"),
            htmlList(art9Lines) + QStringLiteral("<br>")
                + PrintedDocument::html(
                    tr("Exception: %1")
                        .arg(a.specialException.isEmpty()
                                 ? tr("not filled in")
                                 : ProcessingRegister::art9ExceptionLabel(a.specialException))));
    if (!criminal.isEmpty())
        row(tr("Criminal data (art. 10 GDPR)"),
            htmlList(criminal) + QStringLiteral("<br>")
                + PrintedDocument::html(
                    tr("Basis: %1")
                        .arg(a.criminalBasis.isEmpty() ? tr("not filled in") : a.criminalBasis)));
    if (!nuisance.isEmpty())
        row(tr("Sensitive data (nuisance)"),
            htmlList(nuisance) + QStringLiteral("<br>")
                + PrintedDocument::html(tr("no special categories of personal data (art. 9 "
                                           "GDPR), no criminal data (art. 10 GDPR)")));
    row(tr("Sources"), htmlList(a.sources));
    row(tr("Recipients"), htmlList(recipientNames(a.recipients, false)));
    row(tr("Processors"), htmlList(a.processors));
    //: Dutch: "Systemen"
    row(tr("Systems"), htmlList(a.systems));
    row(tr("Transfer outside the EEA"),
        a.transfersOutsideEea() ? PrintedDocument::html(
            tr("Yes: %1; safeguard: %2")
                .arg(a.transferCountry.isEmpty() ? tr("not filled in") : a.transferCountry,
                     a.transferSafeguard.isEmpty() ? tr("not filled in") : a.transferSafeguard))
                                : PrintedDocument::html(tr("No")));
    row(tr("Retention"),
        a.retention.isEmpty() ? QStringLiteral("&mdash;") : PrintedDocument::html(a.retention));
    row(tr("Security measures"),
        a.security.isEmpty() ? QStringLiteral("&mdash;") : PrintedDocument::html(a.security));
    if (a.anonymous) // A survey whose answers are anonymous
        //: Dutch: "Anoniem"
        row(tr("Anonymous"),
            //: Dutch: "Ja: de antwoorden zijn niet tot een persoon te herleiden"
            PrintedDocument::html(tr("Yes: the answers cannot be traced back to a person")));
    //: Dutch: "DPIA (art. 35 AVG)"
    row(tr("DPIA (art. 35 GDPR)"), PrintedDocument::html(DpiaRegister::status(a.dpia)));
    out += QStringLiteral("</table>");
    return out;
}

// Art. 30 lid 1 sub f AVG: the retention rules, the organisation's own as well.
QString ProcessingRegisterExport::retentionTable(const QList<RetentionRule> &rules)
{
    const auto h = [](const QString &text) {
        return PrintedDocument::html(text);
    };
    //: Dutch: "Bewaartermijnen"
    QString out = QStringLiteral("<h2>%1</h2>").arg(h(tr("Retention periods")));
    //: Dutch: "De bewaarregels van de organisatie: wanneer de gegevens worden gewist (artikel 30
    //: lid 1 sub f AVG)."
    out += QStringLiteral("<p>%1</p>")
               .arg(h(tr("The organisation's retention rules: when the data are erased (article "
                         "30(1)(f) GDPR).")));
    out += QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" "
                          "cellpadding=\"3\" style=\"border-color: #999999;\">"
                          "<thead><tr bgcolor=\"#eeeeee\"><th align=\"left\">%1</th>"
                          "<th align=\"left\">%2</th><th align=\"left\">%3</th>"
                          "<th align=\"left\">%4</th></tr></thead>")
               .arg(
                   //: Dutch: "Gegevens"
                   h(tr("Data")),
                   //: Dutch: "Termijn"
                   h(tr("Period")),
                   //: Dutch: "Afgeleid voor"
                   h(tr("Derived for")),
                   //: Dutch: "Grondslag"
                   h(tr("Basis")));
    for (const RetentionRule &rule : rules)
        out += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                   .arg(h(rule.category), h(rule.periodText()),
                        rule.relations.isEmpty()
                            ? QStringLiteral("&mdash;") // set by hand per person, not derived
                            : h(rule.relations.join(QStringLiteral(", "))),
                        h(orNotFilledIn(rule.legalGround)));
    out += QStringLiteral("</table>");
    return out;
}

QString ProcessingRegisterExport::toHtml(const QList<ProcessingActivity> &activities,
                                         const OrganisationDetails &organisation, QDate printedOn,
                                         const QList<RetentionRule> &rules)
{
    const QLocale locale;
    QString out = QStringLiteral("<html><body>");
    out += QStringLiteral("<h1>%1</h1>").arg(PrintedDocument::html(documentTitle()));
    out += controllerTable(organisation);
    out += QStringLiteral("<p>%1</p>")
               .arg(PrintedDocument::html(
                   tr("Printed on %1; %n processing activities.", nullptr,
                      static_cast<int>(activities.size()))
                       .arg(locale.toString(printedOn, QLocale::LongFormat))));
    if (activities.isEmpty())
        out += QStringLiteral("<p><i>%1</i></p>")
                   .arg(PrintedDocument::html(
                       tr("The register holds no processing activities yet.")));
    QString currentPurpose;
    for (const ProcessingActivity &a : activities) {
        if (a.purposeCode != currentPurpose) {
            currentPurpose = a.purposeCode;
            out += QStringLiteral("<h2>%1. %2</h2>")
                       .arg(PrintedDocument::html(a.purposeCode), PrintedDocument::html(a.purpose));
        }
        out += QStringLiteral("<h3>%1 %2</h3>")
                   .arg(PrintedDocument::html(a.subCode), PrintedDocument::html(a.name));
        out += activityTable(a);
    }
    if (!rules.isEmpty())
        out += retentionTable(rules);
    out += QStringLiteral("</body></html>");
    return out;
}

void ProcessingRegisterExport::fillDocument(QTextDocument *document,
                                            const QList<ProcessingActivity> &activities,
                                            const QString &organisation, QDate printedOn)
{
    OrganisationDetails details;
    details.name = organisation;
    fillDocument(document, activities, details, printedOn);
}

void ProcessingRegisterExport::fillDocument(QTextDocument *document,
                                            const QList<ProcessingActivity> &activities,
                                            const OrganisationDetails &organisation,
                                            QDate printedOn, const QList<RetentionRule> &rules)
{
    QFont font = document->defaultFont();
    font.setPointSizeF(9);
    document->setDefaultFont(font);
    document->setDocumentMargin(0);
    document->setDefaultStyleSheet(
        QStringLiteral("h1 { font-size: 16pt; } h2 { font-size: 13pt; margin-top: 14pt; } "
                       "h3 { font-size: 10.5pt; margin-top: 10pt; margin-bottom: 4pt; }"));
    document->setHtml(toHtml(activities, organisation, printedOn, rules));
}

bool ProcessingRegisterExport::writePdf(const QList<ProcessingActivity> &activities,
                                        const QString &organisation, QDate printedOn,
                                        PrintedDocument::Marking marking,
                                        const OutputTarget &target, QString *error)
{
    OrganisationDetails details;
    details.name = organisation;
    return writePdf(activities, details, printedOn, marking, target, error);
}

bool ProcessingRegisterExport::writePdf(const QList<ProcessingActivity> &activities,
                                        const OrganisationDetails &organisation, QDate printedOn,
                                        PrintedDocument::Marking marking,
                                        const OutputTarget &target, QString *error,
                                        const QList<RetentionRule> &rules)
{
    QTextDocument document;
    fillDocument(&document, activities, organisation, printedOn, rules);
    return PrintedDocument::writePdf(&document, documentTitle(), marking, target, error);
}

} // namespace pd
