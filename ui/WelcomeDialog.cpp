#include "WelcomeDialog.h"

#include "Icons.h"
#include "Named.h"
#include "QuietLabel.h"
#include "TextEmphasis.h"

#include <QCommandLinkButton>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace pd::ui {

WelcomeDialog::WelcomeDialog(QWidget *parent)
    : Retranslated(parent)
    , m_title(new QLabel(this))
    , m_intro(new QLabel(this))
    , m_create(named<QCommandLinkButton>(QStringLiteral("createButton"), this))
    , m_demo(named<QCommandLinkButton>(QStringLiteral("demoButton"), this))
    , m_open(named<QCommandLinkButton>(QStringLiteral("openButton"), this))
    , m_server(named<QCommandLinkButton>(QStringLiteral("serverButton"), this))
    , m_quit(named<QCommandLinkButton>(QStringLiteral("quitButton"), this))
{
    setObjectName(QStringLiteral("welcomeDialog"));
    setWindowIcon(icons::application());

    emphasise(m_title, 1.6);
    m_intro->setWordWrap(true);

    QGridLayout *header = logoHeader(this, 64, m_title, m_intro, 16);

    m_create->setIcon(icons::lock());
    m_demo->setIcon(icons::dashboards());
    m_open->setIcon(icons::registers());
    m_server->setIcon(icons::server());
    m_create->setDefault(true);
    // The style draws a command link's focus only faintly or not at all: a ring in the
    // highlight colour shows which choice Enter takes (the room for it is kept when unfocused,
    // so that nothing moves).
    setStyleSheet(
        QStringLiteral("QCommandLinkButton { border: 2px solid transparent;"
                       " border-radius: 4px; }"
                       " QCommandLinkButton:focus { border-color: palette(highlight); }"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 20);
    layout->setSpacing(8);
    layout->addLayout(header);
    layout->addSpacing(12);
    layout->addWidget(m_create);
    layout->addWidget(m_demo);
    layout->addWidget(m_open);
    layout->addWidget(m_server);
    layout->addStretch(1);
    layout->addWidget(m_quit);
    setMinimumWidth(580);

    connect(m_create, &QCommandLinkButton::clicked, this, [this] { done(CreateStore); });
    connect(m_demo, &QCommandLinkButton::clicked, this, [this] { done(OpenDemo); });
    connect(m_open, &QCommandLinkButton::clicked, this, [this] { done(OpenExisting); });
    connect(m_server, &QCommandLinkButton::clicked, this, [this] { done(OpenServer); });
    connect(m_quit, &QCommandLinkButton::clicked, this, &WelcomeDialog::reject);
    retranslateUi();
}

QCommandLinkButton *WelcomeDialog::button(Choice choice) const
{
    switch (choice) {
    case CreateStore:
        return m_create;
    case OpenDemo:
        return m_demo;
    case OpenExisting:
        return m_open;
    case OpenServer:
        return m_server;
    case Quit:
        return m_quit;
    }
    return nullptr;
}

void WelcomeDialog::retranslateUi()
{
    setWindowTitle(tr("Welcome – Privacydesk"));
    m_title->setText(tr("Welcome to Privacydesk"));
    m_intro->setText(tr("Privacydesk keeps track of GDPR requests, disclosures and retention "
                        "periods in an encrypted store on this computer. There is no store "
                        "here yet."));
    m_create->setText(tr("Create a new store"));
    m_create->setDescription(
        tr("An empty, encrypted store for your organisation, protected by your password and a "
           "recovery key on paper."));
    m_demo->setText(tr("Open the demo (fictitious data)"));
    m_demo->setDescription(tr("Try Privacydesk in a separate store with made-up data only. "
                              "Never enter real personal data in the demo."));
    m_open->setText(tr("Open an existing store…"));
    //: Dutch: "Kies een map met een Privacydesk-kluis op deze computer."
    m_open->setDescription(tr("Choose a folder that holds a Privacydesk store on this computer."));
    //: Dutch: "Een kluis op een server openen…"
    m_server->setText(tr("Open a store on a server…"));
    //: Dutch: "Als u met meer collega's tegelijk werkt: de Privacydesk van uw organisatie op een
    //: PostgreSQL-server. De gegevens krijgt u van de afdeling ICT."
    m_server->setDescription(tr("When several colleagues work at the same time: your "
                                "organisation's Privacydesk on a PostgreSQL server. IT gives you "
                                "its details."));
    m_quit->setText(tr("Quit"));
    m_quit->setDescription({});
}

} // namespace pd::ui
