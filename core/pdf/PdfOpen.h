#pragma once

#include <QBuffer>
#include <QPdfDocument>

namespace pd::pdf {

enum class Opened { Ready, Locked, Unreadable };

// The buffer must outlive the document: QtPdf reads from it as it needs.
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
