#include "registers/ProcessingRegisterExport.h"

#include "documents/PrintedDocument.h"
#include "util/Csv.h"

#include <QFont>
#include <QLocale>
#include <QTextDocument>

namespace pd {

namespace {

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
    return QStringLiteral("6.1.%1 %2").arg(code, labels.value(code, code));
}

QString dataCategoryText(const PersonalDataCategory &category)
{
    if (!category.isSpecial())
        return category.name;
    return QStringLiteral("%1 [bijzonder: %2]")
        .arg(category.name, category.special.join(QStringLiteral(", ")));
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
             QStringLiteral("Bijzondere persoonsgegevens"),
             QStringLiteral("Bronnen"),
             QStringLiteral("Ontvangers (categorieën)"),
             QStringLiteral("Verwerkers"),
             QStringLiteral("Doorgifte buiten de EU"),
             QStringLiteral("Land"),
             QStringLiteral("Waarborg doorgifte"),
             QStringLiteral("Bewaartermijn"),
             QStringLiteral("Beveiligingsmaatregelen"),
             QStringLiteral("Laatst gewijzigd"),
             QStringLiteral("Gewijzigd door") };
}

QByteArray ProcessingRegisterExport::toCsv(const QList<ProcessingActivity> &activities)
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
        text += row({ a.subCode,
                      QStringLiteral("%1. %2").arg(a.purposeCode, a.purpose),
                      a.subPurpose,
                      a.name,
                      a.description,
                      bases.join(listSeparator),
                      a.legalBasisText,
                      a.subjects.join(listSeparator),
                      data.join(listSeparator),
                      a.specialCategories().join(listSeparator),
                      a.sources.join(listSeparator),
                      a.recipients.join(listSeparator),
                      a.processors.join(listSeparator),
                      a.outsideEu ? QStringLiteral("ja") : QStringLiteral("nee"),
                      a.transferCountry,
                      a.transferSafeguard,
                      a.retention,
                      a.security,
                      a.updatedAt.isValid()
                          ? a.updatedAt.toLocalTime().toString(QStringLiteral("dd-MM-yyyy HH:mm"))
                          : QString(),
                      a.updatedBy });
    }
    return Csv::file(text);
}

bool ProcessingRegisterExport::writeCsv(const QList<ProcessingActivity> &activities,
                                        const QString &path, QString *error)
{
    return Csv::write(toCsv(activities), path, error);
}

QString ProcessingRegisterExport::documentTitle()
{
    return tr("Register of processing activities (art. 30 GDPR)");
}

QString ProcessingRegisterExport::toHtml(const QList<ProcessingActivity> &activities,
                                         const QString &organisation, QDate printedOn)
{
    const QLocale locale;
    QString out = QStringLiteral("<html><body>");
    out += QStringLiteral("<h1>%1</h1>").arg(PrintedDocument::html(documentTitle()));
    out += QStringLiteral("<p>%1<br>%2</p>")
               .arg(PrintedDocument::html(organisation.isEmpty()
                                              ? tr("Controller: (name not set)")
                                              : tr("Controller: %1").arg(organisation)),
                    PrintedDocument::html(
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
                + (a.legalBasisText.isEmpty() ? QString()
                                              : QStringLiteral("<br><i>%1</i>")
                                                    .arg(PrintedDocument::html(a.legalBasisText))));
        row(tr("Data subjects"), htmlList(a.subjects));
        QString data;
        for (const PersonalDataCategory &category : a.dataCategories) {
            if (!data.isEmpty())
                data += QStringLiteral("<br>");
            data += PrintedDocument::html(category.name);
            if (category.isSpecial()) {
                QStringList labels;
                for (const QString &code : category.special)
                    labels << ProcessingRegister::specialCategoryLabel(code);
                data += QStringLiteral(" <b>[%1]</b>")
                            .arg(PrintedDocument::html(
                                tr("special: %1").arg(labels.join(QStringLiteral(", ")))));
            }
        }
        row(tr("Personal data"), data);
        row(tr("Sources"), htmlList(a.sources));
        row(tr("Recipients"), htmlList(a.recipients));
        row(tr("Processors"), htmlList(a.processors));
        row(tr("Transfer outside the EU"),
            a.outsideEu ? PrintedDocument::html(
                tr("Yes: %1; safeguard: %2").arg(a.transferCountry, a.transferSafeguard))
                        : PrintedDocument::html(tr("No")));
        row(tr("Retention"),
            a.retention.isEmpty() ? QStringLiteral("&mdash;") : PrintedDocument::html(a.retention));
        row(tr("Security measures"),
            a.security.isEmpty() ? QStringLiteral("&mdash;") : PrintedDocument::html(a.security));
        out += QStringLiteral("</table>");
    }
    out += QStringLiteral("</body></html>");
    return out;
}

void ProcessingRegisterExport::fillDocument(QTextDocument *document,
                                            const QList<ProcessingActivity> &activities,
                                            const QString &organisation, QDate printedOn)
{
    QFont font = document->defaultFont();
    font.setPointSizeF(9);
    document->setDefaultFont(font);
    document->setDocumentMargin(0);
    document->setDefaultStyleSheet(
        QStringLiteral("h1 { font-size: 16pt; } h2 { font-size: 13pt; margin-top: 14pt; } "
                       "h3 { font-size: 10.5pt; margin-top: 10pt; margin-bottom: 4pt; }"));
    document->setHtml(toHtml(activities, organisation, printedOn));
}

bool ProcessingRegisterExport::writePdf(const QList<ProcessingActivity> &activities,
                                        const QString &organisation, QDate printedOn,
                                        PrintedDocument::Marking marking, const QString &path,
                                        QString *error)
{
    QTextDocument document;
    fillDocument(&document, activities, organisation, printedOn);
    return PrintedDocument::writePdf(&document, documentTitle(), marking, path, error);
}

} // namespace pd
