#pragma once

#include "RecordListWidget.h"
#include "registers/Consents.h"
#include "session/Session.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QPushButton;

namespace pd::ui {

class MessageLabel;

// Reads need ViewAllCases: without it the widget stays hidden.
class ConsentWidget final : public RecordListWidget
{
    Q_OBJECT
public:
    ConsentWidget(const Session &session, QWidget *parent = nullptr);

    void showPerson(qint64 personId);
    void reload() override;

    QPushButton *addButton() const { return m_add; }
    QPushButton *withdrawButton() const { return m_withdraw; }

    // exec()'d (tests answer them); each returns whether it saved.
    bool addConsent();
    bool withdraw();

protected:
    void retranslateUi() override;
    void updateButtons() override;

private:
    std::optional<PersonConsent> selected() const;

    qint64 m_person = 0;
    QList<PersonConsent> m_consents;
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
