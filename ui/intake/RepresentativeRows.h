#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

class QComboBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QWidget;

namespace pd {
struct NewCase;
} // namespace pd

namespace pd::ui {

class IntakeForm;
class MessageLabel;

// The representative in "Nieuw verzoek" (NewRequestDialog): who asks on the data
// subject's behalf, the organisation they work for and in what capacity (gemachtigde,
// bewindvoerder, curator, mentor, ouder), how they are authorised and where the letters to them
// go. Rows of their own in the dialog's receipt grid, under the channel and the date of receipt
// and lined up with them. The mandate and the address belong to a representative: without one they
// are disabled and not saved. An organisation or a capacity without the representative's name is
// refused as CaseService::add refuses it (case add does too), said under them. Every text is
// BSN-guarded by the form as it is typed.
class RepresentativeRows final
{
    Q_DECLARE_TR_FUNCTIONS(pd::ui::RepresentativeRows)
public:
    // The fields on page, guarded by form.
    RepresentativeRows(QWidget *page, IntakeForm &form);

    // Three rows of a receipt grid of four columns (labels in 0 and 2, fields in 1 and 3) from
    // row down: the name with the capacity and the organisation across the fields' columns,
    // the mandate in 1 and where the letters go in 3.
    void place(QGridLayout *grid, int row) const;
    // The fields in the keyboard's order.
    QList<QWidget *> tabOrder() const;
    void retranslateUi();
    void clear();
    // The representative's name as typed, trimmed; empty without one.
    QString name() const;
    // Why saving is not possible (translated), or empty. required: the channel says the request
    // came from a representative.
    QString invalidReason(bool required) const;
    // Puts what was typed in request, as CaseService::add takes it.
    void fill(NewCase *request) const;
    // The locked desk's draft (IntakeDrafts): the fields typed, field name → value (the
    // capacity's code, not its label), and back.
    void writeDraft(QJsonObject *fields) const;
    void restoreDraft(const QJsonObject &fields);

private:
    void updateNeedsName();

    IntakeForm &m_form;
    QLabel *m_nameLabel = nullptr;
    QLineEdit *m_name = nullptr;
    QLabel *m_organisationLabel = nullptr;
    QLineEdit *m_organisation = nullptr;
    QComboBox *m_authority = nullptr; // first "capacity not known" (no data), then the five kinds
    MessageLabel *m_needsName = nullptr; // why the organisation or capacity cannot be saved
    QLabel *m_mandateLabel = nullptr;
    QLineEdit *m_mandate = nullptr;
    QLabel *m_addressLabel = nullptr;
    QLineEdit *m_address = nullptr;
    // The BSN guard's messages under the fields
    MessageLabel *m_nameMessage = nullptr;
    MessageLabel *m_organisationMessage = nullptr;
    MessageLabel *m_mandateMessage = nullptr;
    MessageLabel *m_addressMessage = nullptr;
};

} // namespace pd::ui
