#include "pdf/PdfPage.h"

#include "pdf/PdfOpen.h"

#include <QBuffer>
#include <QByteArray>
#include <QPdfDocument>

#include <algorithm>

namespace pd {

PdfPage PdfPage::draw(QByteArrayView content, int page, int width)
{
    PdfPage drawn;
    pdf::Loaded pdf(content);
    if (!pdf.ready(&drawn.status))
        return drawn;
    QPdfDocument &document = pdf.document;
    drawn.pageCount = document.pageCount();
    if (page < 0 || page >= drawn.pageCount) {
        drawn.status = drawn.pageCount == 0 ? Status::Unreadable : Status::NoSuchPage;
        return drawn;
    }
    const QSizeF points = document.pagePointSize(page);
    if (points.width() <= 0 || points.height() <= 0)
        return drawn; // Unreadable
    const int w = std::clamp(width, minWidth, maxWidth);
    const int h = std::clamp(int(w * points.height() / points.width()), 1, 2 * maxWidth);
    drawn.image = document.render(page, QSize(w, h));
    drawn.status = drawn.image.isNull() ? Status::Unreadable : Status::Drawn;
    document.close();
    return drawn;
}

QDataStream &operator<<(QDataStream &out, const PdfPage &page)
{
    return out << quint8(page.status) << qint32(page.pageCount) << page.image;
}

QDataStream &operator>>(QDataStream &in, PdfPage &page)
{
    quint8 status = 0;
    qint32 count = 0;
    in >> status >> count >> page.image;
    if (status > quint8(PdfPage::Status::NoSuchPage) || count < 0)
        in.setStatus(QDataStream::ReadCorruptData);
    page.status = PdfPage::Status(status);
    page.pageCount = count;
    return in;
}

} // namespace pd
