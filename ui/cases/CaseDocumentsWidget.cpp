#include "cases/CaseDocumentsWidget.h"

#include "FormFields.h"
#include "MessageLabel.h"
#include "Named.h"
#include "QuietLabel.h"
#include "TextEmphasis.h"
#include "WaitCursor.h"
#include "cases/AttachmentReader.h"
#include "cases/AttachmentViewDialog.h"
#include "cases/Attachments.h"
#include "cases/CaseService.h"
#include "cases/LetterMailDialog.h"
#include "documents/DocumentPreview.h"
#include "letters/LetterKind.h"
#include "letters/Letters.h"
#include "print/PrintedDocument.h"
#include "util/Clock.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMimeData>
#include <QPushButton>
#include <QTextDocument>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace pd::ui {

namespace {

void bind(QPushButton *button, QAction *action)
{
    QObject::connect(button, &QPushButton::clicked, action, &QAction::trigger);
    const auto update = [button, action] {
        button->setText(action->text());
        button->setEnabled(action->isEnabled());
        button->setVisible(action->isVisible());
        button->setToolTip(action->toolTip());
    };
    QObject::connect(action, &QAction::changed, button, update);
    update();
}

QLabel *sectionTitle(QWidget *parent)
{
    auto *label = new QLabel(parent);
    emphasise(label, 1.1);
    return label;
}

QTreeWidget *documentList(QWidget *parent, const char *name, int columns)
{
    auto *list = named<QTreeWidget>(QLatin1StringView(name), parent);
    list->setRootIsDecorated(false);
    list->setUniformRowHeights(true);
    list->setAlternatingRowColors(true);
    list->setAllColumnsShowFocus(true);
    list->setColumnCount(columns);
    list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    list->header()->setStretchLastSection(true);
    return list;
}

QLabel *emptyLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignCenter);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

QString dutchTime(const QDateTime &utc)
{
    return QLocale().toString(organisationTime(utc), QLocale::ShortFormat);
}

} // namespace

CaseDocumentsWidget::CaseDocumentsWidget(const Session &session, QWidget *parent)
    : Retranslated(parent)
    , m_session(session)
    , m_access(DeskAccess::of(session))
    , m_filesTitle(sectionTitle(this))
    , m_filesIntro(quietLabel(this))
    , m_addFileButton(named<QPushButton>(QStringLiteral("addFileButton"), this))
    , m_addKindLabel(new QLabel(this))
    , m_addKind(named<QComboBox>(QStringLiteral("addFileKind"), this))
    , m_files(documentList(this, "caseFiles", 5))
    , m_filesEmpty(emptyLabel(this))
    , m_filesError(named<MessageLabel>(QStringLiteral("filesError"), this))
    , m_filesMessage(named<MessageLabel>(QStringLiteral("filesMessage"), this))
    , m_lettersTitle(sectionTitle(this))
    , m_intro(new QLabel(this))
    , m_letters(documentList(this, "caseLetters", 5))
    , m_empty(emptyLabel(this))
    , m_letterButton(new QPushButton(this))
    , m_dossierButton(new QPushButton(this))
    , m_exportButton(new QPushButton(this))
    , m_dispatchButton(new QPushButton(this))
    , m_printButton(new QPushButton(this))
    , m_mailButton(new QPushButton(this))
    , m_lettersMessage(new MessageLabel(this))
{
    connectLetterButtons();
    m_intro->setWordWrap(true);
    connect(m_letters, &QTreeWidget::itemActivated, this, &CaseDocumentsWidget::openLetter);

    // The name gets a readable width of its own (the pane beside the list is narrow: the rest
    // scrolls), shortened in the middle so that its extension stays.
    m_files->header()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_files->setTextElideMode(Qt::ElideMiddle);
    for (AttachmentKind kind : AttachmentService::kinds())
        m_addKind->addItem(AttachmentService::kindLabel(kind), static_cast<int>(kind));
    m_addKindLabel->setBuddy(m_addKind);
    m_filesEmpty->setObjectName(QStringLiteral("filesEmpty"));
    connect(m_addFileButton, &QPushButton::clicked, this, &CaseDocumentsWidget::chooseFiles);
    connect(m_files, &QTreeWidget::itemActivated, this, &CaseDocumentsWidget::openFile);
    // Adding is EditCases; reading (the list, the view, a saved copy) is for every role that
    // sees this tab.
    for (QWidget *widget :
         { static_cast<QWidget *>(m_addFileButton), static_cast<QWidget *>(m_addKindLabel),
           static_cast<QWidget *>(m_addKind) })
        m_access.offer(widget, Permission::EditCases);
    setAcceptDrops(mayAddFiles());

    auto *fileButtons = new QHBoxLayout;
    fileButtons->addWidget(m_addFileButton);
    fileButtons->addWidget(m_addKindLabel);
    fileButtons->addWidget(m_addKind);
    fileButtons->addStretch();
    // Two by two: beside the list at 1200 pixels the detail is under 500 wide, and four
    // buttons in a row cut their English titles.
    auto *letterButtons = new QGridLayout;
    letterButtons->addWidget(m_letterButton, 0, 0);
    letterButtons->addWidget(m_dossierButton, 0, 1);
    letterButtons->addWidget(m_exportButton, 1, 0);
    letterButtons->addWidget(m_dispatchButton, 1, 1);
    letterButtons->addWidget(m_mailButton, 2, 0);
    letterButtons->addWidget(m_printButton, 2, 1);
    letterButtons->setColumnStretch(2, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filesTitle);
    layout->addWidget(m_filesIntro);
    layout->addLayout(fileButtons);
    layout->addWidget(m_files, 1);
    layout->addWidget(m_filesEmpty, 1);
    layout->addWidget(m_filesError);
    layout->addWidget(m_filesMessage);
    layout->addSpacing(8);
    layout->addWidget(m_lettersTitle);
    layout->addWidget(m_intro);
    layout->addLayout(letterButtons);
    layout->addWidget(m_letters, 1);
    layout->addWidget(m_lettersMessage);
    layout->addWidget(m_empty, 1);
    retranslateUi();
}

CaseDocumentsWidget::~CaseDocumentsWidget() = default;

void CaseDocumentsWidget::connectLetterButtons()
{
    // Sending writes the request's trail and files: EditCases, as the mailbox's intake.
    m_mailButton->setObjectName(QStringLiteral("mailLetterButton"));
    m_mailButton->setEnabled(false);
    m_access.offer(m_mailButton, Permission::EditCases);
    connect(m_mailButton, &QPushButton::clicked, this, [this] { mailLetter(); });
    m_dispatchButton->setObjectName(QStringLiteral("dispatchButton"));
    m_lettersMessage->setObjectName(QStringLiteral("lettersMessage"));
    m_access.offer(m_dispatchButton, Permission::ProduceDocuments);
    connect(m_dispatchButton, &QPushButton::clicked, this, [this] { recordDispatch(); });
    // Reprinting a recorded letter is for every role that sees the letters (it records nothing):
    // the auditor too, never the KCC.
    m_printButton->setObjectName(QStringLiteral("printLetterButton"));
    m_printButton->setEnabled(false);
    m_access.offer(m_printButton, Permission::ViewAllCases);
    connect(m_printButton, &QPushButton::clicked, this, [this] { printLetter(); });
    connect(m_letters, &QTreeWidget::currentItemChanged, this, [this] {
        const QTreeWidgetItem *item = m_letters->currentItem();
        m_dispatchButton->setEnabled(item && !item->data(0, Qt::UserRole + 1).toBool());
        m_mailButton->setEnabled(m_access.may(Permission::EditCases) && item
                                 && !item->data(0, Qt::UserRole + 1).toBool());
        m_printButton->setEnabled(m_access.may(Permission::ViewAllCases)
                                  && chosenLetter().has_value());
    });
}

void CaseDocumentsWidget::setActions(QAction *letter, QAction *dossier, QAction *exportPerson)
{
    bind(m_letterButton, letter);
    bind(m_dossierButton, dossier);
    bind(m_exportButton, exportPerson);
}

void CaseDocumentsWidget::showCase(const QString &number)
{
    if (number != m_number)
        m_filesMessage->setMessage(QString());
    m_number = number;
    reload();
}

bool CaseDocumentsWidget::mayAddFiles() const
{
    return m_access.may(Permission::EditCases);
}

void CaseDocumentsWidget::reload()
{
    reloadFiles();
    m_letters->clear();
    // Letters are part of the full request file: a role without it (KCC) does not ask (the
    // refusal would be audited on every view).
    ServiceError error;
    m_shown = m_number.isEmpty() || !m_access.may(Permission::ViewAllCases)
        ? QList<Letter>()
        : LetterService(m_session).letters(m_number, &error);
    // Never "no letter has been recorded" for a list that could not be read.
    m_empty->setText(error.isError() ? tr("The list could not be read: %1").arg(error.message)
                         : m_access.may(Permission::ProduceDocuments)
                         ? tr("No letter has been recorded for this request yet. Write the "
                              "acknowledgement of receipt with “Write a letter…”.")
                         : tr("No letter has been recorded for this request yet."));
    for (const Letter &letter : std::as_const(m_shown)) {
        auto *item = new QTreeWidgetItem(
            m_letters,
            { QLocale().toString(organisationTime(letter.generatedAt), QLocale::ShortFormat),
              codes::label(letter.kind), letter.generatedBy,
              letter.destroyed ? tr("text destroyed (retention)")
                               : letter.sha256.left(16) + QStringLiteral("…"),
              letter.isSent() ? tr("%1, %2").arg(
                  QLocale().toString(letter.sentOn, QLocale::ShortFormat), letter.sentHow)
                              : tr("only made") });
        item->setData(0, Qt::UserRole, letter.id);
        item->setData(0, Qt::UserRole + 1, letter.isSent() || letter.destroyed);
        item->setToolTip(3, letter.sha256);
    }
    m_dispatchButton->setEnabled(false);
    m_mailButton->setEnabled(false);
    m_letters->setVisible(!m_shown.isEmpty());
    m_empty->setVisible(m_shown.isEmpty());
}

void CaseDocumentsWidget::reloadFiles()
{
    const qint64 current
        = m_files->currentItem() ? m_files->currentItem()->data(0, Qt::UserRole).toLongLong() : 0;
    m_files->clear();
    m_attachments.clear();
    m_filesFailed = false;
    m_filesError->setMessage(QString());
    // Like the letters: not asked for a role that may not read the request file.
    if (!m_number.isEmpty() && m_access.may(Permission::ViewAllCases)) {
        ServiceError error;
        std::optional<QList<Attachment>> listed
            = AttachmentService(m_session).list(m_number, &error);
        if (listed) {
            m_attachments = *listed;
        } else {
            m_filesFailed = true;
            m_filesMessage->setMessage(QString()); // what was said before no longer holds
            m_filesError->setMessage(
                tr("The files of this request could not be read: %1").arg(error.message));
        }
    }
    bool hasOriginal = false;
    for (const Attachment &file : std::as_const(m_attachments)) {
        auto *item = new QTreeWidgetItem(m_files);
        item->setData(0, Qt::UserRole, file.id);
        if (file.isDestroyed()) {
            item->setText(0,
                          tr("destroyed on %1")
                              .arg(QLocale().toString(organisationDay(file.destroyedAt),
                                                      QLocale::ShortFormat)));
            QFont italic = item->font(0);
            italic.setItalic(true);
            item->setFont(0, italic);
            for (int column = 0; column < m_files->columnCount(); ++column)
                item->setForeground(column, palette().brush(QPalette::PlaceholderText));
        } else {
            item->setText(0, file.name);
            item->setToolTip(0, file.name);
            hasOriginal = hasOriginal || file.kind == AttachmentKind::Origineel;
        }
        item->setText(1, AttachmentService::kindLabel(file.kind));
        item->setText(
            2, QLocale().formattedDataSize(file.size, 1, QLocale::DataSizeTraditionalFormat));
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
        item->setText(3,
                      tr("%1, %2").arg(
                          QLocale().toString(organisationDay(file.addedAt), QLocale::ShortFormat),
                          file.addedBy));
        item->setToolTip(3, tr("Added on %1 by %2").arg(dutchTime(file.addedAt), file.addedBy));
        item->setText(4, file.sha256.left(12) + QStringLiteral("…"));
        item->setToolTip(4, file.sha256);
        if (file.id == current)
            m_files->setCurrentItem(item);
    }
    const int nameWidth = m_files->fontMetrics().averageCharWidth();
    m_files->resizeColumnToContents(0);
    m_files->setColumnWidth(0, std::clamp(m_files->columnWidth(0), nameWidth * 18, nameWidth * 32));
    if (!m_files->currentItem() && m_files->topLevelItemCount() > 0)
        m_files->setCurrentItem(m_files->topLevelItem(0));
    // Usually the request itself comes first; what follows is mostly correspondence.
    m_addKind->setCurrentIndex(m_addKind->findData(static_cast<int>(
        hasOriginal ? AttachmentKind::Correspondentie : AttachmentKind::Origineel)));
    m_addFileButton->setEnabled(mayAddFiles() && !m_number.isEmpty() && !m_filesFailed);
    // A list that could not be read is an error, never "nothing kept".
    m_files->setVisible(!m_filesFailed && !m_attachments.isEmpty());
    m_filesEmpty->setVisible(!m_filesFailed && m_attachments.isEmpty());
}

AttachmentViewDialog *CaseDocumentsWidget::currentViewer() const
{
    return m_viewer;
}

QString CaseDocumentsWidget::filesMessage() const
{
    return m_filesMessage->message();
}

int CaseDocumentsWidget::addFiles(const QStringList &paths)
{
    if (m_number.isEmpty() || !mayAddFiles())
        return 0;
    QStringList messages;
    QStringList notices;
    int added = 0;
    bool mandate = false;
    for (const QString &path : paths) {
        QString refusal;
        std::optional<PickedFile> picked = AttachmentReader::read(this, path, &refusal);
        if (!picked) {
            if (!refusal.isEmpty())
                messages << refusal;
            continue;
        }
        picked->file.kind = static_cast<AttachmentKind>(m_addKind->currentData().toInt());
        ServiceError error;
        bool kept = false;
        {
            const WaitCursor wait;
            kept = AttachmentService(m_session).add(m_number, picked->file, &error).has_value();
        }
        if (!kept) {
            messages << error.message;
            continue;
        }
        if (!picked->notice.isEmpty())
            notices << picked->notice; // kept, but to be checked by eye
        mandate = mandate || picked->file.kind == AttachmentKind::Machtiging;
        ++added;
    }
    if (!messages.isEmpty())
        m_filesMessage->setMessage((messages + notices).join(u'\n'));
    else if (!notices.isEmpty())
        m_filesMessage->setMessage(tr("%n file(s) kept with the request.", nullptr, added) + u'\n'
                                   + notices.join(u'\n'));
    else if (added > 0)
        m_filesMessage->setMessage(tr("%n file(s) kept with the request.", nullptr, added),
                                   MessageLabel::Kind::Done);
    if (added > 0) {
        reloadFiles();
        m_files->setCurrentItem(m_files->topLevelItem(m_files->topLevelItemCount() - 1));
        Q_EMIT requestChanged();
        if (mandate)
            Q_EMIT mandateFileKept();
    }
    return added;
}

void CaseDocumentsWidget::chooseFiles()
{
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Add a file to %1").arg(m_number), QString(),
        tr("E-mails, PDF files and scans (*.eml *.msg *.pdf *.png *.jpg *.jpeg *.tif *.tiff);;"
           "All files (*)"));
    if (!paths.isEmpty())
        addFiles(paths);
}

void CaseDocumentsWidget::openFile()
{
    const QTreeWidgetItem *item = m_files->currentItem();
    if (!item)
        return;
    const qint64 id = item->data(0, Qt::UserRole).toLongLong();
    const auto found = std::find_if(m_attachments.cbegin(), m_attachments.cend(),
                                    [id](const Attachment &a) { return a.id == id; });
    if (found == m_attachments.cend())
        return;
    if (found->isDestroyed()) {
        m_filesMessage->setMessage(
            tr("This file was destroyed under the retention rules; only its fingerprint and "
               "size are kept as proof."));
        return;
    }
    if (m_viewer)
        m_viewer->close();
    auto *viewer = new AttachmentViewDialog(m_session, *found, this);
    viewer->setAttribute(Qt::WA_DeleteOnClose);
    m_viewer = viewer;
    viewer->open();
}

bool CaseDocumentsWidget::recordDispatch(QDate day, const QString &how)
{
    const QTreeWidgetItem *item = m_letters->currentItem();
    if (!item || m_number.isEmpty())
        return false;
    const qint64 id = item->data(0, Qt::UserRole).toLongLong();
    QString sentHow = how;
    if (!day.isValid()) {
        QDialog dialog(this);
        dialog.setObjectName(QStringLiteral("dispatchDialog"));
        dialog.setWindowTitle(tr("Record dispatch — Privacydesk"));
        auto *date = pastDateEdit(m_session.clock().today(), &dialog);
        auto *way = new QComboBox(&dialog);
        way->setEditable(true);
        way->addItems({ QStringLiteral("per post"), QStringLiteral("per e-mail"),
                        QStringLiteral("aangetekend"), QStringLiteral("via het huurdersportaal"),
                        QStringLiteral("persoonlijk overhandigd") });
        auto *form = new QFormLayout;
        auto *dateLabel = new QLabel(tr("&Sent on:"), &dialog);
        dateLabel->setBuddy(date);
        auto *wayLabel = new QLabel(tr("&How:"), &dialog);
        wayLabel->setBuddy(way);
        form->addRow(dateLabel, date);
        form->addRow(wayLabel, way);
        auto *buttons
            = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
        connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
        connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
        auto *layout = new QVBoxLayout(&dialog);
        auto *intro = new QLabel(tr("A letter made is not yet a letter sent: record the day it "
                                    "went out and how. The complaint dossier shows both."),
                                 &dialog);
        intro->setWordWrap(true);
        layout->addWidget(intro);
        layout->addLayout(form);
        layout->addWidget(buttons);
        if (dialog.exec() != QDialog::Accepted)
            return false;
        day = date->date();
        sentHow = way->currentText();
    }
    ServiceError error;
    if (!LetterService(m_session).recordDispatch(m_number, id, day, sentHow, BsnCheck::Refuse,
                                                 &error)) {
        m_lettersMessage->setMessage(error.message);
        return false;
    }
    m_lettersMessage->setMessage({});
    reload();
    Q_EMIT requestChanged();
    return true;
}

bool CaseDocumentsWidget::mailLetter()
{
    const QTreeWidgetItem *item = m_letters->currentItem();
    if (!item || m_number.isEmpty())
        return false;
    const qint64 id = item->data(0, Qt::UserRole).toLongLong();
    const auto letter = std::find_if(m_shown.cbegin(), m_shown.cend(),
                                     [id](const Letter &l) { return l.id == id; });
    ServiceError error;
    const std::optional<Case> request = CaseService(m_session).find(m_number, &error);
    if (letter == m_shown.cend() || !request) {
        m_lettersMessage->setMessage(error.message);
        return false;
    }
    auto *dialog = new LetterMailDialog(m_session, *request, *letter, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &LetterMailDialog::recorded, this, [this] {
        reload();
        Q_EMIT requestChanged();
    });
    dialog->open();
    return true;
}

std::optional<DocumentPreview::Document> CaseDocumentsWidget::chosenLetter() const
{
    const QTreeWidgetItem *item = m_letters->currentItem();
    if (!item)
        return std::nullopt;
    const qint64 id = item->data(0, Qt::UserRole).toLongLong();
    for (const Letter &letter : std::as_const(m_shown)) {
        if (letter.id != id || letter.destroyed)
            continue;
        // The recorded text, as it was sent: printing it again records nothing new.
        DocumentPreview::Document document;
        document.title = letter.title();
        document.marking = PrintedDocument::marking(m_session.store());
        document.audience = PrintedDocument::Audience::DataSubject;
        document.storeDirectory = m_session.store().directory();
        const QString html = letter.html;
        document.fill = [html](QTextDocument *text, QString *) {
            LetterService::fillDocument(text, html);
            return true;
        };
        return document;
    }
    return std::nullopt;
}

void CaseDocumentsWidget::openLetter()
{
    if (const std::optional<DocumentPreview::Document> document = chosenLetter())
        DocumentPreview::preview(this, *document);
}

bool CaseDocumentsWidget::printLetter()
{
    const std::optional<DocumentPreview::Document> document = chosenLetter();
    if (!document)
        return false;
    return DocumentPreview::print(this, *document, {}, DocumentPreview::reportIn(m_lettersMessage));
}

void CaseDocumentsWidget::dragEnterEvent(QDragEnterEvent *event)
{
    if (mayAddFiles() && !m_number.isEmpty()
        && !AttachmentReader::localFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void CaseDocumentsWidget::dragMoveEvent(QDragMoveEvent *event)
{
    if (mayAddFiles() && !m_number.isEmpty()
        && !AttachmentReader::localFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void CaseDocumentsWidget::dropEvent(QDropEvent *event)
{
    const QStringList paths = AttachmentReader::localFiles(event->mimeData());
    if (!mayAddFiles() || m_number.isEmpty() || paths.isEmpty())
        return;
    event->acceptProposedAction();
    addFiles(paths);
}

void CaseDocumentsWidget::retranslateUi()
{
    m_filesTitle->setText(tr("Files"));
    m_files->setAccessibleName(tr("Files")); // for a screen reader
    m_filesIntro->setText(
        mayAddFiles()
            ? tr("The request as it arrived, a mandate, later correspondence: kept inside the "
                 "encrypted store. Enter or a double-click opens one read-only; drop a file here "
                 "to add it.")
            : tr("The request as it arrived, a mandate, later correspondence: kept inside the "
                 "encrypted store. Enter or a double-click opens one read-only."));
    m_addFileButton->setText(tr("&Add file…"));
    m_addKindLabel->setText(tr("as:"));
    for (int i = 0; i < m_addKind->count(); ++i)
        m_addKind->setItemText(i,
                               AttachmentService::kindLabel(
                                   static_cast<AttachmentKind>(m_addKind->itemData(i).toInt())));
    m_files->setHeaderLabels(
        { tr("File"), tr("Kind"), tr("Size"), tr("Added"), tr("Fingerprint") });
    m_filesEmpty->setText(mayAddFiles()
                              ? tr("No file has been kept with this request. Drop the e-mail, the "
                                   "letter's scan or a mandate here, or use “Add file…”.")
                              : tr("No file has been kept with this request."));
    m_lettersTitle->setText(tr("Letters"));
    m_intro->setText(tr("Letters made for this request, as recorded: the fingerprint (SHA-256) "
                        "is also in the audit trail, so the AP complaint dossier can show that "
                        "the text was not changed afterwards. “Record dispatch…” says when and "
                        "how a letter went out."));
    m_letters->setHeaderLabels(
        { tr("Date"), tr("Letter"), tr("By"), tr("Fingerprint"), tr("Sent") });
    m_dispatchButton->setText(tr("Record d&ispatch…"));
    m_dispatchButton->setToolTip(tr("Record the day the chosen letter was sent, and how"));
    //: Dutch: "Per e-mail versture&n…"
    m_mailButton->setText(tr("Send by &e-mail…"));
    //: Dutch: "De gekozen brief per e-mail versturen vanuit het privacypostvak; vastgelegd als
    //: verstuurd zodra de mailserver hem aannam"
    m_mailButton->setToolTip(tr("Send the chosen letter by e-mail from the privacy mailbox; "
                                "recorded as sent once the mail server accepted it"));
    //: Dutch: "Opnieuw a&fdrukken…"
    m_printButton->setText(tr("&Print again…"));
    //: Dutch: "De gekozen brief zoals hij is verstuurd, meteen naar het afdrukvenster"
    m_printButton->setToolTip(tr("The chosen letter as it was sent, straight to the print dialog"));
    m_empty->setText(m_access.may(Permission::ProduceDocuments)
                         ? tr("No letter has been recorded for this request yet. Write the "
                              "acknowledgement of receipt with “Write a letter…”.")
                         : tr("No letter has been recorded for this request yet."));
}

} // namespace pd::ui
