#include "cases/CaseNotListedNotice.h"

#include "EmptyStateWidget.h"
#include "Icons.h"
#include "Named.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QPushButton>
#include <QVBoxLayout>

namespace pd::ui {

CaseNotListedNotice::CaseNotListedNotice(QWidget *parent)
    : Retranslated(parent)
    , m_text(new EmptyStateWidget(icons::requests(), this))
    , m_showInList(named<QPushButton>(QStringLiteral("showCaseInList"), this))
    , m_close(named<QPushButton>(QStringLiteral("closeNotListedCase"), this))
{
    setObjectName(QStringLiteral("caseNotListed"));
    m_text->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    connect(m_showInList, &QPushButton::clicked, this, &CaseNotListedNotice::showInListRequested);
    connect(m_close, &QPushButton::clicked, this, &CaseNotListedNotice::closeRequested);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_showInList);
    buttons->addWidget(m_close);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(m_text);
    layout->addLayout(buttons);
    layout->addStretch(3);
    retranslateUi();
}

void CaseNotListedNotice::setCase(const QString &number, const QString &personName)
{
    m_number = number;
    m_personName = personName;
    retranslateUi();
}

void CaseNotListedNotice::retranslateUi()
{
    //: Dutch: "Het geopende verzoek staat niet in deze lijst"
    m_text->setTitle(tr("The open request is not in this list"));
    const QString request
        = m_personName.isEmpty() ? m_number : QStringLiteral("%1 (%2)").arg(m_number, m_personName);
    //: Dutch: "De zoekopdracht of de filters laten %1 weg. Wis ze om het weer in de lijst te
    //: zien, of kies een verzoek in de lijst."
    m_text->setText(tr("The search or the filters leave out %1. Clear them to see it in the list "
                       "again, or choose a request in the list.")
                        .arg(request));
    //: Dutch: "&Zoekopdracht en filters wissen"
    m_showInList->setText(tr("Clear the &search and filters"));
    //: Dutch: "Verzoek &sluiten"
    m_close->setText(tr("Close the re&quest"));
}

} // namespace pd::ui
