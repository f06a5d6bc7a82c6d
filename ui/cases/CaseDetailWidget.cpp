#include "cases/CaseDetailWidget.h"

#include "DateText.h"
#include "EmptyStateWidget.h"
#include "Icons.h"
#include "MessageLabel.h"
#include "cases/CaseActionDialogs.h"
#include "cases/CaseDocumentsWidget.h"
#include "cases/EventText.h"
#include "documents/ComplaintDossierDialog.h"
#include "documents/LetterDialog.h"
#include "documents/PersonExportWizard.h"
#include "registers/CaseDisclosuresWidget.h"
#include "store/Store.h"
#include "util/Clock.h"

#include <QAction>
#include <QCheckBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
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
const QString chipStyle = QStringLiteral(
    "QLabel { border: 1px solid palette(mid); border-radius: 9px; padding: 1px 8px; }");

QLabel *valueLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text.trimmed().isEmpty() ? QStringLiteral("—") : text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

void clearForm(QFormLayout *form)
{
    while (form->rowCount() > 0)
        form->removeRow(0);
}

QLabel *headingLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.1);
    label->setFont(font);
    return label;
}

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

// "7426CS" → "7426 CS", as Dutch postcodes are written; anything else as stored.
QString displayPostcode(const QString &postcode)
{
    if (postcode.size() == 6 && postcode.left(4).toInt() > 0 && postcode.at(4).isLetter()
        && postcode.at(5).isLetter())
        return postcode.left(4) + u' ' + postcode.mid(4);
    return postcode;
}

// Rows as high as their wrapped sentence: QTreeView asks its delegate for a size without the
// column's width, so long sentences would otherwise be cut off at the right edge.
class WrappingDelegate final : public QStyledItemDelegate
{
public:
    explicit WrappingDelegate(QTreeView *view)
        : QStyledItemDelegate(view)
        , m_view(view)
    { }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        if (index.column() != 1)
            return size;
        const int width = m_view->columnWidth(index.column()) - 12;
        if (width <= 0)
            return size;
        const QRect bounds = option.fontMetrics.boundingRect(
            QRect(0, 0, width, 1 << 20), Qt::TextWordWrap, index.data().toString());
        size.setHeight(bounds.height() + 8);
        return size;
    }

private:
    QTreeView *m_view;
};

} // namespace

CaseDetailWidget::CaseDetailWidget(const Store &store, const QString &currentUser, QWidget *parent,
                                   const Clock &clock)
    : QWidget(parent)
    , m_store(store)
    , m_clock(clock)
    , m_access(DeskAccess::of(store))
    , m_service(store, clock)
    , m_currentUser(currentUser)
{
    setObjectName(QStringLiteral("caseDetail"));
    createActions();

    m_stack = new QStackedWidget(this);
    m_empty = new EmptyStateWidget(icons::requests(), m_stack);
    m_empty->setObjectName(QStringLiteral("noCase"));

    auto *page = new QWidget(m_stack);
    auto *pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(16, 12, 16, 12);
    pageLayout->addWidget(createHeader());
    m_intakeNote = new QLabel(page);
    m_intakeNote->setObjectName(QStringLiteral("intakeOnlyNote"));
    m_intakeNote->setWordWrap(true);
    m_intakeNote->setStyleSheet(noteStyle);
    m_intakeNote->hide();
    pageLayout->addWidget(m_intakeNote);
    m_toolBar = new QToolBar(page);
    m_toolBar->setObjectName(QStringLiteral("caseActions"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolBar->addActions(caseActions());
    // Every request action is EditCases: a role without it would see an empty bar.
    m_toolBar->setVisible(m_access.may(Permission::EditCases));
    pageLayout->addWidget(m_toolBar);

    m_tabs = new QTabWidget(page);
    m_tabs->setObjectName(QStringLiteral("caseTabs"));
    // Every tab title whole: the detail is never narrower than its tabs (no elided titles, no
    // tabs hidden behind scroll arrows).
    m_tabs->setElideMode(Qt::ElideNone);
    m_tabs->setUsesScrollButtons(false);
    m_tabs->addTab(createOverviewTab(), QString());
    m_tabs->addTab(createTimelineTab(), QString());
    m_tabs->addTab(createIdentificationTab(), QString());
    m_disclosures = new CaseDisclosuresWidget(store, m_tabs, clock);
    m_disclosures->setObjectName(QStringLiteral("caseDisclosures"));
    // A disclosure added or a recipient told (art. 19) is a change to the case: queued, so the
    // detail does not reload inside the disclosure widget's own dialog handling.
    connect(
        m_disclosures, &CaseDisclosuresWidget::changed, this,
        [this] {
            reload();
            if (m_case)
                Q_EMIT caseChanged(m_case->number);
        },
        Qt::QueuedConnection);
    m_documents = new CaseDocumentsWidget(store, m_tabs, clock);
    m_documents->setObjectName(QStringLiteral("caseDocuments"));
    m_documents->setActions(m_letterAction, m_dossierAction, m_exportAction);
    // A file kept or a letter's dispatch recorded is an audited change: the Tijdlijn and the
    // list show it.
    connect(m_documents, &CaseDocumentsWidget::requestChanged, this, [this] {
        reload();
        if (m_case)
            Q_EMIT caseChanged(m_case->number);
    });
    m_tabs->addTab(m_disclosures, QString());
    m_tabs->addTab(m_documents, QString());
    pageLayout->addWidget(m_tabs, 1);

    m_stack->addWidget(m_empty);
    m_stack->addWidget(page);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    retranslateUi();
    clear();
}

CaseDetailWidget::~CaseDetailWidget() = default;

void CaseDetailWidget::createActions()
{
    const auto add = [this](const char *name, QKeySequence shortcut) {
        auto *action = new QAction(this);
        action->setObjectName(QLatin1StringView(name));
        action->setShortcut(shortcut);
        addAction(action);
        return action;
    };
    m_requestIdAction = add("requestIdentification", QKeySequence(Qt::CTRL | Qt::Key_I));
    m_receiveIdAction
        = add("receiveIdentification", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    m_extendAction = add("extend", QKeySequence(Qt::CTRL | Qt::Key_E));
    m_completeAction = add("complete", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_noteAction = add("note", QKeySequence(Qt::CTRL | Qt::Key_M));
    m_reopenAction = add("reopen", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_letterAction = add("letter", QKeySequence(Qt::CTRL | Qt::Key_B));
    m_dossierAction = add("complaintDossier", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    m_exportAction = add("exportPerson", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_sourceAction = add("personSource", QKeySequence());
    connect(m_sourceAction, &QAction::triggered, this, [this] {
        if (m_case)
            openDialog(new PersonSourceDialog(m_service, *m_case, today(), this));
    });
    m_relationAction = add("personRelation", QKeySequence());
    connect(m_relationAction, &QAction::triggered, this, [this] {
        if (m_case)
            openDialog(new PersonRelationDialog(m_service, *m_case, today(), this));
    });
    connect(m_letterAction, &QAction::triggered, this, [this] {
        if (!m_case)
            return;
        auto *dialog = new LetterDialog(m_store, m_case->number, this, m_clock);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &LetterDialog::letterRecorded, this, [this] {
            reload();
            if (m_case)
                Q_EMIT caseChanged(m_case->number);
        });
        dialog->open();
    });
    connect(m_dossierAction, &QAction::triggered, this, [this] {
        if (m_case)
            showComplaintDossier(this, m_store, m_case->number);
    });
    connect(m_exportAction, &QAction::triggered, this, [this] {
        if (!m_case)
            return;
        auto *wizard = new PersonExportWizard(m_store, m_case->person.id, this);
        wizard->setAttribute(Qt::WA_DeleteOnClose);
        connect(wizard, &PersonExportWizard::exported, this, [this] {
            reload();
            if (m_case)
                Q_EMIT caseChanged(m_case->number);
        });
        wizard->open();
    });

    connect(m_requestIdAction, &QAction::triggered, this, [this] {
        if (m_case)
            openDialog(new RequestIdentificationDialog(m_service, *m_case, today(), this));
    });
    connect(m_receiveIdAction, &QAction::triggered, this, [this] {
        if (m_case)
            openDialog(new ReceiveIdentificationDialog(m_service, *m_case, today(), this));
    });
    connect(m_extendAction, &QAction::triggered, this, [this] {
        if (m_case)
            openDialog(new ExtendDialog(m_service, *m_case, today(), this));
    });
    connect(m_completeAction, &QAction::triggered, this, [this] {
        if (m_case)
            openDialog(new CompleteDialog(m_service, *m_case, today(), this));
    });
    connect(m_noteAction, &QAction::triggered, this, [this] {
        if (m_case)
            openDialog(new NoteDialog(m_service, *m_case, today(), this));
    });
    connect(m_reopenAction, &QAction::triggered, this, [this] {
        if (m_case)
            openDialog(new ReopenDialog(m_service, *m_case, today(), this));
    });
}

QList<QAction *> CaseDetailWidget::caseActions() const
{
    return { m_requestIdAction, m_receiveIdAction, m_extendAction,
             m_completeAction,  m_noteAction,      m_reopenAction };
}

QList<QAction *> CaseDetailWidget::documentActions() const
{
    return { m_letterAction, m_dossierAction, m_exportAction };
}

QWidget *CaseDetailWidget::createHeader()
{
    auto *header = new QWidget(this);
    header->setObjectName(QStringLiteral("caseHeader"));
    m_name = new QLabel(header);
    m_name->setObjectName(QStringLiteral("personName"));
    m_name->setTextFormat(Qt::PlainText);
    m_name->setWordWrap(true);
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont nameFont = m_name->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.6);
    nameFont.setBold(true);
    m_name->setFont(nameFont);
    m_subtitle = new QLabel(header);
    m_subtitle->setObjectName(QStringLiteral("subtitle"));
    m_subtitle->setTextFormat(Qt::PlainText);
    m_subtitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_state = new QLabel(header);
    m_state->setObjectName(QStringLiteral("state"));
    m_state->setStyleSheet(badgeStyle);
    m_typeChips = new QWidget(header);
    m_typeChips->setObjectName(QStringLiteral("types"));
    auto *chipsLayout = new QHBoxLayout(m_typeChips);
    chipsLayout->setContentsMargins(0, 0, 0, 0);
    chipsLayout->setSpacing(6);

    m_deadline = new QLabel(header);
    m_deadline->setObjectName(QStringLiteral("deadline"));
    m_deadline->setTextFormat(Qt::PlainText);
    // Late against both clocks is a long sentence (issue 14): beside the list it wraps.
    m_deadline->setWordWrap(true);
    QFont deadlineFont = m_deadline->font();
    deadlineFont.setPointSizeF(deadlineFont.pointSizeF() * 1.15);
    m_deadline->setFont(deadlineFont);
    m_extendedBadge = new QLabel(header);
    m_extendedBadge->setObjectName(QStringLiteral("extendedBadge"));
    m_extendedBadge->setStyleSheet(badgeStyle);
    m_lateBadge = new QLabel(header);
    m_lateBadge->setObjectName(QStringLiteral("extensionLateBadge"));
    m_lateBadge->setStyleSheet(warningBadgeStyle);
    m_overdue = new QLabel(header);
    m_overdue->setObjectName(QStringLiteral("overdue"));
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
    layout->addStretch(1);
    QWidget *area = scrollable(content, this);
    area->setObjectName(QStringLiteral("overviewTab"));
    return area;
}

QWidget *CaseDetailWidget::createTimelineTab()
{
    auto *tab = new QWidget(this);
    tab->setObjectName(QStringLiteral("timelineTab"));
    m_newestFirst = new QCheckBox(tab);
    m_newestFirst->setObjectName(QStringLiteral("newestFirst"));
    m_newestFirst->setChecked(true);
    m_timelineModel = new QStandardItemModel(0, 2, this);
    m_timelineView = new QTreeView(tab);
    m_timelineView->setObjectName(QStringLiteral("timeline"));
    m_timelineView->setModel(m_timelineModel);
    m_timelineView->setRootIsDecorated(false);
    m_timelineView->setItemsExpandable(false);
    m_timelineView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_timelineView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_timelineView->setAlternatingRowColors(true);
    m_timelineView->setWordWrap(true);
    m_timelineView->setUniformRowHeights(false);
    m_timelineView->setTextElideMode(Qt::ElideNone);
    m_timelineView->header()->setStretchLastSection(true);
    m_timelineView->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_timelineView->setItemDelegate(new WrappingDelegate(m_timelineView));
    m_timelineError = new MessageLabel(tab);
    m_timelineError->setObjectName(QStringLiteral("timelineError"));
    connect(m_timelineView->header(), &QHeaderView::sectionResized, m_timelineView,
            [view = m_timelineView] { view->doItemsLayout(); });
    auto *layout = new QVBoxLayout(tab);
    layout->addWidget(m_newestFirst);
    layout->addWidget(m_timelineError);
    layout->addWidget(m_timelineView, 1);
    connect(m_newestFirst, &QCheckBox::toggled, this, &CaseDetailWidget::fillTimeline);
    return tab;
}

QWidget *CaseDetailWidget::createIdentificationTab()
{
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    m_identificationTitle = headingLabel(content);
    m_identification = makeForm();
    m_noBsnLine = new QLabel(content);
    m_noBsnLine->setObjectName(QStringLiteral("noBsn"));
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
    m_extendAction->setText(tr("&Extend…"));
    m_completeAction->setText(tr("&Complete…"));
    m_noteAction->setText(tr("Add no&te…"));
    m_reopenAction->setText(tr("Re&open…"));
    m_toolBar->setWindowTitle(tr("Request actions"));

    m_empty->setTitle(tr("No request selected"));
    m_empty->setText(tr("Choose a request in the list to see its details, deadlines and "
                        "timeline."));
    m_tabs->setTabText(0, tr("Overview"));
    m_tabs->setTabText(1, tr("Timeline"));
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
    updateActions();
}

void CaseDetailWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        if (m_case)
            reload();
    }
    QWidget::changeEvent(event);
}

QDate CaseDetailWidget::today() const
{
    return m_clock.today();
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
    m_events.clear();
    m_timelineModel->removeRows(0, m_timelineModel->rowCount());
    setTimelineError({});
    m_stack->setCurrentWidget(m_empty);
    m_failed = false;
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
    // Never an empty detail for a request that could not be read (issue 15).
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
    if (other)
        m_tabs->setCurrentIndex(0);
    reload();
    return true;
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
        setTimelineError({});
        m_disclosures->clear();
        m_documents->showCase({});
    } else {
        fillIdentification(*m_case);
        ServiceError timelineError;
        m_events = m_service.timeline(m_case->number, &timelineError);
        setTimelineError(timelineError);
        m_disclosures->showCase(m_case->number);
        m_documents->showCase(m_case->number);
    }
    fillTimeline();
    m_stack->setCurrentIndex(1);
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
    for (Tab tab : { Tab::Timeline, Tab::Identification, Tab::Disclosures, Tab::Documents })
        m_tabs->setTabVisible(static_cast<int>(tab), !intakeOnly);
    if (intakeOnly)
        m_tabs->setCurrentIndex(static_cast<int>(Tab::Overview));
}

void CaseDetailWidget::fillHeader(const Case &c, const CaseDeadlines &d)
{
    m_name->setText(c.person.name.isEmpty() ? tr("(no name)") : c.person.name);
    QStringList subtitle { c.number };
    if (!c.person.klantnummer.isEmpty())
        subtitle << tr("customer number %1").arg(c.person.klantnummer);
    subtitle << Codes::label(c.person.relation);
    m_subtitle->setText(subtitle.join(QStringLiteral(" · ")));
    m_state->setText(Codes::label(c.state));

    QLayout *chips = m_typeChips->layout();
    while (QLayoutItem *item = chips->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (RequestType type : c.types) {
        auto *chip = new QLabel(Codes::label(type), m_typeChips);
        chip->setStyleSheet(chipStyle);
        chips->addWidget(chip);
    }
    static_cast<QHBoxLayout *>(chips)->addStretch(1);

    const QString binding
        = d.currentBinding == Binding::Legal ? tr("legal deadline") : tr("own deadline");
    const QDate now = today();
    QString status;
    bool overdue = false;
    // Late against the law and late against the organisation's own deadline are different
    // facts (issue 14): both are named, each with its own count.
    const Lateness lateness = Lateness::of(c, d, now);
    if (!isOpen(c.state)) {
        if (c.answeredOn.isValid() && lateness.late())
            status = tr("answered on %1, %2").arg(EventText::date(c.answeredOn), lateness.text());
        else if (c.answeredOn.isValid())
            status = tr("answered on %1, on time").arg(EventText::date(c.answeredOn));
        else
            status = tr("closed");
    } else if (d.all.suspended) {
        status = tr("paused until the identification is received");
    } else {
        const qint64 days = now.daysTo(d.current);
        if (days > 0) {
            status = tr("%n day(s) left", nullptr, static_cast<int>(days));
        } else if (days == 0) {
            status = tr("due today");
        } else {
            status = lateness.late() ? lateness.text()
                                     : tr("%n day(s) overdue", nullptr, static_cast<int>(-days));
            overdue = true;
        }
    }
    m_deadline->setText(
        tr("Deadline %1 — %2 (%3)").arg(EventText::date(d.current), status, binding));
    m_overdue->setText(tr("Overdue"));
    m_overdue->setVisible(overdue);
    m_extendedBadge->setText(tr("Extended"));
    m_extendedBadge->setVisible(c.extended);
    m_lateBadge->setText(tr("extension notice sent too late"));
    m_lateBadge->setToolTip(tr("The data subject was told after the first month; the legal "
                               "deadline was not extended."));
    m_lateBadge->setVisible(d.extensionLegallyLate);
}

void CaseDetailWidget::fillOverview(const Case &c, const CaseDeadlines &d)
{
    QWidget *owner = m_overview->parentWidget();
    clearForm(m_overview);
    QLabel *requestHeading = headingLabel(owner);
    requestHeading->setText(tr("Request"));
    m_overview->addRow(requestHeading);
    const auto row = [this, owner](const QString &label, const QString &value) {
        m_overview->addRow(label, valueLabel(value, owner));
    };
    // The day of receipt counts; the time only when it is known (an e-mail's Date, a call),
    // in Dutch time like the intake that recorded it.
    const QTimeZone zone = organisationTimeZone();
    QString received = EventText::date(c.receivedDate);
    if (c.receivedAt.isValid() && c.receivedAt.toTimeZone(zone).date() == c.receivedDate)
        received = tr("%1 at %2")
                       .arg(received,
                            QLocale().toString(c.receivedAt.toTimeZone(zone).time(),
                                               QLocale::ShortFormat));
    row(tr("Received:"), received);
    row(tr("Channel:"), Codes::label(c.channel));
    row(tr("Received by:"), c.receivedBy);
    // When it was typed in, which is not when it arrived.
    if (c.registeredAt.isValid())
        row(tr("Registered on:"),
            QLocale().toString(c.registeredAt.toTimeZone(zone), QLocale::ShortFormat));
    row(tr("Representative:"), c.representative);
    if (!c.representativeMandate.trimmed().isEmpty())
        row(tr("Mandate:"), c.representativeMandate);
    row(tr("Description:"), c.description);
    row(tr("Callback number:"), c.callbackPhone);
    if (!c.intakeOnly)
        row(tr("Handler:"),
            c.handler.isEmpty() ? QString()
                                : (c.handler.compare(m_currentUser, Qt::CaseInsensitive) == 0
                                       ? tr("%1 (you)").arg(c.handler)
                                       : c.handler));
    const QString address
        = QStringList { QStringList { c.person.street, c.person.houseNumber }.join(u' ').trimmed(),
                        QStringList { displayPostcode(c.person.postcode), c.person.city }
                            .join(u' ')
                            .trimmed() }
              .join(QStringLiteral(", "));
    row(tr("Address:"), address == QStringLiteral(", ") ? QString() : address);
    if (!c.intakeOnly) {
        // Where the data came from when not from the person: the inzage report names it.
        auto *sourceRow = new QWidget(owner);
        auto *sourceLayout = new QVBoxLayout(sourceRow); // the button below: 1200 px
        sourceLayout->setContentsMargins(0, 0, 0, 0);
        QLabel *sourceValue = valueLabel(
            c.person.source.isEmpty() ? tr("the data subject") : c.person.source, sourceRow);
        sourceValue->setObjectName(QStringLiteral("personSourceValue"));
        sourceLayout->addWidget(sourceValue, 1);
        if (m_access.may(Permission::EditRegisters)) {
            auto *change = new QToolButton(sourceRow);
            change->setObjectName(QStringLiteral("personSourceButton"));
            change->setDefaultAction(m_sourceAction);
            change->setToolButtonStyle(Qt::ToolButtonTextOnly);
            sourceLayout->addWidget(change, 0, Qt::AlignLeft);
        }
        m_overview->addRow(tr("Source of the data:"), sourceRow);
        // The relation and its end: the retention periods derived from it move with it.
        auto *relationRow = new QWidget(owner);
        auto *relationLayout = new QVBoxLayout(relationRow); // the button below: 1200 px
        relationLayout->setContentsMargins(0, 0, 0, 0);
        QLabel *relationValue
            = valueLabel(c.person.relationEnd.isValid() ? tr("%1, ended on %2")
                                                              .arg(Codes::label(c.person.relation),
                                                                   shortDate(c.person.relationEnd))
                                                        : Codes::label(c.person.relation),
                         relationRow);
        relationValue->setObjectName(QStringLiteral("personRelationValue"));
        relationLayout->addWidget(relationValue, 1);
        if (m_access.may(Permission::EditRegisters)) {
            auto *change = new QToolButton(relationRow);
            change->setObjectName(QStringLiteral("personRelationButton"));
            change->setDefaultAction(m_relationAction);
            change->setToolButtonStyle(Qt::ToolButtonTextOnly);
            relationLayout->addWidget(change, 0, Qt::AlignLeft);
        }
        m_overview->addRow(tr("Relation:"), relationRow);
    }
    if (c.extended)
        row(tr("Extension:"),
            tr("%1 (data subject told on %2)")
                .arg(c.extensionReason, EventText::date(c.extensionNotified)));
    if (c.outcome) {
        row(tr("Outcome:"), Codes::label(*c.outcome));
        // A combined request is decided per kind: one line per kind, with its grounds, what was
        // done and the reasons.
        const QList<TypeDecision> parts = CaseWorkflow::decisionsOf(c);
        const bool perKind = CaseWorkflow::shownPerKind(parts);
        for (const TypeDecision &part : perKind ? parts : QList<TypeDecision>()) {
            QStringList lines { Codes::label(part.outcome) };
            for (RefusalGround ground : part.grounds)
                lines << Codes::label(ground);
            if (!part.granted.isEmpty())
                lines << tr("Done: %1").arg(part.granted);
            if (!part.motivation.isEmpty())
                lines << tr("Reasons: %1").arg(part.motivation);
            row(tr("%1:").arg(Codes::label(part.type)), lines.join(u'\n'));
        }
        if (!c.refusalGrounds.isEmpty() && !perKind) {
            QStringList grounds;
            for (RefusalGround ground : c.refusalGrounds)
                grounds << Codes::label(ground);
            row(tr("Grounds:"), grounds.join(u'\n'));
        }
        if (c.directMarketing)
            row(tr("Objection:"), tr("against direct marketing (absolute, art. 21(3) GDPR)"));
        if (!c.motivation.isEmpty() && !perKind)
            row(tr("Reasons:"), c.motivation);
        if (!c.noIdentificationReason.isEmpty())
            row(tr("Without identification:"), c.noIdentificationReason);
        row(tr("Answer sent:"),
            c.answerChannel.isEmpty()
                ? EventText::date(c.answeredOn)
                : tr("%1 (%2)").arg(EventText::date(c.answeredOn),
                                    Codes::answerChannelLabel(c.answerChannel)));
    }

    QLabel *deadlinesHeading = headingLabel(owner);
    deadlinesHeading->setText(tr("Deadlines"));
    deadlinesHeading->setContentsMargins(0, 12, 0, 0);
    m_overview->addRow(deadlinesHeading);
    const auto deadline = [row](const QString &label, QDate date, const QString &note) {
        row(label,
            note.isEmpty() ? EventText::date(date)
                           : tr("%1 — %2").arg(EventText::date(date), note));
    };
    const Deadlines &all = d.all;
    deadline(tr("Legal deadline:"), all.legal, tr("one month (art. 12(3) GDPR)"));
    deadline(tr("Legal, extended:"), all.legalExtended,
             d.extensionLegallyLate ? tr("not in force: the notice was sent too late")
                                    : tr("three months"));
    deadline(tr("Own deadline:"), all.policy, QString());
    deadline(tr("Own, extended:"), all.policyExtended, QString());
    QString pause = tr("%n day(s)", nullptr, all.pauseDays);
    if (all.suspended)
        pause = tr("running: the deadline stands still until the identification is received");
    else if (all.identificationLate)
        pause = tr("none: the identification was requested too late after receipt, so the clock "
                   "kept running");
    if (!c.intakeOnly) // the identification is not an intake field
        row(tr("Identification pause:"), pause);
    row(tr("In force now:"),
        tr("%1 (%2)").arg(EventText::date(d.current),
                          d.currentBinding == Binding::Legal ? tr("legal deadline")
                                                             : tr("own deadline")));
}

void CaseDetailWidget::fillIdentification(const Case &c)
{
    QWidget *owner = m_identificationTitle->parentWidget();
    clearForm(m_identification);
    const Identification &id = c.identification;
    const auto row = [this, owner](const QString &label, const QString &value) {
        m_identification->addRow(label, valueLabel(value, owner));
    };
    row(tr("Requested on:"), id.requested.isValid() ? EventText::date(id.requested) : QString());
    row(tr("Received on:"), id.received.isValid() ? EventText::date(id.received) : QString());
    row(tr("Method:"), id.method ? Codes::label(*id.method) : QString());
    row(tr("Checked by:"), id.verifiedBy);
    row(tr("Result:"),
        id.succeeded ? (*id.succeeded ? tr("succeeded") : tr("failed")) : tr("not yet checked"));
    if (!c.noIdentificationReason.isEmpty())
        row(tr("Decided without it:"), c.noIdentificationReason);
}

void CaseDetailWidget::fillTimeline()
{
    m_timelineModel->removeRows(0, m_timelineModel->rowCount());
    QList<AuditEvent> events = m_events;
    if (m_newestFirst->isChecked())
        std::reverse(events.begin(), events.end());
    for (const AuditEvent &event : std::as_const(events)) {
        auto *when = new QStandardItem(EventText::when(event));
        auto *what = new QStandardItem(EventText::sentence(event, m_events));
        what->setToolTip(what->text());
        when->setData(event.seq, Qt::UserRole);
        what->setData(event.action, Qt::UserRole);
        if (event.payloadDestroyed) {
            QFont italic = what->font();
            italic.setItalic(true);
            what->setFont(italic);
        }
        m_timelineModel->appendRow({ when, what });
    }
}

void CaseDetailWidget::setTimelineError(const ServiceError &error)
{
    m_timelineError->setMessage(error.isError() ? error.message : QString());
    m_newestFirst->setVisible(!error.isError());
    m_timelineView->setVisible(!error.isError());
}

QStringList CaseDetailWidget::timelineLines() const
{
    QStringList lines;
    for (int row = 0; row < m_timelineModel->rowCount(); ++row)
        lines << m_timelineModel->item(row, 0)->text() + QStringLiteral(" — ")
                + m_timelineModel->item(row, 1)->text();
    return lines;
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
    const bool shown = m_case.has_value();
    const Case c = m_case.value_or(Case {});
    set(m_requestIdAction, shown, CaseWorkflow::checkRequestIdentification(c, now, now));
    set(m_receiveIdAction, shown, CaseWorkflow::checkReceiveIdentification(c, now, now));
    set(m_extendAction, shown, CaseWorkflow::checkExtend(c, QStringLiteral("-"), now, now));
    Completion withdrawn;
    withdrawn.outcome = Outcome::Ingetrokken;
    withdrawn.answered = now;
    set(m_completeAction, shown,
        isOpen(c.state) ? QString() : CaseWorkflow::checkComplete(c, withdrawn, now));
    set(m_noteAction, shown, QString());
    set(m_reopenAction, shown, CaseWorkflow::checkReopen(c, QStringLiteral("-")));
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
    // The dossier is read (and printed) with ViewRegisters; recording the AP's reference in it
    // needs ProduceDocuments, which the dialog itself asks.
    m_access.offer(m_dossierAction, Permission::ViewRegisters);
}

void CaseDetailWidget::openDialog(CaseActionDialog *dialog)
{
    if (m_dialog && m_dialog->isVisible()) {
        delete dialog;
        m_dialog->raise();
        m_dialog->activateWindow();
        return;
    }
    m_dialog = dialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString number = m_case->number;
    connect(dialog, &QDialog::accepted, this, [this, number] {
        reload();
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
