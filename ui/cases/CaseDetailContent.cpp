// What the detail shows of one request: the header (name, kinds, deadline and its badges), the
// overview (the request, the person, the decision, the deadlines) and the identification, filled
// from the Case each time it is shown. The frame, the tabs and the actions are in
// CaseDetailWidget.cpp.
#include "DateText.h"
#include "Named.h"
#include "cases/CaseActionDialogs.h"
#include "cases/CaseDetailWidget.h"
#include "documents/EventText.h"
#include "domain/DataCategory.h"
#include "util/Clock.h"

#include <QAction>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QTimeZone>
#include <QToolButton>
#include <QVBoxLayout>

namespace pd::ui {

namespace {

const QString chipStyle = QStringLiteral(
    "QLabel { border: 1px solid palette(mid); border-radius: 9px; padding: 1px 8px; }");

QLabel *valueLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text.trimmed().isEmpty() ? QStringLiteral("—") : text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

} // namespace

void CaseDetailWidget::fillHeader(const Case &c, const CaseDeadlines &d)
{
    m_name->setText(c.person.name.isEmpty() ? tr("(no name)") : c.person.name);
    QStringList subtitle { c.number };
    if (!c.person.klantnummer.isEmpty())
        subtitle << tr("customer number %1").arg(c.person.klantnummer);
    subtitle << codes::label(c.person.relation);
    m_subtitle->setText(subtitle.join(QStringLiteral(" · ")));
    m_state->setText(codes::label(c.state));

    QLayout *chips = m_typeChips->layout();
    while (QLayoutItem *item = chips->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (RequestType type : c.types) {
        auto *chip = new QLabel(codes::label(type), m_typeChips);
        chip->setStyleSheet(chipStyle);
        chips->addWidget(chip);
    }
    static_cast<QHBoxLayout *>(chips)->addStretch(1);

    const QString binding
        = d.currentBinding == Binding::Legal ? tr("legal deadline") : tr("own deadline");
    const QDate now = today();
    QString status;
    bool overdue = false;
    // Late against the law and late against the organisation's own deadline are different
    // facts: both are named, each with its own count.
    const Lateness lateness = Lateness::of(c, d, now);
    if (!isOpen(c.state)) {
        if (c.answeredOn.isValid() && lateness.late())
            status = tr("answered on %1, %2").arg(EventText::date(c.answeredOn), lateness.text());
        else if (c.answeredOn.isValid())
            status = tr("answered on %1, on time").arg(EventText::date(c.answeredOn));
        else
            status = tr("closed");
    } else if (d.all.suspended) {
        status = tr("paused until the identification is received");
    } else if (d.all.mandateSuspended) {
        //: Dutch: "gepauzeerd tot de machtiging binnen is"
        status = tr("paused until the mandate is received");
    } else {
        const qint64 days = now.daysTo(d.current);
        if (days > 0) {
            status = tr("%n day(s) left", nullptr, static_cast<int>(days));
        } else if (days == 0) {
            status = tr("due today");
        } else {
            status = lateness.late() ? lateness.text()
                                     : tr("%n day(s) overdue", nullptr, static_cast<int>(-days));
            overdue = true;
        }
    }
    m_deadline->setText(
        tr("Deadline %1 — %2 (%3)").arg(EventText::date(d.current), status, binding));
    m_overdue->setText(tr("Overdue"));
    m_overdue->setVisible(overdue);
    m_extendedBadge->setText(tr("Extended"));
    m_extendedBadge->setVisible(c.extended);
    m_lateBadge->setText(tr("extension notice sent too late"));
    m_lateBadge->setToolTip(tr("The data subject was told after the first month; the legal "
                               "deadline was not extended."));
    m_lateBadge->setVisible(d.extensionLegallyLate);
}

void CaseDetailWidget::fillOverview(const Case &c, const CaseDeadlines &d)
{
    clearForm(m_overview);
    addRestrictionRow(c);
    QLabel *requestHeading = headingLabel(m_overview->parentWidget());
    requestHeading->setText(tr("Request"));
    m_overview->addRow(requestHeading);
    addRequestRows(c);
    if (!c.intakeOnly) {
        addPersonSourceRow(c);
        addPersonRelationRow(c);
    }
    if (c.extended)
        addOverviewRow(tr("Extension:"),
                       tr("%1 (data subject told on %2)")
                           .arg(c.extensionReason, EventText::date(c.extensionNotified)));
    if (c.outcome)
        addDecisionRows(c);
    addDeadlineRows(c, d);
    addExternalHoldRows(c);
    addConsentRow(c);
}

void CaseDetailWidget::addOverviewRow(const QString &label, const QString &value)
{
    m_overview->addRow(label, valueLabel(value, m_overview->parentWidget()));
}

// When, how and by whom the request came in, who asks and who handles it, and the address.
void CaseDetailWidget::addRequestRows(const Case &c)
{
    // The day of receipt counts; the time only when it is known (an e-mail's Date, a call),
    // in Dutch time like the intake that recorded it.
    const QTimeZone zone = organisationTimeZone();
    QString received = EventText::date(c.receivedDate);
    if (c.receivedAt.isValid() && c.receivedAt.toTimeZone(zone).date() == c.receivedDate)
        received = tr("%1 at %2")
                       .arg(received,
                            QLocale().toString(c.receivedAt.toTimeZone(zone).time(),
                                               QLocale::ShortFormat));
    addOverviewRow(tr("Received:"), received);
    addOverviewRow(tr("Channel:"), codes::label(c.channel));
    addOverviewRow(tr("Received by:"), c.receivedBy);
    // When it was typed in, which is not when it arrived.
    if (c.registeredAt.isValid())
        addOverviewRow(tr("Registered on:"),
                       QLocale().toString(c.registeredAt.toTimeZone(zone), QLocale::ShortFormat));
    addOverviewRow(tr("Representative:"), c.representative);
    if (!c.representativeMandate.trimmed().isEmpty())
        addOverviewRow(tr("Mandate:"), c.representativeMandate);
    // Where the letters to the representative go.
    if (!c.representativeAddress.trimmed().isEmpty())
        //: Dutch: "Adres gemachtigde:"
        addOverviewRow(tr("Representative's address:"), c.representativeAddress);
    // A portability export that goes straight to another controller (art. 20(2)).
    if (!c.transmitTo.isEmpty())
        //: Dutch: "Ontvangende organisatie:"
        addOverviewRow(tr("Receiving controller:"),
                       c.transmitTo.address.trimmed().isEmpty()
                           ? c.transmitTo.name.simplified()
                           : tr("%1 (%2)").arg(c.transmitTo.name.simplified(),
                                               c.transmitTo.address.trimmed()));
    addOverviewRow(tr("Description:"), c.description);
    addOverviewRow(tr("Callback number:"), c.callbackPhone);
    if (!c.intakeOnly)
        addOverviewRow(tr("Handler:"),
                       c.handler.isEmpty()
                           ? QString()
                           : (c.handler.compare(m_currentUser, Qt::CaseInsensitive) == 0
                                  ? tr("%1 (you)").arg(c.handler)
                                  : c.handler));
    addPersonAddressRow(c);
}

// The address, and under it the changes of the person's own record a request can lead to.
void CaseDetailWidget::addPersonAddressRow(const Case &c)
{
    if (c.intakeOnly || !m_access.may(Permission::EditCases)) {
        addOverviewRow(tr("Address:"), addressLine(c.person));
        return;
    }
    auto *row = new QWidget(m_overview->parentWidget());
    auto *layout = new QVBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    QLabel *value = valueLabel(addressLine(c.person), row);
    value->setObjectName(QStringLiteral("personAddressValue"));
    layout->addWidget(value, 1);
    // One under the other: side by side they ran past the pane at 1200 px.
    for (QAction *action : { m_addressAction, m_nameAction, m_contactAction, m_eraseAction }) {
        auto *button = named<QToolButton>(action->objectName() + QStringLiteral("Button"), row);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        layout->addWidget(button, 0, Qt::AlignLeft);
    }
    m_overview->addRow(tr("Address:"), row);
}

// Where the data came from when not from the person: the inzage report names it.
void CaseDetailWidget::addPersonSourceRow(const Case &c)
{
    auto *sourceRow = new QWidget(m_overview->parentWidget());
    auto *sourceLayout = new QVBoxLayout(sourceRow); // the button below: 1200 px
    sourceLayout->setContentsMargins(0, 0, 0, 0);
    QLabel *sourceValue = valueLabel(
        c.person.source.isEmpty() ? tr("the data subject") : c.person.source, sourceRow);
    sourceValue->setObjectName(QStringLiteral("personSourceValue"));
    sourceLayout->addWidget(sourceValue, 1);
    if (m_access.may(Permission::EditRegisters)) {
        auto *change = named<QToolButton>(QStringLiteral("personSourceButton"), sourceRow);
        change->setDefaultAction(m_sourceAction);
        change->setToolButtonStyle(Qt::ToolButtonTextOnly);
        sourceLayout->addWidget(change, 0, Qt::AlignLeft);
    }
    m_overview->addRow(tr("Source of the data:"), sourceRow);
}

// The relation and its end: the retention periods derived from it move with it.
void CaseDetailWidget::addPersonRelationRow(const Case &c)
{
    auto *relationRow = new QWidget(m_overview->parentWidget());
    auto *relationLayout = new QVBoxLayout(relationRow); // the button below: 1200 px
    relationLayout->setContentsMargins(0, 0, 0, 0);
    QLabel *relationValue
        = valueLabel(c.person.relationEnd.isValid() ? tr("%1, ended on %2")
                                                          .arg(codes::label(c.person.relation),
                                                               shortDate(c.person.relationEnd))
                                                    : codes::label(c.person.relation),
                     relationRow);
    relationValue->setObjectName(QStringLiteral("personRelationValue"));
    relationLayout->addWidget(relationValue, 1);
    // Changed from a request, it is a correction on its trail (PersonCorrections).
    if (m_access.may(Permission::EditCases)) {
        auto *change = named<QToolButton>(QStringLiteral("personRelationButton"), relationRow);
        change->setDefaultAction(m_relationAction);
        change->setToolButtonStyle(Qt::ToolButtonTextOnly);
        relationLayout->addWidget(change, 0, Qt::AlignLeft);
    }
    m_overview->addRow(tr("Relation:"), relationRow);
}

// The decision: the outcome, its grounds and reasons, and how the answer was sent.
void CaseDetailWidget::addDecisionRows(const Case &c)
{
    addOverviewRow(tr("Outcome:"), codes::label(*c.outcome));
    // A combined request is decided per kind: one line per kind, with its grounds, what was
    // done and the reasons.
    const QList<TypeDecision> parts = CaseWorkflow::decisionsOf(c);
    const bool perKind = CaseWorkflow::shownPerKind(parts);
    for (const TypeDecision &part : perKind ? parts : QList<TypeDecision>()) {
        QStringList lines { codes::label(part.outcome) };
        for (RefusalGround ground : part.grounds)
            lines << codes::label(ground);
        if (!part.granted.isEmpty())
            lines << tr("Done: %1").arg(part.granted);
        if (!part.motivation.isEmpty())
            lines << tr("Reasons: %1").arg(part.motivation);
        addOverviewRow(tr("%1:").arg(codes::label(part.type)), lines.join(u'\n'));
    }
    if (!c.refusalGrounds.isEmpty() && !perKind) {
        QStringList grounds;
        for (RefusalGround ground : c.refusalGrounds)
            grounds << codes::label(ground);
        addOverviewRow(tr("Grounds:"), grounds.join(u'\n'));
    }
    if (c.directMarketing)
        addOverviewRow(tr("Objection:"),
                       CaseWorkflow::weighedPart(c.objection)
                           //: Dutch: "deels tegen direct marketing (dat deel absoluut, art. 21
                           //: lid 3 AVG; de rest gewogen)"
                           ? tr("partly against direct marketing (that part absolute, art. 21(3) "
                                "GDPR; the rest weighed)")
                           : tr("against direct marketing (absolute, art. 21(3) GDPR)"));
    addCompletionDetailRows(c);
    if (!c.motivation.isEmpty() && !perKind)
        addOverviewRow(tr("Reasons:"), c.motivation);
    if (!c.noIdentificationReason.isEmpty())
        addOverviewRow(tr("Without identification:"), c.noIdentificationReason);
    addOverviewRow(tr("Answer sent:"),
                   c.answerChannel.isEmpty()
                       ? EventText::date(c.answeredOn)
                       : tr("%1 (%2)").arg(EventText::date(c.answeredOn),
                                           Codes::answerChannelLabel(c.answerChannel)));
}

// What the completion recorded beyond the outcome: the data a rectification, erasure
// or restriction changed (art. 19 is asked of those who got them), and what an objection was
// about, each stopped or not.
void CaseDetailWidget::addCompletionDetailRows(const Case &c)
{
    if (!c.changedData.isEmpty()) {
        QStringList data;
        for (DataCategory category : c.changedData)
            data << codes::label(category);
        //: Dutch: "Gewijzigde gegevens:"
        addOverviewRow(tr("Data changed:"), data.join(QStringLiteral(", ")));
    }
    if (!c.objection.isEmpty()) {
        QStringList parts;
        for (const ObjectionPart &part : c.objection) {
            const QString subject
                = part.subject == ObjectionSubject::Overig && !part.text.trimmed().isEmpty()
                ? part.text.simplified()
                : codes::label(part.subject);
            parts << (part.stopped ?
                                   //: Dutch: "%1: gestopt"
                          tr("%1: stopped")
                                   //: Dutch: "%1: gaat door"
                                   : tr("%1: goes on"))
                         .arg(subject);
        }
        //: Dutch: "Bezwaar over:"
        addOverviewRow(tr("Objection about:"), parts.join(u'\n'));
    }
}

// Every deadline of the request, the pause for the identification and the one in force now.
void CaseDetailWidget::addDeadlineRows(const Case &c, const CaseDeadlines &d)
{
    QLabel *deadlinesHeading = headingLabel(m_overview->parentWidget());
    deadlinesHeading->setText(tr("Deadlines"));
    deadlinesHeading->setContentsMargins(0, 12, 0, 0);
    m_overview->addRow(deadlinesHeading);
    const auto deadline = [this](const QString &label, QDate date, const QString &note) {
        addOverviewRow(label,
                       note.isEmpty() ? EventText::date(date)
                                      : tr("%1 — %2").arg(EventText::date(date), note));
    };
    const Deadlines &all = d.all;
    deadline(tr("Legal deadline:"), all.legal, tr("one month (art. 12(3) GDPR)"));
    deadline(tr("Legal, extended:"), all.legalExtended,
             d.extensionLegallyLate ? tr("not in force: the notice was sent too late")
                                    : tr("three months"));
    deadline(tr("Own deadline:"), all.policy, QString());
    deadline(tr("Own, extended:"), all.policyExtended,
             d.extensionAfterOwnDeadline
                 ? tr("not in force: the notice was sent after the own deadline")
                 //: Dutch: "het eigen beleid kent geen verlenging: verlengd volgens de wet, in
                 //: afwijking van het eigen beleid"
                 : d.extensionBeyondOwnPolicy
                 ? tr("the own policy has no extension: extended under the law, departing from "
                      "the own policy")
                 : QString());
    QString pause = tr("%n day(s)", nullptr, all.pauseDays);
    if (all.suspended)
        pause = tr("running: the deadline stands still until the identification is received");
    else if (all.identificationLate)
        pause = tr("none: the identification was requested too late after receipt, so the clock "
                   "kept running");
    if (!c.intakeOnly) // the identification is not an intake field
        addOverviewRow(tr("Identification pause:"), pause);
    // A representative's request waits for the mandate.
    if (const QString mandate = CaseWorkflow::mandatePauseText(c, all);
        !c.intakeOnly && !mandate.isEmpty())
        //: Dutch: "Pauze voor de machtiging:"
        addOverviewRow(tr("Mandate pause:"), mandate);
    addOverviewRow(tr("In force now:"),
                   tr("%1 (%2)").arg(EventText::date(d.current),
                                     d.currentBinding == Binding::Legal ? tr("legal deadline")
                                                                        : tr("own deadline")));
}

void CaseDetailWidget::fillIdentification(const Case &c)
{
    QWidget *owner = m_identificationTitle->parentWidget();
    clearForm(m_identification);
    const Identification &id = c.identification;
    const auto row = [this, owner](const QString &label, const QString &value) {
        m_identification->addRow(label, valueLabel(value, owner));
    };
    row(tr("Requested on:"), id.requested.isValid() ? EventText::date(id.requested) : QString());
    row(tr("Received on:"), id.received.isValid() ? EventText::date(id.received) : QString());
    row(tr("Method:"), id.method ? codes::label(*id.method) : QString());
    row(tr("Checked by:"), id.verifiedBy);
    row(tr("Result:"),
        id.succeeded ? (*id.succeeded ? tr("succeeded") : tr("failed")) : tr("not yet checked"));
    if (!c.noIdentificationReason.isEmpty())
        row(tr("Decided without it:"), c.noIdentificationReason);
}

} // namespace pd::ui
