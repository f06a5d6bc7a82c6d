#pragma once

#include "print/EncryptedPdf.h"

#include <QDialog>
#include <QGroupBox>

class QRadioButton;

namespace pd::ui {

// The password of an answer that travels encrypted, shown once: the words in a
// large, selectable line, a "Copy" button (ui/SensitiveClipboard: marked secret, cleared after
// 30 seconds) and how to pass it on. Privacydesk keeps it nowhere: closing the dialog is the
// last time it is seen.
class AnswerPasswordDialog final : public QDialog
{
    Q_OBJECT
public:
    AnswerPasswordDialog(const QString &password, PasswordDelivery by, QWidget *parent = nullptr);

    // Opened window-modal and deleted on close: the caller keeps no copy.
    static void showOnce(const QString &password, PasswordDelivery by, QWidget *parent);
};

// "Encrypt" in a dialog that writes an answer (the export wizard, the complaint dossier): a
// checkable group with how the password goes, by phone or by text message; the officer must
// choose one (none is preselected).
class EncryptChoice final : public QGroupBox
{
    Q_OBJECT
public:
    EncryptChoice(const QString &title, QWidget *parent = nullptr);

    bool encrypt() const { return isChecked(); }
    // How the password goes; nullopt while none is chosen.
    std::optional<PasswordDelivery> delivery() const;
    // Encrypting is off, or on with a delivery chosen.
    bool isReady() const { return !encrypt() || delivery().has_value(); }

signals:
    void changed();

private:
    QRadioButton *m_phone;
    QRadioButton *m_sms;
};

} // namespace pd::ui
