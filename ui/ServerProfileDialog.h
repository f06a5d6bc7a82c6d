#pragma once

#include "store/ServerLocation.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace pd::ui {

class MessageLabel;

// Where the organisation's store on a PostgreSQL server is: the server (a host name,
// or the folder of a unix socket on this machine), the port, the database and the CA
// certificate that signed the server's certificate. Never a password: that is asked when
// unlocking, as for a store folder. The profile is remembered for the next start
// ("server/…" in the settings); the location it makes is shown as the CLI's --store takes it.
// OK is refused, with the reason, for a location a password may not go to
// (ServerLocation::refusal): a server other than this machine without a CA certificate.
class ServerProfileDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit ServerProfileDialog(QWidget *parent = nullptr);

    // The location as --store writes it; empty until the fields make a usable one.
    QString location() const;

    void accept() override;

private:
    void update();
    void chooseCaFile();
    std::optional<ServerLocation> parsed(QString *error) const;

    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_caFile;
    QPushButton *m_browse;
    QLabel *m_preview;
    MessageLabel *m_message;
    QPushButton *m_ok;
};

} // namespace pd::ui
