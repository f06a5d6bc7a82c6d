#pragma once

#include "util/Translations.h"

#include <QList>
#include <QString>
#include <QUrl>
#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QTextBrowser;
class QTreeWidget;
class QTreeWidgetItem;

namespace pd::ui {

// The sections of the user guide (Help → User guide, F1) that a page or a dialog opens as its
// context help. Every topic has one anchor, the same in the Dutch and the English manual
// (resources/manual); tst_help checks that each exists in both.
enum class HelpTopic {
    Start,
    Requests, // the list of requests: search, filters
    CaseDetail, // one request: tabs, actions, notes, reopening
    Identification,
    Extension,
    Completion,
    Letters,
    ComplaintDossier,
    AccessExport,
    PhoneIntake,
    NewRequest, // e-mail, letter and every other channel, with the original
    Deadlines, // the two clocks
    Disclosures,
    Retention,
    ImportPersons,
    ProcessingRegister,
    Dashboards,
    DataBreaches,
    Backup,
    Restore,
    Users,
    Settings,
    Locked, // locking, the unlock screen, the recovery key
    Shortcuts,
};

QString helpAnchor(HelpTopic topic); // "verlengen"
QList<HelpTopic> allHelpTopics();

// The dynamic property that carries a widget's help anchor.
inline constexpr char helpAnchorProperty[] = "pdHelpAnchor";
// F1 inside widget (or any of its children without a topic of their own) opens this section.
void setHelpTopic(QWidget *widget, HelpTopic topic);
// The anchor of widget or of its nearest parent that has one; empty when none has.
QString helpAnchorFor(const QWidget *widget);

// F1 anywhere in the application, also in a modal dialog, opens the guide at the section of
// the widget with the keyboard focus. Installs one event filter on the application; calling it
// again does nothing.
void installContextHelp();
// Opens the guide at the section for context (the start when it has none).
void showContextHelp(const QWidget *context);

// The user guide: the manual of the application's language in a browser, with its table of
// contents, back and forward, and search in the page (Ctrl+F). One window for the whole
// application, not modal: it stays usable beside a dialog that is. Links to web sites are not
// followed (Privacydesk makes no network connections).
class HelpWindow final : public QWidget
{
    Q_OBJECT
public:
    // The one window, or null when it is not open.
    static HelpWindow *instance();
    // Shows the window (made when needed) at anchor; an empty or unknown anchor shows the start.
    static HelpWindow *open(const QString &anchor = {});
    // qrc:/manual/nl/handleiding.html or qrc:/manual/en/manual.html
    static QUrl manualUrl(UiLanguage language);
    // The language of the installed translation (the application's language now).
    static UiLanguage currentLanguage();

    ~HelpWindow() override;

    void showAnchor(const QString &anchor);
    QString currentAnchor() const; // the fragment of the page shown, empty at the top
    UiLanguage language() const { return m_language; }

    QTextBrowser *browser() const { return m_browser; }
    QTreeWidget *contents() const { return m_contents; }
    QLineEdit *findField() const { return m_find; }
    // Searches the page for the find field's text, from the cursor on (wrapping once).
    bool findNext(bool backward = false);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    // Esc closes the guide, as it closes a dialog.
    void keyPressEvent(QKeyEvent *event) override;

private:
    HelpWindow();
    void load(UiLanguage language, const QString &anchor);
    void buildContents();
    void selectContentsItem();
    void followLink(const QUrl &url);
    void retranslateUi();
    // A dialog shown with exec() blocks every window outside it: the guide then becomes the
    // dialog's own window until the dialog closes.
    void attachTo(QWidget *host);

    UiLanguage m_language = UiLanguage::Dutch;
    QWidget *m_host = nullptr;
    QTextBrowser *m_browser;
    QTreeWidget *m_contents;
    QLineEdit *m_find;
    QLabel *m_findStatus;
    QAction *m_back;
    QAction *m_forward;
    QAction *m_home;
    QAction *m_findAction;
    QAction *m_findNextAction;
    QAction *m_findPreviousAction;
};

} // namespace pd::ui
