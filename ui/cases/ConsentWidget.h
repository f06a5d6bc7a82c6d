#pragma once

#include "DeskAccess.h"
#include "registers/Consents.h"
#include "session/Session.h"

#include <QDialog>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QListWidget;
class QPushButton;

namespace pd::ui {

class MessageLabel;

// Reads need ViewAllCases: without it the widget stays hidden.
class ConsentWidget final : public QWidget
{
    Q_OBJECT
public:
    ConsentWidget(const Session &session, QWidget *parent = nullptr);

    void showPerson(qint64 personId);
    void reload();

    QStringList lines() const;
    QListWidget *list() const { return m_list; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *withdrawButton() const { return m_withdraw; }
    MessageLabel *message() const { return m_message; }

    // exec()'d (tests answer them); each returns whether it saved.
    bool addConsent();
    bool withdraw();

Q_SIGNALS:
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateButtons();
    std::optional<PersonConsent> selected() const;

    const Session m_session;
    const DeskAccess m_access;
    qint64 m_person = 0;
    QList<PersonConsent> m_consents;
    QLabel *m_title = nullptr;
    QListWidget *m_list = nullptr;
    MessageLabel *m_message = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_withdraw = nullptr;
};

class ConsentDialog final : public QDialog
{
    Q_OBJECT
public:
    ConsentDialog(const Session &session, qint64 personId, QWidget *parent = nullptr);

    QComboBox *purposeBox() const { return m_purpose; }
    QComboBox *howBox() const { return m_how; }
    QDateEdit *givenEdit() const { return m_given; }

    void accept() override;

private:
    const Session m_session;
    const qint64 m_person;
    QComboBox *m_purpose = nullptr;
    QDateEdit *m_given = nullptr;
    QComboBox *m_how = nullptr;
    MessageLabel *m_message = nullptr;
};

// Not before the consent was given (art. 7 lid 3 AVG).
class ConsentWithdrawDialog final : public QDialog
{
    Q_OBJECT
public:
    ConsentWithdrawDialog(const Session &session, const PersonConsent &consent,
                          QWidget *parent = nullptr);

    QComboBox *howBox() const { return m_how; }
    QDateEdit *withdrawnEdit() const { return m_withdrawn; }

    void accept() override;

private:
    const Session m_session;
    const qint64 m_consent;
    QDateEdit *m_withdrawn = nullptr;
    QComboBox *m_how = nullptr;
    MessageLabel *m_message = nullptr;
};

} // namespace pd::ui
