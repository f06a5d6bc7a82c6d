#pragma once

#include <QByteArrayView>
#include <QString>
#include <QStringList>

namespace pd {

// What a PDF's text layer says, read from memory with QtPdf (never a temporary file): the text
// of every page, for the BSN guard and the identity-document hint. A scan (pages that are only
// pictures) has pages and no text; the officer must then look at it. Bounded for hostile files:
// at most pdf::maxPages pages and pdf::maxChars characters are read; past a limit complete is
// false. Needs no QGuiApplication (the CLI reads PDFs under a QCoreApplication).
struct PdfText
{
    enum class Status {
        Read, // opened; pages holds the text of each page read
        Locked, // a password is needed to open it
        Unreadable, // not a PDF QtPdf can open (damaged, truncated, not a PDF at all)
    };
    Status status = Status::Unreadable;
    int pageCount = 0;
    QStringList pages; // the text of the pages read, in order; pages.size() <= pageCount
    bool complete = true; // false: a limit stopped the reading

    // Read, and not a single page with text: a scan, or pages of pictures only.
    bool hasNoTextLayer() const;

    static PdfText read(QByteArrayView bytes);
    // The bytes hold "%PDF-" in their first 1024 bytes: a PDF reader opens them as one.
    static bool isPdf(QByteArrayView head);
};

namespace pdf {
static constexpr int maxPages = 1000;
static constexpr qsizetype maxChars = 16LL * 1024 * 1024;
} // namespace pdf

} // namespace pd
