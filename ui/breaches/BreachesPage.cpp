#include "breaches/BreachesPage.h"

#include "EmptyStateWidget.h"
#include "HelpWindow.h"
#include "Icons.h"
#include "MessageLabel.h"
#include "breaches/BreachDialogs.h"
#include "breaches/BreachDocuments.h"
#include "breaches/BreachListModel.h"
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

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>"));
}

// A row of the detail's table: label and value (escaped already); nothing for an empty value.
QString row(const QString &label, const QString &valueHtml)
{
    if (valueHtml.isEmpty())
        return {};
    return QStringLiteral("<tr><td style='padding-right:12px; color:#555;'>%1</td><td>%2</td></tr>")
        .arg(label.toHtmlEscaped(), valueHtml);
}

QString table(const QString &rows)
{
    return rows.isEmpty()
        ? QString()
        : QStringLiteral("<table cellspacing='0' cellpadding='2'>%1</table>").arg(rows);
}

QString lateHtml(const QString &text)
{
    return QStringLiteral("<span style='color:#8a1f11; font-weight:bold;'>%1</span>")
        .arg(text.toHtmlEscaped());
}

} // namespace

// ---------------------------------------------------------------------------------------------

BreachDetailWidget::BreachDetailWidget(const Store &store, QWidget *parent, const Clock &clock)
    : QWidget(parent)
    , m_store(store)
    , m_clock(clock)
    , m_access(DeskAccess::of(store))
{
    setObjectName(QStringLiteral("breachDetail"));
    m_text = new QTextBrowser(this);
    m_text->setObjectName(QStringLiteral("breachDetailText"));
    m_text->setOpenLinks(false);
    m_actions = new QWidget(this);
    auto *buttons = new QHBoxLayout(m_actions);
    buttons->setContentsMargins(0, 0, 0, 0);
    m_edit = new QPushButton(m_actions);
    m_assess = new QPushButton(m_actions);
    m_notifyAp = new QPushButton(m_actions);
    m_followUp = new QPushButton(m_actions);
    m_subjects = new QPushButton(m_actions);
    m_close = new QPushButton(m_actions);
    m_reopen = new QPushButton(m_actions);
    m_edit->setObjectName(QStringLiteral("breachEdit"));
    m_assess->setObjectName(QStringLiteral("breachAssess"));
    m_notifyAp->setObjectName(QStringLiteral("breachNotifyAp"));
    m_followUp->setObjectName(QStringLiteral("breachFollowUp"));
    m_subjects->setObjectName(QStringLiteral("breachSubjects"));
    m_close->setObjectName(QStringLiteral("breachClose"));
    m_reopen->setObjectName(QStringLiteral("breachReopen"));
    m_prepare = new QPushButton(this);
    m_link = new QPushButton(m_actions);
    m_notice = new QPushButton(m_actions);
    m_sent = new QPushButton(m_actions);
    m_prepare->setObjectName(QStringLiteral("breachPrepareNotification"));
    m_link->setObjectName(QStringLiteral("breachLinkPersons"));
    m_notice->setObjectName(QStringLiteral("breachMakeNotice"));
    m_sent->setObjectName(QStringLiteral("breachNoticeSent"));
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
    for (QPushButton *button : { m_link, m_notice, m_sent })
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

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text, 1);
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
    connect(m_sent, &QPushButton::clicked, this, [this] { recordSent(); });
    retranslateUi();
    clear();
}

bool BreachDetailWidget::showBreach(const QString &number)
{
    m_number = number;
    ServiceError error;
    m_breach = BreachService(m_store, m_clock).get(number, &error);
    m_readError = m_breach ? QString()
                           : tr("Data breach %1 could not be read: %2").arg(number, error.message);
    render();
    return m_breach.has_value();
}

void BreachDetailWidget::clear()
{
    m_number.clear();
    m_breach.reset();
    m_readError.clear();
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

void BreachDetailWidget::render()
{
    updateActions();
    if (!m_readError.isEmpty()) {
        m_text->setHtml(QStringLiteral("<p>%1</p>").arg(lateHtml(m_readError)));
        return;
    }
    if (!m_breach) {
        m_text->setHtml(
            QStringLiteral("<p style='color:#555;'>%1</p>")
                .arg(tr("Choose a data breach in the list to see it here.").toHtmlEscaped()));
        return;
    }
    const Breach &b = *m_breach;
    const QDateTime now = m_clock.now();
    const auto moment = [](const QDateTime &m) {
        return BreachListModel::momentText(m);
    };
    QString html;
    html += QStringLiteral("<h2>%1 — %2</h2>")
                .arg(esc(b.number), esc(BreachListModel::titleText(b)));
    bool late = false;
    const QString clock = BreachListModel::clockText(b, now, &late);
    html += QStringLiteral("<p>%1 · %2</p>")
                .arg(esc(BreachCodes::label(b.state)), late ? lateHtml(clock) : esc(clock));
    // Destroyed under its retention rule: what is shown below is the register's skeleton.
    if (b.isDestroyed())
        html += QStringLiteral("<p><b>%1</b></p>")
                    .arg(esc(tr("Destroyed on %1 by %2 under the retention rule for the "
                                "data-breach register: the personal data, the linked persons, "
                                "the letters and the free texts are gone. What stays is the "
                                "register's skeleton: the number, the moments, the nature, the "
                                "data categories, the numbers, the risk, the decisions and the "
                                "AP's reference.")
                                 .arg(QLocale().toString(b.destroyedOn, QLocale::ShortFormat),
                                      b.destroyedBy)));

    QString rows;
    rows += row(tr("What happened"), esc(b.description));
    rows += row(tr("Discovered"), esc(moment(b.discoveredAt)));
    rows += row(tr("Deadline for the AP"),
                esc(tr("%1 (72 hours after the discovery)").arg(moment(b.apDeadline()))));
    rows += row(tr("Happened"),
                b.occurredAt.isValid() ? esc(moment(b.occurredAt)) : esc(tr("unknown")));
    rows += row(tr("Reported"), esc(tr("by %1 on %2").arg(b.reportedBy, moment(b.reportedAt))));
    QStringList natures;
    for (BreachNature n : b.natures)
        natures << BreachCodes::label(n);
    rows += row(tr("Nature"), esc(natures.join(QStringLiteral(", "))));
    QStringList dataTexts;
    for (DataCategory c : b.data) {
        // Special and criminal data (their labels say so) stand out.
        dataTexts << (DisclosureCodes::isSpecial(c) ? lateHtml(DisclosureCodes::label(c))
                                                    : esc(DisclosureCodes::label(c)));
    }
    rows += row(tr("Personal data"), dataTexts.join(QStringLiteral(", ")));
    const auto count = [](std::optional<int> n, bool estimate) {
        if (!n)
            return tr("unknown");
        return estimate ? tr("about %1 (estimate)").arg(QLocale().toString(*n))
                        : QLocale().toString(*n);
    };
    rows += row(tr("Persons"), esc(count(b.persons, b.personsEstimate)));
    rows += row(tr("Records"), esc(count(b.records, b.recordsEstimate)));
    rows += row(tr("Group of people"), esc(b.groupText));
    QStringList persons;
    for (const BreachPerson &p : b.linkedPersons) {
        QString name = p.klantnummer.isEmpty()
            ? p.name
            : QStringLiteral("%1 (%2)").arg(p.name, p.klantnummer);
        if (p.informedOn.isValid())
            name = tr("%1, informed on %2")
                       .arg(name, QLocale().toString(p.informedOn, QLocale::ShortFormat));
        persons << esc(name);
    }
    rows += row(tr("Linked persons"), persons.join(QStringLiteral("<br>")));
    if (b.processorId > 0)
        rows
            += row(tr("Processor"),
                   esc(b.processorToldAt.isValid()
                           ? tr("%1, told us on %2").arg(b.processorName, moment(b.processorToldAt))
                           : b.processorName));
    rows += row(tr("Measures before"), esc(b.measuresBefore));
    rows += row(tr("Measures taken since"), esc(b.measuresTaken));
    rows += row(tr("Likely consequences"), esc(b.consequences));
    rows += row(tr("International"), esc(b.international));
    html += table(rows);

    html += QStringLiteral("<h3>%1</h3>").arg(tr("Assessment").toHtmlEscaped());
    if (!b.risk) {
        html += QStringLiteral("<p>%1</p>")
                    .arg(esc(tr("Not assessed yet. Decide within the 72 hours whether the AP "
                                "must be notified.")));
    } else {
        QString assessed;
        assessed += row(tr("Risk"), esc(BreachCodes::label(*b.risk)));
        assessed += row(tr("Reasoning"), esc(b.reasoning));
        QStringList criteria;
        for (BreachCriterion c : b.criteria)
            criteria << esc(BreachCodes::label(c));
        assessed += row(tr("Criteria that weigh"), criteria.join(QStringLiteral("<br>")));
        assessed
            += row(tr("Assessed"), esc(tr("by %1 on %2").arg(b.assessedBy, moment(b.assessedAt))));
        const auto decision = [&moment](const BreachDecision &d) {
            if (!d.recorded)
                return QString();
            QString text = d.yes ? tr("yes") : tr("no");
            if (!d.reason.isEmpty())
                text += QStringLiteral(" — ") + d.reason;
            text += QStringLiteral(" (") + tr("by %1 on %2").arg(d.by, moment(d.at))
                + QStringLiteral(")");
            return text;
        };
        assessed += row(tr("Notify the AP"), esc(decision(b.apDecision)));
        assessed += row(tr("Inform the people concerned"), esc(decision(b.subjectsDecision)));
        html += table(assessed);
    }

    html += QStringLiteral("<h3>%1</h3>").arg(tr("Notification to the AP").toHtmlEscaped());
    if (b.apNotifiedAt.isValid()) {
        QString notified;
        notified += row(tr("Notified"),
                        b.apNotifiedLate()
                            ? lateHtml(tr("%1 — late, after the deadline of %2")
                                           .arg(moment(b.apNotifiedAt), moment(b.apDeadline())))
                            : esc(moment(b.apNotifiedAt)));
        notified += row(tr("AP reference"), esc(b.apReference));
        notified += row(tr("Reasons for the delay"), esc(b.apLateReason));
        notified += row(tr("Notified by"), esc(b.apNotifiedBy));
        for (const BreachFollowUp &f : b.followUps)
            notified
                += row(BreachCodes::label(f.kind),
                       esc(tr("%1, %2: %3 (%4)").arg(moment(f.at), f.reference, f.text, f.by)));
        html += table(notified);
    } else {
        html += QStringLiteral("<p>%1</p>").arg(late ? lateHtml(clock) : esc(clock));
    }

    html += QStringLiteral("<h3>%1</h3>").arg(tr("Informing the people concerned").toHtmlEscaped());
    if (b.subjectsNotifiedOn.isValid()) {
        QString informed;
        const QString on = QLocale().toString(b.subjectsNotifiedOn, QLocale::ShortFormat);
        if (b.publicNotice) {
            informed += row(tr("Public notice"), esc(tr("on %1: %2").arg(on, b.subjectsHow)));
            informed += row(tr("Why a public notice"), esc(b.publicNoticeReason));
        } else {
            informed += row(tr("Informed"), esc(tr("on %1: %2").arg(on, b.subjectsHow)));
            if (b.subjectsCount)
                informed += row(tr("Number informed"), esc(QLocale().toString(*b.subjectsCount)));
        }
        informed += row(tr("Recorded by"), esc(b.subjectsNotifiedBy));
        html += table(informed);
    } else if (b.subjectsDecision.recorded && b.subjectsDecision.yes) {
        html += QStringLiteral("<p>%1</p>").arg(lateHtml(tr("Still to inform (high risk).")));
    } else {
        html += QStringLiteral("<p>%1</p>").arg(esc(tr("Not informed.")));
    }

    html += QStringLiteral("<h3>%1</h3>").arg(tr("State").toHtmlEscaped());
    if (b.state == BreachState::Gesloten) {
        html += QStringLiteral("<p>%1</p>")
                    .arg(esc(tr("Closed by %1 on %2").arg(b.closedBy, moment(b.closedAt))));
    } else {
        const QStringList missing = BreachService::missingForClose(b);
        html += QStringLiteral("<p>%1</p>")
                    .arg(missing.isEmpty()
                             ? esc(tr("Open; it can be closed."))
                             : esc(tr("Open. Before closing: %1").arg(missing.join(u' '))));
    }
    m_text->setHtml(html);
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
    return m_breach && runDialog(new BreachDialog(m_store, m_breach, this, m_clock));
}

bool BreachDetailWidget::assess()
{
    return m_breach && runDialog(new BreachAssessDialog(m_store, *m_breach, this, m_clock));
}

bool BreachDetailWidget::notifyAp()
{
    return m_breach && runDialog(new BreachApNotificationDialog(m_store, *m_breach, this, m_clock));
}

bool BreachDetailWidget::followUp()
{
    return m_breach && runDialog(new BreachFollowUpDialog(m_store, *m_breach, this, m_clock));
}

bool BreachDetailWidget::informSubjects()
{
    return m_breach && runDialog(new BreachSubjectsDialog(m_store, *m_breach, this, m_clock));
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
    QMessageBox box(QMessageBox::Question, tr("Close data breach"),
                    tr("Close data breach %1? It stays in the register.").arg(m_breach->number),
                    QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("breachCloseQuestion"));
    QPushButton *close = box.addButton(tr("&Close it"), QMessageBox::AcceptRole);
    QPushButton *keep = box.addButton(tr("&Keep it open"), QMessageBox::RejectRole);
    box.setDefaultButton(keep);
    box.setEscapeButton(keep);
    m_dialog = &box;
    box.exec();
    m_dialog = nullptr;
    if (box.clickedButton() != close)
        return false;
    ServiceError error;
    if (!BreachService(m_store, m_clock).close(m_breach->number, &error)) {
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
    if (!BreachService(m_store, m_clock).reopen(m_breach->number, &error)) {
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
    BreachNotificationDialog dialog(m_store, m_breach->number, this, m_clock);
    m_dialog = &dialog;
    dialog.exec();
    m_dialog = nullptr;
    return dialog.content().has_value();
}

bool BreachDetailWidget::linkPersons()
{
    return m_breach && runDialog(new BreachPersonsDialog(m_store, *m_breach, this, m_clock));
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
    BreachLetterDialog dialog(m_store, m_breach->number, personId, this, m_clock);
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

bool BreachDetailWidget::recordSent()
{
    return m_breach && runDialog(new BreachDispatchDialog(m_store, *m_breach, this, m_clock));
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
    m_sent->setText(tr("Sen&t on…"));
    m_prepare->setToolTip(tr("The notification as the AP's form asks it: print it, save it as "
                             "PDF or copy the text into the form"));
    m_link->setToolTip(tr("The persons concerned, where known"));
    m_notice->setToolTip(tr("The letter \"kennisgeving datalek\" to a linked person (art. 34 "
                            "GDPR)"));
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

void BreachDetailWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

// ---------------------------------------------------------------------------------------------

BreachesPage::BreachesPage(const Store &store, QWidget *parent, const Clock &clock)
    : QWidget(parent)
    , m_store(store)
    , m_clock(clock)
    , m_access(DeskAccess::of(store))
{
    setObjectName(QStringLiteral("breachesPage"));
    m_model = new BreachListModel(store, !m_access.may(Permission::ViewRegisters), this, clock);
    m_filterLabel = new QLabel(this);
    m_filter = new QComboBox(this);
    m_filter->setObjectName(QStringLiteral("breachFilter"));
    m_filter->addItem(QString(), true);
    m_filter->addItem(QString(), false);
    m_filterLabel->setBuddy(m_filter);
    m_report = new QPushButton(icons::breaches(), QString(), this);
    m_report->setObjectName(QStringLiteral("reportBreach"));
    m_access.offer(m_report, Permission::IntakeCase);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("breachCount"));
    m_scopeNote = new QLabel(this);
    m_scopeNote->setWordWrap(true);
    m_scopeNote->setVisible(!m_access.may(Permission::ViewRegisters));
    m_error = new MessageLabel(this);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("breachList"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
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

    m_detail = new BreachDetailWidget(store, this, clock);
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
    BreachDialog dialog(m_store, std::nullopt, this, m_clock);
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
        m_empty->setText(tr("Every breach is documented here (art. 33 lid 5 GDPR), also when it "
                            "is not notified to the AP."));
    }
}

void BreachesPage::retranslateUi()
{
    m_filterLabel->setText(tr("Sho&w:"));
    m_filter->setItemText(0, tr("Open breaches"));
    m_filter->setItemText(1, tr("All breaches"));
    m_filter->setAccessibleName(tr("Show"));
    m_report->setText(tr("Report a &data breach…"));
    m_report->setToolTip(tr("Register a data breach at once: the 72 hours run from the "
                            "discovery"));
    m_scopeNote->setText(tr("You see the data breaches you reported yourself."));
    updateState();
}

void BreachesPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace pd::ui
