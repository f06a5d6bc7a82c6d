#pragma once

// The desk that every dialog and wizard is opened on, and the list of them:
// a real store with an open request of the fixture's data subject, an attachment, the
// organisation's address and a CSV file to import; the main window showing that request.
// tst_dialogwalk (focus, keys, accessible names) and tst_accelerators (Alt-letters) walk the
// same list. tests/repo/check_dialogwalk.sh fails when a dialog class in ui/ is not named in
// DialogWalks.cpp.

#include "PersonReportFixture.h"
#include "cases/Attachments.h"
#include "cases/Case.h"

#include <QList>
#include <QString>
#include <QTemporaryDir>

#include <functional>
#include <memory>
#include <optional>

class QDialog;
class QWidget;
class QWizard;

namespace pd {
class CaseService;
class Store;
namespace ui {
class Application;
class MainWindow;
} // namespace ui
} // namespace pd

namespace pd::test {

// One dialog of the walk: how it is made (not yet shown), where its keyboard should be when it
// opens (null: firstInput()), and for a wizard how to get from one page to the next (false:
// it was the last).
struct Walk
{
    QString name; // the class, as in the source
    std::function<QDialog *()> make;
    std::function<QWidget *(QWidget *scope)> expectedFocus = {};
    std::function<bool(QWizard *)> next = {};
    // After it opened, the largest it gets (the choice that opens the most parts).
    std::function<void(QDialog *)> grow = {};
    // Why Enter has another job here than a default button's (then it has none).
    QString enterIsNotDefault = {};
};

// The widget a dialog names as where its keyboard starts, found by its object name.
std::function<QWidget *(QWidget *)> named(const char *name);

// The desk's language of a walk's data row ("nl" or "en"), with the LanguageChange delivered to
// the widgets.
bool setDeskLanguage(const QString &language);

// Makes the walk's dialog and opens it; null (and deleted) when it did not become the active
// window.
QDialog *openWalk(const Walk &walk);

// The dialog is the active window. (QTest::qWaitForWindowActive is not enough: a dialog counts as
// active while its parent window still is.)
bool becameActive(QWidget *dialog);

class DialogWalkDesk final
{
public:
    DialogWalkDesk();
    ~DialogWalkDesk();
    Q_DISABLE_COPY_MOVE(DialogWalkDesk)

    // Makes the store and its data and shows the main window 1200×800 with the request open.
    // Empty when that worked, else what failed.
    QString build();
    // Closes the window, then the store.
    void close();

    // Every dialog and wizard class of ui/, as the desk makes them.
    QList<Walk> walks();
    // The data rows of a walk in both languages: columns "language" and "index" (into walks()).
    void addWalkRows();
    // The dialogs whose content can be long or grow, with the longest content (a long
    // name, long texts, every kind of a request) and, through grow, the largest choice.
    QList<Walk> largestWalks();

    ui::MainWindow *window() const { return m_window.get(); }
    Store &store() const { return *m_store; }
    QString caseNumber() const { return m_case; }

private:
    Case openCase() const;

    QTemporaryDir m_tmp;
    std::unique_ptr<ui::Application> m_application; // installs the dialog focus, as in the app
    std::unique_ptr<Store> m_store;
    std::unique_ptr<CaseService> m_service;
    PersonReportFixture m_fixture;
    std::optional<Attachment> m_attachment;
    std::unique_ptr<ui::MainWindow> m_window;
    QString m_csv;
    QString m_case; // an open request of the data subject
    QString m_bigCase; // open, three kinds, a long name, no identification
    QString m_breach; // a data breach, discovered an hour before the walk
};

} // namespace pd::test
