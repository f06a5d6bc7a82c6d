#include "cases/CaseDetailWidget.h"

#include "DateText.h"
#include "EmptyStateWidget.h"
#include "Icons.h"
#include "MessageLabel.h"
#include "Named.h"
#include "OneDialog.h"
#include "TextEmphasis.h"
#include "cases/AssignHandlerDialog.h"
#include "cases/CaseActionDialogs.h"
#include "cases/CaseDocumentsWidget.h"
#include "cases/CaseHandChanges.h"
#include "cases/CaseNotListedNotice.h"
#include "cases/CaseSystemsWidget.h"
#include "cases/LetterMailDialog.h"
#include "documents/ComplaintDossierDialog.h"
#include "documents/CompletionGate.h"
#include "documents/EventText.h"
#include "documents/LetterDialog.h"
#include "documents/PersonExportWizard.h"
#include "letters/Letters.h"
#include "registers/CaseDisclosuresWidget.h"
#include "registers/SystemChecklist.h"
#include "store/Store.h"
#include "util/Clock.h"
#include "vera/VeraWriteBack.h"

#include <QAction>
#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QScrollArea>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QStyledItemDelegate>
#include <QTabWidget>
#include <QTimeZone>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

namespace pd::ui {

namespace {

// Colours that carry meaning are always paired with words (overdue, late notice).
const QString overdueStyle = QStringLiteral(
    "QLabel { background: #a31515; color: white; border-radius: 4px; padding: 2px 8px; "
    "font-weight: bold; }");
const QString badgeStyle
    = QStringLiteral("QLabel { background: #e6eef7; color: #1d3f66; border: 1px solid #9fb7d3; "
                     "border-radius: 4px; padding: 1px 8px; }");
const QString warningBadgeStyle
    = QStringLiteral("QLabel { background: #fff4d6; color: #6b4a00; border: 1px solid #d9b44a; "
                     "border-radius: 4px; padding: 1px 8px; }");
const QString noteStyle
    = QStringLiteral("QLabel { background: #e6eef7; color: #1d3f66; border: 1px solid #9fb7d3; "
                     "border-radius: 4px; padding: 6px 10px; }");

QFormLayout *makeForm()
{
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    form->setHorizontalSpacing(24);
    return form;
}

QWidget *scrollable(QWidget *content, QWidget *parent)
{
    auto *area = new QScrollArea(parent);
    area->setWidget(content);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    return area;
}

} // namespace

CaseDetailWidget::CaseDetailWidget(const Session &session, const QString &currentUser,
                                   QWidget *parent)
    : Retranslated(parent)
    , m_session(session)
    , m_access(DeskAccess::of(session))
    , m_service(session)
    , m_currentUser(currentUser)
{
    setObjectName(QStringLiteral("caseDetail"));
    // The same rules as `case complete` (CompletionGate): a portability request is never
    // granted with an export that holds nothing, an inzage only with the copy given.
    m_service.setCompletionRule(CompletionGate::rule(session));
    createActions();

    m_stack = new QStackedWidget(this);
    m_empty = named<EmptyStateWidget>(QStringLiteral("noCase"), icons::requests(), m_stack);

    auto *page = new QWidget(m_stack);
    auto *pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(16, 12, 16, 12);
    pageLayout->addWidget(createHeader());
    m_intakeNote = named<QLabel>(QStringLiteral("intakeOnlyNote"), page);
    m_intakeNote->setWordWrap(true);
    m_intakeNote->setStyleSheet(noteStyle);
    m_intakeNote->hide();
    pageLayout->addWidget(m_intakeNote);
    m_toolBar = named<QToolBar>(QStringLiteral("caseActions"), page);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolBar->addActions(caseActions());
    // Every request action is EditCases: a role without it would see an empty bar.
    m_toolBar->setVisible(m_access.may(Permission::EditCases));
    pageLayout->addWidget(m_toolBar);
    m_done = named<MessageLabel>(QStringLiteral("actionDone"), page);
    pageLayout->addWidget(m_done);

    m_tabs = named<QTabWidget>(QStringLiteral("caseTabs"), page);
    // Every tab title whole: the detail is never narrower than its tabs (no elided titles, no
    // tabs hidden behind scroll arrows).
    m_tabs->setElideMode(Qt::ElideNone);
    m_tabs->setUsesScrollButtons(false);
    m_tabs->addTab(createOverviewTab(), QString());
    m_tabs->addTab(createTimelineTab(), QString());
    m_tabs->addTab(createIdentificationTab(), QString());
    m_disclosures
        = named<CaseDisclosuresWidget>(QStringLiteral("caseDisclosures"), session, m_tabs);
    // A disclosure added or a recipient told (art. 19) is a change to the case: queued, so the
    // detail does not reload inside the disclosure widget's own dialog handling.
    connect(m_disclosures, &CaseDisclosuresWidget::changed, this, &CaseDetailWidget::reloadAndTell,
            Qt::QueuedConnection);
    m_documents = named<CaseDocumentsWidget>(QStringLiteral("caseDocuments"), session, m_tabs);
    m_documents->setActions(m_letterAction, m_dossierAction, m_exportAction);
    // A file kept or a letter's dispatch recorded is an audited change: the Tijdlijn and the
    // list show it.
    connect(m_documents, &CaseDocumentsWidget::requestChanged, this,
            &CaseDetailWidget::reloadAndTell);
    // A mandate kept while the request waits for it: offer to record it as received.
    connect(m_documents, &CaseDocumentsWidget::mandateFileKept, this, [this] {
        if (m_receiveMandateAction->isVisible() && m_receiveMandateAction->isEnabled())
            m_receiveMandateAction->trigger();
    });
    connect(m_systems, &CaseSystemsWidget::changed, this, &CaseDetailWidget::reloadAndTell);
    m_tabs->addTab(m_disclosures, QString());
    m_tabs->addTab(m_documents, QString());
    pageLayout->addWidget(m_tabs, 1);

    m_notListedNotice = new CaseNotListedNotice(m_stack);
    connect(m_notListedNotice, &CaseNotListedNotice::showInListRequested, this,
            &CaseDetailWidget::showInListRequested);
    connect(m_notListedNotice, &CaseNotListedNotice::closeRequested, this,
            &CaseDetailWidget::clear);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(page);
    m_stack->addWidget(m_notListedNotice);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    retranslateUi();
    clear();
}

void CaseDetailWidget::clearForm(QFormLayout *form)
{
    while (form->rowCount() > 0)
        form->removeRow(0);
}

QLabel *CaseDetailWidget::headingLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    emphasise(label, 1.1);
    return label;
}

CaseDetailWidget::~CaseDetailWidget() = default;

void CaseDetailWidget::createActions()
{
    const auto add = [this](const char *name, QKeySequence shortcut) {
        auto *action = named<QAction>(QLatin1StringView(name), this);
        action->setShortcut(shortcut);
        addAction(action);
        return action;
    };
    m_requestIdAction = add("requestIdentification", QKeySequence(Qt::CTRL | Qt::Key_I));
    m_receiveIdAction
        = add("receiveIdentification", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    m_requestMandateAction = add("requestMandate", QKeySequence());
    m_receiveMandateAction = add("receiveMandate", QKeySequence());
    m_extendAction = add("extend", QKeySequence(Qt::CTRL | Qt::Key_E));
    m_completeAction = add("complete", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_noteAction = add("note", QKeySequence(Qt::CTRL | Qt::Key_M));
    m_reopenAction = add("reopen", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_assignAction = add("assignHandler", QKeySequence());
    m_letterAction = add("letter", QKeySequence(Qt::CTRL | Qt::Key_B));
    m_dossierAction = add("complaintDossier", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    m_exportAction = add("exportPerson", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_sourceAction = add("personSource", QKeySequence());
    m_relationAction = add("personRelation", QKeySequence());
    createPersonRecordActions();
    connectPersonActions();
    connectDocumentActions();
    connectCaseActions();
}

// The request's documents: a letter, the AP complaint dossier, the person's export (a letter or
// an export recorded shows in the Tijdlijn and the list).
void CaseDetailWidget::connectDocumentActions()
{
    connect(m_letterAction, &QAction::triggered, this, [this] {
        if (!m_case)
            return;
        auto *dialog = new LetterDialog(m_session, m_case->number, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &LetterDialog::letterRecorded, this, &CaseDetailWidget::reloadAndTell);
        connect(dialog, &LetterDialog::mailRequested, this, [this](const Letter &letter) {
            if (!m_case)
                return;
            auto *mail = new LetterMailDialog(m_session, *m_case, letter, this);
            mail->setAttribute(Qt::WA_DeleteOnClose);
            connect(mail, &LetterMailDialog::recorded, this, &CaseDetailWidget::reloadAndTell);
            mail->open();
        });
        dialog->open();
    });
    connect(m_dossierAction, &QAction::triggered, this, [this] {
        if (m_case)
            showComplaintDossier(this, m_session, m_case->number);
    });
    connect(m_exportAction, &QAction::triggered, this, [this] {
        if (!m_case)
            return;
        auto *wizard = new PersonExportWizard(m_session, m_case->person.id, this, m_case->number);
        wizard->setRequest(*m_case);
        wizard->setAttribute(Qt::WA_DeleteOnClose);
        connect(wizard, &PersonExportWizard::exported, this, &CaseDetailWidget::reloadAndTell);
        wizard->open();
    });
}

// The request's life: identification, a representative's mandate, the extension, completing,
// a note and reopening, each through its dialog.
void CaseDetailWidget::connectCaseActions()
{
    opensOnCase<RequestIdentificationDialog>(m_requestIdAction);
    opensOnCase<ReceiveIdentificationDialog>(m_receiveIdAction);
    const auto mandate = [this](QAction *action, MandateDialog::Step step) {
        connect(action, &QAction::triggered, this, [this, step] {
            if (m_case)
                openDialog(new MandateDialog(m_service, *m_case, today(), step, this));
        });
    };
    mandate(m_requestMandateAction, MandateDialog::Step::Requested);
    mandate(m_receiveMandateAction, MandateDialog::Step::Received);
    connect(m_extendAction, &QAction::triggered, this, [this] {
        if (m_case)
            openDialog(new ExtendDialog(
                m_service, *m_case, today(), this,
                LetterService(m_session).organisationRefusal(LetterKind::Verlengingsbericht)));
    });
    connect(m_completeAction, &QAction::triggered, this, [this] {
        if (m_case)
            openCompleteDialog();
    });
    opensOnCase<NoteDialog>(m_noteAction);
    opensOnCase<ReopenDialog>(m_reopenAction);
    opensOnCase<AssignHandlerDialog>(m_assignAction);
}

QList<QAction *> CaseDetailWidget::caseActions() const
{
    return { m_requestIdAction,      m_receiveIdAction, m_requestMandateAction,
             m_receiveMandateAction, m_extendAction,    m_completeAction,
             m_noteAction,           m_reopenAction,    m_assignAction };
}

QList<QAction *> CaseDetailWidget::documentActions() const
{
    return { m_letterAction, m_dossierAction, m_exportAction };
}

// The completion dialog, told beforehand what the rules at OK will say: the systems not searched
// yet, an export that holds none of the person's portability data, and what an inzage's copy or a
// portability's files still lack. One read of the checklist serves all of it; a read that fails
// is said, never taken for "nothing missing".
void CaseDetailWidget::openCompleteDialog()
{
    ServiceError unread;
    const auto systems = SystemChecklist(m_session).of(m_case->number, &unread);
    const auto empty = systems ? LetterService(m_session).exportHeldNothing(m_case->number, &unread)
                               : std::nullopt;
    const auto exported
        = empty ? CompletionGate::exported(m_session, m_case->number, &unread) : std::nullopt;
    if (!exported) {
        //: Dutch: "Afronden kan nu niet worden voorbereid: %1"
        QMessageBox::warning(this, m_completeAction->text().remove(u'&'),
                             tr("The completion cannot be prepared now: %1").arg(unread.message));
        return;
    }
    QStringList open;
    if (isOpen(m_case->state)) {
        for (const SystemCheck &check : *systems) {
            if (!check.searched)
                open << check.system;
        }
    }
    auto *dialog = new CompleteDialog(m_service, *m_case, today(), this, open, *empty,
                                      HoldsClosing(m_session));
    dialog->setCopy(*systems, exported->report, exported->portability);
    // The marks a granted erasure planned with the decision go out after its commit.
    connect(dialog, &QDialog::accepted, this,
            [this, number = m_case->number] { offerMarks(number); });
    openDialog(dialog);
}

void CaseDetailWidget::offerMarks(const QString &number)
{
    // Another request's marks show on that request and in Vandaag.
    if (!m_case || m_case->number != number)
        return;
    ServiceError error;
    const auto marks = VeraWriteBack(m_session).of(number, &error);
    if (marks && std::any_of(marks->cbegin(), marks->cend(), [](const OutboxItem &m) {
            return m.open();
        }))
        QMetaObject::invokeMethod(
            m_systems, [systems = m_systems] { systems->showMarks(true); }, Qt::QueuedConnection);
}

QWidget *CaseDetailWidget::createHeader()
{
    auto *header = named<QWidget>(QStringLiteral("caseHeader"), this);
    m_name = named<QLabel>(QStringLiteral("personName"), header);
    m_name->setTextFormat(Qt::PlainText);
    m_name->setWordWrap(true);
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    emphasise(m_name, 1.6);
    m_subtitle = named<QLabel>(QStringLiteral("subtitle"), header);
    m_subtitle->setTextFormat(Qt::PlainText);
    m_subtitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_state = named<QLabel>(QStringLiteral("state"), header);
    m_state->setStyleSheet(badgeStyle);
    m_typeChips = named<QWidget>(QStringLiteral("types"), header);
    auto *chipsLayout = new QHBoxLayout(m_typeChips);
    chipsLayout->setContentsMargins(0, 0, 0, 0);
    chipsLayout->setSpacing(6);

    m_deadline = named<QLabel>(QStringLiteral("deadline"), header);
    m_deadline->setTextFormat(Qt::PlainText);
    // Late against both clocks is a long sentence: beside the list it wraps.
    m_deadline->setWordWrap(true);
    QFont deadlineFont = m_deadline->font();
    deadlineFont.setPointSizeF(deadlineFont.pointSizeF() * 1.15);
    m_deadline->setFont(deadlineFont);
    m_extendedBadge = named<QLabel>(QStringLiteral("extendedBadge"), header);
    m_extendedBadge->setStyleSheet(badgeStyle);
    m_lateBadge = named<QLabel>(QStringLiteral("extensionLateBadge"), header);
    m_lateBadge->setStyleSheet(warningBadgeStyle);
    m_overdue = named<QLabel>(QStringLiteral("overdue"), header);
    m_overdue->setStyleSheet(overdueStyle);

    auto *top = new QHBoxLayout;
    top->addWidget(m_name, 1);
    top->addWidget(m_state, 0, Qt::AlignTop);
    auto *deadlineRow = new QHBoxLayout;
    deadlineRow->setSpacing(8);
    // The sentence takes the width it is given and wraps in it; the badges keep their height.
    deadlineRow->addWidget(m_overdue, 0, Qt::AlignTop);
    deadlineRow->addWidget(m_deadline, 1);
    deadlineRow->addWidget(m_extendedBadge, 0, Qt::AlignTop);
    deadlineRow->addWidget(m_lateBadge, 0, Qt::AlignTop);

    auto *layout = new QVBoxLayout(header);
    layout->setContentsMargins(0, 0, 0, 4);
    layout->setSpacing(6);
    layout->addLayout(top);
    layout->addWidget(m_subtitle);
    layout->addWidget(m_typeChips);
    layout->addLayout(deadlineRow);
    return header;
}

QWidget *CaseDetailWidget::createOverviewTab()
{
    // One form for the request and its deadlines, so that both share one label column.
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    m_overview = makeForm();
    layout->addLayout(m_overview);
    // The systems searched, below the request and its deadlines.
    m_systems = named<CaseSystemsWidget>(QStringLiteral("caseSystems"), m_session, content);
    layout->addWidget(m_systems);
    layout->addStretch(1);
    QWidget *area = scrollable(content, this);
    area->setObjectName(QStringLiteral("overviewTab"));
    return area;
}

QWidget *CaseDetailWidget::createIdentificationTab()
{
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    m_identificationTitle = headingLabel(content);
    m_identification = makeForm();
    m_noBsnLine = named<QLabel>(QStringLiteral("noBsn"), content);
    m_noBsnLine->setWordWrap(true);
    layout->addWidget(m_identificationTitle);
    layout->addLayout(m_identification);
    layout->addSpacing(12);
    layout->addWidget(m_noBsnLine);
    layout->addStretch(1);
    QWidget *area = scrollable(content, this);
    area->setObjectName(QStringLiteral("identificationTab"));
    return area;
}

void CaseDetailWidget::retranslateUi()
{
    m_requestIdAction->setText(tr("Request &identification…"));
    m_receiveIdAction->setText(tr("Identification &received…"));
    //: Dutch: "&Machtiging gevraagd…"
    m_requestMandateAction->setText(tr("&Mandate requested…"));
    //: Dutch: "Machti&ging ontvangen…"
    m_receiveMandateAction->setText(tr("Mandate recei&ved…"));
    m_extendAction->setText(tr("&Extend…"));
    m_completeAction->setText(tr("&Complete…"));
    m_noteAction->setText(tr("Add no&te…"));
    m_reopenAction->setText(tr("Re&open…"));
    //: Dutch: "Behandelaar toe&wijzen…"
    m_assignAction->setText(tr("Assign the &handler…"));
    m_toolBar->setWindowTitle(tr("Request actions"));

    m_empty->setTitle(tr("No request selected"));
    m_empty->setText(tr("Choose a request in the list to see its details, deadlines and "
                        "timeline."));
    m_tabs->setTabText(0, tr("Overview"));
    m_tabs->setTabText(1, tr("Timeline"));
    m_timelineView->setAccessibleName(tr("Timeline")); // for a screen reader
    m_tabs->setTabText(2, tr("Identification"));
    m_tabs->setTabText(3, tr("Disclosures"));
    m_tabs->setTabText(4, tr("Documents"));

    m_identificationTitle->setText(tr("Identification"));
    m_noBsnLine->setText(tr("The BSN is never recorded: only that and how identity was checked, "
                            "by whom and when — never the document or its number."));
    m_newestFirst->setText(tr("&Newest first"));
    m_timelineModel->setHorizontalHeaderLabels({ tr("When"), tr("What happened") });
    m_intakeNote->setText(tr("You see only the details of the phone call."));
    m_letterAction->setText(tr("Write a &letter…"));
    m_dossierAction->setText(tr("AP complaint &dossier…"));
    m_exportAction->setText(tr("Inzage report and e&xport…"));
    m_sourceAction->setText(tr("Change the &source…"));
    m_relationAction->setText(tr("Change the relation and &end date…"));
    retranslatePersonRecordActions();
    updateActions();
}

void CaseDetailWidget::retranslateContent()
{
    if (m_case)
        reload();
}

QDate CaseDetailWidget::today() const
{
    return m_session.clock().today();
}

int CaseDetailWidget::currentTab() const
{
    return m_tabs ? m_tabs->currentIndex() : 0;
}

void CaseDetailWidget::setCurrentTab(int index)
{
    if (m_tabs && index >= 0 && index < m_tabs->count() && m_tabs->isTabEnabled(index)
        && m_tabs->isTabVisible(index))
        m_tabs->setCurrentIndex(index);
}

QString CaseDetailWidget::currentNumber() const
{
    return m_case ? m_case->number : QString();
}

void CaseDetailWidget::setCurrentTab(Tab tab)
{
    if (!m_tabs->isTabVisible(static_cast<int>(tab)))
        return;
    m_tabs->setCurrentIndex(static_cast<int>(tab));
}

void CaseDetailWidget::clear()
{
    m_empty->setTitle(tr("No request selected"));
    m_empty->setText(tr("Choose a request in the list to see its details, deadlines and "
                        "timeline."));
    m_case.reset();
    m_done->setMessage({});
    m_events.clear();
    m_timelineModel->removeRows(0, m_timelineModel->rowCount());
    setTimelineError({});
    m_stack->setCurrentWidget(m_empty);
    m_failed = false;
    m_notListed = false;
    updateActions();
    Q_EMIT contentChanged(false);
}

bool CaseDetailWidget::hasContent() const
{
    return m_case.has_value() || m_failed;
}

void CaseDetailWidget::showReadFailure(const ServiceError &error)
{
    clear();
    if (error.code != ServiceError::Code::Storage)
        return; // gone or refused: nothing selected, as before
    // Never an empty detail for a request that could not be read.
    m_empty->setTitle(tr("The request could not be read"));
    m_empty->setText(error.message);
    m_failed = true;
    Q_EMIT contentChanged(true);
}

bool CaseDetailWidget::showCase(const QString &number)
{
    ServiceError error;
    std::optional<Case> c = m_service.find(number, &error);
    if (!c) {
        showReadFailure(error);
        return false;
    }
    const bool other = !m_case || m_case->number != c->number;
    m_case = std::move(c);
    m_notListed = false;
    if (other) {
        m_tabs->setCurrentIndex(0);
        m_done->setMessage({});
    }
    reload();
    return true;
}

void CaseDetailWidget::setListed(bool listed)
{
    if (!m_case || m_notListed == !listed)
        return;
    m_notListed = !listed;
    m_notListedNotice->setCase(m_case->number, m_case->person.name);
    // Never a request beside a list that does not point at it, nor actions on it.
    m_stack->setCurrentWidget(m_notListed ? static_cast<QWidget *>(m_notListedNotice)
                                          : m_stack->widget(1));
    updateActions();
}

void CaseDetailWidget::reloadAndTell()
{
    reload();
    if (m_case)
        Q_EMIT caseChanged(m_case->number);
}

void CaseDetailWidget::reload()
{
    if (!m_case)
        return;
    ServiceError error;
    std::optional<Case> c = m_service.find(m_case->number, &error);
    const std::optional<CaseDeadlines> deadlines
        = c ? m_service.deadlines(*c, &error) : std::nullopt;
    if (!c || !deadlines) {
        showReadFailure(error);
        return;
    }
    m_case = std::move(c);
    const CaseDeadlines &d = *deadlines;
    fillHeader(*m_case, d);
    fillOverview(*m_case, d);
    const bool intakeOnly = showsIntakeOnly();
    applyIntakeOnly(intakeOnly);
    if (intakeOnly) {
        // Not read at all: each of these reads would be refused, and leave a user.denied event.
        clearForm(m_identification);
        m_events.clear();
        m_handChanges.clear();
        setTimelineError({});
        m_disclosures->clear();
        m_documents->showCase({});
        m_systems->showCase({});
    } else {
        fillIdentification(*m_case);
        ServiceError timelineError;
        m_events = m_service.timeline(m_case->number, &timelineError);
        m_handChanges.clear();
        if (!timelineError.isError()) {
            // A row trail that could not be read is said as a history that could not be.
            if (auto changes = handChangesOfCase(m_session, m_case->number, &timelineError))
                m_handChanges = std::move(*changes);
        }
        setTimelineError(timelineError);
        m_disclosures->showCase(m_case->number);
        m_documents->showCase(m_case->number);
        m_systems->showCase(m_case->number);
    }
    fillTimeline();
    m_stack->setCurrentIndex(m_notListed ? 2 : 1);
    m_failed = false;
    Q_EMIT contentChanged(true);
    updateActions();
}

bool CaseDetailWidget::showsIntakeOnly() const
{
    return m_access.intakeOnly() || (m_case && m_case->intakeOnly);
}

void CaseDetailWidget::applyIntakeOnly(bool intakeOnly)
{
    m_intakeNote->setVisible(intakeOnly);
    m_systems->setVisible(!intakeOnly);
    for (Tab tab : { Tab::Timeline, Tab::Identification, Tab::Disclosures, Tab::Documents })
        m_tabs->setTabVisible(static_cast<int>(tab), !intakeOnly);
    if (intakeOnly)
        m_tabs->setCurrentIndex(static_cast<int>(Tab::Overview));
}

void CaseDetailWidget::updateActions()
{
    const QDate now = today();
    const auto set = [](QAction *action, bool shown, const QString &why) {
        action->setEnabled(shown && why.isEmpty());
        QString tip = action->text().remove(u'&').remove(u'…');
        if (!action->shortcut().isEmpty())
            tip += QStringLiteral(" (%1)").arg(
                action->shortcut().toString(QKeySequence::NativeText));
        if (shown && !why.isEmpty())
            tip += u'\n' + why;
        action->setToolTip(tip);
    };
    const bool shown = m_case.has_value() && !m_notListed;
    const Case c = m_case.value_or(Case {});
    set(m_requestIdAction, shown, CaseWorkflow::checkRequestIdentification(c, now, now));
    set(m_receiveIdAction, shown, CaseWorkflow::checkReceiveIdentification(c, now, now));
    set(m_requestMandateAction, shown, CaseWorkflow::checkRequestMandate(c, now, now));
    set(m_receiveMandateAction, shown, CaseWorkflow::checkReceiveMandate(c, now, now));
    set(m_extendAction, shown, CaseWorkflow::checkExtend(c, QStringLiteral("-"), now, now));
    Completion withdrawn;
    withdrawn.outcome = Outcome::Ingetrokken;
    withdrawn.answered = now;
    set(m_completeAction, shown,
        isOpen(c.state) ? QString() : CaseWorkflow::checkComplete(c, withdrawn, now));
    set(m_noteAction, shown, QString());
    set(m_reopenAction, shown, CaseWorkflow::checkReopen(c, QStringLiteral("-")));
    set(m_assignAction, shown, QString());
    set(m_letterAction, shown, QString());
    set(m_dossierAction, shown, QString());
    set(m_exportAction, shown, QString());
    set(m_sourceAction, shown, QString());
    set(m_relationAction, shown, QString());
    // What the role may never do stays hidden and disabled, whatever the request's state.
    for (QAction *action : caseActions())
        m_access.offer(action, Permission::EditCases);
    m_access.offer(m_letterAction, Permission::ProduceDocuments);
    m_access.offer(m_exportAction, Permission::ProduceDocuments);
    m_access.offer(m_sourceAction, Permission::EditRegisters);
    m_access.offer(m_relationAction, Permission::EditRegisters);
    updatePersonRecordActions(shown);
    // The dossier is read (and printed) with ViewRegisters; recording the AP's reference in it
    // needs ProduceDocuments, which the dialog itself asks.
    m_access.offer(m_dossierAction, Permission::ViewRegisters);
    // The bar shows what applies now: an action the request's state rules out (the
    // identification once the identity is established, the completion once completed) leaves
    // it, so that "Complete…" fits at 1200 px; the Request menu keeps them all, greyed with why.
    if (!m_toolBar)
        return;
    m_toolBar->clear();
    // The step that ends the request (or opens it again) comes first: at 1200-1280 px the
    // identification and mandate steps may fill the bar, and what does not fit goes behind "»".
    QList<QAction *> bar { m_completeAction, m_reopenAction };
    for (QAction *action : caseActions()) {
        // Assigning stays in the Request menu: the bar keeps the steps of the request's life.
        if (!bar.contains(action) && action != m_assignAction)
            bar << action;
    }
    for (QAction *action : std::as_const(bar)) {
        if (action->isEnabled() && action->isVisible())
            m_toolBar->addAction(action);
    }
}

void CaseDetailWidget::openDialog(CaseActionDialog *dialog)
{
    if (!takeAsOnlyDialog(m_dialog, dialog))
        return;
    const QString number = m_case->number;
    connect(dialog, &QDialog::accepted, this, [this, number, dialog] {
        reload();
        m_done->setMessage(dialog->confirmation(), MessageLabel::Kind::Done);
        Q_EMIT caseChanged(number);
    });
    // Changed at another seat since the dialog opened: the detail and the list show what is
    // stored now, while the dialog says who changed it.
    connect(dialog, &CaseActionDialog::conflicted, this, [this, number] {
        reload();
        Q_EMIT caseChanged(number);
    });
    dialog->open();
}

} // namespace pd::ui
