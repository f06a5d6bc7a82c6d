#include "ServerProfileDialog.h"

#include "MessageLabel.h"
#include "Named.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace pd::ui {

namespace {
const QString hostKey = QStringLiteral("server/host");
const QString portKey = QStringLiteral("server/port");
const QString databaseKey = QStringLiteral("server/database");
const QString caKey = QStringLiteral("server/caFile");
} // namespace

ServerProfileDialog::ServerProfileDialog(QWidget *parent)
    : QDialog(parent)
    , m_host(named<QLineEdit>(QStringLiteral("serverHost"), this))
    , m_port(named<QSpinBox>(QStringLiteral("serverPort"), this))
    , m_database(named<QLineEdit>(QStringLiteral("serverDatabase"), this))
    , m_caFile(named<QLineEdit>(QStringLiteral("serverCaFile"), this))
    , m_browse(new QPushButton(tr("C&hoose…"), this))
    , m_preview(new QLabel(this))
    , m_message(new MessageLabel(this))
    , m_ok(nullptr)
{
    setObjectName(QStringLiteral("serverProfileDialog"));
    setWindowTitle(tr("Store on a server – Privacydesk"));
    m_port->setRange(1, 65535);
    m_host->setPlaceholderText(tr("db.example.org, or /var/run/postgresql on this machine"));
    m_database->setPlaceholderText(QStringLiteral("privacydesk"));
    m_caFile->setPlaceholderText(tr("The CA certificate IT gave you (.crt)"));
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_preview->setWordWrap(true);

    const QSettings settings;
    m_host->setText(settings.value(hostKey).toString());
    m_port->setValue(settings.value(portKey, 5432).toInt());
    m_database->setText(settings.value(databaseKey, QStringLiteral("privacydesk")).toString());
    m_caFile->setText(settings.value(caKey).toString());

    auto *intro = new QLabel(tr("Your organisation's Privacydesk on a PostgreSQL server. IT gives "
                                "you the server's name, the database and the CA certificate; "
                                "your password is asked when you unlock."),
                             this);
    intro->setWordWrap(true);
    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(m_browse);
    auto *form = new QFormLayout;
    form->addRow(tr("&Server:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    auto *caLabel = new QLabel(tr("&CA certificate:"), this);
    caLabel->setBuddy(m_caFile);
    m_caFile->setAccessibleName(tr("CA certificate"));
    form->addRow(caLabel, caRow);
    form->addRow(tr("Location:"), m_preview);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("C&onnect"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    // The room the hidden message leaves goes here, not around the introduction.
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(560);

    for (QLineEdit *edit : { m_host, m_database, m_caFile })
        connect(edit, &QLineEdit::textChanged, this, &ServerProfileDialog::update);
    connect(m_port, &QSpinBox::valueChanged, this, &ServerProfileDialog::update);
    connect(m_browse, &QPushButton::clicked, this, &ServerProfileDialog::chooseCaFile);
    connect(buttons, &QDialogButtonBox::accepted, this, &ServerProfileDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ServerProfileDialog::reject);
    update();
}

std::optional<ServerLocation> ServerProfileDialog::parsed(QString *error) const
{
    ServerLocation location;
    location.host = m_host->text().trimmed();
    location.port = m_port->value();
    location.database = m_database->text().trimmed();
    location.caFile = m_caFile->text().trimmed();
    if (!location.caFile.isEmpty())
        location.sslMode = QStringLiteral("verify-full");
    if (location.host.isEmpty() || location.database.isEmpty()) {
        //: Dutch: "Vul de server en de database in."
        *error = tr("Fill in the server and the database.");
        return std::nullopt;
    }
    // Through the parser, so that the desk accepts exactly what --store accepts.
    return ServerLocation::parse(location.toString(), error);
}

QString ServerProfileDialog::location() const
{
    QString error;
    const std::optional<ServerLocation> location = parsed(&error);
    return location && location->refusal().isEmpty() ? location->toString() : QString();
}

void ServerProfileDialog::update()
{
    QString error;
    const std::optional<ServerLocation> location = parsed(&error);
    if (location && error.isEmpty())
        error = location->refusal();
    m_preview->setText(location ? location->toString() : QString());
    m_message->setMessage(error);
    m_ok->setEnabled(error.isEmpty());
}

void ServerProfileDialog::chooseCaFile()
{
    const QString chosen
        = QFileDialog::getOpenFileName(this, tr("CA certificate"), m_caFile->text(),
                                       tr("Certificates (*.crt *.pem *.cer);;All files (*)"));
    if (!chosen.isEmpty())
        m_caFile->setText(chosen);
}

void ServerProfileDialog::accept()
{
    if (location().isEmpty()) {
        update();
        return;
    }
    QSettings settings;
    settings.setValue(hostKey, m_host->text().trimmed());
    settings.setValue(portKey, m_port->value());
    settings.setValue(databaseKey, m_database->text().trimmed());
    settings.setValue(caKey, m_caFile->text().trimmed());
    QDialog::accept();
}

} // namespace pd::ui
