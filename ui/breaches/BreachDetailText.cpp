// BreachDetailWidget's text: one breach as HTML, section by section (what happened, the
// assessment, the notification to the AP, informing the people concerned, the state).
#include "breaches/BreachListModel.h"
#include "breaches/BreachService.h"
#include "breaches/BreachesPage.h"
#include "registers/Disclosures.h"

#include <QLocale>
#include <QTextBrowser>

namespace pd::ui {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>"));
}

// A row of the detail's table: label and value (escaped already); nothing for an empty value.
QString row(const QString &label, const QString &valueHtml)
{
    if (valueHtml.isEmpty())
        return {};
    return QStringLiteral("<tr><td style='padding-right:12px; color:#555;'>%1</td><td>%2</td></tr>")
        .arg(label.toHtmlEscaped(), valueHtml);
}

QString table(const QString &rows)
{
    return rows.isEmpty()
        ? QString()
        : QStringLiteral("<table cellspacing='0' cellpadding='2'>%1</table>").arg(rows);
}

QString moment(const QDateTime &m)
{
    return BreachListModel::momentText(m);
}

QString lateHtml(const QString &text)
{
    return QStringLiteral("<span style='color:#8a1f11; font-weight:bold;'>%1</span>")
        .arg(text.toHtmlEscaped());
}

} // namespace

void BreachDetailWidget::render()
{
    updateActions();
    if (!m_readError.isEmpty()) {
        m_text->setHtml(QStringLiteral("<p>%1</p>").arg(lateHtml(m_readError)));
        return;
    }
    if (!m_breach) {
        m_text->setHtml(
            QStringLiteral("<p style='color:#555;'>%1</p>")
                .arg(tr("Choose a data breach in the list to see it here.").toHtmlEscaped()));
        return;
    }
    const Breach &b = *m_breach;
    ApClock clock;
    clock.text = BreachListModel::clockText(b, m_session.clock().now(), &clock.late);
    m_text->setHtml(headingHtml(b, clock) + descriptionHtml(b) + assessmentHtml(b)
                    + apNotificationHtml(b, clock) + subjectsHtml(b) + stateHtml(b));
}

// The number and title, the state and the 72-hour clock, and whether it was destroyed.
QString BreachDetailWidget::headingHtml(const Breach &b, const ApClock &clock)
{
    QString html;
    html += QStringLiteral("<h2>%1 — %2</h2>")
                .arg(esc(b.number), esc(BreachListModel::titleText(b)));
    html += QStringLiteral("<p>%1 · %2</p>")
                .arg(esc(codes::label(b.state)),
                     clock.late ? lateHtml(clock.text) : esc(clock.text));
    // Destroyed under its retention rule: what is shown below is the register's skeleton.
    if (b.isDestroyed())
        html += QStringLiteral("<p><b>%1</b></p>")
                    .arg(esc(tr("Destroyed on %1 by %2 under the retention rule for the "
                                "data-breach register: the personal data, the linked persons, "
                                "the letters and the free texts are gone. What stays is the "
                                "register's skeleton: the number, the moments, the nature, the "
                                "data categories, the numbers, the risk, the decisions and the "
                                "AP's reference.")
                                 .arg(QLocale().toString(b.destroyedOn, QLocale::ShortFormat),
                                      b.destroyedBy)));
    return html;
}

// What happened, to whom and to which data, as reported.
QString BreachDetailWidget::descriptionHtml(const Breach &b)
{
    QString rows;
    rows += row(tr("What happened"), esc(b.description));
    rows += row(tr("Discovered"), esc(moment(b.discoveredAt)));
    rows += row(tr("Deadline for the AP"),
                esc(b.clockFromProcessor()
                        //: Dutch: "%1 (72 uur na de melding van de verwerker, artikel 33 lid 2
                        //: AVG)"
                        ? tr("%1 (72 hours after the processor's report, art. 33(2) GDPR)")
                              .arg(moment(b.apDeadline()))
                        : tr("%1 (72 hours after the discovery)").arg(moment(b.apDeadline()))));
    if (b.earlierAwareness() && !b.clockFromProcessor())
        rows += row(BreachService::processorToldReasonLabel(), esc(b.processorToldReason));
    rows += row(tr("Happened"),
                b.occurredAt.isValid() ? esc(moment(b.occurredAt)) : esc(tr("unknown")));
    rows += row(tr("Reported"), esc(tr("by %1 on %2").arg(b.reportedBy, moment(b.reportedAt))));
    QStringList natures;
    for (BreachNature n : b.natures)
        natures << codes::label(n);
    rows += row(tr("Nature"), esc(natures.join(QStringLiteral(", "))));
    QStringList dataTexts;
    for (DataCategory c : b.data) {
        // Special and criminal data (their labels say so) stand out.
        dataTexts << (DataCategoryCodes::isSpecial(c) ? lateHtml(codes::label(c))
                                                      : esc(codes::label(c)));
        if (c == DataCategory::Overig && !b.dataText.trimmed().isEmpty())
            dataTexts.last() += esc(QStringLiteral(": ") + b.dataText.simplified());
    }
    rows += row(tr("Personal data"), dataTexts.join(QStringLiteral(", ")));
    const auto count = [](std::optional<int> n, bool estimate) {
        if (!n)
            return tr("unknown");
        return estimate ? tr("about %1 (estimate)").arg(QLocale().toString(*n))
                        : QLocale().toString(*n);
    };
    rows += row(tr("Persons"), esc(count(b.persons, b.personsEstimate)));
    rows += row(tr("Records"), esc(count(b.records, b.recordsEstimate)));
    rows += row(tr("Group of people"), esc(b.groupText));
    QStringList persons;
    for (const BreachPerson &p : b.linkedPersons) {
        QString name = p.klantnummer.isEmpty()
            ? p.name
            : QStringLiteral("%1 (%2)").arg(p.name, p.klantnummer);
        if (p.informedOn.isValid())
            name = tr("%1, informed on %2")
                       .arg(name, QLocale().toString(p.informedOn, QLocale::ShortFormat));
        persons << esc(name);
    }
    rows += row(tr("Linked persons"), persons.join(QStringLiteral("<br>")));
    if (b.processorId > 0)
        rows
            += row(tr("Processor"),
                   esc(b.processorToldAt.isValid()
                           ? tr("%1, told us on %2").arg(b.processorName, moment(b.processorToldAt))
                           : b.processorName));
    rows += row(tr("Measures before"), esc(b.measuresBefore));
    rows += row(tr("Measures taken since"), esc(b.measuresTaken));
    rows += row(tr("Likely consequences"), esc(b.consequences));
    rows += row(tr("International"), esc(b.international));
    return table(rows);
}

// The risk with its reasoning and criteria, and the two decisions that follow from it.
QString BreachDetailWidget::assessmentHtml(const Breach &b)
{
    QString html;
    html += QStringLiteral("<h3>%1</h3>").arg(tr("Assessment").toHtmlEscaped());
    if (!b.risk) {
        html += QStringLiteral("<p>%1</p>")
                    .arg(esc(tr("Not assessed yet. Decide within the 72 hours whether the AP "
                                "must be notified.")));
    } else {
        QString assessed;
        assessed += row(tr("Risk"), esc(codes::label(*b.risk)));
        assessed += row(tr("Reasoning"), esc(b.reasoning));
        QStringList criteria;
        for (BreachCriterion c : b.criteria)
            criteria << esc(codes::label(c));
        assessed += row(tr("Criteria that weigh"), criteria.join(QStringLiteral("<br>")));
        assessed
            += row(tr("Assessed"), esc(tr("by %1 on %2").arg(b.assessedBy, moment(b.assessedAt))));
        const auto decision = [](const BreachDecision &d) {
            if (!d.recorded)
                return QString();
            QString text = d.yes ? tr("yes") : tr("no");
            if (!d.reason.isEmpty())
                text += QStringLiteral(" — ") + d.reason;
            text += QStringLiteral(" (") + tr("by %1 on %2").arg(d.by, moment(d.at))
                + QStringLiteral(")");
            return text;
        };
        assessed += row(tr("Notify the AP"), esc(decision(b.apDecision)));
        assessed += row(tr("Inform the people concerned"), esc(decision(b.subjectsDecision)));
        html += table(assessed);
    }
    return html;
}

// When the AP was notified (late or not) and the follow-ups; else the clock.
QString BreachDetailWidget::apNotificationHtml(const Breach &b, const ApClock &clock)
{
    QString html;
    html += QStringLiteral("<h3>%1</h3>").arg(tr("Notification to the AP").toHtmlEscaped());
    if (b.apNotifiedAt.isValid()) {
        QString notified;
        notified += row(
            tr("Notified"),
            b.apNotifiedLate()
                //: Dutch: "%1 — %3 te laat, na de termijn van %2"
                ? lateHtml(tr("%1 — %3 late, after the deadline of %2")
                               .arg(moment(b.apNotifiedAt), moment(b.apDeadline()),
                                    BreachCodes::delayText(b.apDeadline().secsTo(b.apNotifiedAt))))
                : esc(moment(b.apNotifiedAt)));
        notified += row(tr("AP reference"), esc(b.apReference));
        notified += row(tr("Reasons for the delay"), esc(b.apLateReason));
        notified += row(tr("Notified by"), esc(b.apNotifiedBy));
        for (const BreachFollowUp &f : b.followUps)
            notified
                += row(codes::label(f.kind),
                       esc(tr("%1, %2: %3 (%4)").arg(moment(f.at), f.reference, f.text, f.by)));
        html += table(notified);
    } else {
        html
            += QStringLiteral("<p>%1</p>").arg(clock.late ? lateHtml(clock.text) : esc(clock.text));
    }
    return html;
}

// Whether and how the people concerned were informed.
QString BreachDetailWidget::subjectsHtml(const Breach &b)
{
    QString html;
    html += QStringLiteral("<h3>%1</h3>").arg(tr("Informing the people concerned").toHtmlEscaped());
    if (b.subjectsNotifiedOn.isValid()) {
        QString informed;
        const QString on = QLocale().toString(b.subjectsNotifiedOn, QLocale::ShortFormat);
        if (b.publicNotice) {
            informed += row(tr("Public notice"), esc(tr("on %1: %2").arg(on, b.subjectsHow)));
            informed += row(tr("Why a public notice"), esc(b.publicNoticeReason));
        } else {
            informed += row(tr("Informed"), esc(tr("on %1: %2").arg(on, b.subjectsHow)));
            if (b.subjectsCount)
                informed += row(tr("Number informed"), esc(QLocale().toString(*b.subjectsCount)));
        }
        informed += row(tr("Recorded by"), esc(b.subjectsNotifiedBy));
        html += table(informed);
    } else if (b.subjectsDecision.recorded && b.subjectsDecision.yes) {
        html += QStringLiteral("<p>%1</p>").arg(lateHtml(tr("Still to inform (high risk).")));
    } else {
        html += QStringLiteral("<p>%1</p>").arg(esc(tr("Not informed.")));
    }
    return html;
}

// Closed, or what is still missing before it can be.
QString BreachDetailWidget::stateHtml(const Breach &b)
{
    QString html;
    html += QStringLiteral("<h3>%1</h3>").arg(tr("State").toHtmlEscaped());
    if (b.state == BreachState::Gesloten) {
        html += QStringLiteral("<p>%1</p>")
                    .arg(esc(tr("Closed by %1 on %2").arg(b.closedBy, moment(b.closedAt))));
    } else {
        const QStringList missing = BreachService::missingForClose(b);
        html += QStringLiteral("<p>%1</p>")
                    .arg(missing.isEmpty()
                             ? esc(tr("Open; it can be closed."))
                             : esc(tr("Open. Before closing: %1").arg(missing.join(u' '))));
    }
    return html;
}

} // namespace pd::ui
