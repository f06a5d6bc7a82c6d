#include "documents/PrintedDocument.h"

#include "store/Store.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QPageLayout>
#include <QPageSize>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

namespace pd {

PrintedDocument::Marking PrintedDocument::marking(const Store &store)
{
    return store.isDemo() ? Marking::Demo : Marking::Real;
}

QString PrintedDocument::confidentialText()
{
    return tr("Confidential");
}

QString PrintedDocument::demoText()
{
    return tr("DEMO — fictitious data");
}

QString PrintedDocument::pageText(int page, int pages)
{
    return tr("page %1 of %2").arg(page).arg(pages);
}

QString PrintedDocument::html(const QString &text)
{
    return text.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>"));
}

int PrintedDocument::paint(QTextDocument *document, QPagedPaintDevice *device, const QString &title,
                           Marking marking, Audience audience)
{
    const bool internal = audience == Audience::Internal;
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
    QFont bold = small;
    bold.setBold(true);
    const bool demo = marking == Marking::Demo;
    QFont watermark = document->defaultFont();
    watermark.setBold(true);
    watermark.setPointSizeF(96);
    for (int p = 0; p < pages; ++p) {
        if (p > 0)
            device->newPage();
        if (demo) {
            // Under the text, diagonally across the page; light enough to read the page through.
            painter.save();
            painter.setFont(watermark);
            painter.setPen(QColor(215, 215, 215));
            painter.translate(page.center());
            painter.rotate(-45);
            const QRectF across(-page.height(), -page.height() / 4, 2 * page.height(),
                                page.height() / 2);
            painter.drawText(across, Qt::AlignCenter, QStringLiteral("DEMO"));
            painter.restore();
        }
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
        painter.drawText(top, Qt::AlignLeft | Qt::AlignTop, title);
        painter.setFont(bold);
        if (internal)
            painter.drawText(top, Qt::AlignRight | Qt::AlignTop, confidentialText());
        const QRectF bottom(0, page.height() - band * 0.7, page.width(), band * 0.7);
        if (demo) {
            painter.drawText(top, Qt::AlignHCenter | Qt::AlignTop, demoText());
            painter.drawText(bottom, Qt::AlignHCenter | Qt::AlignBottom, demoText());
        }
        painter.setFont(small);
        if (internal)
            painter.drawText(bottom, Qt::AlignLeft | Qt::AlignBottom, confidentialText());
        // A letter's pages are numbered in the letter's language.
        painter.drawText(bottom, Qt::AlignRight | Qt::AlignBottom,
                         internal ? pageText(p + 1, pages)
                                  : QStringLiteral("pagina %1 van %2").arg(p + 1).arg(pages));
        painter.setPen(QPen(Qt::gray, 0.2 * mm));
        painter.drawLine(QPointF(0, band * 0.8), QPointF(page.width(), band * 0.8));
        painter.drawLine(QPointF(0, page.height() - band * 0.8),
                         QPointF(page.width(), page.height() - band * 0.8));
    }
    painter.end();
    return pages;
}

void PrintedDocument::setUpA4(QPdfWriter *writer, const QString &title)
{
    writer->setResolution(300);
    writer->setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                      QMarginsF(18, 12, 18, 12), QPageLayout::Millimeter));
    writer->setTitle(title);
    writer->setCreator(QStringLiteral("Privacydesk"));
}

bool PrintedDocument::writePdf(QTextDocument *document, const QString &title, Marking marking,
                               const OutputTarget &target, QString *error, int *pages,
                               Audience audience)
{
    // Refused before the work of painting: an existing file, the store's folder.
    if (const QString why
        = OutputFile::refusal(target.path, target.overwrite, target.storeDirectory);
        !why.isEmpty()) {
        if (error)
            *error = why;
        return false;
    }
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    int painted = 0;
    {
        QPdfWriter writer(&buffer);
        setUpA4(&writer, title);
        painted = paint(document, &writer, title, marking, audience);
    }
    buffer.close();
    if (pages)
        *pages = painted;
    QString writeError;
    if (painted == 0 || buffer.data().isEmpty()) {
        if (error)
            *error = tr("Could not write %1.").arg(QDir::toNativeSeparators(target.path));
        return false;
    }
    if (!OutputFile::write(target, buffer.data(), &writeError)) {
        if (error)
            *error = writeError;
        return false;
    }
    return true;
}

} // namespace pd
