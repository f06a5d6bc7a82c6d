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

// The mandate and the address belong to a representative: without one they are disabled and not
// saved. An organisation or capacity without a name is refused as CaseService::add refuses it.
class RepresentativeRows final
{
    Q_DECLARE_TR_FUNCTIONS(pd::ui::RepresentativeRows)
public:
    RepresentativeRows(QWidget *page, IntakeForm &form);

    // Four rows of a four-column grid (labels in 0 and 2) from row down, the last for the
    // warnings under the mandate and the address.
    void place(QGridLayout *grid, int row) const;
    QList<QWidget *> tabOrder() const;
    void retranslateUi();
    void clear();
    QString name() const;
    // required: the channel says the request came from a representative.
    QString invalidReason(bool required) const;
    void fill(NewCase *request) const;
    // The locked desk's draft: the capacity's code, not its label.
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
    MessageLabel *m_nameMessage = nullptr;
    MessageLabel *m_organisationMessage = nullptr;
    MessageLabel *m_mandateMessage = nullptr;
    MessageLabel *m_addressMessage = nullptr;
};

} // namespace pd::ui
