#pragma once

#include "pdf/PdfText.h"

#include <QByteArrayView>

namespace pd::pdf {

// The comments, form fields and embedded files of a PDF, read with qpdf into text->parts (an
// embedded file with its bytes, not yet its text). Past pdf::maxParts, maxEmbeddedFiles or
// maxEmbeddedBytes text->complete becomes false. Unreadable when qpdf cannot parse the PDF,
// Locked when it needs a password; then no parts.
PdfText::Status readParts(QByteArrayView bytes, PdfText *text);

// Text as a rich-text value holds it (/RC, XHTML): the tags gone, character references read.
QString plainOfRichText(const QString &xhtml);

} // namespace pd::pdf
