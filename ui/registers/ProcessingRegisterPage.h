#pragma once

#include "DeskAccess.h"
#include "Retranslated.h"
#include "documents/DocumentPreview.h"
#include "registers/ProcessingRegister.h"
#include "session/Session.h"

#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;
class QPagedPaintDevice;
class QTextDocument;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QStandardItemModel;
class QTabWidget;
class QTreeView;

namespace pd::ui {

class DpiaPage;
class EmptyStateWidget;

// The register holds tens of activities, so it is read whole. Print shows the document the CLI
// writes as PDF.
class ProcessingRegisterPage final : public Retranslated<QWidget>
{
    Q_OBJECT
public:
    enum Column {
        CodeColumn,
        NameColumn,
        BasisColumn,
        SpecialColumn,
        TransferColumn,
        DpiaColumn, // Whether a DPIA exists
        ChangedColumn,
        ColumnCount
    };
    static constexpr int IdRole = Qt::UserRole + 1;

    explicit ProcessingRegisterPage(const Session &session, QWidget *parent = nullptr);

    void refresh(); // reads the register again, keeps the selection
    void focusSearch();
    QTreeView *view() const { return m_view; }
    qint64 selectedId() const; // 0: none (or a main purpose row)
    bool selectActivity(qint64 id);

    // Without their file dialogs. A register that could not be read is an error, never an empty
    // export.
    bool exportCsvTo(const QString &path, QString *error);
    int printTo(QPagedPaintDevice *device, QString *error = nullptr) const; // 0: not read
    // The empty state then says so, never "no processing activities yet".
    QString errorText() const { return m_readError; }
    DpiaPage *dpiaPage() const { return m_dpias; }
    void showDpias(); // the DPIA tab, the first review due selected

public Q_SLOTS:
    void addActivity(); // opens the dialog (modal, window-modal on the page)
    // Read only for a role that may view the register but not change it.
    void editSelected();
    void removeSelected(); // asks first
    void exportCsv(); // asks for a file
    void print(); // the print dialog at once
    void preview(); // the print preview

Q_SIGNALS:
    void registerChanged();

private:
    std::optional<DocumentPreview::Document> printable(); // said when not read
    bool fillPrinted(QTextDocument *document, QString *error) const;
    void createWidgets();
    void createControls();
    void createView();
    QWidget *createTabs();
    void connectControls();
    void createShortcuts(QWidget *activities);
    void retranslateUi() override;
    void retranslateContent() override { refresh(); }
    void updateButtons();
    void updateEmptyState(); // "nothing registered yet", or the read that failed
    // Nothing (after a message box saying why) when it is gone or could not be read.
    std::optional<ProcessingActivity> readSelected(const QString &title);
    void openActivity(const ProcessingActivity &activity, bool selectSaved);

    const Session m_session;
    // Add and remove need EditRegisters; opening, export and print need ViewRegisters.
    const DeskAccess m_access;
    QStandardItemModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QLineEdit *m_search = nullptr;
    QTreeView *m_view = nullptr;
    QLabel *m_count = nullptr;
    // Art. 9 or art. 10 activities from before schema 14 that lack the exception or basis.
    QLabel *m_incomplete = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_print = nullptr;
    QStackedWidget *m_stack = nullptr;
    EmptyStateWidget *m_empty = nullptr;
    QTabWidget *m_tabs = nullptr;
    DpiaPage *m_dpias = nullptr;
    int m_total = 0;
    QString m_readError;
};

} // namespace pd::ui
