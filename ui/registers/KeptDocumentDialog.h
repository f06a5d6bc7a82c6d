#pragma once

#include "registers/KeptDocuments.h"
#include "session/Session.h"

#include <QDialog>

#include <functional>

class QLabel;
class QPushButton;

namespace pd::ui {

class MessageLabel;

// The document kept with a DPIA (its report) or with a processor (the processing agreement):
// what is kept, a file chosen to keep (read at once, within the attachments' limit, never
// copied elsewhere), a copy saved or opened outside, the document replaced or removed, each
// after a question. Changing needs EditRegisters; every role that reads the registers may save
// a copy. The service records each step on the owner's trail.
class KeptDocumentDialog final : public QDialog
{
    Q_OBJECT
public:
    KeptDocumentDialog(const Session &session, KeptDocumentOwner owner, qint64 ownerId,
                       const QString &ownerName, QWidget *parent = nullptr);

    // The question before a replacement or a removal: a message box unless a test answers.
    void setConfirm(std::function<bool(const QString &question)> confirm);
    const KeptDocument &kept() const { return m_kept; }
    QString message() const;

    // What the buttons do after their file dialog.
    bool keepFrom(const QString &path);
    bool saveCopyTo(const QString &path);
    bool removeKept();

Q_SIGNALS:
    void changed(); // a document kept, replaced or removed

private:
    void reload();
    void chooseFile();
    void saveCopy();
    void openOutside();
    bool confirmed(const QString &question);

    const Session m_session;
    const KeptDocumentOwner m_owner;
    const qint64 m_ownerId;
    KeptDocument m_kept;
    bool m_read = false;
    std::function<bool(const QString &)> m_confirm;
    QLabel *m_summary = nullptr;
    MessageLabel *m_message = nullptr;
    QPushButton *m_choose = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_remove = nullptr;
};

} // namespace pd::ui
