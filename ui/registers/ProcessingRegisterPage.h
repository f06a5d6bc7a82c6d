#pragma once

#include "DeskAccess.h"
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

namespace pd {
class Store;
}

namespace pd::ui {

class DpiaPage;
class EmptyStateWidget;

// The Registers section: the register of processing activities (art. 30 AVG) as a tree grouped
// by main purpose (A. Leveren van diensten → A.1, A.2, …), searchable, with the edit dialog,
// removal after confirmation, a CSV export for Excel and a print preview of the same document
// the CLI writes as PDF. The register holds tens of activities, so it is read whole.
class ProcessingRegisterPage final : public QWidget
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

    // The actions behind the buttons, without their file dialogs (for tests and scripts):
    // write the CSV to path; paint the printable document on a device (QPrinter, QPdfWriter).
    // A register that could not be read is an error (*error), never an empty export.
    bool exportCsvTo(const QString &path, QString *error);
    int printTo(QPagedPaintDevice *device, QString *error = nullptr) const; // 0: not read
    // Why the last refresh could not read the register (translated), or empty. The page then
    // shows that in its empty state, never "no processing activities yet".
    QString errorText() const { return m_readError; }
    // The DPIA register, the page's second tab.
    DpiaPage *dpiaPage() const { return m_dpias; }
    void showDpias(); // the DPIA tab, the first review due selected

public Q_SLOTS:
    void addActivity(); // opens the dialog (modal, window-modal on the page)
    // Opens the selected activity: to edit, or read only for a role that may view the
    // register but not change it (the dialog follows the role).
    void editSelected();
    void removeSelected(); // asks first
    void exportCsv(); // asks for a file
    void print(); // the print dialog at once
    void preview(); // the print preview

Q_SIGNALS:
    void registerChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    std::optional<DocumentPreview::Document> printable(); // said when not read
    bool fillPrinted(QTextDocument *document, QString *error) const;
    void createWidgets();
    // createWidgets' parts, in this order.
    void createControls();
    void createView();
    QWidget *createTabs();
    void connectControls();
    void createShortcuts(QWidget *activities);
    void retranslateUi();
    void updateButtons();
    void updateEmptyState(); // "nothing registered yet", or the read that failed
    // The activity selected, read again; nothing (after a message box saying why) when it is
    // gone or could not be read.
    std::optional<ProcessingActivity> readSelected(const QString &title);

    const Session m_session;
    // Add and remove need EditRegisters; opening (read only without EditRegisters), export and
    // print need ViewRegisters, as the page itself does.
    const DeskAccess m_access;
    QStandardItemModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QLineEdit *m_search = nullptr;
    QTreeView *m_view = nullptr;
    QLabel *m_count = nullptr;
    // Activities with art. 9 or art. 10 data from before schema 14 that lack the exception or
    // basis: how many, and that opening one asks for it.
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
