// The window's search keys: Ctrl+F from anywhere, text typed in the sections list
// goes to the page's search, and the detail says when the list no longer holds its request.
// The same class as MainWindow.cpp, in a file of its own so that neither grows past 800 lines.
#include "DemoBanner.h"
#include "MainWindow.h"
#include "Named.h"
#include "backup/BackupReminder.h"
#include "cases/CaseActionDialogs.h"
#include "cases/CaseDetailWidget.h"
#include "cases/CaseListPage.h"
#include "registers/DisclosuresPage.h"
#include "registers/ProcessingRegisterPage.h"

#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QShortcut>
#include <QStatusBar>

namespace pd::ui {

// The pages with a search field have their own Ctrl+F (WidgetWithChildrenShortcut); the other
// parts of the window get this one. Two on the same widget would be ambiguous, and Qt runs
// neither (tst_shortcuts).
void MainWindow::addFindShortcut(QWidget *scope)
{
    auto *find = named<QShortcut>(QStringLiteral("findFromWindow"), QKeySequence::Find, scope);
    find->setContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QShortcut::activated, this, &MainWindow::focusSearch);
}

QWidget *MainWindow::focusPageSearch()
{
    switch (currentSection()) {
    case Section::Requests:
        m_caseList->focusSearch();
        break;
    case Section::Disclosures:
        disclosuresPage()->focusSearch();
        break;
    case Section::Registers:
        processingRegisterPage()->focusSearch();
        break;
    default:
        return nullptr;
    }
    return focusWidget();
}

QWidget *MainWindow::focusSearch()
{
    if (QWidget *search = focusPageSearch())
        return search;
    setCurrentSection(Section::Requests);
    return focusPageSearch();
}

void MainWindow::connectListAndDetail()
{
    const QList<QWidget *> outside { m_navigation, m_caseDetail, statusBar(), m_backupReminder };
    for (QWidget *scope : outside)
        addFindShortcut(scope);
    if (m_demoBanner)
        addFindShortcut(m_demoBanner);
    // Letters typed in the sections list are meant for a search, not to jump to the section
    // whose name starts with them ("Verstrekkingen"): they go to the page's search field.
    m_navigation->installEventFilter(this);

    connect(m_caseList, &CaseListPage::shownCaseListed, m_caseDetail, &CaseDetailWidget::setListed);
    connect(m_caseDetail, &CaseDetailWidget::showInListRequested, m_caseList,
            &CaseListPage::clearFilters);
    connect(m_caseDetail, &CaseDetailWidget::contentChanged, this, [this](bool hasContent) {
        if (!hasContent)
            m_caseList->selectCase({}); // none shown
    });
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_navigation && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<const QKeyEvent *>(event);
        const QString text = key->text();
        const bool typed = !text.trimmed().isEmpty() && text.at(0).isPrint()
            && !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier));
        if (typed) {
            // Into the page's search, as after Ctrl+F; a page without one drops it.
            if (auto *search = qobject_cast<QLineEdit *>(focusPageSearch()))
                search->insert(text);
            return true;
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

} // namespace pd::ui
