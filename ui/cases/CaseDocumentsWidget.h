#pragma once

#include "DeskAccess.h"
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

namespace pd {
class Store;
}

namespace pd::ui {

class AttachmentViewDialog;
class MessageLabel;

// The Documenten tab of a request. Above, the files kept with it (AttachmentService): the
// request as it arrived, a mandate, later correspondence — name, kind, size, who added it and
// when, and the start of its SHA-256; destroyed ones stay listed as "destroyed on …" (proof
// that there was one). Enter or a double-click opens a file read-only (AttachmentViewDialog);
// "Add file…" and a drop on the tab add one (Permission::EditCases), after the same size and
// identity-document checks as the intake (AttachmentReader). A list that could not be read
// says so instead of looking empty. Below, the letters sent for it (date, kind, by whom, the
// start of the SHA-256 the audit trail vouches for), with "Write a letter…", "AP complaint
// dossier…" and "Inzage report and export…" for the request's data subject. Those actions are
// the case detail's own (with their shortcuts); a button follows its action's visibility, so a
// role that may not produce documents (auditor) does not see them, but still opens and prints
// the letters already recorded (that records nothing): Enter opens the chosen letter's preview,
// "Print again…" goes to the print dialog in one step.
class CaseDocumentsWidget final : public QWidget
{
    Q_OBJECT
public:
    CaseDocumentsWidget(const Session &session, QWidget *parent = nullptr);
    ~CaseDocumentsWidget() override;

    // The buttons trigger these actions (owned by the case detail).
    void setActions(QAction *letter, QAction *dossier, QAction *exportPerson);
    void showCase(const QString &number);
    void reload();
    QTreeWidget *lettersList() const { return m_letters; }
    QTreeWidget *filesList() const { return m_files; }
    // The read-only view opened last, while it is open.
    AttachmentViewDialog *currentViewer() const;
    // What the last addition or read said (translated), or empty.
    QString filesMessage() const;

public Q_SLOTS:
    // Checks, reads and keeps each file with the request shown; returns how many were kept.
    int addFiles(const QStringList &paths);
    // "Add file…": the file dialog, then addFiles().
    void chooseFiles();
    // Opens the current file read-only.
    void openFile();
    // "Record dispatch…" for the current letter: the day it was sent and how (a
    // letter made is not a letter sent). Returns whether it was recorded; when day is valid the
    // question is skipped (tests).
    bool recordDispatch(QDate day = {}, const QString &how = {});
    QPushButton *dispatchButton() const { return m_dispatchButton; }
    // "Print again…": the chosen recorded letter, as it was sent, straight to the print dialog
    // (no preview between). Returns whether it was printed (or written to a file).
    bool printLetter();
    QPushButton *printButton() const { return m_printButton; }

Q_SIGNALS:
    // A file was kept with the request or a letter's dispatch recorded: audited changes, so the
    // case detail reloads (Tijdlijn, counts).
    void requestChanged();
    // A file was kept as the representative's mandate (AttachmentKind::Machtiging), after
    // requestChanged: the case detail offers to record the mandate as received.
    void mandateFileKept();

protected:
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void retranslateUi();
    void reloadFiles();
    void openLetter();
    // The chosen letter's recorded text as a printable document; nullopt when no letter with a
    // text is chosen.
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
    MessageLabel *m_lettersMessage = nullptr;
};

} // namespace pd::ui
