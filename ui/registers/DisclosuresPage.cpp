#include "registers/DisclosuresPage.h"

#include "DateText.h"
#include "DrillDownBanner.h"
#include "EmptyStateWidget.h"
#include "Icons.h"
#include "Named.h"
#include "RowTables.h"
#include "TabOrder.h"
#include "TextEmphasis.h"
#include "WindowSize.h"
#include "registers/CovenantsTab.h"
#include "registers/DisclosureDialog.h"
#include "registers/DisclosureListModel.h"
#include "registers/KeptDocumentDialog.h"
#include "registers/Recipients.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace pd::ui {

namespace {

const QDate noDate(2000, 1, 1); // the QDateEdit minimum that stands for "any"

} // namespace

DisclosuresPage::DisclosuresPage(const Session &session, QWidget *parent)
    : Retranslated(parent)
    , m_session(session)
    , m_access(DeskAccess::of(session))
{
    createWidgets();
    retranslateUi();
    fillRecipients();
    updateCount();
}

void DisclosuresPage::createWidgets()
{
    m_tabs = new QTabWidget(this);
    QWidget *registerTab = createRegisterTab();
    QWidget *catalogueTab = createCatalogueTab();

    m_covenants = new CovenantsTab(m_session, m_tabs);
    m_tabs->addTab(registerTab, QString());
    m_tabs->addTab(catalogueTab, QString());
    m_tabs->addTab(m_covenants, QString());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    createShortcuts();

    connect(m_add, &QPushButton::clicked, this, [this] { newDisclosure(); });
    connect(m_addRecipient, &QPushButton::clicked, this, [this] { newRecipient(); });
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, &DisclosuresPage::applyFilter);
    for (QComboBox *combo : { m_category, m_basis, m_informed })
        connect(combo, &QComboBox::currentIndexChanged, this, &DisclosuresPage::applyFilter);
    for (QDateEdit *edit : { m_from, m_to })
        connect(edit, &QDateEdit::dateChanged, this, &DisclosuresPage::applyFilter);
    connect(m_model, &DisclosureListModel::totalCountChanged, this, &DisclosuresPage::updateCount);
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (const Disclosure *d = m_model->rowAt(index.row()); d && !d->caseNumber.isEmpty())
            Q_EMIT caseActivated(d->caseNumber);
    });
}

// The register: search, dates and choices above the list, its count and New below.
QWidget *DisclosuresPage::createRegisterTab()
{
    auto *registerTab = new QWidget(m_tabs);
    m_search = new QLineEdit(registerTab);
    m_search->setClearButtonEnabled(true);
    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(searchDelayMs);
    m_category = new QComboBox(registerTab);
    m_basis = new QComboBox(registerTab);
    m_informed = new QComboBox(registerTab);
    for (QDateEdit **edit : { &m_from, &m_to }) {
        *edit = new QDateEdit(registerTab);
        (*edit)->setCalendarPopup(true);
        (*edit)->setMinimumDate(noDate);
        (*edit)->setDate(noDate);
        (*edit)->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
        (*edit)->setMinimumWidth(170);
    }
    m_add = named<QPushButton>(QStringLiteral("newDisclosure"), icons::disclosures(), QString(),
                               registerTab);
    m_count = new QLabel(registerTab);

    m_model = new DisclosureListModel(m_session, this);
    m_view = new QTableView(registerTab);
    m_view->setModel(m_model);
    pickWholeRows(m_view);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(DisclosureListModel::DateColumn, Qt::DescendingOrder);
    m_view->setWordWrap(false);
    m_view->setAlternatingRowColors(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->setColumnWidth(DisclosureListModel::DateColumn, 95);
    m_view->setColumnWidth(DisclosureListModel::RecipientColumn, 200);
    m_view->setColumnWidth(DisclosureListModel::CategoryColumn, 150);
    m_view->setColumnWidth(DisclosureListModel::PersonsColumn, 200);
    m_view->setColumnWidth(DisclosureListModel::DataColumn, 200);
    m_view->setColumnWidth(DisclosureListModel::BasisColumn, 230);
    m_view->setColumnWidth(DisclosureListModel::InformedColumn, 190);
    m_view->setColumnWidth(DisclosureListModel::CaseColumn, 0);
    // Never narrower than the column's title in the current language, nor than its rows in
    // view; what the data disclosed takes the rest (the last column, often an empty
    // "Request", took a quarter of the page).
    // The persons and the basis keep their widths above (long texts, elided, whole in the
    // tooltip).
    keepColumnsFitted(m_view,
                      { DisclosureListModel::DateColumn, DisclosureListModel::RecipientColumn,
                        DisclosureListModel::CategoryColumn, DisclosureListModel::InformedColumn,
                        DisclosureListModel::CaseColumn },
                      DisclosureListModel::DataColumn, 200);
    m_empty = new EmptyStateWidget(icons::disclosures(), registerTab);
    m_stack = new QStackedWidget(registerTab);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);

    // Search and the date range on one row, the three choices on the next: on one row the
    // choices elided their own text ("Alle categorieë…") at an ordinary window width.
    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_from);
    searchRow->addWidget(m_to);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_category, 1);
    filters->addWidget(m_basis, 1);
    filters->addWidget(m_informed, 1);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_count, 1);
    bottom->addWidget(m_add);
    auto *registerLayout = new QVBoxLayout(registerTab);
    registerLayout->addLayout(searchRow);
    registerLayout->addLayout(filters);
    m_banner = new DrillDownBanner(registerTab);
    connect(m_banner, &DrillDownBanner::cleared, this, &DisclosuresPage::clearFilters);
    registerLayout->addWidget(m_banner);
    registerLayout->addWidget(m_stack, 1);
    registerLayout->addLayout(bottom);
    followLayout(registerTab); // the date range on the search's line before the choices below
    return registerTab;
}

// The catalogue of recipients, with the processing agreements overdue for review.
QWidget *DisclosuresPage::createCatalogueTab()
{
    auto *catalogueTab = new QWidget(m_tabs);
    m_recipients = new QTableWidget(0, 7, catalogueTab);
    m_recipients->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_recipients->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_recipients->verticalHeader()->hide();
    m_recipients->horizontalHeader()->setStretchLastSection(true);
    m_recipients->setAlternatingRowColors(true);
    m_overdueNote = new QLabel(catalogueTab);
    m_overdueNote->setWordWrap(true);
    m_overdueNote->setStyleSheet(QStringLiteral("color: #8a1f11; font-weight: bold;"));
    m_addRecipient = named<QPushButton>(QStringLiteral("newRecipient"), catalogueTab);
    m_agreement = named<QPushButton>(QStringLiteral("processorAgreement"), catalogueTab);
    m_agreement->setEnabled(false);
    connect(m_agreement, &QPushButton::clicked, this, &DisclosuresPage::openAgreement);
    // Only a processor keeps a processing agreement.
    connect(m_recipients, &QTableWidget::currentCellChanged, this, [this](int row) {
        const QTableWidgetItem *item = m_recipients->item(row, 0);
        m_agreement->setEnabled(item && item->data(Qt::UserRole + 1).toBool());
    });
    connect(m_recipients, &QTableWidget::cellActivated, this, [this] {
        if (m_agreement->isEnabled())
            openAgreement();
    });
    auto *catalogueBottom = new QHBoxLayout;
    catalogueBottom->addWidget(m_overdueNote, 1);
    catalogueBottom->addWidget(m_agreement);
    catalogueBottom->addWidget(m_addRecipient);
    auto *catalogueLayout = new QVBoxLayout(catalogueTab);
    catalogueLayout->addWidget(m_recipients, 1);
    catalogueLayout->addLayout(catalogueBottom);
    return catalogueTab;
}

// Keyboard: Ctrl+F search, Ctrl+Shift+D new disclosure (Ctrl+N is the window's phone intake),
// Ctrl+Shift+O new recipient (ontvanger; Ctrl+Shift+N is the window's new request), Enter opens
// the linked request.
void DisclosuresPage::createShortcuts()
{
    auto *find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(find);
    connect(find, &QAction::triggered, this, &DisclosuresPage::focusSearch);
    auto *add = new QAction(this);
    add->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    add->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(add);
    connect(add, &QAction::triggered, this, [this] { newDisclosure(); });
    auto *addRecipient = new QAction(this);
    addRecipient->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    addRecipient->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(addRecipient);
    connect(addRecipient, &QAction::triggered, this, [this] { newRecipient(); });
    for (QAction *action : { add, addRecipient })
        m_access.offer(action, Permission::EditRegisters);
    m_access.offer(m_add, Permission::EditRegisters);
    m_access.offer(m_addRecipient, Permission::EditRegisters);
}

void DisclosuresPage::retranslateUi()
{
    m_tabs->setTabText(0, tr("Disclosures"));
    m_tabs->setTabText(1, tr("Recipients and processors"));
    //: Dutch: "Convenanten"
    m_tabs->setTabText(2, tr("Covenants"));
    m_search->setPlaceholderText(tr("Search recipient (Ctrl+F)"));
    m_add->setText(tr("&New disclosure…"));
    m_add->setToolTip(tr("Register a disclosure (Ctrl+Shift+D)"));
    m_addRecipient->setText(tr("New re&cipient…"));
    m_addRecipient->setToolTip(tr("Add a recipient or processor (Ctrl+Shift+O)"));
    //: Dutch: "Verwerkersovereen&komst…"
    m_agreement->setText(tr("Processing a&greement…"));
    //: Dutch: "De verwerkersovereenkomst van de gekozen verwerker versleuteld bewaren, opslaan,
    //: vervangen of verwijderen (Enter)"
    m_agreement->setToolTip(tr("Keep the selected processor's processing agreement encrypted, "
                               "save, replace or remove it (Enter)"));
    m_from->setSpecialValueText(tr("From: any date"));
    m_to->setSpecialValueText(tr("Until: any date"));
    m_from->setToolTip(tr("Disclosed on or after"));
    m_to->setToolTip(tr("Disclosed on or before"));
    // The filters and lists named for a screen reader.
    //: Dutch: "Ontvanger zoeken"
    m_search->setAccessibleName(tr("Search recipient"));
    //: Dutch: "Categorie ontvanger"
    m_category->setAccessibleName(tr("Recipient category"));
    //: Dutch: "Grondslag"
    m_basis->setAccessibleName(tr("Legal basis"));
    //: Dutch: "Betrokkene geïnformeerd"
    m_informed->setAccessibleName(tr("Data subject informed"));
    m_from->setAccessibleName(tr("Disclosed on or after"));
    m_to->setAccessibleName(tr("Disclosed on or before"));
    m_view->setAccessibleName(tr("Disclosures"));
    m_recipients->setAccessibleName(tr("Recipients and processors"));

    const auto refill
        = [](QComboBox *combo, const QString &all, const QList<QPair<QString, int>> &items) {
              const QSignalBlocker blocker(combo);
              const int current = combo->currentIndex();
              combo->clear();
              combo->addItem(all, -1);
              for (const auto &[text, value] : items)
                  combo->addItem(text, value);
              combo->setCurrentIndex(std::max(0, current));
          };
    QList<QPair<QString, int>> categories;
    for (RecipientCategory c : codes::all<RecipientCategory>())
        categories << qMakePair(codes::label(c), static_cast<int>(c));
    refill(m_category, tr("All categories"), categories);
    QList<QPair<QString, int>> bases;
    for (LegalBasis b : codes::all<LegalBasis>())
        bases << qMakePair(codes::label(b), static_cast<int>(b));
    refill(m_basis, tr("All legal bases"), bases);
    QList<QPair<QString, int>> statuses;
    for (InformedStatus s : codes::all<InformedStatus>())
        statuses << qMakePair(codes::label(s), static_cast<int>(s));
    refill(m_informed, tr("Informed or not"), statuses);
    m_recipients->setHorizontalHeaderLabels({ tr("Name"), tr("Category"), tr("Role"), tr("Contact"),
                                              tr("Agreement signed"), tr("Review due"),
                                              tr("Location") });
    fillRecipients();
    updateCount();
}

void DisclosuresPage::applyFilter()
{
    m_searchTimer->stop();
    // From a dashboard: its filter, narrowed further by whatever the bar sets.
    DisclosureFilter filter = m_drillDown.value_or(DisclosureFilter {});
    filter.search = m_search->text();
    if (const int c = m_category->currentData().toInt(); c >= 0)
        filter.category = static_cast<RecipientCategory>(c);
    if (const int b = m_basis->currentData().toInt(); b >= 0)
        filter.basis = static_cast<LegalBasis>(b);
    if (const int s = m_informed->currentData().toInt(); s >= 0)
        filter.informed = static_cast<InformedStatus>(s);
    if (m_from->date() > noDate)
        filter.from = std::max(m_from->date(), filter.from);
    if (m_to->date() > noDate)
        filter.to = filter.to.isValid() ? std::min(m_to->date(), filter.to) : m_to->date();
    m_model->setFilter(filter);
    updateCount();
}

void DisclosuresPage::updateCount()
{
    const int total = m_model->totalCount();
    const QString failure = m_model->errorText();
    m_count->setText(failure.isEmpty() ? tr("%n disclosure(s)", nullptr, total) : QString());
    if (!failure.isEmpty() && total > 0) {
        // Rows were read, the next page was not: the rows stay, the failure is said beside them.
        m_count->setText(failure);
        return;
    }
    const bool empty = total == 0;
    m_stack->setCurrentWidget(empty ? static_cast<QWidget *>(m_empty) : m_view);
    if (!empty)
        return;
    const int stored = failure.isEmpty() ? m_model->storeCount() : -1;
    if (!failure.isEmpty() || stored < 0) {
        m_empty->setTitle(tr("The disclosures could not be read"));
        m_empty->setText(failure.isEmpty() ? tr("The list could not be read.") : failure);
    } else if (stored == 0) {
        m_empty->setTitle(tr("No disclosures registered yet"));
        m_empty->setText(m_access.may(Permission::EditRegisters)
                             ? tr("Register each time personal data goes to a third party: to "
                                  "whom, whose data, why and on what legal basis. Press "
                                  "Ctrl+Shift+D.")
                             : tr("Each time personal data goes to a third party, it is "
                                  "registered here: to whom, whose data, why and on what legal "
                                  "basis."));
    } else {
        m_empty->setTitle(tr("No disclosures match these filters"));
        m_empty->setText(tr("Change the search or the filters to see more."));
    }
}

void DisclosuresPage::fillRecipients()
{
    ServiceError error;
    const QList<Recipient> recipients = RecipientService(m_session).list(false, &error);
    if (error.isError()) {
        // Never an empty catalogue, never "no agreement overdue", for a list not read.
        m_recipients->setRowCount(0);
        m_overdueNote->setText(tr("The list could not be read: %1").arg(error.message));
        return;
    }
    const QDate today = m_session.clock().today();
    m_recipients->setRowCount(static_cast<int>(recipients.size()));
    int overdue = 0;
    for (int row = 0; row < recipients.size(); ++row) {
        const Recipient &r = recipients.at(row);
        const bool late = r.agreementOverdue(today);
        overdue += late ? 1 : 0;
        QString review = shortDate(r.agreement.reviewOn);
        if (late)
            review = r.agreement.signedOn.isValid() ? tr("%1 — review overdue").arg(review)
                                                    : tr("no signed agreement");
        QString location;
        if (r.isProcessor() && r.agreement.inEu)
            location = *r.agreement.inEu
                ? (r.agreement.country.isEmpty() ? tr("EEA")
                                                 : tr("EEA (%1)").arg(r.agreement.country))
                : tr("Outside the EEA: %1").arg(r.agreement.country);
        const QStringList cells { r.name,    codes::label(r.category),        codes::label(r.role),
                                  r.contact, shortDate(r.agreement.signedOn), review,
                                  location };
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setData(Qt::UserRole, r.id);
            item->setData(Qt::UserRole + 1, r.isProcessor());
            if (late && column == 5) {
                item->setForeground(QColor(0x8a, 0x1f, 0x11));
                emphasise(item);
            }
            if (r.isProcessor() && r.agreement.inEu && !*r.agreement.inEu && column == 6)
                item->setForeground(QColor(0x9a, 0x52, 0x00));
            m_recipients->setItem(row, column, item);
        }
    }
    m_recipients->resizeColumnsToContents();
    m_overdueNote->setText(overdue == 0 ? QString()
                                        : tr("%n processing agreement(s) overdue for review "
                                             "or not signed.",
                                             nullptr, overdue));
}

void DisclosuresPage::openAgreement()
{
    const int row = m_recipients->currentRow();
    const QTableWidgetItem *item = m_recipients->item(row, 0);
    if (!item || !item->data(Qt::UserRole + 1).toBool())
        return;
    auto *dialog
        = new KeptDocumentDialog(m_session, KeptDocumentOwner::Processor,
                                 item->data(Qt::UserRole).toLongLong(), item->text(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->open();
}

void DisclosuresPage::refresh()
{
    m_model->refresh();
    fillRecipients();
    updateCount();
    m_covenants->refresh();
}

void DisclosuresPage::showDrillDown(const DisclosureFilter &filter, const QString &description)
{
    clearFilters();
    m_drillDown = filter;
    m_banner->showDescription(description);
    showDisclosures();
    applyFilter();
}

bool DisclosuresPage::hasDrillDown() const
{
    return m_drillDown.has_value();
}

void DisclosuresPage::showRecipient(qint64 recipientId)
{
    showRecipients();
    for (int row = 0; row < m_recipients->rowCount(); ++row) {
        const QTableWidgetItem *item = m_recipients->item(row, 0);
        if (item && item->data(Qt::UserRole).toLongLong() == recipientId) {
            m_recipients->selectRow(row);
            m_recipients->scrollToItem(item);
            m_recipients->setFocus(Qt::OtherFocusReason);
            return;
        }
    }
}

void DisclosuresPage::clearFilters()
{
    m_drillDown.reset();
    m_banner->hide();
    for (QComboBox *combo : { m_category, m_basis, m_informed }) {
        const QSignalBlocker blocker(combo);
        combo->setCurrentIndex(0);
    }
    for (QDateEdit *edit : { m_from, m_to }) {
        const QSignalBlocker blocker(edit);
        edit->setDate(noDate);
    }
    {
        const QSignalBlocker blocker(m_search);
        m_search->clear();
    }
    applyFilter();
}

void DisclosuresPage::focusSearch()
{
    showDisclosures();
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void DisclosuresPage::showRecipients()
{
    m_tabs->setCurrentIndex(1);
}

void DisclosuresPage::showDisclosures()
{
    m_tabs->setCurrentIndex(0);
}

qint64 DisclosuresPage::newDisclosure()
{
    if (!m_access.may(Permission::EditRegisters))
        return 0;
    DisclosureDialog dialog(m_session, this);
    if (dialog.exec() != QDialog::Accepted || !dialog.added())
        return 0;
    refresh();
    Q_EMIT disclosureAdded(dialog.added()->id);
    return dialog.added()->id;
}

qint64 DisclosuresPage::newRecipient()
{
    if (!m_access.may(Permission::EditRegisters))
        return 0;
    RecipientDialog dialog(m_session, this);
    if (dialog.exec() != QDialog::Accepted || !dialog.added())
        return 0;
    fillRecipients();
    Q_EMIT recipientAdded(dialog.added()->id);
    return dialog.added()->id;
}

void DisclosuresPage::showCovenants()
{
    m_covenants->refresh();
    m_tabs->setCurrentWidget(m_covenants);
}

} // namespace pd::ui
