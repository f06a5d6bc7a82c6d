#pragma once

#include "DeskAccess.h"
#include "retention/Restrictions.h"
#include "session/Session.h"

#include <QDialog>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QCheckBox;

namespace pd::ui {

class MessageLabel;

// Lifting is refused until the notice to the person was recorded as sent (art. 18 lid 3). Hidden
// without a restriction and without the right to record one.
class RestrictionWidget final : public QWidget
{
    Q_OBJECT
public:
    RestrictionWidget(const Session &session, QWidget *parent = nullptr);

    void showPerson(qint64 personId, const QString &caseNumber);
    QString text() const; // the marker as shown
    QPushButton *recordButton() const { return m_record; }
    QPushButton *liftButton() const { return m_lift; }
    MessageLabel *message() const { return m_message; }

    bool record(); // exec()'s the dialog
    bool lift(); // the restriction in force first recorded (asks which when more)

Q_SIGNALS:
    void changed();
    // A restriction of request was lifted: the marks that lift its blocks may be planned.
    void lifted(const QString &request);

private:
    void reload();

    const Session m_session;
    const DeskAccess m_access;
    qint64 m_person = 0;
    QString m_case;
    QList<PersonRestriction> m_inForce;
    QLabel *m_text = nullptr;
    MessageLabel *m_message = nullptr;
    QPushButton *m_record = nullptr;
    QPushButton *m_lift = nullptr;
};

class RestrictionDialog final : public QDialog
{
    Q_OBJECT
public:
    RestrictionDialog(const Session &session, qint64 personId, const QString &caseNumber,
                      QWidget *parent = nullptr);

    QLineEdit *dataEdit() const { return m_data; }
    QComboBox *groundBox() const { return m_ground; }
    QLineEdit *reasonEdit() const { return m_reason; }

    void accept() override;

private:
    const Session m_session;
    const qint64 m_person;
    const QString m_case;
    QLineEdit *m_data = nullptr;
    QComboBox *m_ground = nullptr;
    QLineEdit *m_reason = nullptr;
    QDateEdit *m_from = nullptr;
    QCheckBox *m_linked = nullptr;
    MessageLabel *m_message = nullptr;
};

} // namespace pd::ui
