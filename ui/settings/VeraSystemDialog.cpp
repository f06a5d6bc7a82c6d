#include "settings/VeraSystemDialog.h"

#include "MessageLabel.h"
#include "Named.h"
#include "vera/VeraService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace pd::ui {

using namespace Qt::StringLiterals;

VeraSystemDialog::VeraSystemDialog(const Session &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
{
    setObjectName(u"veraSystemDialog"_s);
    //: Dutch: "Systeem toevoegen"
    setWindowTitle(tr("Add a system"));
    m_name = named<QLineEdit>(u"veraName"_s, this);
    m_domain = named<QComboBox>(u"veraDomain"_s, this);
    for (const VeraDomain d : codes::all<VeraDomain>())
        m_domain->addItem(codes::label(d), static_cast<int>(d));
    m_url = named<QLineEdit>(u"veraUrl"_s, this);
    m_url->setPlaceholderText(u"https://vera.woonstad.nl/relaties/v4"_s);
    m_auth = named<QComboBox>(u"veraAuth"_s, this);
    //: Dutch: "API-sleutel (X-API-KEY)"
    m_auth->addItem(tr("API key (X-API-KEY)"), static_cast<int>(VeraSystem::Auth::ApiKey));
    //: Dutch: "OAuth2 (client credentials)"
    m_auth->addItem(tr("OAuth2 (client credentials)"),
                    static_cast<int>(VeraSystem::Auth::ClientCredentials));
    m_tokenUrl = named<QLineEdit>(u"veraTokenUrl"_s, this);
    m_clientId = named<QLineEdit>(u"veraClientId"_s, this);
    m_secret = named<QLineEdit>(u"veraSecret"_s, this);
    m_secret->setEchoMode(QLineEdit::Password);
    m_ca = named<QLineEdit>(u"veraCa"_s, this);
    //: Dutch: "leeg: de certificaten van het systeem"
    m_ca->setPlaceholderText(tr("empty: the system's certificates"));
    //: Dutch: "Kiezen…"
    auto *chooseCa = new QPushButton(tr("Choose…"), this);
    m_customerField = named<QComboBox>(u"veraCustomerField"_s, this);
    m_customerField->addItems(VeraCodes::customerFields());
    //: Dutch: "Privacydesk mag gegevens in dit systeem markeren (terugschrijven)"
    m_writeBack
        = new QCheckBox(tr("Privacydesk may mark records in this system (write-back)"), this);
    m_writeBack->setObjectName(u"veraWriteBack"_s);
    m_message = new MessageLabel(this);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    //: Dutch: "&Opslaan"
    m_buttons->button(QDialogButtonBox::Save)->setText(tr("&Save"));

    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_ca, 1);
    caRow->addWidget(chooseCa);
    auto *form = new QFormLayout;
    //: Dutch: "&Naam:"
    form->addRow(tr("&Name:"), m_name);
    //: Dutch: "&Domein:"
    form->addRow(tr("&Domain:"), m_domain);
    //: Dutch: "&Adres (basis-URL):"
    form->addRow(tr("&Address (base URL):"), m_url);
    //: Dutch: "Aanmelden &met:"
    form->addRow(tr("Sign in &with:"), m_auth);
    //: Dutch: "&Tokenadres:"
    m_tokenUrlLabel = new QLabel(tr("&Token address:"), this);
    m_tokenUrlLabel->setBuddy(m_tokenUrl);
    form->addRow(m_tokenUrlLabel, m_tokenUrl);
    //: Dutch: "&Client-id:"
    m_clientIdLabel = new QLabel(tr("&Client id:"), this);
    m_clientIdLabel->setBuddy(m_clientId);
    form->addRow(m_clientIdLabel, m_clientId);
    m_secretLabel = new QLabel(this);
    m_secretLabel->setBuddy(m_secret);
    form->addRow(m_secretLabel, m_secret);
    //: Dutch: "CA-&bestand:"
    auto *caLabel = new QLabel(tr("CA f&ile:"), this);
    caLabel->setBuddy(m_ca);
    form->addRow(caLabel, caRow);
    //: Dutch: "&Klantnummer staat in:"
    form->addRow(tr("C&ustomer number is in:"), m_customerField);
    form->addRow(QString(), m_writeBack);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    connect(m_auth, &QComboBox::currentIndexChanged, this, &VeraSystemDialog::authChanged);
    connect(chooseCa, &QPushButton::clicked, this, &VeraSystemDialog::chooseCa);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    authChanged();
    m_name->setFocus();
}

void VeraSystemDialog::authChanged()
{
    const bool oauth
        = m_auth->currentData().toInt() == static_cast<int>(VeraSystem::Auth::ClientCredentials);
    for (QWidget *w : std::initializer_list<QWidget *> { m_tokenUrlLabel, m_tokenUrl,
                                                         m_clientIdLabel, m_clientId })
        w->setVisible(oauth);
    m_secretLabel->setText(oauth
                               //: Dutch: "Client &secret:"
                               ? tr("Client &secret:")
                               //: Dutch: "API-&sleutel:"
                               : tr("API &key:"));
}

void VeraSystemDialog::chooseCa()
{
    //: Dutch: "CA-certificaat kiezen", "Certificaten (*.pem *.crt);;Alle bestanden (*)"
    const QString file = QFileDialog::getOpenFileName(
        this, tr("Choose a CA certificate"), {}, tr("Certificates (*.pem *.crt);;All files (*)"));
    if (!file.isEmpty())
        m_ca->setText(file);
}

VeraSystem VeraSystemDialog::system() const
{
    VeraSystem s;
    s.name = m_name->text();
    s.domain = static_cast<VeraDomain>(m_domain->currentData().toInt());
    s.baseUrl = m_url->text();
    s.auth = static_cast<VeraSystem::Auth>(m_auth->currentData().toInt());
    s.tokenUrl = m_tokenUrl->text();
    s.clientId = m_clientId->text();
    s.secret = m_secret->text().toUtf8();
    s.customerField = m_customerField->currentText();
    s.writeBack = m_writeBack->isChecked();
    return s;
}

bool VeraSystemDialog::save()
{
    VeraSystem s = system();
    if (!m_ca->text().trimmed().isEmpty()) {
        QFile file(m_ca->text().trimmed());
        if (!file.open(QIODevice::ReadOnly)) {
            //: Dutch: "Het CA-bestand kan niet worden gelezen: %1"
            m_message->setMessage(tr("The CA file cannot be read: %1").arg(file.errorString()));
            return false;
        }
        s.caPem = file.read(1 << 20);
    }
    ServiceError error;
    if (!VeraService(m_session).addSystem(s, &error)) {
        m_message->setMessage(error.message);
        return false;
    }
    return true;
}

} // namespace pd::ui
