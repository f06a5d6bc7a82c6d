#pragma once

#include "RecordListWidget.h"
#include "retention/ExternalHolds.h"
#include "session/Session.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace pd::ui {

class MessageLabel;

void layOutFormDialog(QDialog *dialog, QFormLayout *form, QWidget *message, int width);

// nullopt when cancelled.
std::optional<QDate> askKeptUntil(QWidget *parent, const QString &title, QDate proposed,
                                  QDate minimum);

// Holds on data outside Privacydesk, of a request or a data breach; hidden without the role's
// right to read them.
class ExternalHoldsWidget final : public RecordListWidget
{
    Q_OBJECT
public:
    using Owner = ExternalHoldService::Owner;

    ExternalHoldsWidget(const Session &session, QWidget *parent = nullptr);

    void showOwner(Owner owner, const QString &number);
    void clear();
    void reload() override;

    QPushButton *addButton() const { return m_add; }
    QPushButton *securedButton() const { return m_secured; }
    QPushButton *releaseButton() const { return m_release; }
    QPushButton *keepButton() const { return m_keep; }

    // exec()'d (tests answer them); each returns whether it saved.
    bool addHold();
    bool markSecured();
    bool release();
    bool keepUntil();

protected:
    void retranslateUi() override;
    void updateButtons() override;

private:
    std::optional<ExternalHold> selected() const;

    Owner m_owner = Owner::Case;
    QString m_number;
    QList<ExternalHold> m_holds;
    QPushButton *m_add = nullptr;
    QPushButton *m_secured = nullptr;
    QPushButton *m_release = nullptr;
    QPushButton *m_keep = nullptr;
};

class ExternalHoldDialog final : public QDialog
{
    Q_OBJECT
public:
    ExternalHoldDialog(const Session &session, ExternalHoldService::Owner owner,
                       const QString &number, QWidget *parent = nullptr);

    QComboBox *systemBox() const { return m_system; }
    QLineEdit *securedEdit() const { return m_secured; }
    QDateEdit *recordedEdit() const { return m_recorded; }
    QLineEdit *periodEdit() const { return m_period; }
    QCheckBox *securedCheck() const { return m_isSecured; }
    QCheckBox *keptCheck() const { return m_isKept; }
    QDateEdit *keptEdit() const { return m_kept; }

    void accept() override;

private:
    void updateDeadline();

    const Session m_session;
    const ExternalHoldService::Owner m_owner;
    const QString m_number;
    QComboBox *m_system = nullptr;
    QLineEdit *m_secured = nullptr;
    QDateEdit *m_recorded = nullptr;
    QLineEdit *m_period = nullptr;
    QLabel *m_deadline = nullptr;
    QCheckBox *m_isSecured = nullptr;
    QDateEdit *m_securedOn = nullptr;
    QLineEdit *m_securedBy = nullptr;
    QCheckBox *m_isKept = nullptr;
    QDateEdit *m_kept = nullptr;
    MessageLabel *m_message = nullptr;
};

} // namespace pd::ui
