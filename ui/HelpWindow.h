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

namespace pd::ui {

// One anchor per topic, the same in the Dutch and the English manual (tst_help checks both).
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

inline constexpr char helpAnchorProperty[] = "pdHelpAnchor";
// Also for widget's children without a topic of their own.
void setHelpTopic(QWidget *widget, HelpTopic topic);
// Of widget or its nearest parent with one; empty when none has.
QString helpAnchorFor(const QWidget *widget);

// F1 anywhere, also in a modal dialog, opens the section of the focused widget. Idempotent.
void installContextHelp();
// The start when context has no topic.
void showContextHelp(const QWidget *context);

// One window, not modal, so that it stays usable beside a dialog that is. Links to web sites are
// not followed (Privacydesk makes no network connections).
class HelpWindow final : public QWidget
{
    Q_OBJECT
public:
    // Null when it is not open.
    static HelpWindow *instance();
    // An empty or unknown anchor shows the start.
    static HelpWindow *open(const QString &anchor = {});
    static QUrl manualUrl(UiLanguage language);
    static UiLanguage currentLanguage();

    ~HelpWindow() override;

    void showAnchor(const QString &anchor);
    QString currentAnchor() const; // the fragment of the page shown, empty at the top
    UiLanguage language() const { return m_language; }

    QTextBrowser *browser() const { return m_browser; }
    QTreeWidget *contents() const { return m_contents; }
    QLineEdit *findField() const { return m_find; }
    // From the cursor on, wrapping once.
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
    // Under a dialog shown with exec(), the guide becomes the dialog's own window until it closes.
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
