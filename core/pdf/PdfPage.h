#pragma once

#include <QByteArrayView>
#include <QDataStream>
#include <QImage>

namespace pd {

// Only the reader process draws: the desk shows the picture and never parses the file.
struct PdfPage
{
    enum class Status : quint8 {
        Drawn, // image holds the page
        Locked, // a password is needed to open it
        Unreadable, // not a PDF QtPdf can open, or the page could not be drawn
        NoSuchPage, // page is not between 0 and pageCount - 1
    };
    static constexpr int minWidth = 100;
    static constexpr int maxWidth = 4000; // pixels; a page's height at most twice as many
    Status status = Status::Unreadable;
    int pageCount = 0;
    QImage image;

    static PdfPage draw(QByteArrayView content, int page, int width);
};

QDataStream &operator<<(QDataStream &out, const PdfPage &page);
QDataStream &operator>>(QDataStream &in, PdfPage &page);

} // namespace pd
