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

// What Privacydesk reads of a file's own text for the BSN guard and the identity-document hint
// besides an e-mail's parts: a PDF's text layer (pdf/PdfText), also of every PDF
// attached to an e-mail (in forwarded messages too). A file whose text cannot be read (a scan or
// a picture without a text layer, a PDF with a password or damaged, one read only in part) is
// kept with a notice: the officer checks it by eye. For AttachmentService.
class AttachmentText final
{
    Q_DECLARE_TR_FUNCTIONS(pd::AttachmentText)
public:
    // What could be read of a file's text, for the audit event ("text_layer") and the notice.
    enum class Layer {
        NotApplicable, // no PDF and no picture (an e-mail, a text or Office file)
        Read, // a PDF whose text layer was read in full
        None, // a scan (a PDF of pictures) or a picture: nothing to read
        Partial, // a PDF read up to a limit
        Locked, // a PDF with a password
        Unreadable, // a PDF QtPdf cannot open
    };
    // One PDF: the file itself (fileName empty, level 0), or one attached to an e-mail, as
    // the reader process read it (FileReading::pdfs).
    using Pdf = ReadPdf;

    static Layer layerOf(const PdfText &text);
    // The file's own layer: a PDF's, None for a picture (image/*), else NotApplicable.
    static Layer layerOf(const QString &mediaType, const QList<Pdf> &pdfs);
    // "read", "none", "partial", "locked", "unreadable"; empty for NotApplicable.
    static QString code(Layer layer);
    // What the officer must check by eye (translated), or empty: name is the file, pdfs its
    // PDFs (pdfsOf). For an e-mail, every attached PDF that could not be read in full.
    static QString notice(const QString &name, const QString &mediaType, const QList<Pdf> &pdfs);

    // The PDFs attached to an e-mail as text parts of its scan, so that the e-mail's BSN check
    // and identity hint see them ("in de tekst van bijlage “brief.pdf”").
    static void addToScan(const QList<Pdf> &pdfs, MailScan *scan);
    // A word or line in a text that suggests an identity document: a title as printed on one
    // ("PASPOORT", "IDENTITEITSKAART", "RIJBEWIJS", ... in capitals) or a machine-readable zone
    // (a line of 30 to 44 capitals, digits and '<' with "<<"). Empty when there is none.
    static QString identityHint(const QString &text);
    // The first page of a PDF's text with such a hint (1-based) and the hint, or 0.
    static int identityHintPage(const PdfText &text, QString *hint);
    // Such a hint in a PDF's pages or its parts (comments, fields, embedded files), or empty;
    // *where says where ("op pagina 1", "in een opmerking op pagina 2").
    static QString identityHintIn(const PdfText &text, QString *where);
    // Where in a PDF a part is: "in een opmerking op pagina 2", "in formulierveld “naam”".
    static QString wherePart(const PdfPart &part);
    // Why a PDF is not kept whose embedded file could not be read whole, or empty. name is the
    // PDF's name as shown.
    static QString unreadPartRefusal(const PdfText &text, const QString &name);
    // Why a file is not kept whose archive's list of names could not be read whole: name is the
    // file, archive the zip or winmail.dat in it (empty: the file itself).
    static QString unreadArchiveRefusal(const QString &name, const QString &archive);
    // The BSN findings in a PDF's text, its pages and its parts: "op pagina 2 (*****6782)" per
    // place, masked.
    static QList<BsnFinding> bsnFindings(const PdfText &text, QStringList *places);
};

} // namespace pd
