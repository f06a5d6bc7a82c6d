#include "pdf/PdfText.h"

#include <QBuffer>
#include <QByteArray>
#include <QPdfDocument>
#include <QPdfSelection>

namespace pd {

bool PdfText::hasNoTextLayer() const
{
    if (status != Status::Read || pageCount == 0)
        return false;
    for (const QString &page : pages) {
        if (!page.trimmed().isEmpty())
            return false;
    }
    return true;
}

PdfText PdfText::read(QByteArrayView bytes)
{
    PdfText text;
    // QPdfDocument reads from the device as it needs: the buffer lives as long as the document.
    QByteArray data = bytes.toByteArray();
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    QPdfDocument document;
    document.load(&buffer);
    if (document.status() != QPdfDocument::Status::Ready) {
        const QPdfDocument::Error error = document.error();
        text.status = error == QPdfDocument::Error::IncorrectPassword
                || error == QPdfDocument::Error::UnsupportedSecurityScheme
            ? Status::Locked
            : Status::Unreadable;
        return text;
    }
    text.status = Status::Read;
    text.pageCount = document.pageCount();
    qsizetype chars = 0;
    for (int page = 0; page < text.pageCount; ++page) {
        if (page >= pdf::maxPages || chars > pdf::maxChars) {
            text.complete = false;
            break;
        }
        QString pageText = document.getAllText(page).text();
        chars += pageText.size();
        text.pages << std::move(pageText);
    }
    document.close();
    return text;
}

bool PdfText::isPdf(QByteArrayView head)
{
    // As PDF readers look for it (PDFium, pdf.js, Acrobat): anywhere in the first 1024 bytes,
    // after a newline or junk too. A file that a reader would open as a PDF is read as one.
    return head.first(std::min<qsizetype>(head.size(), 1024)).indexOf("%PDF-") >= 0;
}

} // namespace pd
