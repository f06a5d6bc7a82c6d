#include "breaches/BreachesPage.h"

#include "EmptyStateWidget.h"
#include "HelpWindow.h"
#include "Icons.h"
#include "MessageLabel.h"
#include "Named.h"
#include "RowTables.h"
#include "breaches/BreachDialogs.h"
#include "breaches/BreachDocuments.h"
#include "breaches/BreachLetterRunDialog.h"
#include "breaches/BreachListModel.h"
#include "cases/ExternalHoldsWidget.h"
#include "documents/DocumentPreview.h"
#include "letters/BreachLetterRun.h"
#include "mailbox/MailboxService.h"
#include "retention/HoldsAtClose.h"
#include "users/UserService.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

namespace pd::ui {

// ---------------------------------------------------------------------------------------------

BreachDetailWidget::BreachDetailWidget(const Session &session, QWidget *parent)
    : Retranslated(parent)
    , m_session(session)
    , m_access(DeskAccess::of(session))
{
    setObjectName(QStringLiteral("breachDetail"));
    m_text = named<QTextBrowser>(QStringLiteral("breachDetailText"), this);
    m_text->setOpenLinks(false);
    m_actions = new QWidget(this);
    auto *buttons = new QHBoxLayout(m_actions);
    buttons->setContentsMargins(0, 0, 0, 0);
    m_edit = named<QPushButton>(QStringLiteral("breachEdit"), m_actions);
    m_assess = named<QPushButton>(QStringLiteral("breachAssess"), m_actions);
    m_notifyAp = named<QPushButton>(QStringLiteral("breachNotifyAp"), m_actions);
    m_followUp = named<QPushButton>(QStringLiteral("breachFollowUp"), m_actions);
    m_subjects = named<QPushButton>(QStringLiteral("breachSubjects"), m_actions);
    m_close = named<QPushButton>(QStringLiteral("breachClose"), m_actions);
    m_reopen = named<QPushButton>(QStringLiteral("breachReopen"), m_actions);
    m_prepare = named<QPushButton>(QStringLiteral("breachPrepareNotification"), this);
    m_link = named<QPushButton>(QStringLiteral("breachLinkPersons"), m_actions);
    m_notice = named<QPushButton>(QStringLiteral("breachMakeNotice"), m_actions);
    m_allNotices = named<QPushButton>(QStringLiteral("breachMakeAllNotices"), m_actions);
    m_sent = named<QPushButton>(QStringLiteral("breachNoticeSent"), m_actions);
    auto *grid = new QVBoxLayout;
    auto *first = new QHBoxLayout;
    auto *second = new QHBoxLayout;
    for (QPushButton *button : { m_edit, m_assess, m_notifyAp, m_followUp })
        first->addWidget(button);
    first->addStretch();
    for (QPushButton *button : { m_subjects, m_close, m_reopen })
        second->addWidget(button);
    second->addStretch();
    auto *third = new QHBoxLayout;
    for (QPushButton *button : { m_link, m_notice, m_allNotices, m_sent })
        third->addWidget(button);
    third->addStretch();
    grid->addLayout(first);
    grid->addLayout(second);
    grid->addLayout(third);
    buttons->addLayout(grid);
    // Who may not manage the register is offered none of it (an auditor reads, a KCC employee
    // reads their own report).
    m_access.offer(m_actions, Permission::EditRegisters);
    // The prepared notification is read, not written: an auditor may print it too.
    m_access.offer(m_prepare, Permission::ViewRegisters);
    auto *documents = new QHBoxLayout;
    documents->addWidget(m_prepare);
    documents->addStretch();

    m_holds = new ExternalHoldsWidget(session, this);
    connect(m_holds, &ExternalHoldsWidget::changed, this, [this] {
        reload();
        Q_EMIT breachChanged(m_number);
    });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_holds);
    layout->addLayout(documents);
    layout->addWidget(m_actions);

    connect(m_edit, &QPushButton::clicked, this, [this] { edit(); });
    connect(m_assess, &QPushButton::clicked, this, [this] { assess(); });
    connect(m_notifyAp, &QPushButton::clicked, this, [this] { notifyAp(); });
    connect(m_followUp, &QPushButton::clicked, this, [this] { followUp(); });
    connect(m_subjects, &QPushButton::clicked, this, [this] { informSubjects(); });
    connect(m_close, &QPushButton::clicked, this, [this] { closeBreach(); });
    connect(m_reopen, &QPushButton::clicked, this, [this] { reopen(); });
    connect(m_prepare, &QPushButton::clicked, this, [this] { prepareNotification(); });
    connect(m_link, &QPushButton::clicked, this, [this] { linkPersons(); });
    connect(m_notice, &QPushButton::clicked, this, [this] { makeNotice(); });
    connect(m_allNotices, &QPushButton::clicked, this, [this] { makeAllNotices(); });
    connect(m_sent, &QPushButton::clicked, this, [this] { recordSent(); });
    retranslateUi();
    clear();
}

bool BreachDetailWidget::showBreach(const QString &number)
{
    m_number = number;
    ServiceError error;
    m_breach = BreachService(m_session).get(number, &error);
    m_readError = m_breach ? QString()
                           : tr("Data breach %1 could not be read: %2").arg(number, error.message);
    if (m_breach)
        m_holds->showOwner(ExternalHoldService::Owner::Breach, number);
    else
        m_holds->clear();
    render();
    return m_breach.has_value();
}

void BreachDetailWidget::clear()
{
    m_number.clear();
    m_breach.reset();
    m_readError.clear();
    m_holds->clear();
    render();
}

void BreachDetailWidget::reload()
{
    if (!m_number.isEmpty())
        showBreach(m_number);
}

QString BreachDetailWidget::html() const
{
    return m_text->toHtml();
}

void BreachDetailWidget::updateActions()
{
    const bool have = m_breach.has_value();
    const bool open = have && m_breach->state == BreachState::Open;
    m_edit->setEnabled(open);
    m_assess->setEnabled(open);
    m_notifyAp->setEnabled(open && m_breach->discoveredAt.isValid());
    m_followUp->setEnabled(open && m_breach->apNotifiedAt.isValid());
    m_subjects->setEnabled(open);
    m_close->setEnabled(open);
    // What is left of a destroyed breach cannot be changed, reopened or prepared again.
    const bool destroyed = have && m_breach->isDestroyed();
    m_reopen->setEnabled(have && !open && !destroyed);
    m_prepare->setEnabled(have && !destroyed);
    m_link->setEnabled(open);
    const bool linked = have && !m_breach->linkedPersons.isEmpty();
    m_notice->setEnabled(open && linked);
    m_allNotices->setEnabled(open && linked);
    m_sent->setEnabled(open && linked);
}

bool BreachDetailWidget::runDialog(QDialog *dialog)
{
    QPointer<QDialog> guard(dialog);
    m_dialog = dialog;
    const bool saved = dialog->exec() == QDialog::Accepted;
    m_dialog = nullptr;
    delete guard.data();
    if (saved) {
        reload();
        Q_EMIT breachChanged(m_number);
    }
    return saved;
}

bool BreachDetailWidget::edit()
{
    return m_breach && runDialog(new BreachDialog(m_session, m_breach, this));
}

bool BreachDetailWidget::assess()
{
    return m_breach && runDialog(new BreachAssessDialog(m_session, *m_breach, this));
}

bool BreachDetailWidget::notifyAp()
{
    return m_breach && runDialog(new BreachApNotificationDialog(m_session, *m_breach, this));
}

bool BreachDetailWidget::followUp()
{
    return m_breach && runDialog(new BreachFollowUpDialog(m_session, *m_breach, this));
}

bool BreachDetailWidget::informSubjects()
{
    return m_breach && runDialog(new BreachSubjectsDialog(m_session, *m_breach, this));
}

bool BreachDetailWidget::closeBreach()
{
    if (!m_breach)
        return false;
    const QStringList missing = BreachService::missingForClose(*m_breach);
    if (!missing.isEmpty()) {
        QMessageBox box(QMessageBox::Information, tr("Not yet to be closed"),
                        tr("Data breach %1 cannot be closed yet.").arg(m_breach->number),
                        QMessageBox::Ok, this);
        box.setObjectName(QStringLiteral("breachCloseMissing"));
        box.setInformativeText(missing.join(u'\n'));
        m_dialog = &box;
        box.exec();
        m_dialog = nullptr;
        return false;
    }
    // Data outside Privacydesk still held are released or kept until a
    // day with the closure, never left held unnoticed.
    HoldsClosing closing(m_session);
    ServiceError error;
    const auto held = closing.pending(HoldsClosing::Owner::Breach, m_breach->number, &error);
    if (!held) {
        QMessageBox::warning(this, tr("Not closed"), error.message);
        return false;
    }
    QMessageBox box(QMessageBox::Question, tr("Close data breach"),
                    tr("Close data breach %1? It stays in the register.").arg(m_breach->number),
                    QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("breachCloseQuestion"));
    box.setInformativeText(ExternalHoldService::closeRefusal(HoldsClosing::Owner::Breach, *held));
    QPushButton *close = box.addButton(held->isEmpty() ? tr("&Close it")
                                                       //: Dutch: "Sluiten en &vrijgeven"
                                                       : tr("Close and &release them"),
                                       QMessageBox::AcceptRole);
    //: Dutch: "Sluiten en &bewaren tot…"
    QPushButton *keepHolds = held->isEmpty()
        ? nullptr
        : box.addButton(tr("Close and keep them &until…"), QMessageBox::AcceptRole);
    QPushButton *keep = box.addButton(tr("&Keep it open"), QMessageBox::RejectRole);
    box.setDefaultButton(keep);
    box.setEscapeButton(keep);
    m_dialog = &box;
    box.exec();
    m_dialog = nullptr;
    HoldsAtClose decision;
    if (box.clickedButton() == close) {
        decision.choice = HoldsAtClose::Choice::Release;
    } else if (keepHolds && box.clickedButton() == keepHolds) {
        const auto until
            = askKeptUntil(this, tr("Close data breach"), m_session.clock().today().addDays(42),
                           m_session.clock().today());
        if (!until)
            return false;
        decision = { HoldsAtClose::Choice::KeepUntil, *until };
    } else {
        return false;
    }
    BreachService breaches(m_session);
    if (!closing.closeBreach(breaches, m_breach->number, decision, &error)) {
        QMessageBox::warning(this, tr("Not closed"), error.message);
        return false;
    }
    reload();
    Q_EMIT breachChanged(m_number);
    return true;
}

bool BreachDetailWidget::reopen()
{
    if (!m_breach)
        return false;
    ServiceError error;
    if (!BreachService(m_session).reopen(m_breach->number, &error)) {
        QMessageBox::warning(this, tr("Not reopened"), error.message);
        return false;
    }
    reload();
    Q_EMIT breachChanged(m_number);
    return true;
}

bool BreachDetailWidget::prepareNotification()
{
    if (!m_breach)
        return false;
    BreachNotificationDialog dialog(m_session, m_breach->number, this);
    m_dialog = &dialog;
    dialog.exec();
    m_dialog = nullptr;
    return dialog.content().has_value();
}

bool BreachDetailWidget::linkPersons()
{
    return m_breach && runDialog(new BreachPersonsDialog(m_session, *m_breach, this));
}

bool BreachDetailWidget::makeNotice(qint64 personId)
{
    if (!m_breach || m_breach->linkedPersons.isEmpty())
        return false;
    if (personId == 0 && m_breach->linkedPersons.size() == 1)
        personId = m_breach->linkedPersons.first().id;
    if (personId == 0) {
        QStringList names;
        for (const BreachPerson &p : m_breach->linkedPersons)
            names << (p.klantnummer.isEmpty()
                          ? p.name
                          : QStringLiteral("%1 (%2)").arg(p.name, p.klantnummer));
        QInputDialog ask(this);
        ask.setObjectName(QStringLiteral("breachNoticePerson"));
        ask.setWindowTitle(tr("Notice of the data breach"));
        ask.setLabelText(tr("To whom:"));
        ask.setComboBoxItems(names);
        m_dialog = &ask;
        const bool chosen = ask.exec() == QDialog::Accepted;
        m_dialog = nullptr;
        const qsizetype index = names.indexOf(ask.textValue());
        if (!chosen || index < 0)
            return false;
        personId = m_breach->linkedPersons.at(index).id;
    }
    BreachLetterDialog dialog(m_session, m_breach->number, personId, this);
    m_dialog = &dialog;
    dialog.exec();
    m_dialog = nullptr;
    const bool recorded = dialog.recorded().has_value();
    if (recorded) {
        reload();
        Q_EMIT breachChanged(m_number);
    }
    return recorded;
}

bool BreachDetailWidget::makeAllNotices(const QString &path)
{
    if (!m_breach || m_breach->linkedPersons.isEmpty())
        return false;
    const QString number = m_breach->number;
    ServiceError error;
    const std::optional<int> earlier = BreachLetterRun::lettersMade(m_session, number, &error);
    if (!earlier) {
        QMessageBox::warning(this, tr("Letters to everyone concerned"), error.message);
        return false;
    }
    const bool resume = *earlier > 0;
    if (resume) {
        QMessageBox ask(QMessageBox::Question, tr("Letters to everyone concerned"),
                        //: Dutch: "Datalek %1 heeft al %n brief/brieven. Verder gaan? Wie al een
                        //: brief heeft, krijgt geen tweede; de PDF bevat elke brief die nog niet
                        //: verstuurd is."
                        tr("Data breach %1 already has %n letter(s). Go on? Who has a letter "
                           "gets no second one; the PDF holds every letter not yet sent.",
                           nullptr, *earlier)
                            .arg(number),
                        QMessageBox::NoButton, this);
        ask.setObjectName(QStringLiteral("breachLettersResume"));
        //: Dutch: "&Verder gaan"
        const QPushButton *goOn = ask.addButton(tr("&Go on"), QMessageBox::AcceptRole);
        ask.addButton(QMessageBox::Cancel);
        m_dialog = &ask;
        ask.exec();
        m_dialog = nullptr;
        if (ask.clickedButton() != goOn)
            return false;
    }
    const std::optional<bool> email = askEmail(number);
    if (!email)
        return false;
    const QString file = !path.isEmpty()
        ? path
        //: Dutch: "Brieven voor de post opslaan als PDF", "kennisgevingen-%1.pdf"
        : DocumentPreview::askPdfPath(this, tr("Save the letters for the post as PDF"),
                                      tr("notices-%1.pdf").arg(number));
    if (file.isEmpty())
        return false;
    BreachLetterRunDialog dialog(m_session, number, file, resume, *email, this);
    m_dialog = &dialog;
    QTimer::singleShot(0, &dialog, [&dialog] { dialog.begin(); });
    dialog.exec();
    m_dialog = nullptr;
    reload();
    Q_EMIT breachChanged(m_number);
    return dialog.result() && !dialog.result()->cancelled;
}

std::optional<bool> BreachDetailWidget::askEmail(const QString &number)
{
    // Only where the privacy mailbox sends, and for who may use it (reading its account).
    if (!m_session.may(Permission::EditCases))
        return false;
    ServiceError error;
    const std::optional<MailboxAccount> account = MailboxService(m_session).account(&error);
    if (!account || !account->sends())
        return false;
    QMessageBox ask(QMessageBox::Question, tr("Letters to everyone concerned"),
                    //: Dutch: "Wie een e-mailadres heeft, de kennisgeving van %1 per e-mail
                    //: sturen vanuit het privacypostvak? De anderen krijgen hem per post."
                    tr("Send the notice of %1 by e-mail from the privacy mailbox to who has an "
                       "e-mail address? The others get it by post.")
                        .arg(number),
                    QMessageBox::NoButton, this);
    ask.setObjectName(QStringLiteral("breachLettersEmail"));
    //: Dutch: "Per &e-mail en per post"
    const QPushButton *mail = ask.addButton(tr("By &e-mail and by post"), QMessageBox::YesRole);
    //: Dutch: "Alles per &post"
    const QPushButton *post = ask.addButton(tr("All by &post"), QMessageBox::NoRole);
    ask.addButton(QMessageBox::Cancel);
    m_dialog = &ask;
    ask.exec();
    m_dialog = nullptr;
    if (ask.clickedButton() == mail)
        return true;
    if (ask.clickedButton() == post)
        return false;
    return std::nullopt;
}

bool BreachDetailWidget::recordSent()
{
    return m_breach && runDialog(new BreachDispatchDialog(m_session, *m_breach, this));
}

void BreachDetailWidget::retranslateUi()
{
    m_edit->setText(tr("&Change…"));
    m_assess->setText(tr("&Assess…"));
    m_notifyAp->setText(tr("Notify the A&P…"));
    m_followUp->setText(tr("Fo&llow-up…"));
    m_subjects->setText(tr("&Inform the people…"));
    m_close->setText(tr("Clo&se the breach"));
    m_reopen->setText(tr("Re&open"));
    m_prepare->setText(tr("P&repare the AP notification…"));
    m_link->setText(tr("Lin&k persons…"));
    m_notice->setText(tr("Make the &notice…"));
    //: Dutch: "Brieven voor alle betrokkenen…"
    m_allNotices->setText(tr("Letters to &everyone concerned…"));
    m_sent->setText(tr("Sen&t on…"));
    m_prepare->setToolTip(tr("The notification as the AP's form asks it: print it, save it as "
                             "PDF or copy the text into the form"));
    m_link->setToolTip(tr("The persons concerned, where known"));
    m_notice->setToolTip(tr("The letter \"kennisgeving datalek\" to a linked person (art. 34 "
                            "GDPR)"));
    //: Dutch: "De brief ‘kennisgeving datalek’ aan iedere gekoppelde persoon die er nog geen
    //: heeft, en alle brieven die nog niet verstuurd zijn in één PDF voor de post, op postcode"
    m_allNotices->setToolTip(tr("The letter \"kennisgeving datalek\" to every linked person who "
                                "has none yet, and every letter not yet sent in one PDF for the "
                                "post, by postcode"));
    m_sent->setToolTip(tr("Record the day a notice letter was sent: the person is then "
                          "informed"));
    m_edit->setToolTip(tr("Change the description of the breach"));
    m_assess->setToolTip(tr("The risk, the AP's criteria and the two decisions"));
    m_notifyAp->setToolTip(
        tr("Record the notification made in the AP's form, with its meldnummer"));
    m_followUp->setToolTip(tr("Record a follow-up: supplement or withdraw the notification"));
    m_subjects->setToolTip(tr("Record how the people concerned were informed (art. 34 GDPR)"));
    render();
}

// ---------------------------------------------------------------------------------------------

BreachesPage::BreachesPage(const Session &session, QWidget *parent)
    : Retranslated(parent)
    , m_session(session)
    , m_access(DeskAccess::of(session))
{
    setObjectName(QStringLiteral("breachesPage"));
    m_model = new BreachListModel(session, !m_access.may(Permission::ViewRegisters), this);
    m_filterLabel = new QLabel(this);
    m_filter = named<QComboBox>(QStringLiteral("breachFilter"), this);
    m_filter->addItem(QString(), true);
    m_filter->addItem(QString(), false);
    m_filterLabel->setBuddy(m_filter);
    m_report
        = named<QPushButton>(QStringLiteral("reportBreach"), icons::breaches(), QString(), this);
    m_access.offer(m_report, Permission::IntakeCase);
    m_count = named<QLabel>(QStringLiteral("breachCount"), this);
    m_scopeNote = new QLabel(this);
    m_scopeNote->setWordWrap(true);
    m_scopeNote->setVisible(!m_access.may(Permission::ViewRegisters));
    m_error = new MessageLabel(this);

    m_view = named<QTableView>(QStringLiteral("breachList"), this);
    m_view->setModel(m_model);
    pickWholeRows(m_view);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    // The title keeps room to be read; the state column takes what is left.
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->resizeSection(BreachListModel::TitleColumn, 300);
    for (int c : { int(BreachListModel::NumberColumn), int(BreachListModel::DiscoveredColumn),
                   int(BreachListModel::ClockColumn), int(BreachListModel::RiskColumn) })
        m_view->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_empty = new EmptyStateWidget(icons::breaches(), this);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);

    m_detail = new BreachDetailWidget(session, this);
    // The list above with the room its columns need, the detail below it at full width.
    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setChildrenCollapsible(false);
    auto *left = new QWidget(m_splitter);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_filterLabel);
    bar->addWidget(m_filter);
    bar->addSpacing(12);
    bar->addWidget(m_report);
    bar->addStretch();
    bar->addWidget(m_count);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(bar);
    leftLayout->addWidget(m_scopeNote);
    leftLayout->addWidget(m_error);
    leftLayout->addWidget(m_stack, 1);
    m_splitter->addWidget(left);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_splitter);
    setHelpTopic(this, HelpTopic::DataBreaches);

    // The hours left count down while the desk stays open.
    m_clockTimer = new QTimer(this);
    m_clockTimer->setInterval(5 * 60 * 1000);
    connect(m_clockTimer, &QTimer::timeout, this, [this] {
        if (isVisible())
            refresh();
    });
    m_clockTimer->start();

    connect(m_filter, &QComboBox::currentIndexChanged, this,
            [this] { setOpenOnly(m_filter->currentData().toBool()); });
    connect(m_report, &QPushButton::clicked, this, [this] { reportBreach(); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                const Breach *b = m_model->rowAt(current.row());
                if (b)
                    m_detail->showBreach(b->number);
            });
    connect(m_detail, &BreachDetailWidget::breachChanged, this, [this](const QString &number) {
        refresh();
        Q_EMIT breachChanged(number);
    });
    retranslateUi();
}

void BreachesPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_model->isLoaded())
        refresh();
}

void BreachesPage::refresh()
{
    const QString shown = m_detail->breach() ? m_detail->breach()->number : QString();
    m_model->load();
    updateState();
    if (!shown.isEmpty()) {
        selectNumber(shown);
        m_detail->reload();
    } else if (const Breach *first = m_model->rowAt(0)) {
        // The soonest concern first: the newest breach is shown at once.
        showBreach(first->number);
    }
}

void BreachesPage::setOpenOnly(bool openOnly)
{
    m_filter->setCurrentIndex(m_filter->findData(openOnly));
    m_model->setOpenOnly(openOnly);
    if (!m_model->isLoaded())
        m_model->load();
    updateState();
}

QString BreachesPage::reportBreach()
{
    BreachDialog dialog(m_session, std::nullopt, this);
    if (dialog.exec() != QDialog::Accepted || !dialog.saved())
        return {};
    const QString number = dialog.saved()->number;
    refresh();
    showBreach(number);
    Q_EMIT breachChanged(number);
    return number;
}

bool BreachesPage::showBreach(const QString &number)
{
    if (!m_model->isLoaded())
        refresh();
    selectNumber(number);
    return m_detail->showBreach(number);
}

void BreachesPage::selectNumber(const QString &number)
{
    const int row = m_model->rowOf(number);
    const QSignalBlocker blocker(m_view->selectionModel());
    if (row < 0) {
        m_view->clearSelection();
        return;
    }
    m_view->selectRow(row);
}

void BreachesPage::updateState()
{
    const bool failed = !m_model->errorText().isEmpty();
    m_error->setMessage(m_model->errorText());
    const bool empty = m_model->rowCount() == 0;
    m_stack->setCurrentWidget(empty ? static_cast<QWidget *>(m_empty) : m_view);
    const bool own = !m_access.may(Permission::ViewRegisters);
    if (failed) {
        m_empty->setTitle(tr("The register could not be read"));
        m_empty->setText(m_model->errorText());
        m_count->clear();
        return;
    }
    m_count->setText(tr("%n data breach(es)", nullptr, m_model->rowCount()));
    if (own) {
        m_empty->setTitle(tr("You have not reported a data breach"));
        m_empty->setText(tr("A letter to the wrong address, a lost phone, an e-mail to the wrong "
                            "person: report it at once with \"Report a data breach\". The "
                            "privacy officer takes it from there."));
    } else if (m_model->openOnly()) {
        m_empty->setTitle(tr("No open data breaches"));
        m_empty->setText(tr("Every breach is documented here, also when it is not notified. "
                            "Choose \"All\" to see the closed ones."));
    } else {
        m_empty->setTitle(tr("No data breaches registered yet"));
        m_empty->setText(tr("Every breach is documented here (art. 33(5) GDPR), also when it "
                            "is not notified to the AP."));
    }
}

void BreachesPage::retranslateUi()
{
    m_filterLabel->setText(tr("Sho&w:"));
    m_filter->setItemText(0, tr("Open breaches"));
    m_filter->setItemText(1, tr("All breaches"));
    m_filter->setAccessibleName(tr("Show"));
    //: Dutch: "Datalekken"
    m_view->setAccessibleName(tr("Data breaches")); // for a screen reader
    m_report->setText(tr("Report a &data breach…"));
    m_report->setToolTip(tr("Register a data breach at once: the 72 hours run from the "
                            "discovery"));
    m_scopeNote->setText(tr("You see the data breaches you reported yourself."));
    updateState();
}

} // namespace pd::ui
