#pragma once

#include "pdf/PdfText.h"

#include <QByteArrayView>

namespace pd::pdf {

// Past pdf::maxParts or the embedded files' limits text->complete becomes false.
PdfText::Status readParts(QByteArrayView bytes, PdfText *text);

QString plainOfRichText(const QString &xhtml);

} // namespace pd::pdf
