#include "cases/CaseListPage.h"

#include "DrillDownBanner.h"
#include "EmptyStateWidget.h"
#include "Icons.h"
#include "Named.h"
#include "RowTables.h"
#include "TabOrder.h"
#include "TextEmphasis.h"
#include "WindowSize.h"
#include "cases/CaseListModel.h"
#include "dashboards/TodayStrip.h"
#include "store/Store.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QEvent>
#include <QFocusEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QShortcut>
#include <QStackedWidget>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <utility>

namespace pd::ui {

namespace {

// State combo: everything, the open states together, then each state by its code.
const QString allStates = QStringLiteral("*");
const QString openStates = QStringLiteral("open");

void setCurrentData(QComboBox *combo, const QVariant &data)
{
    const int index = combo->findData(data);
    combo->setCurrentIndex(index >= 0 ? index : 0);
}

// Every column but the names: each as wide as its content, the names take the rest.
QList<int> shortColumns()
{
    return { CaseListModel::NumberColumn,   CaseListModel::TypesColumn,
             CaseListModel::ChannelColumn,  CaseListModel::ReceivedColumn,
             CaseListModel::StateColumn,    CaseListModel::DeadlineColumn,
             CaseListModel::DaysLeftColumn, CaseListModel::HandlerColumn };
}

} // namespace

CaseListPage::CaseListPage(const Session &session, QWidget *parent)
    : Retranslated(parent)
    , m_session(session)
    , m_access(DeskAccess::of(session))
{
    setObjectName(QStringLiteral("caseListPage"));
    m_model = new CaseListModel(session, this);
    createWidgets();
    retranslateUi();
    applyFilter();
}

void CaseListPage::createWidgets()
{
    createFilterBar();
    createTable();
    createEmptyPage();

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_emptyPage);

    layOutPage();
    // A KCC-medewerker's rows have no handler (CaseScope::intakeOnly): a handler filter, "my
    // requests" and the handler column could only ever show nothing.
    if (m_access.intakeOnly()) {
        for (QWidget *unusable : std::initializer_list<QWidget *> { m_handler, m_mine }) {
            unusable->setEnabled(false);
            unusable->hide();
        }
        m_view->setColumnHidden(CaseListModel::HandlerColumn, true);
    }

    // Tab as the page is drawn: what needs attention today, the search, the toggles, the
    // choices below them, the list. The strip's items are made after the page shows.
    followLayout(this);
    connect(m_today, &TodayStrip::rebuilt, this, [this] { followLayout(this); });
}

// The page given the keyboard (a section chosen, Ctrl+F) hands it to the search. Not a focus
// proxy: Tab would then stop at the page itself, before the strip, and land in the search.
void CaseListPage::focusInEvent(QFocusEvent *event)
{
    QWidget::focusInEvent(event);
    m_search->setFocus(event->reason());
}

// The search field (Ctrl+F), the four choices and the three quick toggles, and the count.
void CaseListPage::createFilterBar()
{
    m_search = named<QLineEdit>(QStringLiteral("caseSearch"), this);
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(260);
    m_search->installEventFilter(this);
    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(searchDelayMs);
    connect(m_searchTimer, &QTimer::timeout, this, &CaseListPage::applyFilter);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    auto *find = new QShortcut(QKeySequence::Find, this);
    find->setContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QShortcut::activated, this, &CaseListPage::focusSearch);

    m_state = named<QComboBox>(QStringLiteral("stateFilter"), this);
    m_type = named<QComboBox>(QStringLiteral("typeFilter"), this);
    m_channel = named<QComboBox>(QStringLiteral("channelFilter"), this);
    m_handler = named<QComboBox>(QStringLiteral("handlerFilter"), this);
    for (QComboBox *combo : { m_state, m_type, m_channel, m_handler }) {
        // Compact in the bar; the popup is as wide as its longest entry (see fillCombos).
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(15);
        connect(combo, &QComboBox::currentIndexChanged, this, &CaseListPage::applyFilter);
    }

    const auto toggle = [this](const QString &name, const QIcon &icon) {
        auto *button = named<QToolButton>(name, this);
        button->setCheckable(true);
        button->setIcon(icon);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setAutoRaise(false);
        connect(button, &QToolButton::toggled, this, &CaseListPage::applyFilter);
        return button;
    };
    m_overdue = toggle(QStringLiteral("overdueFilter"), icons::warning());
    m_dueWeek = toggle(QStringLiteral("dueWeekFilter"), icons::retention());
    m_mine = toggle(QStringLiteral("mineFilter"), icons::requests());

    // What the state filter hides of a search's matches, one click from showing them.
    m_hiddenMatches = named<QPushButton>(QStringLiteral("hiddenMatches"), this);
    m_hiddenMatches->setIcon(icons::requests());
    m_hiddenMatches->hide();
    connect(m_hiddenMatches, &QPushButton::clicked, this, &CaseListPage::showHiddenMatches);

    m_count = named<QLabel>(QStringLiteral("caseCount"), this);
    m_count->setSizePolicy(QSizePolicy::Minimum, QSizePolicy::Preferred); // never cut
    emphasise(m_count);
}

// The list of requests: sorted by its header, the row moved to is the request the detail shows.
void CaseListPage::createTable()
{
    m_view = named<QTableView>(QStringLiteral("caseTable"), this);
    m_view->setModel(m_model);
    pickWholeRows(m_view);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setTabKeyNavigation(false);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    // Fixed row heights: the view never measures rows it has not shown.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    QHeaderView *header = m_view->horizontalHeader();
    header->setSortIndicator(static_cast<int>(m_model->sortOrder().column),
                             m_model->sortOrder().order);
    // After the indicator: enabling sorts by the indicated column.
    m_view->setSortingEnabled(true);
    header->setHighlightSections(false);
    header->setSectionsMovable(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(false);
    // What is due comes first after who: beside the detail the list is narrow, and the
    // deadline must not be the column that scrolls out of sight.
    header->moveSection(header->visualIndex(CaseListModel::DaysLeftColumn), 2);
    header->moveSection(header->visualIndex(CaseListModel::DeadlineColumn), 3);
    header->moveSection(header->visualIndex(CaseListModel::StateColumn), 4);
    header->setMinimumSectionSize(fontMetrics().averageCharWidth() * 6);
    // The row the user moves to (a click, the arrow keys, Page Down) is the case the detail
    // shows: no second click, and no highlighted row that is not the request acted on.
    // A held key (auto-repeat) opens only the row it stops on: reading every request it
    // passes would make the list lag behind the key on a large store. The row opens when the
    // key is released, the list loses focus, a shortcut is pressed, or the repeat pauses.
    m_openHeldRow = new QTimer(this);
    m_openHeldRow->setSingleShot(true);
    m_openHeldRow->setInterval(250);
    connect(m_openHeldRow, &QTimer::timeout, this, &CaseListPage::openHeldRowNow);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (m_selecting || !current.isValid())
                    return;
                if (m_keyRepeating) {
                    m_rowHeld = true;
                    m_openHeldRow->start();
                } else
                    activate(current);
            });
    // Enter (in eventFilter) and a double click open the highlighted case again, e.g. after
    // the detail showed another one through a disclosure or a dashboard.
    connect(m_view, &QTableView::doubleClicked, this, &CaseListPage::activate);
    m_view->installEventFilter(this);
    m_view->viewport()->installEventFilter(this); // its width decides the name column's
    connect(m_model, &CaseListModel::totalCountChanged, this,
            &CaseListPage::updateCountAndEmptyState);
    // The short columns follow the rows loaded: a long channel or "days left" in
    // view widens its column, and the names take what is left.
    // A new list (a filter, a search) is measured afresh; more rows of the same list only widen.
    const auto refit = [this] {
        fitColumnsToContents(m_view, shortColumns());
        fitNameColumn();
    };
    connect(m_model, &QAbstractItemModel::modelReset, this, &CaseListPage::resizeColumns,
            Qt::QueuedConnection);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, refit, Qt::QueuedConnection);
    connect(m_model, &QAbstractItemModel::layoutChanged, this, refit, Qt::QueuedConnection);
}

// What shows instead of an empty list: why, and a button that clears the filters.
void CaseListPage::createEmptyPage()
{
    m_emptyPage = new QWidget(this);
    m_empty
        = named<EmptyStateWidget>(QStringLiteral("caseListEmpty"), icons::requests(), m_emptyPage);
    m_empty->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    m_clearFilters = named<QPushButton>(QStringLiteral("clearFilters"), m_emptyPage);
    connect(m_clearFilters, &QPushButton::clicked, this, &CaseListPage::clearFilters);
    m_showHidden = named<QPushButton>(QStringLiteral("showHiddenMatches"), m_emptyPage);
    m_showHidden->hide();
    connect(m_showHidden, &QPushButton::clicked, this, &CaseListPage::showHiddenMatches);
    m_fillOrganisation = named<QPushButton>(QStringLiteral("fillOrganisation"), m_emptyPage);
    m_fillOrganisation->hide();
    connect(m_fillOrganisation, &QPushButton::clicked, this, &CaseListPage::organisationRequested);
    auto *emptyLayout = new QVBoxLayout(m_emptyPage);
    emptyLayout->addStretch(2);
    emptyLayout->addWidget(m_empty);
    emptyLayout->addWidget(m_showHidden, 0, Qt::AlignHCenter);
    emptyLayout->addWidget(m_clearFilters, 0, Qt::AlignHCenter);
    emptyLayout->addWidget(m_fillOrganisation, 0, Qt::AlignHCenter);
    emptyLayout->addStretch(3);
}

void CaseListPage::layOutPage()
{
    // The search on a row of its own, the three quick toggles below it, the four choices on the
    // next: beside the detail the list is often under 500 pixels wide (a 1200-pixel window),
    // and search and toggles on one row then pushed the buttons over the search field.
    auto *searchRow = new QHBoxLayout;
    searchRow->setSpacing(6);
    searchRow->addWidget(m_search, 1);
    auto *toggleRow = new QHBoxLayout;
    toggleRow->setSpacing(6);
    toggleRow->addWidget(m_overdue);
    toggleRow->addWidget(m_dueWeek);
    toggleRow->addWidget(m_mine);
    toggleRow->addStretch(1);
    toggleRow->addSpacing(12);
    toggleRow->addWidget(m_count);
    // The four choices two by two: beside the detail at 1200 pixels four in a row cut their
    // texts ("Open verz…").
    auto *filterRow = new QGridLayout;
    filterRow->setSpacing(6);
    filterRow->addWidget(m_state, 0, 0);
    filterRow->addWidget(m_type, 0, 1);
    filterRow->addWidget(m_channel, 1, 0);
    filterRow->addWidget(m_handler, 1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 6);
    layout->setSpacing(8);
    // What needs attention today comes first.
    m_today = new TodayStrip(m_session, this);
    connect(m_today, &TodayStrip::casesRequested, this,
            [this](const CaseListFilter &filter, const QString &description) {
                showDrillDown(filter, description, DrillDownBanner::Origin::Today);
            });
    layout->addWidget(m_today);
    layout->addLayout(searchRow);
    layout->addLayout(toggleRow);
    layout->addLayout(filterRow);
    layout->addWidget(m_hiddenMatches, 0, Qt::AlignLeft);
    m_banner = new DrillDownBanner(this);
    connect(m_banner, &DrillDownBanner::cleared, this, &CaseListPage::clearFilters);
    layout->addWidget(m_banner);
    layout->addWidget(m_stack, 1);
}

// Widths from what the columns hold in the current language, not from the loaded rows (which
// are a page): the longest label of each vocabulary, a date, a long "days overdue" in bold.
void CaseListPage::resizeColumns()
{
    QHeaderView *header = m_view->horizontalHeader();
    const QFontMetrics fm = m_view->fontMetrics();
    QFont boldFont = m_view->font();
    boldFont.setBold(true);
    const QFontMetrics bold(boldFont);
    const QFontMetrics headerFm = header->fontMetrics();
    const int pad = 2 * m_view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin) + 16;
    const auto fit = [&](int column, int contentWidth) {
        const QString title = m_model->headerData(column, Qt::Horizontal).toString();
        header->resizeSection(column,
                              std::max(contentWidth, headerFm.horizontalAdvance(title) + 20) + pad);
    };
    const auto widest = [&fm](const QStringList &texts) {
        int width = 0;
        for (const QString &text : texts)
            width = std::max(width, fm.horizontalAdvance(text));
        return width;
    };
    QStringList channels;
    for (Channel value : codes::all<Channel>())
        channels << codes::label(value);
    QStringList states;
    for (CaseState value : codes::all<CaseState>())
        states << codes::label(value);
    QStringList types;
    for (RequestType value : codes::all<RequestType>())
        types << codes::label(value);
    const QString date = QLocale().toString(QDate(2026, 12, 28), QLocale::ShortFormat);
    // Late against one clock, two digits: late against both is elided after the
    // law's clock, which comes first; the tooltip says both, with each deadline.
    CaseListRow late;
    late.state = CaseState::InBehandeling;
    late.deadline = QDate(2026, 1, 1);
    late.daysLeft = -88;
    late.lateness.policyDays = 88;
    fit(CaseListModel::NumberColumn, fm.horizontalAdvance(QStringLiteral("AVG-0000-00000")));
    // Long labels ("Webformulier / huurdersportaal") are elided; the tooltip has them whole.
    fit(CaseListModel::TypesColumn, std::min(widest(types), fm.averageCharWidth() * 24));
    fit(CaseListModel::ChannelColumn, std::min(widest(channels), fm.averageCharWidth() * 13));
    fit(CaseListModel::ReceivedColumn, fm.horizontalAdvance(date));
    // "Niet in behandeling: identiteit niet vastgesteld" is elided (the tooltip has it whole):
    // at full width it took the room of the names.
    fit(CaseListModel::StateColumn,
        std::min(widest(states) + fm.horizontalAdvance(tr("%1, extended").arg(QString())),
                 fm.averageCharWidth() * 22));
    fit(CaseListModel::DeadlineColumn, fm.horizontalAdvance(date));
    // Room for "nog 29 dagen" and a late count in bold; the rarer long texts ("opgeschort,
    // wacht op identificatie", late against both clocks) are elided, whole in the tooltip: at
    // full width this column pushed the names and the deadline's neighbours out of a 1200 px
    // window.
    fit(CaseListModel::DaysLeftColumn,
        std::min(bold.horizontalAdvance(CaseListModel::daysLeftText(late)),
                 fm.averageCharWidth() * 19)
            + m_view->style()->pixelMetric(QStyle::PM_SmallIconSize) + 8);
    fit(CaseListModel::HandlerColumn, fm.averageCharWidth() * 12);
    // Never narrower than the rows in view need (at 1920 px the kinds, the channel
    // and the days left were cut while the names had 670 px).
    fitColumnsToContents(m_view, shortColumns());
    fitNameColumn();
}

// The names take the width the other columns leave (all of it beyond them while no request is
// open), and never less than their title and a usual name ("Yasmina van Dijk", about 22
// characters): the name is how the officer finds a request, so where room is short the list
// scrolls sideways to the channel and the handler rather than cutting it. (A Stretch section
// would shrink to the header's minimum section size.)
void CaseListPage::fitNameColumn()
{
    const QString title
        = m_model->headerData(CaseListModel::PersonColumn, Qt::Horizontal).toString();
    // The names in view whole (up to 40 characters): where room is short, the list scrolls.
    const int names = std::min(static_cast<const QAbstractItemView *>(m_view)->sizeHintForColumn(
                                   CaseListModel::PersonColumn),
                               m_view->fontMetrics().averageCharWidth() * 40);
    const int least
        = std::max({ m_view->horizontalHeader()->fontMetrics().horizontalAdvance(title) + 36,
                     m_view->fontMetrics().averageCharWidth() * 22, names });
    giveRestToColumn(m_view, CaseListModel::PersonColumn, least);
}

void CaseListPage::fillCombos()
{
    const QVariant state = m_state->count() ? m_state->currentData() : QVariant(openStates);
    const QVariant type = m_type->currentData();
    const QVariant channel = m_channel->currentData();
    const QVariant handler = m_handler->currentData();
    for (QComboBox *combo : { m_state, m_type, m_channel, m_handler }) {
        combo->blockSignals(true);
        combo->clear();
    }

    m_state->addItem(tr("All states"), allStates);
    m_state->addItem(tr("Open requests"), openStates);
    m_state->insertSeparator(m_state->count());
    for (CaseState value : codes::all<CaseState>())
        m_state->addItem(codes::label(value), codes::code(value));
    m_type->addItem(tr("All kinds"), QVariant());
    for (RequestType value : codes::all<RequestType>())
        m_type->addItem(codes::label(value), codes::code(value));
    m_channel->addItem(tr("All channels"), QVariant());
    for (Channel value : codes::all<Channel>())
        m_channel->addItem(codes::label(value), codes::code(value));
    // Invalid data: every handler; an empty string: requests nobody handles yet.
    m_handler->addItem(tr("All handlers"), QVariant());
    m_handler->addItem(tr("No handler"), QString());
    ServiceError handlersError;
    const QStringList handlers = m_model->handlers(&handlersError);
    m_handler->setToolTip(handlersError.isError()
                              ? tr("The list could not be read: %1").arg(handlersError.message)
                              : QString());
    if (!handlers.isEmpty())
        m_handler->insertSeparator(m_handler->count());
    for (const QString &name : handlers)
        m_handler->addItem(name, name);

    setCurrentData(m_state, state);
    setCurrentData(m_type, type);
    setCurrentData(m_channel, channel);
    if (handler.isValid())
        setCurrentData(m_handler, handler);
    else
        m_handler->setCurrentIndex(0);
    for (QComboBox *combo : { m_state, m_type, m_channel, m_handler }) {
        combo->view()->setMinimumWidth(combo->view()->sizeHintForColumn(0) + 24);
        combo->blockSignals(false);
    }
}

void CaseListPage::retranslateUi()
{
    m_search->setPlaceholderText(
        tr("Search by name, request number, customer number or postcode (Ctrl+F)"));
    m_search->setAccessibleName(tr("Search requests"));
    m_state->setAccessibleName(tr("Status"));
    m_state->setToolTip(tr("Show requests with this status"));
    m_type->setAccessibleName(tr("Kind of request"));
    m_type->setToolTip(tr("Show requests of this kind"));
    m_channel->setAccessibleName(tr("Channel"));
    m_channel->setToolTip(tr("Show requests received through this channel"));
    m_handler->setAccessibleName(tr("Handler"));
    m_handler->setToolTip(tr("Show requests handled by this person"));
    m_overdue->setText(tr("Overd&ue"));
    m_overdue->setToolTip(tr("Open requests whose deadline has passed"));
    // "Binnen 7 dagen", never "deze week": the filter counts 7 days from today.
    //: Dutch: "Binnen &7 dagen"
    m_dueWeek->setText(tr("Due within &7 days"));
    m_dueWeek->setToolTip(tr("Open requests whose deadline falls within the next 7 days"));
    m_mine->setText(tr("&My requests"));
    m_mine->setToolTip(tr("Requests you handle (%1)").arg(m_model->currentUser()));
    m_clearFilters->setText(tr("&Clear filters"));
    //: Dutch: "&Organisatie invullen…"
    m_fillOrganisation->setText(tr("Fill in the &organisation…"));
    m_view->setAccessibleName(tr("Requests"));
    fillCombos();
    resizeColumns();
    updateCountAndEmptyState();
}

void CaseListPage::retranslateContent()
{
    // Labels of types, channels and states, and dates, are in the rows.
    const int row = m_model->refresh(selectedCaseId());
    selectRow(row);
}

void CaseListPage::activate(const QModelIndex &index)
{
    const QString number = index.data(CaseListModel::CaseNumberRole).toString();
    if (number.isEmpty())
        return;
    m_shownId = index.data(CaseListModel::CaseIdRole).toLongLong();
    Q_EMIT caseActivated(number);
}

namespace {

bool isPlainNavigation(const QKeyEvent *key)
{
    if (key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))
        return false;
    switch (key->key()) {
    case Qt::Key_Up:
    case Qt::Key_Down:
    case Qt::Key_PageUp:
    case Qt::Key_PageDown:
    case Qt::Key_Home:
    case Qt::Key_End:
    case Qt::Key_Left:
    case Qt::Key_Right:
        return true;
    default:
        return false;
    }
}

} // namespace

void CaseListPage::openHeldRowNow()
{
    m_keyRepeating = false;
    m_openHeldRow->stop();
    if (!std::exchange(m_rowHeld, false))
        return;
    if (m_view->currentIndex().isValid())
        activate(m_view->currentIndex());
}

bool CaseListPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        fitNameColumn();
    if (watched == m_view->viewport() && event->type() == QEvent::MouseButtonPress)
        openHeldRowNow(); // a click opens its row at once
    if (watched == m_view) {
        switch (event->type()) {
        case QEvent::KeyPress:
            m_keyRepeating = static_cast<QKeyEvent *>(event)->isAutoRepeat();
            break;
        case QEvent::KeyRelease:
            if (!static_cast<QKeyEvent *>(event)->isAutoRepeat())
                openHeldRowNow();
            break;
        case QEvent::FocusOut:
            openHeldRowNow();
            break;
        case QEvent::ShortcutOverride:
            // A key that may be a shortcut acts on the row highlighted, so that row opens
            // first; the held arrow key's own repeats come through here too and must not.
            if (!isPlainNavigation(static_cast<QKeyEvent *>(event)))
                openHeldRowNow();
            break;
        default:
            break;
        }
    }
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
            && m_view->currentIndex().isValid()) {
            activate(m_view->currentIndex());
            return true;
        }
    }
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape && !m_search->text().isEmpty()) {
            m_search->clear();
            return true;
        }
        if (key->key() == Qt::Key_Down || key->key() == Qt::Key_Return
            || key->key() == Qt::Key_Enter) {
            // Into the results, without waiting for the debounce.
            if (m_searchTimer->isActive()) {
                m_searchTimer->stop();
                applyFilter();
            }
            if (m_model->rowCount() > 0) {
                if (!m_view->selectionModel()->hasSelection()) {
                    selectRow(0);
                    activate(m_model->index(0, 0)); // highlighted, so shown
                }
                m_view->setFocus(Qt::ShortcutFocusReason);
            }
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void CaseListPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

QString CaseListPage::searchText() const
{
    return m_search->text();
}

void CaseListPage::setSearchText(const QString &text)
{
    m_search->setText(text);
    applyFilter();
}

bool CaseListPage::hasActiveFilter() const
{
    const CaseListFilter filter = m_model->filter();
    return m_drillDown || !filter.states.isEmpty() || filter.type || filter.channel
        || filter.handler || filter.overdue || filter.dueWithinWeek || filter.mine
        || !CaseQuery::matchExpression(filter.search).isEmpty();
}

void CaseListPage::applyFilter()
{
    m_searchTimer->stop();
    // From a dashboard: its filter, narrowed further by whatever the bar sets.
    CaseListFilter filter = m_drillDown.value_or(CaseListFilter {});
    const QString state = m_state->currentData().toString();
    if (state == openStates) {
        filter.states
            = { CaseState::Ontvangen, CaseState::Identificatie, CaseState::InBehandeling };
    } else if (const auto one = codes::from<CaseState>(state)) {
        filter.states = { *one };
    }
    if (const auto type = codes::from<RequestType>(m_type->currentData().toString()))
        filter.type = *type;
    if (const auto channel = codes::from<Channel>(m_channel->currentData().toString()))
        filter.channel = *channel;
    const QVariant handler = m_handler->currentData();
    if (handler.isValid())
        filter.handler = handler.toString();
    filter.overdue = filter.overdue || m_overdue->isChecked();
    filter.dueWithinWeek = filter.dueWithinWeek || m_dueWeek->isChecked();
    filter.mine = filter.mine || m_mine->isChecked();
    filter.search = m_search->text().trimmed();
    // A number finds its request whatever the bar's state filter; a dashboard's own states
    // still hold for part of one. A whole request number beats every filter, a dashboard's
    // included: the officer who types it wants that request, and "0 requests" for a number
    // that exists sends her looking for a request that is there.
    filter.numberFindsAnyState = !m_drillDown || m_drillDown->states.isEmpty();
    const bool numberOnly = CaseQuery::isRequestNumber(filter.search);
    m_filtersSetAside = numberOnly && (m_drillDown || filter != numberSearch(filter.search));
    if (numberOnly)
        filter = numberSearch(filter.search);

    const qint64 shown = m_shownId > 0 ? m_shownId : selectedCaseId();
    if (filter == m_model->filter())
        return;
    // Nothing the reset moves (the view taking the focus back from the empty state makes its
    // first row current) opens a request: the page chooses the row below.
    const QScopedValueRollback selecting(m_selecting, true);
    m_model->setFilter(filter);
    m_view->scrollToTop();
    // The case shown stays selected when it still matches, wherever it is in the list; when
    // it does not, nothing is selected and the desk is told (the detail says so).
    if (shown > 0) {
        const int row = m_model->rowOf(shown);
        // Pages up to it (keyset: each costs what the first does), within reason.
        if (row < 25 * CaseListModel::pageSize)
            m_model->loadRow(row);
        if (row >= 0 && row < m_model->rowCount())
            selectRow(row);
        else
            m_view->selectionModel()->clear();
        if (m_shownId > 0)
            Q_EMIT shownCaseListed(row >= 0);
    }
    updateCountAndEmptyState();
}

void CaseListPage::showDrillDown(const CaseListFilter &filter, const QString &description,
                                 DrillDownBanner::Origin origin)
{
    m_drillDown = filter;
    // The bar starts from "all states": the dashboard's filter says which requests count.
    resetFilterBar();
    m_banner->showDescription(description, origin);
    applyFilter();
}

CaseListFilter CaseListPage::numberSearch(const QString &typed)
{
    CaseListFilter filter;
    filter.search = typed;
    filter.numberFindsAnyState = true;
    return filter;
}

void CaseListPage::endDrillDown()
{
    if (!m_drillDown)
        return;
    m_drillDown.reset();
    m_banner->hide();
    resetFilterBar();
    applyFilter();
}

bool CaseListPage::hasDrillDown() const
{
    return m_drillDown.has_value();
}

void CaseListPage::clearFilters()
{
    m_drillDown.reset();
    m_banner->hide();
    resetFilterBar();
    applyFilter();
    m_search->setFocus(Qt::OtherFocusReason);
}

void CaseListPage::resetFilterBar()
{
    const QSignalBlocker searchBlocker(m_search);
    m_search->clear();
    for (QComboBox *combo : { m_state, m_type, m_channel, m_handler }) {
        const QSignalBlocker blocker(combo);
        combo->setCurrentIndex(0);
    }
    for (QToolButton *button : { m_overdue, m_dueWeek, m_mine }) {
        const QSignalBlocker blocker(button);
        button->setChecked(false);
    }
}

qint64 CaseListPage::selectedCaseId() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.constFirst().data(CaseListModel::CaseIdRole).toLongLong();
}

QString CaseListPage::selectedCaseNumber() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString()
                          : rows.constFirst().data(CaseListModel::CaseNumberRole).toString();
}

void CaseListPage::selectRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    const QModelIndex index = m_model->index(row, 0);
    const QScopedValueRollback selecting(m_selecting, true);
    m_view->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index, QAbstractItemView::EnsureVisible);
}

// Among the loaded rows: a case further down the list is not worth loading pages for.
bool CaseListPage::selectCase(const QString &number, qint64 caseId)
{
    m_shownId = number.isEmpty() ? 0 : caseId;
    for (int row = 0; !number.isEmpty() && row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row, 0);
        if (index.data(CaseListModel::CaseNumberRole).toString() == number) {
            m_shownId = index.data(CaseListModel::CaseIdRole).toLongLong();
            selectRow(row);
            return true;
        }
    }
    const QScopedValueRollback selecting(m_selecting, true);
    m_view->selectionModel()->clear();
    return false;
}

void CaseListPage::refresh()
{
    m_today->invalidate();
    const qint64 selected = selectedCaseId();
    const int top = m_view->rowAt(0);
    const int row = m_model->refresh(selected);
    fillCombos();
    if (top > 0 && top < m_model->rowCount())
        m_view->scrollTo(m_model->index(top, 0), QAbstractItemView::PositionAtTop);
    selectRow(row);
    updateCountAndEmptyState();
}

} // namespace pd::ui
