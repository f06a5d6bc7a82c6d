#include "cases/AssignHandlerDialog.h"

#include "Named.h"
#include "cases/CaseService.h"

#include <QComboBox>
#include <QLabel>
#include <QVBoxLayout>

namespace pd::ui {

AssignHandlerDialog::AssignHandlerDialog(CaseService &service, const Case &c, QDate today,
                                         QWidget *parent)
    : CaseActionDialog(service, c, today, parent)
    , m_handler(named<QComboBox>(QStringLiteral("handler"), this))
{
    //: Dutch: "Behandelaar toewijzen"
    setWindowTitle(tr("Assign the handler"));
    //: Dutch: "(niemand)"
    m_handler->addItem(tr("(nobody)"), QString());
    ServiceError error;
    const QList<std::pair<QString, QString>> handlers = service.possibleHandlers(&error);
    if (error.isError())
        //: Dutch: "De gebruikers konden niet worden gelezen: %1"
        m_readFailure = tr("The users could not be read: %1").arg(error.message);
    for (const auto &[login, name] : handlers)
        m_handler->addItem(name.trimmed().isEmpty() || name == login
                               ? login
                               : tr("%1 (%2)").arg(name.trimmed(), login),
                           login);
    // A handler no longer among them (removed, or another role now) stays visible as such.
    if (!c.handler.isEmpty() && m_handler->findData(c.handler) < 0)
        m_handler->addItem(c.handler, c.handler);
    m_handler->setCurrentIndex(std::max(0, m_handler->findData(c.handler)));
    //: Dutch: "&Behandelaar:"
    auto *label = new QLabel(tr("&Handler:"), this);
    label->setBuddy(m_handler);
    formLayout()->addWidget(label);
    formLayout()->addWidget(m_handler);
    //: Dutch: "Alleen een functionaris of beheerder kan een verzoek behandelen. De toewijzing
    //: komt in de tijdlijn van het verzoek."
    formLayout()->addWidget(wrappedLabel(tr("Only a functionaris or beheerder can handle a "
                                            "request. The assignment is recorded in the "
                                            "request's timeline."),
                                         this));
    connect(m_handler, &QComboBox::currentIndexChanged, this, &AssignHandlerDialog::revalidate);
    revalidate();
}

QString AssignHandlerDialog::validate() const
{
    if (!m_readFailure.isEmpty())
        return m_readFailure;
    if (m_handler->currentData().toString() == m_case.handler)
        //: Dutch: "Kies een andere behandelaar."
        return tr("Choose another handler.");
    return {};
}

bool AssignHandlerDialog::apply(QString *message)
{
    ServiceError error;
    const QString login = m_handler->currentData().toString();
    if (!m_service.assign(m_case.number, login, &error, m_case.version))
        return refused(error, message);
    //: Dutch: "Behandelaar: %1."
    setConfirmation(login.isEmpty() ? tr("The request has no handler now.")
                                    : tr("Handler: %1.").arg(m_handler->currentText()));
    return true;
}

} // namespace pd::ui
