#pragma once

#include "print/EncryptedPdf.h"

#include <QDialog>
#include <QGroupBox>

class QRadioButton;

namespace pd::ui {

// Privacydesk keeps the password nowhere: closing the dialog is the last time it is seen. Copy
// goes through SensitiveClipboard (marked secret, cleared).
class AnswerPasswordDialog final : public QDialog
{
    Q_OBJECT
public:
    AnswerPasswordDialog(const QString &password, PasswordDelivery by, QWidget *parent = nullptr);

    // Deleted on close: the caller keeps no copy.
    static void showOnce(const QString &password, PasswordDelivery by, QWidget *parent);
};

// The officer must choose phone, text message or letter: none is preselected.
class EncryptChoice final : public QGroupBox
{
    Q_OBJECT
public:
    EncryptChoice(const QString &title, QWidget *parent = nullptr);

    bool encrypt() const { return isChecked(); }
    std::optional<PasswordDelivery> delivery() const;
    bool isReady() const { return !encrypt() || delivery().has_value(); }

signals:
    void changed();

private:
    QRadioButton *m_phone;
    QRadioButton *m_sms;
    QRadioButton *m_letter;
};

} // namespace pd::ui
