#pragma once

#include "cases/CaseActionDialogs.h"
#include "cases/PersonCorrections.h"
#include "session/Session.h"

#include <QList>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;

namespace pd::ui {

// The data subject's own record after the answer, through PersonCorrections with the request
// named, so that both trails and the AP dossier record it. The address only once identified.
class PersonAddressDialog final : public CaseActionDialog
{
    Q_OBJECT
public:
    PersonAddressDialog(CaseService &service, const Session &session, const Case &c, QDate today,
                        QWidget *parent = nullptr);
    QLineEdit *addressEdit() const { return m_address; }

protected:
    QString validate() const override;
    bool apply(QString *message) override;

private:
    PersonCorrections m_corrections;
    QLineEdit *m_address;
};

class PersonNameDialog final : public CaseActionDialog
{
    Q_OBJECT
public:
    PersonNameDialog(CaseService &service, const Session &session, const Case &c, QDate today,
                     QWidget *parent = nullptr);
    QLineEdit *nameEdit() const { return m_name; }

protected:
    QString validate() const override;
    bool apply(QString *message) override;

private:
    PersonCorrections m_corrections;
    QLineEdit *m_name;
};

// After a rectification (art. 16 GDPR); the request's trail records which field.
class PersonContactDialog final : public CaseActionDialog
{
    Q_OBJECT
public:
    PersonContactDialog(CaseService &service, const Session &session, const Case &c, QDate today,
                        QWidget *parent = nullptr);
    QComboBox *fieldCombo() const { return m_field; }
    QLineEdit *valueEdit() const { return m_value; }

protected:
    QString validate() const override;
    bool apply(QString *message) override;

private:
    PersonField field() const;

    PersonCorrections m_corrections;
    QComboBox *m_field;
    QLineEdit *m_value;
};

// The name and the customer number are not offered: they keep the request's own record.
class PersonEraseDialog final : public CaseActionDialog
{
    Q_OBJECT
public:
    PersonEraseDialog(CaseService &service, const Session &session, const Case &c, QDate today,
                      QWidget *parent = nullptr);
    QCheckBox *fieldBox(PersonField field) const;

protected:
    QString validate() const override;
    bool apply(QString *message) override;

private:
    QList<PersonField> chosen() const;

    PersonCorrections m_corrections;
    QList<QPair<PersonField, QCheckBox *>> m_fields;
};

// The retention items the rules derive from the relation move with it.
class PersonRelationDialog final : public CaseActionDialog
{
    Q_OBJECT
public:
    PersonRelationDialog(CaseService &service, const Session &session, const Case &c, QDate today,
                         QWidget *parent = nullptr);
    QComboBox *relationBox() const { return m_relation; }
    QCheckBox *endedBox() const { return m_ended; }
    QDateEdit *endEdit() const { return m_end; }

protected:
    QString validate() const override;
    bool apply(QString *message) override;

private:
    PersonCorrections m_corrections;
    QComboBox *m_relation;
    QCheckBox *m_ended;
    QDateEdit *m_end;
};

} // namespace pd::ui
