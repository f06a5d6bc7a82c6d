#include "pdf/PdfText.h"

#include "pdf/PdfOpen.h"
#include "pdf/PdfParts.h"

#include <QBuffer>
#include <QByteArray>
#include <QHash>
#include <QPdfDocument>
#include <QPdfSelection>
#include <QRegularExpression>

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
    pdf::Loaded pdf(bytes);
    if (!pdf.ready(&text.status))
        return text;
    QPdfDocument &document = pdf.document;
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
    if (const Status parts = pdf::readParts(bytes, &text); parts != Status::Read) {
        text.status = parts;
        text.pages.clear();
    }
    return text;
}

bool PdfText::isPdf(QByteArrayView head)
{
    // As PDF readers look for it (PDFium, pdf.js, Acrobat): anywhere in the first 1024 bytes,
    // after a newline or junk too. A file that a reader would open as a PDF is read as one.
    return head.first(std::min<qsizetype>(head.size(), 1024)).indexOf("%PDF-") >= 0;
}

namespace pdf {

QString plainOfRichText(const QString &xhtml)
{
    if (!xhtml.contains(u'<') && !xhtml.contains(u'&'))
        return xhtml;
    static const QRegularExpression tag(QStringLiteral("<[^>]*>"));
    static const QRegularExpression reference(QStringLiteral("&(#[0-9]{1,7}|#x[0-9A-Fa-f]{1,6}|"
                                                             "amp|lt|gt|quot|apos|nbsp);"));
    QString plain = xhtml;
    plain.replace(tag, QStringLiteral(" "));
    QString out;
    qsizetype from = 0;
    for (auto it = reference.globalMatch(plain); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        out += QStringView(plain).mid(from, match.capturedStart() - from);
        from = match.capturedEnd();
        const QString name = match.captured(1);
        if (name.startsWith(u'#')) {
            bool ok = false;
            const uint code = name.startsWith(u"#x") ? name.mid(2).toUInt(&ok, 16)
                                                     : name.mid(1).toUInt(&ok, 10);
            const char32_t character = ok && code > 0 && code <= 0x10FFFF ? code : 0xFFFD;
            out += QString::fromUcs4(&character, 1);
        } else {
            static const QHash<QString, QChar> named {
                { QStringLiteral("amp"), u'&' },   { QStringLiteral("lt"), u'<' },
                { QStringLiteral("gt"), u'>' },    { QStringLiteral("quot"), u'"' },
                { QStringLiteral("apos"), u'\'' }, { QStringLiteral("nbsp"), QChar(0xA0) }
            };
            out += named.value(name);
        }
    }
    out += QStringView(plain).mid(from);
    return out;
}

} // namespace pdf

} // namespace pd
