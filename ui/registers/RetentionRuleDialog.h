#pragma once

#include "domain/BsnGuard.h"
#include "terms/RetentionTerms.h"

#include <QDialog>

#include <functional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace pd::ui {

class MessageLabel;

// A period of 0 days lasts until the trigger itself ("zolang ingeschreven"). save returns why the
// rule was not stored (shown; the dialog stays open), or nothing.
class RetentionRuleDialog final : public QDialog
{
    Q_OBJECT
public:
    using Save = std::function<QString(const RetentionRule &rule, BsnCheck bsnCheck)>;
    RetentionRuleDialog(Save save, QWidget *parent = nullptr);

    RetentionRule rule() const;
    BsnCheck bsnCheck() const;
    QString problem() const; // as shown; empty when the rule may be added

    QLineEdit *codeEdit() const { return m_code; }
    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *triggerBox() const { return m_trigger; }
    QSpinBox *amountBox() const { return m_amount; }
    QComboBox *unitBox() const { return m_unit; }
    QLineEdit *basisEdit() const { return m_basis; }
    const QList<QCheckBox *> &relationBoxes() const { return m_relations; }
    QCheckBox *overrideBox() const { return m_override; }
    QPushButton *addButton() const { return m_add; }

private:
    void setUpFields();
    void createRelations();
    QFormLayout *createForm();
    QDialogButtonBox *createButtons();
    void connectFields();
    void validate();
    void submit();

    Save m_save;
    QLineEdit *m_code;
    QLineEdit *m_name;
    QComboBox *m_trigger;
    QSpinBox *m_amount;
    QComboBox *m_unit;
    QWidget *m_relationsRow;
    QList<QCheckBox *> m_relations;
    QLineEdit *m_basis;
    MessageLabel *m_message;
    QCheckBox *m_override;
    QPushButton *m_add = nullptr;
    QString m_problem;
};

} // namespace pd::ui
