// The restriction of processing in the desk (RestrictionWidget.h).
#include "cases/RestrictionWidget.h"

#include "FormFields.h"
#include "MessageLabel.h"
#include "Named.h"
#include "cases/ExternalHoldsWidget.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace pd::ui {

RestrictionWidget::RestrictionWidget(const Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_access(DeskAccess::of(session))
{
    setObjectName(QStringLiteral("restriction"));
    m_text = named<QLabel>(QStringLiteral("restrictionMarker"), this);
    m_text->setWordWrap(true);
    m_text->setStyleSheet(QStringLiteral("color: #a00000; font-weight: bold;"));
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message = new MessageLabel(this);
    //: Dutch: "Beperking vastleggen…"
    m_record = new QPushButton(tr("Record a restriction…"), this);
    //: Dutch: "Beperking opheffen…"
    m_lift = new QPushButton(tr("Lift the restriction…"), this);
    m_record->setObjectName(QStringLiteral("restrictionRecord"));
    m_lift->setObjectName(QStringLiteral("restrictionLift"));
    m_access.offer(m_record, Permission::EditCases);
    m_access.offer(m_lift, Permission::EditCases);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_record);
    buttons->addWidget(m_lift);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text);
    layout->addWidget(m_message);
    layout->addLayout(buttons);
    connect(m_record, &QPushButton::clicked, this, [this] { record(); });
    connect(m_lift, &QPushButton::clicked, this, [this] { lift(); });
}

void RestrictionWidget::showPerson(qint64 personId, const QString &caseNumber)
{
    m_person = personId;
    m_case = caseNumber;
    reload();
}

QString RestrictionWidget::text() const
{
    return m_text->text();
}

void RestrictionWidget::reload()
{
    m_inForce.clear();
    // The marker's read is the phone intake's (IntakeCase); an auditor reads them whole.
    const RestrictionService service(m_session);
    ServiceError error;
    std::optional<QList<PersonRestriction>> read;
    if (m_access.may(Permission::IntakeCase))
        read = service.markers(m_person, &error);
    else if (m_access.may(Permission::ViewAllCases))
        read = service.ofPerson(m_person, &error);
    if (read)
        for (const PersonRestriction &r : *read)
            if (r.active())
                m_inForce << r;
    if (error.isError())
        //: Dutch: "Of de verwerking is beperkt, kon niet worden gelezen: %1"
        m_text->setText(
            tr("Whether processing is restricted could not be read: %1").arg(error.message));
    else
        m_text->setText(RestrictionService::markerText(m_inForce));
    m_text->setVisible(!m_text->text().isEmpty());
    m_lift->setEnabled(!m_inForce.isEmpty());
    // Nothing to show and nothing to do: no room taken.
    setVisible(!m_text->text().isEmpty() || m_access.may(Permission::EditCases));
}

bool RestrictionWidget::record()
{
    RestrictionDialog dialog(m_session, m_person, m_case, this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    m_message->setMessage({});
    reload();
    Q_EMIT changed();
    return true;
}

bool RestrictionWidget::lift()
{
    if (m_inForce.isEmpty())
        return false;
    qint64 id = m_inForce.first().id;
    if (m_inForce.size() > 1) {
        QStringList items;
        for (const PersonRestriction &r : std::as_const(m_inForce))
            items << r.data;
        bool ok = false;
        //: Dutch: "Beperking opheffen"
        const QString chosen = QInputDialog::getItem(
            this, tr("Lift the restriction"), tr("Which restriction?"), items, 0, false, &ok);
        if (!ok)
            return false;
        id = m_inForce.at(items.indexOf(chosen)).id;
    }
    ServiceError error;
    QString request;
    if (!RestrictionService(m_session).lift(id, m_case, &error, &request)) {
        m_message->setMessage(error.message);
        return false;
    }
    m_message->setMessage({});
    reload();
    Q_EMIT changed();
    if (!request.isEmpty())
        Q_EMIT lifted(request);
    return true;
}

RestrictionDialog::RestrictionDialog(const Session &session, qint64 personId,
                                     const QString &caseNumber, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_person(personId)
    , m_case(caseNumber)
{
    setObjectName(QStringLiteral("restrictionDialog"));
    //: Dutch: "Beperking van de verwerking (art. 18 AVG)"
    setWindowTitle(tr("Restriction of processing (art. 18 GDPR)"));
    m_data = new QLineEdit(this);
    //: Dutch: "bijvoorbeeld: telefoonnummer en e-mailadres"
    m_data->setPlaceholderText(tr("for example: phone number and e-mail address"));
    m_ground = new QComboBox(this);
    for (RestrictionGround ground : codes::all<RestrictionGround>())
        m_ground->addItem(codes::label(ground), codes::code(ground));
    m_ground->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_ground->setMinimumContentsLength(40);
    m_reason = new QLineEdit(this);
    m_from = pastDateEdit(session.clock().today(), this);
    //: Dutch: "Hoort bij verzoek %1"
    m_linked = new QCheckBox(tr("Belongs to request %1").arg(caseNumber), this);
    m_linked->setChecked(!caseNumber.isEmpty());
    m_linked->setVisible(!caseNumber.isEmpty());
    m_message = new MessageLabel(this);
    auto *form = new QFormLayout;
    //: Dutch: "Welke gegevens:"
    form->addRow(tr("Which data:"), m_data);
    //: Dutch: "Grond:"
    form->addRow(tr("Ground:"), m_ground);
    //: Dutch: "Waarom:"
    form->addRow(tr("Why:"), m_reason);
    //: Dutch: "Vanaf:"
    form->addRow(tr("From:"), m_from);
    form->addRow(m_linked);
    layOutFormDialog(this, form, m_message, 640);
}

void RestrictionDialog::accept()
{
    NewRestriction r;
    r.personId = m_person;
    r.data = m_data->text();
    r.ground = codes::from<RestrictionGround>(m_ground->currentData().toString())
                   .value_or(RestrictionGround::Accuracy);
    r.reason = m_reason->text();
    r.startedOn = m_from->date();
    if (m_linked->isChecked())
        r.caseNumber = m_case;
    ServiceError error;
    if (!RestrictionService(m_session).record(r, BsnCheck::Refuse, &error)) {
        m_message->setMessage(error.message);
        return;
    }
    QDialog::accept();
}

} // namespace pd::ui
