#pragma once

#include "session/Session.h"
#include "vera/VeraSystem.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace pd::ui {

class MessageLabel;

// One of the organisation's VERA systems, added by a beheerder: its name (as the systems
// checklist calls it), domain, address, how Privacydesk signs in (an API key, or OAuth2 client
// credentials), an own CA and whether write-back is allowed. The key or secret is typed once and
// never shown again. Saved through VeraService::addSystem; a refusal is said and keeps what was
// typed.
class VeraSystemDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit VeraSystemDialog(const Session &session, QWidget *parent = nullptr);

    VeraSystem system() const;
    bool save(); // false: said in the dialog

    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *domainBox() const { return m_domain; }
    QLineEdit *urlEdit() const { return m_url; }
    QComboBox *authBox() const { return m_auth; }
    QLineEdit *tokenUrlEdit() const { return m_tokenUrl; }
    QLineEdit *clientIdEdit() const { return m_clientId; }
    QLineEdit *secretEdit() const { return m_secret; }
    QLineEdit *caEdit() const { return m_ca; }
    MessageLabel *message() const { return m_message; }

private:
    void authChanged();
    void chooseCa();

    Session m_session;
    QLineEdit *m_name = nullptr;
    QComboBox *m_domain = nullptr;
    QLineEdit *m_url = nullptr;
    QComboBox *m_auth = nullptr;
    QLabel *m_tokenUrlLabel = nullptr;
    QLineEdit *m_tokenUrl = nullptr;
    QLabel *m_clientIdLabel = nullptr;
    QLineEdit *m_clientId = nullptr;
    QLabel *m_secretLabel = nullptr;
    QLineEdit *m_secret = nullptr;
    QLineEdit *m_ca = nullptr;
    QComboBox *m_customerField = nullptr;
    QCheckBox *m_writeBack = nullptr;
    MessageLabel *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace pd::ui
