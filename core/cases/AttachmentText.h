#pragma once

#include "domain/BsnGuard.h"
#include "mail/MailMessage.h"
#include "pdf/PdfText.h"
#include "reading/FileReading.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace pd {

// A file's own text for the BSN guard and the identity hint. A file whose text cannot be read is
// kept with a notice: the officer checks it by eye.
class AttachmentText final
{
    Q_DECLARE_TR_FUNCTIONS(pd::AttachmentText)
public:
    enum class Layer {
        NotApplicable, // no PDF and no picture (an e-mail, a text or Office file)
        Read, // a PDF whose text layer was read in full
        None, // a scan (a PDF of pictures) or a picture: nothing to read
        Partial, // a PDF read up to a limit
        Locked, // a PDF with a password
        Unreadable, // a PDF QtPdf cannot open
    };
    using Pdf = ReadPdf;

    static Layer layerOf(const PdfText &text);
    static Layer layerOf(const QString &mediaType, const QList<Pdf> &pdfs);
    static QString code(Layer layer);
    // Translated; empty when nothing needs checking by eye.
    static QString notice(const QString &name, const QString &mediaType, const QList<Pdf> &pdfs);

    static void addToScan(const QList<Pdf> &pdfs, MailScan *scan);
    // A title printed on an identity document, or a machine-readable zone; empty when none.
    static QString identityHint(const QString &text);
    // 1-based; 0 when none.
    static int identityHintPage(const PdfText &text, QString *hint);
    static QString identityHintIn(const PdfText &text, QString *where);
    static QString wherePart(const PdfPart &part);
    static QString unreadPartRefusal(const PdfText &text, const QString &name);
    static QString unreadArchiveRefusal(const QString &name, const QString &archive);
    static QList<BsnFinding> bsnFindings(const PdfText &text, QStringList *places);
};

} // namespace pd
