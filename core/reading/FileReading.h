#pragma once

#include "mail/MailMessage.h"
#include "pdf/PdfText.h"

#include <QByteArrayView>
#include <QDataStream>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace pd {

// One PDF of a file: the file itself (fileName empty, level 0), or one attached to an e-mail.
struct ReadPdf
{
    QString fileName;
    int level = 0; // as MailReadable::level
    QString messageSubject; // level > 0: the forwarded message it is attached to
    PdfText text;
};

// All that Privacydesk reads of a file that came from outside (an e-mail, an Outlook .msg, a
// PDF, a picture), for the BSN guard, the identity-document hints, the intake and the viewer.
// Made by the reader child process (ReaderProcess), never by the desk itself: a hostile file
// can then hang, exhaust or crash only that child.
struct FileReading
{
    QString mediaType; // as mediaTypeOf(), a compound file holding MAPI streams as Outlook's
    bool isMail = false; // an .eml or an Outlook .msg
    // isMail: everything readable in it (MailFile::scan), without the attached PDFs' text.
    std::optional<MailScan> scan;
    // isMail: the message as the intake reads it (MailFile::parse), or why it cannot be.
    std::optional<MailMessage> message;
    QString messageError;
    // The file itself when it is a PDF, else (isMail) the PDFs attached to the e-mail and to
    // the messages forwarded in it.
    QList<ReadPdf> pdfs;
    // The names of files inside the file, or inside its attachments, that are no e-mail part
    // of their own: the entries of a zip archive, the attachments in a TNEF winmail.dat, the
    // files embedded in a PDF. For the identity-document hint on names.
    QStringList innerNames;
    // false: the list of names of a zip archive or TNEF stream in it (or of the file itself)
    // could not be read whole, and the file is refused. unreadArchive: the first such one's
    // name, empty for the file itself or a part without a name.
    bool namesComplete = true;
    QString unreadArchive;

    // The work of the reader process: reads content here, in this process. Only the reader
    // calls it (and tests of what it reads).
    static FileReading readHere(const QString &name, QByteArrayView content);

    // From the name and the first 4 KiB only, never parsing the file (the desk calls it):
    // message/rfc822 for an e-mail, application/pdf, image/*, application/vnd.ms-outlook for a
    // compound file named *.msg, application/x-ole-storage for another compound file (the
    // reader's mediaType says whether it holds MAPI streams: an Outlook item by another name),
    // else application/octet-stream.
    static QString mediaTypeOf(const QString &name, QByteArrayView content);

    // A name as a file manager or an e-mail gave it, without any folder ("C:\\x\\brief.pdf",
    // "../brief.pdf" → "brief.pdf"), trimmed.
    static QString fileNameOnly(const QString &name);
};

// The wire between the desk and the reader process. Both ends are the same build.
QDataStream &operator<<(QDataStream &out, const FileReading &reading);
QDataStream &operator>>(QDataStream &in, FileReading &reading);

} // namespace pd
