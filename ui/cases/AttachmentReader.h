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

struct PickedFile
{
    NewAttachment file;
    QString mediaType;
    std::optional<MailMessage> mail; // an e-mail that could be read
    // What the officer must check by eye (a scan without a text layer); empty when all was read.
    QString notice;
};

// The size is checked before a byte is read, the bytes go into memory only (never a temporary
// copy beside the store), and a file whose name or text suggests an identity document is kept
// only after the officer says it is not one: a copy of an identity document is never kept.
class AttachmentReader final
{
    Q_DECLARE_TR_FUNCTIONS(pd::ui::AttachmentReader)
public:
    static QStringList localFiles(const QMimeData *mime);

    // nullopt: refused, with the reason in *refusal, or cancelled by the officer (empty *refusal).
    static std::optional<PickedFile> read(QWidget *parent, const QString &path, QString *refusal);
    // Every check read() makes, for bytes already in memory (the privacy mailbox's message).
    static std::optional<PickedFile> check(QWidget *parent, NewAttachment file, QString *refusal);

    // Escape cancels: the cautious answer when the desk locks under the question.
    enum class Answer { IdentityDocument, NotIdentityDocument, Cancelled };
    // inText: hint stands in the file's text; partName says where ("op pagina 1").
    static Answer askIdentityDocument(QWidget *parent, const QString &name, const QString &partName,
                                      const QString &hint, bool inText = false);
};

} // namespace pd::ui
