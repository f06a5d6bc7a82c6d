#pragma once

#include "cases/CaseActionDialogs.h"
#include "cases/PersonCorrections.h"
#include "session/Session.h"

#include <QList>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;

namespace pd {
class Clock;
class Store;
} // namespace pd

namespace pd::ui {

// The data subject's own record after the answer (the ieder1 reading), from the
// request's overview: a new postal address (a tenant who moved; only once the identity is
// established on the request), a corrected name, phone number or e-mail address (after a
// rectification) and fields erased after a
// granted erasure. Each goes through PersonCorrections with the request named, so the person's
// trail, the request's trail and its AP dossier record it (EditCases).
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

// The phone number or the e-mail address corrected after a rectification (art. 16 GDPR): the
// field chosen, its value as recorded to start from. The request's trail records which field
// was corrected, and the confirmation of the rectification says so.
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

// Only for a request that asks for erasure: the fields that hold something can be ticked; the
// name and the customer number are not offered (they keep the request's own record).
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

// The data subject's relation and its end (end of tenancy, de-registration as house-seeker):
// the retention items the rules derive from them move with it. A correction on the
// request it is opened from: the person's trail records old and new, the request's trail the
// fields (relatie, einddatum), and the confirmation of a rectification says so.
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
