#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>

namespace pd {

// What a PDF reader shows off the pages: comments, form fields and the files it carries.
struct PdfPart
{
    enum class Kind : quint8 {
        Annotation, // a comment's text (/Contents, its rich text /RC, its author and subject)
        FormField, // a form field's value, default value, tooltip and choices
        EmbeddedFile, // a file carried in the PDF (its /EmbeddedFiles, a file attachment comment)
    };
    Kind kind = Kind::Annotation;
    int page = 0; // Annotation: 1-based page it is on
    QString name; // FormField: the field's full name; EmbeddedFile: its file name
    QString text; // EmbeddedFile: its text as the reader read it (FileReading), else the values
    bool read = true; // EmbeddedFile: false when it could not be read whole (damaged, locked, a
                      // limit, too deeply embedded)
    QByteArray content; // EmbeddedFile, in the reader only: its bytes (never sent to the desk)
};

// A PDF's page text, read from memory (never a temporary file) for the BSN guard and the
// identity-document hint; needs no QGuiApplication. A scan has pages and no text: the officer must
// look at it. Past pdf::maxPages or maxChars complete is false.
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
    bool complete = true; // false: a limit stopped the reading (of pages or of parts)
    QList<PdfPart> parts;

    bool hasNoTextLayer() const;

    // A PDF that QtPdf opens and qpdf cannot parse is Unreadable: what is not read whole is not
    // checked.
    static PdfText read(QByteArrayView bytes);
    static bool isPdf(QByteArrayView head);
};

namespace pdf {
static constexpr int maxPages = 1000;
static constexpr qsizetype maxChars = 16LL * 1024 * 1024;
// maxEmbedDepth 1: a file in the PDF itself.
static constexpr int maxParts = 10000;
static constexpr int maxEmbeddedFiles = 100;
static constexpr qsizetype maxEmbeddedBytes = 64LL * 1024 * 1024;
static constexpr int maxEmbedDepth = 3;
} // namespace pdf

} // namespace pd
