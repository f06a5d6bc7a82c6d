#include "registers/CovenantsTab.h"

#include "Named.h"
#include "RowTables.h"
#include "registers/CovenantDialog.h"
#include "store/Store.h"

#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pd::ui {

namespace {

QString dayText(QDate date)
{
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : QString();
}

} // namespace

CovenantsTab::CovenantsTab(const Session &session, QWidget *parent)
    : Retranslated(parent)
    , m_session(session)
    , m_access(DeskAccess::of(session))
{
    m_table = named<QTableWidget>(QStringLiteral("covenants"), 0, 6, this);
    pickWholeRows(m_table);
    // Every column in view at 1200 px: the texts share what the dates and the document leave
    // (a long one cut, whole in its tooltip).
    for (int column : { 0, 1, 2, 5 })
        m_table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::Stretch);
    for (int column : { 3, 4 })
        m_table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    // Two lines a row: a name or a basis wraps once.
    m_table->verticalHeader()->setDefaultSectionSize(2 * fontMetrics().lineSpacing() + 8);
    m_table->setAlternatingRowColors(true);
    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    m_note->setStyleSheet(QStringLiteral("color: #8a1f11; font-weight: bold;"));
    m_add = named<QPushButton>(QStringLiteral("newCovenant"), this);
    m_edit = new QPushButton(this);
    m_export = new QPushButton(this);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_note, 1);
    bottom->addWidget(m_export);
    bottom->addWidget(m_edit);
    bottom->addWidget(m_add);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(bottom);
    m_access.offer(m_add, Permission::EditRegisters);
    m_access.offer(m_edit, Permission::EditRegisters);
    connect(m_add, &QPushButton::clicked, this, [this] { newCovenant(); });
    connect(m_edit, &QPushButton::clicked, this, [this] { editCovenant(currentId()); });
    connect(m_export, &QPushButton::clicked, this, &CovenantsTab::exportDocument);
    connect(m_table, &QTableWidget::cellActivated, this, [this] {
        if (m_access.may(Permission::EditRegisters))
            editCovenant(currentId());
    });
    retranslateUi();
}

void CovenantsTab::retranslateUi()
{
    m_table->setHorizontalHeaderLabels({
        //: Dutch: "Convenant"
        tr("Covenant"),
        //: Dutch: "Partijen"
        tr("Parties"),
        //: Dutch: "Grondslag"
        tr("Legal basis"),
        //: Dutch: "Looptijd"
        tr("Term"),
        //: Dutch: "Evalueren op"
        tr("Review on"),
        //: Dutch: "Getekend document"
        tr("Signed document"),
    });
    //: Dutch: "Convenanten"
    m_table->setAccessibleName(tr("Covenants"));
    //: Dutch: "&Nieuw convenant…"
    m_add->setText(tr("&New covenant…"));
    //: Dutch: "&Wijzigen…"
    m_edit->setText(tr("C&hange…"));
    //: Dutch: "Document &opslaan…"
    m_export->setText(tr("&Save document…"));
    refresh();
}

QString CovenantsTab::noteText() const
{
    return m_note->text();
}

void CovenantsTab::refresh()
{
    const qint64 selected = currentId();
    ServiceError error;
    m_covenants = CovenantService(m_session).list(&error);
    m_table->setRowCount(0);
    if (error.isError()) {
        // Never an empty register because it could not be read.
        //: Dutch: "De convenanten konden niet worden gelezen: %1"
        m_note->setText(tr("The covenants could not be read: %1").arg(error.message));
        return;
    }
    const QDate today = m_session.clock().today();
    int due = 0;
    m_table->setRowCount(int(m_covenants.size()));
    for (int row = 0; row < m_covenants.size(); ++row) {
        const Covenant &c = m_covenants.at(row);
        QString basis = codes::label(c.basis);
        if (!c.basisText.isEmpty())
            basis += QStringLiteral(" — ") + c.basisText;
        const QString term = c.until.isValid()
            ? QStringLiteral("%1 – %2").arg(dayText(c.from), dayText(c.until))
            //: Dutch: "vanaf %1"
            : tr("from %1").arg(dayText(c.from));
        QString review = dayText(c.reviewOn);
        if (c.reviewDue(today)) {
            ++due;
            //: Dutch: "%1 — evaluatie nodig"
            review = tr("%1 — review due").arg(review);
        }
        const QStringList cells { c.name, c.parties.join(QStringLiteral(", ")), basis, term, review,
                                  //: Dutch: "versleuteld bewaard" / "ontbreekt"
                                  c.document.present() ? c.document.name : tr("missing") };
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setData(Qt::UserRole, c.id);
            item->setToolTip(cells.at(column)); // a long basis or list of parties, whole
            if (column == 4 && c.reviewDue(today))
                item->setForeground(QColor(0x8a, 0x1f, 0x11));
            m_table->setItem(row, column, item);
        }
        if (c.id == selected)
            m_table->selectRow(row);
    }
    m_note->setText(due > 0
                        //: Dutch: "%n convenant(en) moet(en) worden geëvalueerd."
                        ? tr("%n covenant(s) due for review.", nullptr, due)
                        : QString());
    m_edit->setEnabled(!m_covenants.isEmpty());
    m_export->setEnabled(!m_covenants.isEmpty());
}

qint64 CovenantsTab::currentId() const
{
    const QTableWidgetItem *item
        = m_table->currentRow() >= 0 ? m_table->item(m_table->currentRow(), 0) : nullptr;
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

void CovenantsTab::selectCovenant(qint64 id)
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, 0)->data(Qt::UserRole).toLongLong() == id) {
            m_table->selectRow(row);
            m_table->setCurrentCell(row, 0);
            return;
        }
    }
}

qint64 CovenantsTab::newCovenant()
{
    if (!m_access.may(Permission::EditRegisters))
        return 0;
    CovenantDialog dialog(m_session, std::nullopt, this);
    if (dialog.exec() != QDialog::Accepted || !dialog.saved())
        return 0;
    refresh();
    selectCovenant(dialog.saved()->id);
    Q_EMIT covenantSaved(dialog.saved()->id);
    return dialog.saved()->id;
}

qint64 CovenantsTab::editCovenant(qint64 id)
{
    if (id <= 0 || !m_access.may(Permission::EditRegisters))
        return 0;
    ServiceError error;
    const std::optional<Covenant> c = CovenantService(m_session).find(id, &error);
    if (!c) {
        m_note->setText(error.message);
        return 0;
    }
    CovenantDialog dialog(m_session, c, this);
    if (dialog.exec() != QDialog::Accepted || !dialog.saved())
        return 0;
    refresh();
    selectCovenant(id);
    Q_EMIT covenantSaved(id);
    return id;
}

void CovenantsTab::exportDocument()
{
    const qint64 id = currentId();
    const auto at = std::find_if(m_covenants.cbegin(), m_covenants.cend(),
                                 [id](const Covenant &c) { return c.id == id; });
    if (at == m_covenants.cend() || !at->document.present()) {
        //: Dutch: "Bij dit convenant is geen getekend document bewaard."
        m_note->setText(tr("No signed document is kept with this covenant."));
        return;
    }
    const QString suggested = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
        + u'/' + at->document.name;
    //: Dutch: "Getekend document opslaan"
    const QString path = QFileDialog::getSaveFileName(this, tr("Save signed document"), suggested);
    if (path.isEmpty())
        return;
    ServiceError error;
    // The dialog asked before replacing a file.
    if (!CovenantService(m_session).exportDocument(id, path, true, &error))
        QMessageBox::warning(this, windowTitle(), error.message);
}

} // namespace pd::ui
