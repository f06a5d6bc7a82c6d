#pragma once

#include "DeskAccess.h"
#include "Retranslated.h"
#include "cases/Case.h"
#include "documents/DocumentPreview.h"
#include "letters/Letters.h"
#include "session/Session.h"
#include "util/Clock.h"

#include <QDate>
#include <QList>
#include <QPointer>
#include <QStringList>
#include <QWidget>

#include <optional>

class QAction;
class QComboBox;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace pd::ui {

class AttachmentViewDialog;
class MessageLabel;

// Destroyed files stay listed as "destroyed on …", proof that there was one. A role that may not
// produce documents still opens and prints the letters already recorded (that records nothing).
class CaseDocumentsWidget final : public Retranslated<QWidget>
{
    Q_OBJECT
public:
    CaseDocumentsWidget(const Session &session, QWidget *parent = nullptr);
    ~CaseDocumentsWidget() override;

    // Owned by the case detail.
    void setActions(QAction *letter, QAction *dossier, QAction *exportPerson);
    void showCase(const QString &number);
    void reload();
    QTreeWidget *lettersList() const { return m_letters; }
    QTreeWidget *filesList() const { return m_files; }
    AttachmentViewDialog *currentViewer() const;
    QString filesMessage() const;

public Q_SLOTS:
    int addFiles(const QStringList &paths);
    void chooseFiles();
    void openFile();
    // A letter made is not a letter sent. A valid day skips the question (tests).
    bool recordDispatch(QDate day = {}, const QString &how = {});
    QPushButton *dispatchButton() const { return m_dispatchButton; }
    // The recorded letter as it was sent, straight to the print dialog.
    bool printLetter();
    QPushButton *printButton() const { return m_printButton; }
    // The chosen letter by e-mail (LetterMailDialog, opened).
    bool mailLetter();
    QPushButton *mailButton() const { return m_mailButton; }

Q_SIGNALS:
    // Audited changes: the case detail reloads.
    void requestChanged();
    // After requestChanged: the case detail offers to record the mandate as received.
    void mandateFileKept();

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void retranslateUi() override;
    void retranslateContent() override { reload(); }
    void connectLetterButtons();
    void reloadFiles();
    void openLetter();
    std::optional<DocumentPreview::Document> chosenLetter() const;
    bool mayAddFiles() const;

    const Session m_session;
    const DeskAccess m_access;
    QString m_number;
    QList<Letter> m_shown; // as listed, with their recorded texts
    QList<Attachment> m_attachments; // as listed
    bool m_filesFailed = false;
    QPointer<AttachmentViewDialog> m_viewer;

    QLabel *m_filesTitle = nullptr;
    QLabel *m_filesIntro = nullptr;
    QPushButton *m_addFileButton = nullptr;
    QLabel *m_addKindLabel = nullptr;
    QComboBox *m_addKind = nullptr;
    QTreeWidget *m_files = nullptr;
    QLabel *m_filesEmpty = nullptr;
    MessageLabel *m_filesError = nullptr;
    MessageLabel *m_filesMessage = nullptr;

    QLabel *m_lettersTitle = nullptr;
    QLabel *m_intro = nullptr;
    QTreeWidget *m_letters = nullptr;
    QLabel *m_empty = nullptr;
    QPushButton *m_letterButton = nullptr;
    QPushButton *m_dossierButton = nullptr;
    QPushButton *m_exportButton = nullptr;
    QPushButton *m_dispatchButton = nullptr;
    QPushButton *m_printButton = nullptr;
    QPushButton *m_mailButton = nullptr;
    MessageLabel *m_lettersMessage = nullptr;
};

} // namespace pd::ui
