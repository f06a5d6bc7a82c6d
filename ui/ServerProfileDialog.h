#pragma once

#include "store/ServerLocation.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace pd::ui {

class MessageLabel;

// Never a password: that is asked when unlocking. OK is refused, with the reason, for a location a
// password may not go to (ServerLocation::refusal): another machine without a CA certificate.
class ServerProfileDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit ServerProfileDialog(QWidget *parent = nullptr);

    // As --store writes it; empty until the fields make a usable one.
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
