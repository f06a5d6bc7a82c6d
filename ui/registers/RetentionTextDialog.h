#pragma once

#include "domain/BsnGuard.h"

#include <QDialog>

class QCheckBox;
class QLineEdit;
class QPushButton;

namespace pd::ui {

class MessageLabel;

// The BSN guard as the user types, with the explicit, logged override.
class RetentionTextDialog final : public QDialog
{
    Q_OBJECT
public:
    RetentionTextDialog(const QString &title, const QString &label, const QString &fieldLabel,
                        QWidget *parent = nullptr);

    QLineEdit *edit() const { return m_edit; }
    QPushButton *okButton() const { return m_ok; }
    QCheckBox *overrideBox() const { return m_override; }
    QString text() const;
    BsnCheck bsnCheck() const;
    void setError(const QString &message);

private:
    void validate();

    QString m_fieldLabel;
    QLineEdit *m_edit;
    MessageLabel *m_message;
    QCheckBox *m_override;
    QPushButton *m_ok;
};

} // namespace pd::ui
