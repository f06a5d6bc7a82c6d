#include "registers/ProcessingRegisterPage.h"

#include "EmptyStateWidget.h"
#include "Icons.h"
#include "Named.h"
#include "TabOrder.h"
#include "documents/DocumentPreview.h"
#include "documents/ProcessingRegisterExport.h"
#include "organisation/OrganisationSettings.h"
#include "print/PrintedDocument.h"
#include "registers/DpiaPage.h"
#include "registers/ProcessingActivityDialog.h"
#include "registers/ProcessingRegister.h"
#include "retention/Retention.h"
#include "store/Store.h"
#include "util/Clock.h"

#include <QColor>
#include <QDate>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTextDocument>
#include <QTreeView>
#include <QVBoxLayout>

namespace pd::ui {

ProcessingRegisterPage::ProcessingRegisterPage(const Session &session, QWidget *parent)
    : Retranslated(parent)
    , m_session(session)
    , m_access(DeskAccess::of(session))
{
    createWidgets();
    retranslateUi();
    refresh();
}

void ProcessingRegisterPage::createWidgets()
{
    createControls();
    createView();
    QWidget *activities = createTabs();
    connectControls();
    createShortcuts(activities);
}

// The search field, the buttons and the lines under the list, over the model the list filters.
void ProcessingRegisterPage::createControls()
{
    m_model = new QStandardItemModel(0, ColumnCount, this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setRecursiveFilteringEnabled(true);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);

    m_search = named<QLineEdit>(QStringLiteral("search"), this);
    m_search->setClearButtonEnabled(true);
    m_add = named<QPushButton>(QStringLiteral("add"), this);
    m_edit = named<QPushButton>(QStringLiteral("edit"), this);
    m_remove = named<QPushButton>(QStringLiteral("remove"), this);
    m_export = named<QPushButton>(QStringLiteral("exportCsv"), this);
    m_print = named<QPushButton>(QStringLiteral("print"), this);
    m_count = named<QLabel>(QStringLiteral("count"), this);
    m_incomplete = named<QLabel>(QStringLiteral("incomplete"), this);
    m_incomplete->setWordWrap(true);
    m_incomplete->setStyleSheet(QStringLiteral("color: #8a1f11;"));
    m_incomplete->hide();
}

// The activities as a tree, or the empty state in their place.
void ProcessingRegisterPage::createView()
{
    m_view = named<QTreeView>(QStringLiteral("activities"), this);
    m_view->setModel(m_proxy);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);

    m_empty = new EmptyStateWidget(icons::registers(), this);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);
}

// Two tabs: the register itself and the DPIA register. Gives the register's tab.
QWidget *ProcessingRegisterPage::createTabs()
{
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_search, 1);
    bar->addWidget(m_add);
    bar->addWidget(m_edit);
    bar->addWidget(m_remove);
    bar->addSpacing(12);
    bar->addWidget(m_export);
    bar->addWidget(m_print);

    auto *activities = named<QWidget>(QStringLiteral("activitiesTab"), this);
    auto *layout = new QVBoxLayout(activities);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_incomplete);
    layout->addWidget(m_count);
    m_dpias = new DpiaPage(m_session, this);
    m_tabs = named<QTabWidget>(QStringLiteral("registerTabs"), this);
    m_tabs->addTab(activities, QString());
    m_tabs->addTab(m_dpias, QString());
    (new QVBoxLayout(this))->addWidget(m_tabs);
    // Tab as drawn: the tabs above, the search and the buttons on its line, then the register
    // (the tab bar, made with the tab widget after the page, came last).
    chainTabOrder(
        QList<QWidget *> { m_tabs->findChild<QTabBar *>(QString(), Qt::FindDirectChildrenOnly) }
        + inLayoutOrder(activities));
    connect(m_dpias, &DpiaPage::dpiaChanged, this, [this] {
        refresh();
        Q_EMIT registerChanged();
    });
    return activities;
}

void ProcessingRegisterPage::connectControls()
{
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text.trimmed());
        m_view->expandAll();
    });
    connect(m_add, &QPushButton::clicked, this, &ProcessingRegisterPage::addActivity);
    connect(m_edit, &QPushButton::clicked, this, &ProcessingRegisterPage::editSelected);
    connect(m_remove, &QPushButton::clicked, this, &ProcessingRegisterPage::removeSelected);
    connect(m_export, &QPushButton::clicked, this, &ProcessingRegisterPage::exportCsv);
    connect(m_print, &QPushButton::clicked, this, &ProcessingRegisterPage::print);
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex &index) {
        if (index.parent().isValid() && m_access.may(Permission::ViewRegisters))
            editSelected();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ProcessingRegisterPage::updateButtons);
}

// The register tab's keys, and what the role may use of them and of the buttons.
void ProcessingRegisterPage::createShortcuts(QWidget *activities)
{
    const auto shortcut
        = [this, activities](const QKeySequence &keys, void (ProcessingRegisterPage::*slot)()) {
              auto *s = new QShortcut(keys, activities); // not on the DPIA tab
              s->setContext(Qt::WidgetWithChildrenShortcut);
              connect(s, &QShortcut::activated, this, slot);
              return s;
          };
    // Opening needs ViewRegisters only: without EditRegisters the dialog is read only.
    const bool mayEdit = m_access.may(Permission::EditRegisters);
    for (QShortcut *edit :
         { shortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A),
                    &ProcessingRegisterPage::addActivity),
           shortcut(QKeySequence::Delete, &ProcessingRegisterPage::removeSelected) })
        edit->setEnabled(mayEdit);
    shortcut(QKeySequence(Qt::Key_F2), &ProcessingRegisterPage::editSelected)
        ->setEnabled(m_access.may(Permission::ViewRegisters));
    for (QPushButton *button : { m_add, m_remove })
        m_access.offer(button, Permission::EditRegisters);
    m_access.offer(m_edit, Permission::ViewRegisters);
    shortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S), &ProcessingRegisterPage::exportCsv);
    shortcut(QKeySequence::Print, &ProcessingRegisterPage::print);
    shortcut(QKeySequence::Find, &ProcessingRegisterPage::focusSearch);
}

void ProcessingRegisterPage::retranslateUi()
{
    m_search->setPlaceholderText(tr("Search the register (Ctrl+F)"));
    // For a screen reader.
    //: Dutch: "Het register doorzoeken"
    m_search->setAccessibleName(tr("Search the register"));
    //: Dutch: "Verwerkingsactiviteiten"
    m_view->setAccessibleName(tr("Processing activities"));
    m_add->setText(tr("&New activity…"));
    m_add->setToolTip(tr("Add a processing activity (Ctrl+Shift+A)"));
    m_edit->setText(tr("&Open…"));
    m_edit->setToolTip(tr("Open the selected activity (Enter or F2)"));
    m_remove->setText(tr("Re&move…"));
    m_remove->setToolTip(tr("Remove the selected activity (Delete)"));
    m_export->setText(tr("Export as &CSV…"));
    m_export->setToolTip(tr("The whole register as a CSV file for Excel (Ctrl+Shift+S)"));
    m_print->setText(tr("&Print…"));
    m_print->setToolTip(tr("Print the register or save it as PDF (Ctrl+P)"));
    // Art. 9 and art. 10 data with their exception and basis, each said once; nuisance reports
    // are neither and the dialog shows them.
    m_model->setHorizontalHeaderLabels({ tr("Number"), tr("Processing activity"), tr("Legal basis"),
                                         tr("Art. 9 / art. 10 GDPR"), tr("Outside EEA"),
                                         //: Dutch: "DPIA"
                                         tr("DPIA"), tr("Changed") });
    //: Dutch: "Verwerkingen"
    m_tabs->setTabText(0, tr("Processing activities"));
    //: Dutch: "DPIA's"
    m_tabs->setTabText(1, tr("DPIAs"));
    updateEmptyState();
    m_count->setText(m_readError.isEmpty() ? tr("%n processing activities", nullptr, m_total)
                                           : QString());
}

void ProcessingRegisterPage::updateEmptyState()
{
    if (!m_readError.isEmpty()) {
        // Never "no processing activities yet" for a register that could not be read.
        m_empty->setTitle(tr("The register could not be read"));
        m_empty->setText(m_readError);
        return;
    }
    m_empty->setTitle(tr("No processing activities yet"));
    m_empty->setText(
        m_access.may(Permission::EditRegisters)
            ? tr("The register of processing activities (art. 30 GDPR) lists what your "
                 "organisation does with personal data, why and on what legal basis. Add the "
                 "first activity with New activity (Ctrl+Shift+A).")
            : tr("The register of processing activities (art. 30 GDPR) lists what your "
                 "organisation does with personal data, why and on what legal basis. No "
                 "activity has been registered yet."));
}

void ProcessingRegisterPage::refresh()
{
    const qint64 selected = selectedId();
    ServiceError error;
    const QList<ProcessingActivity> activities = ProcessingRegister(m_session).list(&error);
    m_readError
        = error.isError() ? tr("The list could not be read: %1").arg(error.message) : QString();
    m_model->removeRows(0, m_model->rowCount());
    const QLocale locale;
    QStandardItem *group = nullptr;
    QString groupCode;
    int lacks = 0;
    for (const ProcessingActivity &a : activities) {
        if (!group || a.purposeCode != groupCode) {
            groupCode = a.purposeCode;
            group = new QStandardItem(a.purposeCode + u'.');
            auto *title = new QStandardItem(a.purpose);
            QFont bold = title->font();
            bold.setBold(true);
            group->setFont(bold);
            title->setFont(bold);
            QList<QStandardItem *> row { group, title };
            for (int c = BasisColumn; c < ColumnCount; ++c)
                row << new QStandardItem;
            m_model->appendRow(row);
        }
        QStringList bases;
        for (const QString &code : a.legalBases)
            bases << ProcessingRegister::legalBasisShortLabel(code);
        QStringList art9;
        for (const QString &code : a.art9Categories())
            art9 << ProcessingRegister::specialCategoryLabel(code);
        QStringList special;
        if (!art9.isEmpty())
            special << (a.lacksArt9Exception()
                            ? tr("art. 9: %1 — exception missing").arg(art9.join(u", "))
                            : tr("art. 9: %1").arg(art9.join(u", ")));
        if (a.hasCriminalData())
            special << (a.lacksCriminalBasis() ? tr("art. 10 — basis missing") : tr("art. 10"));
        const bool lacking = a.lacksArt9Exception() || a.lacksCriminalBasis();
        lacks += lacking ? 1 : 0;
        auto *specialItem = new QStandardItem(special.join(QStringLiteral("; ")));
        if (lacking) {
            specialItem->setForeground(QColor(0x8a, 0x1f, 0x11));
            specialItem->setToolTip(
                tr("Registered before the exception (art. 9(2) GDPR) and the basis (art. 10 "
                   "GDPR) had fields of their own: open the activity to fill it in."));
        } else if (a.hasCriminalData()) {
            specialItem->setToolTip(tr("Basis: %1").arg(a.criminalBasis));
        }
        auto *code = new QStandardItem(a.subCode);
        code->setData(a.id, IdRole);
        auto *name = new QStandardItem(a.name);
        name->setToolTip(tr("Sub-purpose: %1").arg(a.subPurpose));
        auto *transfer = new QStandardItem(a.transfersOutsideEea() ? a.transferCountry : tr("No"));
        auto *changed = new QStandardItem(
            locale.toString(organisationDay(a.updatedAt), QLocale::ShortFormat));
        changed->setToolTip(tr("by %1").arg(a.updatedBy));
        auto *basis = new QStandardItem(bases.join(QStringLiteral(", ")));
        basis->setToolTip(basis->text());
        group->appendRow({ code, name, basis, specialItem, transfer,
                           new QStandardItem(DpiaRegister::status(a.dpia)), changed });
    }
    m_total = static_cast<int>(activities.size());
    m_incomplete->setText(
        tr("%n activities process special categories (art. 9) or criminal data (art. 10) "
           "without the exception or basis: open them to fill it in; they cannot be saved "
           "without it.",
           nullptr, lacks));
    m_incomplete->setVisible(lacks > 0);
    m_view->expandAll();
    for (int c :
         { CodeColumn, BasisColumn, SpecialColumn, TransferColumn, DpiaColumn, ChangedColumn })
        m_view->resizeColumnToContents(c);
    // The legal bases at most about 32 characters wide (the DPIA column needs the room): the
    // name keeps its room; a cut basis shows whole in its tooltip and in the dialog.
    m_view->setColumnWidth(
        BasisColumn,
        std::min(m_view->columnWidth(BasisColumn), m_view->fontMetrics().averageCharWidth() * 32));
    updateEmptyState();
    m_stack->setCurrentWidget(activities.isEmpty() ? static_cast<QWidget *>(m_empty)
                                                   : static_cast<QWidget *>(m_view));
    m_count->setText(m_readError.isEmpty() ? tr("%n processing activities", nullptr, m_total)
                                           : QString());
    if (selected != 0)
        selectActivity(selected);
    updateButtons();
}

void ProcessingRegisterPage::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

qint64 ProcessingRegisterPage::selectedId() const
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid() || !current.parent().isValid())
        return 0;
    return current.siblingAtColumn(CodeColumn).data(IdRole).toLongLong();
}

bool ProcessingRegisterPage::selectActivity(qint64 id)
{
    for (int g = 0; g < m_proxy->rowCount(); ++g) {
        const QModelIndex group = m_proxy->index(g, 0);
        for (int r = 0; r < m_proxy->rowCount(group); ++r) {
            const QModelIndex index = m_proxy->index(r, CodeColumn, group);
            if (index.data(IdRole).toLongLong() == id) {
                m_view->setCurrentIndex(index);
                m_view->scrollTo(index);
                return true;
            }
        }
    }
    return false;
}

void ProcessingRegisterPage::updateButtons()
{
    const bool activity = selectedId() != 0;
    m_edit->setEnabled(activity && m_access.may(Permission::ViewRegisters));
    m_remove->setEnabled(activity && m_access.may(Permission::EditRegisters));
    m_export->setEnabled(m_total > 0);
}

void ProcessingRegisterPage::addActivity()
{
    if (!m_access.may(Permission::EditRegisters))
        return;
    ProcessingActivity fresh;
    if (selectedId() != 0) {
        // A new activity starts under the main purpose of the one selected.
        const auto current = readSelected(tr("New processing activity"));
        if (!current)
            return;
        fresh.purposeCode = current->purposeCode;
        fresh.purpose = current->purpose;
    }
    openActivity(fresh, true);
}

// Once the dialog saved, the register is read again (keeping the selection, or selecting the new
// activity) and the desk hears that it changed.
void ProcessingRegisterPage::openActivity(const ProcessingActivity &activity, bool selectSaved)
{
    auto *dialog = new ProcessingActivityDialog(m_session, activity, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, selectSaved] {
        refresh();
        if (selectSaved)
            selectActivity(dialog->savedId());
        Q_EMIT registerChanged();
    });
    dialog->open();
}

void ProcessingRegisterPage::editSelected()
{
    if (!m_access.may(Permission::ViewRegisters) || selectedId() == 0)
        return;
    const auto activity = readSelected(tr("Open processing activity"));
    if (!activity)
        return;
    openActivity(*activity, false);
}

void ProcessingRegisterPage::removeSelected()
{
    if (!m_access.may(Permission::EditRegisters) || selectedId() == 0)
        return;
    const auto activity = readSelected(tr("Remove processing activity"));
    if (!activity)
        return;
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Remove processing activity"),
                                tr("Remove %1 \"%2\" from the register? The audit trail keeps "
                                   "what it said.")
                                    .arg(activity->subCode, activity->name),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("confirmRemove"));
    box->addButton(tr("Remove"), QMessageBox::DestructiveRole);
    box->setDefaultButton(box->addButton(QMessageBox::Cancel));
    box->setAttribute(Qt::WA_DeleteOnClose);
    const qint64 id = activity->id;
    connect(box, &QMessageBox::buttonClicked, this, [this, box, id](QAbstractButton *button) {
        if (box->buttonRole(button) != QMessageBox::DestructiveRole)
            return;
        ServiceError error;
        if (!ProcessingRegister(m_session).remove(id, &error)) {
            QMessageBox::warning(this, tr("Remove processing activity"), error.message);
            return;
        }
        refresh();
        Q_EMIT registerChanged();
    });
    box->open();
}

std::optional<ProcessingActivity> ProcessingRegisterPage::readSelected(const QString &title)
{
    ServiceError error;
    const auto activity = ProcessingRegister(m_session).find(selectedId(), &error);
    if (activity)
        return activity;
    if (error.code == ServiceError::Code::Storage) {
        QMessageBox::warning(
            this, title, tr("The processing activity could not be read: %1").arg(error.message));
    } else {
        QMessageBox::warning(this, title, error.message);
        if (error.code == ServiceError::Code::NotFound)
            refresh(); // gone: the list shows it no more
    }
    return std::nullopt;
}

bool ProcessingRegisterPage::exportCsvTo(const QString &path, QString *error)
{
    ServiceError readError;
    const QList<ProcessingActivity> activities = ProcessingRegister(m_session).list(&readError);
    if (readError.isError()) { // never an empty register in the file
        *error = tr("The register could not be read: %1").arg(readError.message);
        return false;
    }
    return ProcessingRegisterExport::writeCsv(
        activities, OrganisationSettings(m_session).details(),
        OutputTarget(path, true, m_session.store().directory()), error);
}

void ProcessingRegisterPage::exportCsv()
{
    if (m_total == 0)
        return;
    const QString suggested = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
        + u'/' + tr("processing-register-%1.csv").arg(systemClock().today().toString(Qt::ISODate));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the register as CSV"),
                                                      suggested, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportCsvTo(path, &error))
        QMessageBox::warning(this, tr("Export as CSV"), error);
}

// The register as it is printed: its activities and, after them, the retention rules (art. 30
// lid 1 sub f AVG). False with *error when either could not be read: never an empty register on
// paper.
bool ProcessingRegisterPage::fillPrinted(QTextDocument *document, QString *error) const
{
    ServiceError readError;
    const QList<ProcessingActivity> activities = ProcessingRegister(m_session).list(&readError);
    const QList<RetentionRule> rules = readError.isError()
        ? QList<RetentionRule>()
        : RetentionService(m_session).rules(&readError);
    if (readError.isError()) {
        if (error)
            *error = tr("The register could not be read: %1").arg(readError.message);
        return false;
    }
    ProcessingRegisterExport::fillDocument(document, activities,
                                           OrganisationSettings(m_session).details(),
                                           systemClock().today(), rules);
    return true;
}

int ProcessingRegisterPage::printTo(QPagedPaintDevice *device, QString *error) const
{
    QTextDocument document;
    if (!fillPrinted(&document, error))
        return 0;
    return PrintedDocument::paint(&document, device, ProcessingRegisterExport::documentTitle(),
                                  PrintedDocument::marking(m_session.store()));
}

std::optional<DocumentPreview::Document> ProcessingRegisterPage::printable()
{
    // The preview paints what it reads; a register that cannot be read is said here first.
    ServiceError readError;
    ProcessingRegister(m_session).list(&readError);
    if (readError.isError()) {
        QMessageBox::warning(this, tr("Print the register"),
                             tr("The register could not be read: %1").arg(readError.message));
        return std::nullopt;
    }
    DocumentPreview::Document document;
    document.title = ProcessingRegisterExport::documentTitle();
    document.marking = PrintedDocument::marking(m_session.store());
    document.storeDirectory = m_session.store().directory();
    document.fill = [this](QTextDocument *text, QString *error) {
        return fillPrinted(text, error);
    };
    return document;
}

void ProcessingRegisterPage::preview()
{
    if (const auto document = printable())
        DocumentPreview::preview(this, *document);
}

// "Print…" in one step: the print dialog at once.
void ProcessingRegisterPage::print()
{
    if (const auto document = printable())
        DocumentPreview::print(this, *document, {}, DocumentPreview::reportOn(this));
}

void ProcessingRegisterPage::showDpias()
{
    m_tabs->setCurrentWidget(m_dpias);
    m_dpias->showReviewsDue();
}

} // namespace pd::ui
