#pragma once

#include "cases/Case.h"
#include "mail/MailMessage.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

class QMimeData;
class QWidget;

namespace pd::ui {

// A file dropped on or picked in the desk, read to be kept with a request.
struct PickedFile
{
    NewAttachment file;
    QString mediaType;
    std::optional<MailMessage> mail; // an e-mail that could be read
    // What the officer must check by eye: a scan without a text layer, a PDF that could not be
    // read (AttachmentService::textLayerNotice); empty when everything was read.
    QString notice;
};

// Reads a file the officer offers (the "Nieuw verzoek" dialog, the Documenten tab) the way the
// store will keep it: the size is checked before a byte is read (AttachmentService::checkFile:
// a 30 MB scan is refused without loading it), the bytes go into memory only (QFile::readAll:
// never a temporary copy beside the store), and a file whose name suggests an identity
// document is kept only after the officer says it is not one (a copy of an identity document
// is never kept; the identification is recorded as a fact). So is a PDF whose text suggests one
class AttachmentReader final
{
    Q_DECLARE_TR_FUNCTIONS(pd::ui::AttachmentReader)
public:
    // The local files among dropped URLs, in order.
    static QStringList localFiles(const QMimeData *mime);

    // The file at path, ready to keep. nullopt: refused, with the reason (translated) in
    // *refusal, or the officer cancelled the question (empty *refusal).
    static std::optional<PickedFile> read(QWidget *parent, const QString &path, QString *refusal);
    // The same for bytes already in memory (the privacy mailbox's message): every
    // check read() makes after reading the file.
    static std::optional<PickedFile> check(QWidget *parent, NewAttachment file, QString *refusal);

    // "Is this a copy of an identity document?" about name, whose name (or the name of a file
    // attached to it, inside) contains hint. Yes refuses, No keeps it as not one, Escape
    // cancels (the cautious answer when the desk locks under the question).
    enum class Answer { IdentityDocument, NotIdentityDocument, Cancelled };
    // inText: hint stands in the file's text (a PDF's page, an attached text), partName says
    // where ("op pagina 1").
    static Answer askIdentityDocument(QWidget *parent, const QString &name, const QString &partName,
                                      const QString &hint, bool inText = false);
};

} // namespace pd::ui
