#pragma once

#include <QBuffer>
#include <QByteArray>
#include <QByteArrayView>
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

// A PDF read from memory and opened. QtPdf reads from the buffer as it needs, so the copy of
// the bytes, the buffer over them and the document live and go together.
struct Loaded
{
    explicit Loaded(QByteArrayView bytes)
        : data(bytes.toByteArray())
        , buffer(&data)
        , opened(open(&buffer, &document))
    { }

    // Whether it opened; when not, *status says why (Locked or Unreadable), in the reader's
    // own status.
    template<typename Status> bool ready(Status *status) const
    {
        if (opened == Opened::Ready)
            return true;
        *status = opened == Opened::Locked ? Status::Locked : Status::Unreadable;
        return false;
    }

    QByteArray data;
    QBuffer buffer;
    QPdfDocument document;
    Opened opened;
};

} // namespace pd::pdf
