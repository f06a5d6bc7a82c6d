#include "registers/ProcessingRegisterExport.h"

#include <QAbstractTextDocumentLayout>
#include <QFont>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
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

QString csvField(QString value)
{
    // A leading =, +, - or @ makes Excel evaluate the cell as a formula (CSV injection).
    if (!value.isEmpty() && QStringView(u"=+-@").contains(value.front()))
        value.prepend(u'\'');
    const bool quote = value.contains(u';') || value.contains(u'"') || value.contains(u'\n')
        || value.contains(u'\r') || value.startsWith(u' ') || value.endsWith(u' ');
    if (!quote)
        return value;
    value.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + value + u'"';
}

QString dataCategoryText(const PersonalDataCategory &category)
{
    if (!category.isSpecial())
        return category.name;
    return QStringLiteral("%1 [bijzonder: %2]")
        .arg(category.name, category.special.join(QStringLiteral(", ")));
}

QString html(const QString &text)
{
    return text.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>"));
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
    const auto row = [](const QStringList &fields) -> QString {
        QStringList quoted;
        for (const QString &field : fields)
            quoted << csvField(field);
        return quoted.join(u';') + QStringLiteral("\r\n");
    };
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
    return QByteArrayLiteral("\xEF\xBB\xBF") + text.toUtf8();
}

bool ProcessingRegisterExport::writeCsv(const QList<ProcessingActivity> &activities,
                                        const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(toCsv(activities)) < 0 || !file.commit()) {
        if (error)
            *error = tr("Could not write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

QString ProcessingRegisterExport::confidentialText()
{
    return tr("Confidential");
}

QString ProcessingRegisterExport::pageText(int page, int pages)
{
    return tr("page %1 of %2").arg(page).arg(pages);
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
    out += QStringLiteral("<h1>%1</h1>").arg(html(documentTitle()));
    out += QStringLiteral("<p>%1<br>%2</p>")
               .arg(html(organisation.isEmpty() ? tr("Controller: (name not set)")
                                                : tr("Controller: %1").arg(organisation)),
                    html(tr("Printed on %1; %n processing activities.", nullptr,
                            static_cast<int>(activities.size()))
                             .arg(locale.toString(printedOn, QLocale::LongFormat))));
    if (activities.isEmpty())
        out += QStringLiteral("<p><i>%1</i></p>")
                   .arg(html(tr("The register holds no processing activities yet.")));
    QString currentPurpose;
    for (const ProcessingActivity &a : activities) {
        if (a.purposeCode != currentPurpose) {
            currentPurpose = a.purposeCode;
            out += QStringLiteral("<h2>%1. %2</h2>").arg(html(a.purposeCode), html(a.purpose));
        }
        out += QStringLiteral("<h3>%1 %2</h3>").arg(html(a.subCode), html(a.name));
        out += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\" "
                              "border=\"1\" style=\"border-collapse: collapse; "
                              "border-color: #999999;\">");
        const auto row = [&out](const QString &label, const QString &valueHtml) {
            out += QStringLiteral("<tr><td width=\"28%\" bgcolor=\"#eeeeee\"><b>%1</b></td>"
                                  "<td>%2</td></tr>")
                       .arg(html(label), valueHtml);
        };
        row(tr("Sub-purpose"), html(a.subPurpose));
        if (!a.description.isEmpty())
            row(tr("Description"), html(a.description));
        QStringList bases;
        for (const QString &code : a.legalBases)
            bases << ProcessingRegister::legalBasisLabel(code);
        row(tr("Legal basis"),
            htmlList(bases)
                + (a.legalBasisText.isEmpty()
                       ? QString()
                       : QStringLiteral("<br><i>%1</i>").arg(html(a.legalBasisText))));
        row(tr("Data subjects"), htmlList(a.subjects));
        QString data;
        for (const PersonalDataCategory &category : a.dataCategories) {
            if (!data.isEmpty())
                data += QStringLiteral("<br>");
            data += html(category.name);
            if (category.isSpecial()) {
                QStringList labels;
                for (const QString &code : category.special)
                    labels << ProcessingRegister::specialCategoryLabel(code);
                data += QStringLiteral(" <b>[%1]</b>")
                            .arg(html(tr("special: %1").arg(labels.join(QStringLiteral(", ")))));
            }
        }
        row(tr("Personal data"), data);
        row(tr("Sources"), htmlList(a.sources));
        row(tr("Recipients"), htmlList(a.recipients));
        row(tr("Processors"), htmlList(a.processors));
        row(tr("Transfer outside the EU"),
            a.outsideEu
                ? html(tr("Yes: %1; safeguard: %2").arg(a.transferCountry, a.transferSafeguard))
                : html(tr("No")));
        row(tr("Retention"), a.retention.isEmpty() ? QStringLiteral("&mdash;") : html(a.retention));
        row(tr("Security measures"),
            a.security.isEmpty() ? QStringLiteral("&mdash;") : html(a.security));
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

int ProcessingRegisterExport::paint(QTextDocument *document, QPagedPaintDevice *device,
                                    const QString &title)
{
    QPainter painter;
    if (!painter.begin(device))
        return 0;
    const double mm = device->logicalDpiY() / 25.4;
    const QRectF page(0, 0, device->width(), device->height());
    const double band = 9 * mm;
    const QRectF body(0, band, page.width(), page.height() - 2 * band);

    document->documentLayout()->setPaintDevice(device);
    document->setPageSize(body.size());
    const int pages = document->pageCount();

    QFont small = document->defaultFont();
    small.setPointSizeF(7.5);
    const QString heading = title.isEmpty() ? documentTitle() : title;
    for (int p = 0; p < pages; ++p) {
        if (p > 0)
            device->newPage();
        painter.save();
        const QRectF clip(0, p * body.height(), body.width(), body.height());
        painter.translate(body.left(), body.top() - clip.top());
        painter.setClipRect(clip);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = clip;
        context.palette.setColor(QPalette::Text, Qt::black);
        document->documentLayout()->draw(&painter, context);
        painter.restore();

        painter.setFont(small);
        painter.setPen(Qt::black);
        const QRectF top(0, 0, page.width(), band * 0.7);
        painter.drawText(top, Qt::AlignLeft | Qt::AlignTop, heading);
        QFont bold = small;
        bold.setBold(true);
        painter.setFont(bold);
        painter.drawText(top, Qt::AlignRight | Qt::AlignTop, confidentialText());
        painter.setFont(small);
        const QRectF bottom(0, page.height() - band * 0.7, page.width(), band * 0.7);
        painter.drawText(bottom, Qt::AlignLeft | Qt::AlignBottom, confidentialText());
        painter.drawText(bottom, Qt::AlignRight | Qt::AlignBottom, pageText(p + 1, pages));
        painter.setPen(QPen(Qt::gray, 0.2 * mm));
        painter.drawLine(QPointF(0, band * 0.8), QPointF(page.width(), band * 0.8));
        painter.drawLine(QPointF(0, page.height() - band * 0.8),
                         QPointF(page.width(), page.height() - band * 0.8));
    }
    painter.end();
    return pages;
}

bool ProcessingRegisterExport::writePdf(const QList<ProcessingActivity> &activities,
                                        const QString &organisation, QDate printedOn,
                                        const QString &path, QString *error)
{
    QPdfWriter writer(path);
    writer.setResolution(300);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                     QMarginsF(18, 12, 18, 12), QPageLayout::Millimeter));
    writer.setTitle(documentTitle());
    writer.setCreator(QStringLiteral("Privacydesk"));
    QTextDocument document;
    fillDocument(&document, activities, organisation, printedOn);
    if (paint(&document, &writer, documentTitle()) == 0) {
        if (error)
            *error = tr("Could not write %1.").arg(path);
        return false;
    }
    return true;
}

} // namespace pd
