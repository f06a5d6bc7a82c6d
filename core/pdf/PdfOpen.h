#pragma once

#include <QBuffer>
#include <QPdfDocument>

namespace pd::pdf {

enum class Opened { Ready, Locked, Unreadable };

// Loads a PDF from buffer into document: QtPdf reads from the device as it needs, so the
// buffer (and the bytes it holds) must outlive the document. Locked when a password is needed,
// Unreadable when QtPdf cannot open it (damaged, truncated, not a PDF at all).
inline Opened open(QBuffer *buffer, QPdfDocument *document)
{
    buffer->open(QIODevice::ReadOnly);
    document->load(buffer);
    if (document->status() == QPdfDocument::Status::Ready)
        return Opened::Ready;
    const QPdfDocument::Error error = document->error();
    return error == QPdfDocument::Error::IncorrectPassword
            || error == QPdfDocument::Error::UnsupportedSecurityScheme
        ? Opened::Locked
        : Opened::Unreadable;
}

} // namespace pd::pdf
