#include "cases/AttachmentText.h"

#include <QRegularExpression>

namespace pd {

namespace {

// A name from the file, shown with any number in it masked.
QString maskedName(const QString &name)
{
    return maskBsnNumbers(name.simplified());
}

QString layerNotice(const QString &name, const PdfText &text)
{
    switch (AttachmentText::layerOf(text)) {
    case AttachmentText::Layer::None:
        //: %1 is the file name.
        //: Dutch: "%1 is een scan zonder tekstlaag: controleer zelf op BSN en identiteitsbewijs."
        return AttachmentText::tr(
                   "%1 is a scan without a text layer: check it yourself for a BSN and an "
                   "identity document.")
            .arg(name);
    case AttachmentText::Layer::Partial:
        //: %1 is the file name; %n the pages read.
        //: Dutch: "%1 is te lang om helemaal te lezen: alleen de eerste %n pagina's zijn
        //: gelezen. Controleer de rest zelf op BSN en identiteitsbewijs."
        return AttachmentText::tr("%1 is too long to be read in full: only its first %n page(s) "
                                  "were read. Check the rest yourself for a BSN and an identity "
                                  "document.",
                                  nullptr, int(text.pages.size()))
            .arg(name);
    case AttachmentText::Layer::Locked:
        //: Dutch: "%1 is beveiligd met een wachtwoord en kon niet worden gelezen: controleer
        //: het zelf op BSN en identiteitsbewijs."
        return AttachmentText::tr("%1 is protected by a password and could not be read: check "
                                  "it yourself for a BSN and an identity document.")
            .arg(name);
    case AttachmentText::Layer::Unreadable:
        //: Dutch: "%1 kon niet als PDF worden gelezen: controleer het zelf op BSN en
        //: identiteitsbewijs."
        return AttachmentText::tr("%1 could not be read as a PDF: check it yourself for a BSN "
                                  "and an identity document.")
            .arg(name);
    case AttachmentText::Layer::Read:
    case AttachmentText::Layer::NotApplicable:
        break;
    }
    return {};
}

} // namespace

AttachmentText::Layer AttachmentText::layerOf(const PdfText &text)
{
    switch (text.status) {
    case PdfText::Status::Locked:
        return Layer::Locked;
    case PdfText::Status::Unreadable:
        return Layer::Unreadable;
    case PdfText::Status::Read:
        break;
    }
    if (text.hasNoTextLayer())
        return Layer::None;
    return text.complete ? Layer::Read : Layer::Partial;
}

AttachmentText::Layer AttachmentText::layerOf(const QString &mediaType, const QList<Pdf> &pdfs)
{
    if (mediaType.startsWith(QLatin1String("image/")))
        return Layer::None;
    if (mediaType == QLatin1String("application/pdf") && !pdfs.isEmpty()
        && pdfs.first().fileName.isEmpty())
        return layerOf(pdfs.first().text);
    return Layer::NotApplicable;
}

QString AttachmentText::code(Layer layer)
{
    switch (layer) {
    case Layer::Read:
        return QStringLiteral("read");
    case Layer::None:
        return QStringLiteral("none");
    case Layer::Partial:
        return QStringLiteral("partial");
    case Layer::Locked:
        return QStringLiteral("locked");
    case Layer::Unreadable:
        return QStringLiteral("unreadable");
    case Layer::NotApplicable:
        break;
    }
    return {};
}

QString AttachmentText::notice(const QString &name, const QString &mediaType,
                               const QList<Pdf> &pdfs)
{
    if (mediaType.startsWith(QLatin1String("image/")))
        //: %1 is the file name.
        //: Dutch: "%1 is een afbeelding zonder tekstlaag: controleer zelf op BSN en
        //: identiteitsbewijs."
        return tr("%1 is a picture without a text layer: check it yourself for a BSN and an "
                  "identity document.")
            .arg(name);
    QStringList notices;
    for (const Pdf &pdf : pdfs) {
        if (pdf.fileName.isEmpty()) {
            notices << layerNotice(name, pdf.text);
            continue;
        }
        if (const QString said = layerNotice(pdf.fileName, pdf.text); !said.isEmpty())
            //: %1 is the e-mail's file name, %2 what is said about a PDF attached to it.
            //: Dutch: "In het e-mailbericht %1: %2"
            notices << tr("In the e-mail %1: %2").arg(name, said);
    }
    notices.removeAll(QString());
    return notices.join(u' ');
}

void AttachmentText::addToScan(const QList<Pdf> &pdfs, MailScan *scan)
{
    for (const Pdf &pdf : pdfs) {
        if (pdf.fileName.isEmpty())
            continue;
        for (const QString &page : pdf.text.pages)
            scan->items.append(
                { MailReadable::Kind::Text, pdf.level, pdf.messageSubject, pdf.fileName, page });
        for (const PdfPart &part : pdf.text.parts)
            scan->items.append({ MailReadable::Kind::Text, pdf.level, pdf.messageSubject,
                                 pdf.fileName, part.text });
    }
}

QString AttachmentText::identityHint(const QString &text)
{
    static const QRegularExpression titles(QStringLiteral(
        "(?<![\\p{L}])(PASPOORT|PASSPORT|IDENTITEITSKAART|IDENTITY CARD|RIJBEWIJS|"
        "DRIVING LICEN[CS]E|VERBLIJFSDOCUMENT|VERBLIJFSVERGUNNING|RESIDENCE PERMIT)(?![\\p{L}])"));
    if (const QRegularExpressionMatch title = titles.match(text); title.hasMatch())
        return title.captured(1);
    static const QRegularExpression zone(
        QStringLiteral("(?m)^[ \\t]*([A-Z0-9<]{30,44})[ \\t]*\\r?$"));
    for (auto it = zone.globalMatch(text); it.hasNext();) {
        const QString line = it.next().captured(1);
        if (line.contains(QLatin1String("<<")))
            //: What suggests an identity document: a line as in a passport's machine-readable
            //: zone, e.g. "P<NLD…". Dutch: "machineleesbare zone (%1…)"
            return tr("machine-readable zone (%1…)").arg(line.left(5));
    }
    return {};
}

int AttachmentText::identityHintPage(const PdfText &text, QString *hint)
{
    for (qsizetype page = 0; page < text.pages.size(); ++page) {
        *hint = identityHint(text.pages.at(page));
        if (!hint->isEmpty())
            return int(page) + 1;
    }
    return 0;
}

QString AttachmentText::identityHintIn(const PdfText &text, QString *where)
{
    QString hint;
    if (const int page = identityHintPage(text, &hint); page > 0) {
        *where = tr("on page %1").arg(page);
        return hint;
    }
    for (const PdfPart &part : text.parts) {
        if (hint = identityHint(part.text); !hint.isEmpty()) {
            *where = wherePart(part);
            return hint;
        }
    }
    return {};
}

QString AttachmentText::wherePart(const PdfPart &part)
{
    const QString name = maskedName(part.name);
    switch (part.kind) {
    case PdfPart::Kind::Annotation:
        //: Where a number was found in a PDF: a comment (sticky note, text box) on a page.
        //: Dutch: "in een opmerking op pagina %1"
        return tr("in a comment on page %1").arg(part.page);
    case PdfPart::Kind::FormField:
        //: Dutch: "in formulierveld “%1”"
        return tr("in form field “%1”").arg(name);
    case PdfPart::Kind::EmbeddedFile:
        //: A file carried inside the PDF. Dutch: "in ingesloten bestand “%1”"
        return tr("in embedded file “%1”").arg(name);
    }
    return {};
}

QString AttachmentText::unreadPartRefusal(const PdfText &text, const QString &name)
{
    for (const PdfPart &part : text.parts) {
        if (part.read)
            continue;
        //: %1 is the PDF, %2 the file embedded in it. Dutch: "De PDF %1 bevat het bestand
        //: “%2”, dat niet helemaal kan worden gelezen (het is beschadigd, beveiligd, te groot
        //: of te diep ingesloten) en dus niet kan worden gecontroleerd op een
        //: burgerservicenummer (BSN) en een identiteitsbewijs; de PDF wordt niet bewaard.
        //: Vraag de afzender om het bestand apart."
        return tr("The PDF %1 carries the file “%2”, which cannot be read in full (it is "
                  "damaged, protected, too large or embedded too deeply) and so cannot be "
                  "checked for a citizen service number (BSN) or an identity document; the PDF "
                  "is not kept. Ask the sender for the file separately.")
            .arg(name, maskedName(part.name));
    }
    return {};
}

QString AttachmentText::unreadArchiveRefusal(const QString &name, const QString &archive)
{
    if (archive.isEmpty())
        //: %1 is a zip archive or winmail.dat ("archief" is the store: not used for it).
        //: Dutch: "%1 is een zip- of winmail.dat-bestand waarvan de lijst van bestanden niet
        //: helemaal kan worden gelezen (het is beschadigd of te groot), zodat de namen erin niet
        //: kunnen worden gecontroleerd op een kopie van een identiteitsbewijs; het wordt niet
        //: bewaard. Vraag de afzender om de bestanden los."
        return tr("%1 is an archive whose list of files cannot be read whole (it is damaged or "
                  "too large), so the names in it cannot be checked for a copy of an identity "
                  "document; it is not kept. Ask the sender for the files separately.")
            .arg(maskedName(name));
    //: %1 is the file, %2 the zip archive or winmail.dat in it. Dutch: "%1 bevat het zip- of
    //: winmail.dat-bestand “%2”, waarvan de lijst van bestanden niet helemaal kan worden
    //: gelezen (het is beschadigd of te groot), zodat de namen erin niet kunnen worden
    //: gecontroleerd op een kopie van een identiteitsbewijs; het wordt niet bewaard. Vraag de
    //: afzender om de bestanden los."
    return tr("%1 holds the archive “%2”, whose list of files cannot be read whole (it is "
              "damaged or too large), so the names in it cannot be checked for a copy of an "
              "identity document; it is not kept. Ask the sender for the files separately.")
        .arg(maskedName(name), maskedName(archive));
}

QList<BsnFinding> AttachmentText::bsnFindings(const PdfText &text, QStringList *places)
{
    QList<BsnFinding> findings;
    const auto find = [&](const QString &where, const QString &in) {
        for (BsnFinding finding : findBsnNumbers(in)) {
            const QString place = QStringLiteral("%1 (%2)").arg(where, finding.masked);
            if (places->contains(place))
                continue;
            finding.field = where;
            *places << place;
            findings << finding;
        }
    };
    for (qsizetype page = 0; page < text.pages.size(); ++page)
        //: Where a number was found in a PDF. Dutch: "op pagina %1"
        find(tr("on page %1").arg(page + 1), text.pages.at(page));
    for (const PdfPart &part : text.parts)
        find(wherePart(part), part.text);
    return findings;
}

} // namespace pd
