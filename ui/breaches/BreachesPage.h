#pragma once

#include "DeskAccess.h"
#include "Retranslated.h"
#include "breaches/BreachService.h"
#include "session/Session.h"
#include "util/Clock.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTableView;
class QTextBrowser;
class QTimer;

namespace pd::ui {

class ExternalHoldsWidget;

class BreachListModel;
class EmptyStateWidget;
class MessageLabel;

// The actions are offered to who may manage the register (functionaris, beheerder).
class BreachDetailWidget final : public Retranslated<QWidget>
{
    Q_OBJECT
public:
    explicit BreachDetailWidget(const Session &session, QWidget *parent = nullptr);

    // False (with the reason shown) when it could not be read.
    bool showBreach(const QString &number);
    void clear();
    void reload();
    std::optional<Breach> breach() const { return m_breach; }
    QString html() const; // what the detail shows, for tests
    QTextBrowser *browser() const { return m_text; }

    // Opened with exec() (tests answer them); each returns whether it saved.
    bool edit();
    bool assess();
    bool notifyAp();
    bool followUp();
    bool informSubjects();
    bool closeBreach();
    bool reopen();
    bool prepareNotification();
    bool linkPersons();
    bool makeNotice(qint64 personId = 0); // 0: asks which person
    // The letter to everyone at once; path empty: asks where. True when the run ended whole.
    bool makeAllNotices(const QString &path = {});
    bool recordSent();

    QPushButton *editButton() const { return m_edit; }
    QPushButton *assessButton() const { return m_assess; }
    QPushButton *notifyApButton() const { return m_notifyAp; }
    QPushButton *followUpButton() const { return m_followUp; }
    QPushButton *subjectsButton() const { return m_subjects; }
    QPushButton *closeButton() const { return m_close; }
    QPushButton *reopenButton() const { return m_reopen; }
    QPushButton *prepareButton() const { return m_prepare; }
    QPushButton *linkButton() const { return m_link; }
    QPushButton *noticeButton() const { return m_notice; }
    QPushButton *allNoticesButton() const { return m_allNotices; }
    QPushButton *sentButton() const { return m_sent; }
    // For tests.
    QWidget *currentDialog() const { return m_dialog; }
    ExternalHoldsWidget *holds() const { return m_holds; }

Q_SIGNALS:
    void breachChanged(const QString &number);

private:
    // Whether who has an e-mail address gets the notice by e-mail: asked only where the privacy
    // mailbox sends; nullopt when the officer cancelled.
    std::optional<bool> askEmail(const QString &number);
    bool runDialog(QDialog *dialog);
    void retranslateUi() override;
    void render();
    struct ApClock
    {
        QString text;
        bool late = false;
    };
    // HTML, top to bottom.
    static QString headingHtml(const Breach &b, const ApClock &clock);
    static QString descriptionHtml(const Breach &b);
    static QString assessmentHtml(const Breach &b);
    static QString apNotificationHtml(const Breach &b, const ApClock &clock);
    static QString subjectsHtml(const Breach &b);
    static QString stateHtml(const Breach &b);
    void updateActions();

    const Session m_session;
    const DeskAccess m_access;
    std::optional<Breach> m_breach;
    QString m_number;
    QString m_readError;
    QTextBrowser *m_text = nullptr;
    QWidget *m_actions = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_assess = nullptr;
    QPushButton *m_notifyAp = nullptr;
    QPushButton *m_followUp = nullptr;
    QPushButton *m_subjects = nullptr;
    QPushButton *m_close = nullptr;
    QPushButton *m_reopen = nullptr;
    QPushButton *m_prepare = nullptr;
    QPushButton *m_link = nullptr;
    QPushButton *m_notice = nullptr;
    QPushButton *m_allNotices = nullptr;
    QPushButton *m_sent = nullptr;
    QWidget *m_dialog = nullptr;
    ExternalHoldsWidget *m_holds = nullptr;
};

// A KCC employee sees only the breaches they reported; an auditor reads everything and is offered
// no action. The list is read when the section is first shown.
class BreachesPage final : public Retranslated<QWidget>
{
    Q_OBJECT
public:
    explicit BreachesPage(const Session &session, QWidget *parent = nullptr);

    void refresh(); // reads the list again (keeps the filter and the breach shown)
    void setOpenOnly(bool openOnly);
    // Returns the new number, or empty.
    QString reportBreach();
    bool showBreach(const QString &number);

    BreachListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    BreachDetailWidget *detail() const { return m_detail; }
    QPushButton *reportButton() const { return m_report; }
    QComboBox *filterBox() const { return m_filter; }
    EmptyStateWidget *emptyState() const { return m_empty; }
    QLabel *countLabel() const { return m_count; }

Q_SIGNALS:
    void breachChanged(const QString &number);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void retranslateUi() override;
    void updateState();
    void selectNumber(const QString &number);

    const Session m_session;
    const DeskAccess m_access;
    BreachListModel *m_model = nullptr;
    QLabel *m_filterLabel = nullptr;
    QComboBox *m_filter = nullptr;
    QPushButton *m_report = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_scopeNote = nullptr;
    MessageLabel *m_error = nullptr;
    QStackedWidget *m_stack = nullptr;
    QTableView *m_view = nullptr;
    EmptyStateWidget *m_empty = nullptr;
    QSplitter *m_splitter = nullptr;
    BreachDetailWidget *m_detail = nullptr;
    QTimer *m_clockTimer = nullptr;
};

} // namespace pd::ui
