#include "intake/NewRequestDialog.h"

#include "HelpWindow.h"
#include "Icons.h"
#include "MessageLabel.h"
#include "Named.h"
#include "TextEmphasis.h"
#include "WindowSize.h"
#include "cases/Attachments.h"
#include "cases/CaseService.h"
#include "cases/MailIntake.h"
#include "domain/InputLimits.h"
#include "intake/PersonSearchWidget.h"
#include "intake/RepresentativeRows.h"
#include "store/Store.h"
#include "users/UserService.h"
#include "util/Clock.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimeEdit>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>

namespace pd::ui {

namespace {

// "Tuesday 2 March 2026": the deadline as the officer will write it in a letter.
QString longDate(QDate date)
{
    return QLocale().toString(date, QLocale::LongFormat);
}

// The locale's short date with a four-digit year (some locales' short format has two).
QString dateFormat()
{
    QString format = QLocale().dateFormat(QLocale::ShortFormat);
    if (!format.contains(QStringLiteral("yyyy")))
        format.replace(QStringLiteral("yy"), QStringLiteral("yyyy"));
    return format;
}

} // namespace

NewRequestDialog::NewRequestDialog(const Session &session, QWidget *parent)
    : Retranslated(parent)
    , m_session(session)
    , m_actingLogin(UserService::normalisedLogin(session.userName()))
    , m_policy(CaseService(session).policy(nullptr))
{
    setObjectName(QStringLiteral("newRequestDialog"));
    setHelpTopic(this, HelpTopic::NewRequest);
    setWindowIcon(icons::application());
    setSizeGripEnabled(true);
    setAcceptDrops(true);

    IntakeForm::Setup setup;
    setup.wording = intake::Wording::DataSubject;
    setup.save = std::bind_front(&NewRequestDialog::save, this);
    setup.next = std::bind_front(&NewRequestDialog::startNew, this);
    setup.ownReason = std::bind_front(&NewRequestDialog::receiptReason, this);
    m_form = std::make_unique<IntakeForm>(this, m_session, std::move(setup));
    buildForm(m_form->formPage());
    m_form->result.next->setObjectName(QStringLiteral("newRequestButton"));

    // A file dropped anywhere on the form is an original, also over a text field (which would
    // otherwise take the file's path as text): the fields pass drops on to the dialog.
    for (QLineEdit *edit : findChildren<QLineEdit *>())
        edit->setAcceptDrops(false);
    for (QPlainTextEdit *edit : findChildren<QPlainTextEdit *>()) {
        edit->setAcceptDrops(false);
        edit->viewport()->setAcceptDrops(false);
    }

    retranslateUi();
    resizeWithinScreen(this, QSize(1080, 740));
    startNew();
}

NewRequestDialog::~NewRequestDialog() = default;

void NewRequestDialog::buildForm(QWidget *page)
{
    m_filled = named<MessageLabel>(QStringLiteral("filledFromMail"), page);
    QGridLayout *receipt = buildReceipt(page);
    m_form->person->setEmailShown(true);
    QPlainTextEdit *description = m_form->description;
    description->setFixedHeight(description->fontMetrics().lineSpacing() * 2 + 14);
    QFrame *panel = buildOriginals(page);

    QFormLayout *request = m_form->requestRows(2);
    m_form->addDescriptionRow(request);
    const auto line = [page] {
        auto *frame = new QFrame(page);
        frame->setFrameShape(QFrame::HLine);
        frame->setFrameShadow(QFrame::Sunken);
        return frame;
    };
    auto *left = new QVBoxLayout;
    left->addWidget(m_form->title);
    left->addSpacing(4);
    left->addLayout(receipt);
    left->addWidget(line());
    left->addWidget(m_form->person);
    left->addWidget(line());
    left->addLayout(request);
    m_form->addFooter(left, nullptr);
    m_form->setColumns(left, panel);

    // The keyboard path, top to bottom; the files last, before saving.
    m_form->setTabOrder(
        QList<QWidget *> { m_channel, m_received, m_timeKnown, m_time, m_receivedBy }
            + m_representative->tabOrder(),
        {}, { m_fileList, m_kind, m_addFile, m_removeFile });

    connect(m_channel, &QComboBox::currentIndexChanged, this, &NewRequestDialog::validate);
    connect(m_received, &QDateEdit::dateChanged, this, [this] {
        updateDeadline();
        validate();
    });
    connect(m_timeKnown, &QCheckBox::toggled, this, [this](bool on) {
        m_time->setEnabled(on);
        validate();
    });
    connect(m_time, &QTimeEdit::timeChanged, this, &NewRequestDialog::validate);
}

QGridLayout *NewRequestDialog::buildReceipt(QWidget *page)
{
    m_channelLabel = intake::buddyLabel(page);
    m_channel = named<QComboBox>(QStringLiteral("channel"), page);
    for (Channel channel : codes::all<Channel>())
        m_channel->addItem(codes::label(channel), static_cast<int>(channel));
    m_channelLabel->setBuddy(m_channel);

    m_receivedLabel = intake::buddyLabel(page);
    m_received = named<QDateEdit>(QStringLiteral("receivedDate"), page);
    m_received->setCalendarPopup(true);
    m_receivedLabel->setBuddy(m_received);
    m_timeKnown = named<QCheckBox>(QStringLiteral("timeKnown"), page);
    m_time = named<QTimeEdit>(QStringLiteral("receivedTime"), page);
    m_time->setDisplayFormat(QStringLiteral("HH:mm"));
    m_time->setEnabled(false);
    m_deadline = named<QLabel>(QStringLiteral("deadlinePreview"), page);
    m_deadline->setWordWrap(true);
    m_deadline->setTextFormat(Qt::PlainText);
    emphasise(m_deadline);

    m_dateMessage = named<MessageLabel>(QStringLiteral("receivedDateMessage"), page);

    m_receivedByLabel = intake::buddyLabel(page);
    m_receivedBy = named<QComboBox>(QStringLiteral("receivedBy"), page);
    m_receivedByLabel->setBuddy(m_receivedBy);
    fillReceivedBy();

    m_representative = std::make_unique<RepresentativeRows>(page, *m_form);

    auto *timeRow = new QHBoxLayout;
    timeRow->setContentsMargins(0, 0, 0, 0);
    timeRow->addWidget(m_received);
    timeRow->addSpacing(12);
    timeRow->addWidget(m_timeKnown);
    timeRow->addWidget(m_time);
    timeRow->addStretch(1);

    auto *receipt = new QGridLayout;
    receipt->setHorizontalSpacing(10);
    // Close together, so that the dialog still fits the desk's 1200×800 once an e-mail has
    // filled it in.
    receipt->setVerticalSpacing(3);
    receipt->setColumnStretch(1, 1);
    receipt->setColumnStretch(3, 1);
    receipt->setColumnMinimumWidth(2, 12);
    receipt->addWidget(m_channelLabel, 0, 0);
    receipt->addWidget(m_channel, 0, 1);
    receipt->addWidget(m_receivedByLabel, 0, 2, Qt::AlignLeft);
    receipt->addWidget(m_receivedBy, 0, 3);
    receipt->addWidget(m_receivedLabel, 1, 0);
    receipt->addLayout(timeRow, 1, 1, 1, 3);
    auto *deadlineBox = new QVBoxLayout;
    deadlineBox->setContentsMargins(0, 0, 0, 0);
    deadlineBox->setSpacing(0);
    deadlineBox->addWidget(m_deadline);
    deadlineBox->addWidget(m_dateMessage);
    // Under the date it follows, on one line where it fits.
    receipt->addLayout(deadlineBox, 2, 1, 1, 3, Qt::AlignTop);
    // The representative on rows of their own (beside the dates they were cramped).
    m_representative->place(receipt, 3);
    return receipt;
}

// Who received the request: every user, the acting one first when the users hold no row for
// them; a list that could not be read is said under the dates.
void NewRequestDialog::fillReceivedBy()
{
    // UserService reads through the store's connection; listing writes nothing.
    UserError unread;
    const QList<UserAccount> users
        = UserService(const_cast<Store &>(m_session.store()), m_session).list(false, &unread);
    bool actingListed = false;
    for (const UserAccount &user : users) {
        const QString name = user.displayName.trimmed();
        const QString text = name.isEmpty() || name.compare(user.login, Qt::CaseInsensitive) == 0
            ? user.login
            : QStringLiteral("%1 (%2)").arg(name, user.login);
        m_receivedBy->addItem(text, user.login);
        actingListed = actingListed || user.login == m_actingLogin;
    }
    // The recovery key acts without a user row: it is still who typed the request in.
    if (!actingListed)
        m_receivedBy->insertItem(0, m_actingLogin, m_actingLogin);
    // The other users could not be read: said where the receipt is filled in.
    if (unread.isError())
        m_dateMessage->setMessage(unread.message);
}

QFrame *NewRequestDialog::buildOriginals(QWidget *page)
{
    // The originals: a panel that is also where files are dropped.
    QFrame *panel = intake::sidePanel(page, QStringLiteral("originalsPanel"), 310);
    m_filesTitle = intake::panelTitle(panel);
    m_filesHint = new QLabel(panel);
    m_filesHint->setWordWrap(true);
    m_fileList = intake::rowList(
        panel, QStringLiteral("files"),
        { QHeaderView::Stretch, QHeaderView::ResizeToContents, QHeaderView::ResizeToContents });
    m_fileList->setTextElideMode(Qt::ElideMiddle); // "Verzoek…inzage.eml": the kind stays in view
    m_fileList->setMinimumHeight(m_fileList->fontMetrics().height() * 6);
    // Where files go while there are none.
    m_dropZone = named<QLabel>(QStringLiteral("dropZone"), panel);
    m_dropZone->setAlignment(Qt::AlignCenter);
    m_dropZone->setWordWrap(true);
    m_dropZone->setMinimumHeight(m_fileList->minimumHeight());
    m_dropZone->setStyleSheet(QStringLiteral(
        "QLabel { border: 2px dashed #9fb7d3; border-radius: 6px; background: #f8fafd; "
        "color: #1d3f66; padding: 12px; }"));
    m_kindLabel = new QLabel(panel);
    m_kind = named<QComboBox>(QStringLiteral("fileKind"), panel);
    for (AttachmentKind kind : AttachmentService::kinds())
        m_kind->addItem(AttachmentService::kindLabel(kind), static_cast<int>(kind));
    m_kindLabel->setBuddy(m_kind);
    m_addFile = intake::sideButton(panel, QStringLiteral("addFile"));
    m_removeFile = intake::sideButton(panel, QStringLiteral("removeFile"));
    m_fileMessage = named<MessageLabel>(QStringLiteral("fileMessage"), panel);
    // What the checks could not read of the files kept (a scan without a text layer).
    m_fileNotice = named<MessageLabel>(QStringLiteral("fileNotice"), panel);
    m_filesNote = intake::quietNote(panel);
    connectOriginals();

    auto *kindRow = new QHBoxLayout;
    kindRow->addWidget(m_kindLabel);
    kindRow->addWidget(m_kind, 1);
    auto *fileButtons = new QHBoxLayout;
    fileButtons->addWidget(m_addFile);
    fileButtons->addWidget(m_removeFile);
    fileButtons->addStretch(1);
    auto *panelLayout = new QVBoxLayout(panel);
    panelLayout->setContentsMargins(14, 14, 14, 14);
    panelLayout->setSpacing(8);
    panelLayout->addWidget(m_filesTitle);
    panelLayout->addWidget(m_filesHint);
    panelLayout->addWidget(m_fileList, 1);
    panelLayout->addWidget(m_dropZone, 1);
    // What the e-mail in the list filled in, under it: the form keeps its room at 1200×800.
    panelLayout->addWidget(m_filled);
    panelLayout->addLayout(kindRow);
    panelLayout->addLayout(fileButtons);
    panelLayout->addWidget(m_fileMessage);
    panelLayout->addWidget(m_fileNotice);
    panelLayout->addWidget(m_filesNote);
    return panel;
}

void NewRequestDialog::connectOriginals()
{
    connect(m_addFile, &QPushButton::clicked, this, &NewRequestDialog::chooseFiles);
    connect(m_removeFile, &QPushButton::clicked, this, [this] {
        const int row = m_fileList->indexOfTopLevelItem(m_fileList->currentItem());
        if (row < 0 || row >= m_files.size())
            return;
        m_files.removeAt(row);
        // Without an e-mail left, the next one dropped fills the form again.
        if (std::none_of(m_files.cbegin(), m_files.cend(),
                         [](const PickedFile &picked) { return picked.mail.has_value(); })) {
            m_filledFields.clear();
            m_mailReceivedAt = QDateTime();
            m_filled->setMessage(QString());
        }
        updateFiles();
        validate();
    });
    connect(m_fileList, &QTreeWidget::currentItemChanged, this, [this] {
        const int row = m_fileList->indexOfTopLevelItem(m_fileList->currentItem());
        const bool any = row >= 0 && row < m_files.size();
        m_kind->setEnabled(any);
        m_removeFile->setEnabled(any);
        if (any) {
            const QSignalBlocker blocker(m_kind);
            m_kind->setCurrentIndex(m_kind->findData(static_cast<int>(m_files.at(row).file.kind)));
        }
    });
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        const int row = m_fileList->indexOfTopLevelItem(m_fileList->currentItem());
        if (row < 0 || row >= m_files.size())
            return;
        m_files[row].file.kind = static_cast<AttachmentKind>(m_kind->currentData().toInt());
        m_fileList->topLevelItem(row)->setText(1, m_kind->currentText());
    });
}

void NewRequestDialog::retranslateUi()
{
    m_form->retranslateUi();
    setWindowTitle(tr("New request — Privacydesk"));
    m_form->title->setText(tr("New request"));
    m_channelLabel->setText(tr("&Channel:"));
    m_channel->setPlaceholderText(tr("How did it arrive?"));
    for (int i = 0; i < m_channel->count(); ++i)
        m_channel->setItemText(i,
                               codes::label(static_cast<Channel>(m_channel->itemData(i).toInt())));
    m_receivedLabel->setText(tr("Received &on:"));
    m_received->setDisplayFormat(dateFormat());
    m_timeKnown->setText(tr("Time &known:"));
    m_time->setAccessibleName(tr("Time received"));
    m_time->setToolTip(tr("Dutch time (Europe/Amsterdam)"));
    m_timeKnown->setToolTip(
        tr("Only when the time of receipt is known (an e-mail, a call). Without it the request "
           "has a date of receipt and no time."));
    m_receivedByLabel->setText(tr("Received &by:"));
    m_representative->retranslateUi();
    m_form->descriptionLabel->setText(tr("Descr&iption:"));
    m_form->description->setPlaceholderText(
        tr("In a few words what is asked. No BSN, no document numbers."));

    m_filesTitle->setText(tr("The request as it arrived"));
    m_fileList->setAccessibleName(tr("The request as it arrived"));
    //: Dutch: "De e-mail (.eml, of .msg uit Outlook), de scan van de brief of de machtiging,
    //: zoals die binnenkwam. Een e-mail vult het formulier in."
    m_filesHint->setText(tr("The e-mail (.eml or Outlook .msg), the letter's scan or the mandate, "
                            "as it arrived. An e-mail fills in the form."));
    m_dropZone->setText(tr("Drop the file here\nor use “Add file…”"));
    m_fileList->setHeaderLabels({ tr("File"), tr("Kind"), tr("Size") });
    m_kindLabel->setText(tr("Kind:"));
    for (int i = 0; i < m_kind->count(); ++i)
        m_kind->setItemText(
            i,
            AttachmentService::kindLabel(static_cast<AttachmentKind>(m_kind->itemData(i).toInt())));
    m_addFile->setText(tr("Add &file…"));
    m_removeFile->setText(tr("Remo&ve"));
    m_filesNote->setText(
        tr("Kept inside the encrypted store with the request, at most %1 per file. Never a copy "
           "of an identity document: record how identity was checked instead.")
            .arg(QLocale().formattedDataSize(AttachmentService::maxFileBytes, 0,
                                             QLocale::DataSizeTraditionalFormat)));

    m_form->result.next->setText(tr("&New request"));
    if (m_created && m_createdDeadlines) {
        m_form->result.deadline->setText(
            tr("Answer by %1 at the latest").arg(longDate(m_createdDeadlines->current)));
        QStringList types;
        for (RequestType type : std::as_const(m_created->types))
            types << codes::label(type);
        QString details
            = tr("%1 · %2").arg(m_created->person.name, types.join(QStringLiteral(", "))) + u'\n'
            + tr("%1, received on %2 · legal deadline %3")
                  .arg(codes::label(m_created->channel),
                       QLocale().toString(m_created->receivedDate, QLocale::ShortFormat),
                       longDate(m_createdDeadlines->all.legal));
        if (m_created->attachmentCount > 0)
            details += u'\n' + tr("%n file(s) kept with it", nullptr, m_created->attachmentCount);
        m_form->result.details->setText(details);
    }
    updateFiles();
    updateDeadline();
    validate();
}

NewRequestDialog::Page NewRequestDialog::page() const
{
    return m_form->onForm() ? Page::Form : Page::Result;
}

QDate NewRequestDialog::today() const
{
    return m_session.clock().today();
}

QDateTime NewRequestDialog::receivedAt() const
{
    if (!m_timeKnown->isChecked())
        return {};
    const QDateTime typed(m_received->date(), m_time->time(), organisationTimeZone());
    // As filled from the e-mail, to the second; typed over, to the minute typed.
    if (m_mailReceivedAt.isValid()) {
        const QDateTime mail = organisationTime(m_mailReceivedAt);
        if (mail.date() == typed.date() && mail.time().hour() == typed.time().hour()
            && mail.time().minute() == typed.time().minute())
            return m_mailReceivedAt.toUTC();
    }
    return typed.toUTC();
}

QString NewRequestDialog::receiptReason() const
{
    if (m_channel->currentIndex() < 0)
        return tr("Choose how the request arrived (the channel).");
    if (const QString why = CaseWorkflow::checkReceived(m_received->date(), today());
        !why.isEmpty())
        return why;
    if (m_timeKnown->isChecked() && receivedAt() > m_session.clock().now())
        return tr("The time of receipt lies in the future.");
    return m_representative->invalidReason(static_cast<Channel>(m_channel->currentData().toInt())
                                           == Channel::Gemachtigde);
}

QString NewRequestDialog::invalidReason() const
{
    return m_form->invalidReason();
}

void NewRequestDialog::validate()
{
    m_form->validate();
}

void NewRequestDialog::updateDeadline()
{
    const QDate received = m_received->date();
    // Where the deadline would be, why there is none.
    const QString refusal = CaseWorkflow::checkReceived(received, today());
    m_dateMessage->setMessage(refusal);
    m_deadline->setVisible(refusal.isEmpty());
    if (!refusal.isEmpty()) {
        m_deadline->clear();
        return;
    }
    ServiceError error;
    if (!m_policy)
        m_policy = CaseService(m_session).policy(&error);
    if (!m_policy) {
        // No deadline rather than one under a policy that is not the store's.
        m_deadline->setText(tr("The deadline could not be computed: %1").arg(error.message));
        return;
    }
    Case preview;
    preview.receivedDate = received;
    const CaseDeadlines d = deadlinesFor(preview, *m_policy);
    QString text
        = tr("At the latest %1, legal deadline %2").arg(longDate(d.current), longDate(d.all.legal));
    if (d.current < today())
        text += QStringLiteral(" — ") + tr("already passed");
    m_deadline->setText(text);
}

void NewRequestDialog::updateFiles()
{
    const int current = m_fileList->indexOfTopLevelItem(m_fileList->currentItem());
    m_fileList->clear();
    QStringList notices;
    for (const PickedFile &picked : std::as_const(m_files)) {
        auto *item = new QTreeWidgetItem(m_fileList);
        item->setText(0, picked.file.name);
        item->setText(1, AttachmentService::kindLabel(picked.file.kind));
        item->setText(2,
                      QLocale().formattedDataSize(picked.file.content.size(), 1,
                                                  QLocale::DataSizeTraditionalFormat));
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
        QString tip = picked.file.name;
        if (picked.mail) {
            tip += u'\n'
                + tr("E-mail from %1")
                      .arg(picked.mail->from.name.isEmpty() ? picked.mail->from.address
                                                            : picked.mail->from.name);
            if (!picked.mail->attachments.isEmpty())
                tip += u'\n'
                    + tr("with %n attached file(s), kept as part of it", nullptr,
                         int(picked.mail->attachments.size()));
        }
        if (!picked.notice.isEmpty())
            tip += u'\n' + picked.notice;
        item->setToolTip(0, tip);
        notices << picked.notice;
    }
    notices.removeAll(QString());
    m_fileNotice->setMessage(notices.join(u'\n'));
    if (!m_files.isEmpty())
        m_fileList->setCurrentItem(
            m_fileList->topLevelItem(std::clamp(current, 0, int(m_files.size()) - 1)));
    m_kind->setEnabled(!m_files.isEmpty());
    m_removeFile->setEnabled(!m_files.isEmpty());
    // The one goes before the other comes (see PersonSearchWidget::setNewPerson).
    (m_files.isEmpty() ? static_cast<QWidget *>(m_fileList) : m_dropZone)->setVisible(false);
    (m_files.isEmpty() ? static_cast<QWidget *>(m_dropZone) : m_fileList)->setVisible(true);
}

QList<NewAttachment> NewRequestDialog::files() const
{
    QList<NewAttachment> result;
    for (const PickedFile &picked : m_files)
        result << picked.file;
    return result;
}

QString NewRequestDialog::fileMessage() const
{
    return m_fileMessage->message();
}

QString NewRequestDialog::fileNotice() const
{
    return m_fileNotice->message();
}

int NewRequestDialog::addFiles(const QStringList &paths)
{
    if (page() != Page::Form)
        return 0;
    QStringList refusals;
    int added = 0;
    for (const QString &path : paths) {
        QString refusal;
        if (keep(AttachmentReader::read(this, path, &refusal)))
            ++added;
        else if (!refusal.isEmpty())
            refusals << refusal;
    }
    m_fileMessage->setMessage(refusals.join(u'\n'));
    updateFiles();
    if (added > 0)
        m_fileList->setCurrentItem(m_fileList->topLevelItem(int(m_files.size()) - 1));
    validate();
    return added;
}

bool NewRequestDialog::keep(std::optional<PickedFile> picked)
{
    if (!picked)
        return false;
    picked->file.kind = AttachmentKind::Origineel; // the officer says when it is not
    const bool fills = picked->mail && m_filledFields.isEmpty();
    m_files << *picked;
    if (fills)
        fillFromMail(*picked->mail);
    return true;
}

bool NewRequestDialog::addOriginal(const NewAttachment &file)
{
    QString refusal;
    const bool added = page() == Page::Form && keep(AttachmentReader::check(this, file, &refusal));
    m_fileMessage->setMessage(refusal);
    updateFiles();
    if (added)
        m_fileList->setCurrentItem(m_fileList->topLevelItem(int(m_files.size()) - 1));
    validate();
    return added;
}

void NewRequestDialog::chooseFiles()
{
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Add the request as it arrived"), QString(),
        tr("E-mails, PDF files and scans (*.eml *.msg *.pdf *.png *.jpg *.jpeg *.tif *.tiff);;"
           "All files (*)"));
    if (!paths.isEmpty())
        addFiles(paths);
}

void NewRequestDialog::fillFromMail(const MailMessage &mail)
{
    NewCase fill;
    MailIntake::apply(mail, &fill, true);
    QStringList filled;
    m_channel->setCurrentIndex(m_channel->findData(static_cast<int>(fill.channel)));
    filled << tr("channel %1").arg(codes::label(fill.channel));
    if (fill.receivedDate.isValid()) {
        m_received->setDate(fill.receivedDate);
        if (fill.receivedAt.isValid()) {
            m_mailReceivedAt = fill.receivedAt;
            const QDateTime local = organisationTime(fill.receivedAt);
            m_timeKnown->setChecked(true);
            m_time->setTime(local.time());
            filled << tr("received %1 at %2 (Dutch time)")
                          .arg(longDate(local.date()),
                               QLocale().toString(local.time(), QLocale::ShortFormat));
        } else {
            filled << tr("received %1").arg(longDate(fill.receivedDate));
        }
    }
    // The sender, unless the officer already chose or typed someone.
    if (!m_form->person->hasInput()
        && !(fill.person.name.isEmpty() && fill.person.email.isEmpty())) {
        m_form->person->suggest(fill.person.name, fill.person.email);
        filled << (fill.person.email.isEmpty()
                       ? tr("sender %1").arg(fill.person.name)
                       : tr("sender %1 <%2>").arg(fill.person.name, fill.person.email).trimmed());
    }
    QPlainTextEdit *description = m_form->description;
    if (description->toPlainText().trimmed().isEmpty() && !fill.description.isEmpty()) {
        description->setPlainText(fill.description);
        filled << tr("the subject as description");
    }
    m_filledFields = filled;
    m_filled->setMessage(tr("Filled in from the e-mail: %1. Check them before saving.")
                             .arg(filled.join(QStringLiteral(", "))),
                         MessageLabel::Kind::Done);
    updateDeadline();
}

void NewRequestDialog::save()
{
    std::optional<NewCase> request = m_form->request();
    if (!request)
        return;
    request->channel = static_cast<Channel>(m_channel->currentData().toInt());
    request->receivedDate = m_received->date();
    request->receivedAt = receivedAt();
    const QString receivedBy = m_receivedBy->currentData().toString();
    request->receivedBy = receivedBy == m_actingLogin ? QString() : receivedBy;
    m_representative->fill(&*request);
    request->attachments = files();

    CaseService cases(m_session);
    const std::optional<Case> created
        = m_saver ? m_form->add(m_saver, *request) : m_form->add(cases, *request);
    if (!created)
        return;
    m_created = created;
    ServiceError error;
    m_createdDeadlines = cases.deadlines(*created, &error);
    if (!m_createdDeadlines)
        m_form->result.deadline->setText(
            tr("The deadline could not be computed: %1").arg(error.message));
    m_createdNumber = created->number;
    retranslateUi();
    m_form->showResult(created->number);
    Q_EMIT caseCreated(created->number);
}

bool NewRequestDialog::hasInput() const
{
    if (m_form->hasInput())
        return true;
    return page() == Page::Form
        && (!m_files.isEmpty() || m_channel->currentIndex() >= 0 || m_received->date() != today()
            || m_timeKnown->isChecked() || m_receivedBy->currentData().toString() != m_actingLogin);
}

void NewRequestDialog::startNew()
{
    // The next request is a new one of its own, not the mailbox's message again.
    m_saver = {};
    m_files.clear();
    m_filledFields.clear();
    m_mailReceivedAt = QDateTime();
    m_created.reset();
    m_createdNumber.clear();
    m_channel->setCurrentIndex(-1);
    m_received->setDate(today());
    m_timeKnown->setChecked(false);
    m_time->setTime(QTime(9, 0));
    m_receivedBy->setCurrentIndex(std::max(0, m_receivedBy->findData(m_actingLogin)));
    m_representative->clear();
    m_form->clear();
    m_filled->setMessage(QString());
    m_fileMessage->setMessage(QString());
    updateFiles();
    updateDeadline();
    m_form->showForm();
    m_channel->setFocus();
}

void NewRequestDialog::reject()
{
    if (m_form->mayClose(hasInput(),
                         tr("What you entered for this request, and the files added to it, have "
                            "not been saved. Discard them?"),
                         tr("&Keep editing")))
        QDialog::reject();
}

void NewRequestDialog::dragEnterEvent(QDragEnterEvent *event)
{
    if (page() == Page::Form && !AttachmentReader::localFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void NewRequestDialog::dragMoveEvent(QDragMoveEvent *event)
{
    if (page() == Page::Form && !AttachmentReader::localFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void NewRequestDialog::dropEvent(QDropEvent *event)
{
    const QStringList paths = AttachmentReader::localFiles(event->mimeData());
    if (page() != Page::Form || paths.isEmpty())
        return;
    event->acceptProposedAction();
    addFiles(paths);
}

} // namespace pd::ui
