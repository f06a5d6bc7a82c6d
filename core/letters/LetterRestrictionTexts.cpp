#include "letters/LetterRestrictionTexts.h"

#include "letters/LetterWords.h"

namespace pd::letterrestrictions {

using namespace letterwords;

QList<PersonRestriction> liftable(const LetterContext &context)
{
    QList<PersonRestriction> result;
    for (const PersonRestriction &r : context.restrictions)
        if (RestrictionDecisions::holding(r, context.restrictionDecisions).isEmpty())
            result << r;
    return result;
}

QString restrictionsHtml(const LetterContext &context)
{
    const QList<PersonRestriction> lifted = liftable(context);
    if (lifted.isEmpty())
        return {};
    QString html = QStringLiteral("<ul>");
    for (const PersonRestriction &r : lifted)
        html += QStringLiteral("<li>%1, sinds %2 (%3)</li>")
                    .arg(escaped(r.data), dutchDate(r.startedOn),
                         escaped(RestrictionCodes::dutchText(r.ground)));
    return html + QStringLiteral("</ul>");
}

namespace {

const QString asBefore = QStringLiteral("Daarna gebruiken wij deze gegevens weer zoals voor de "
                                        "beperking.");
const QString noReason = QStringLiteral("Daarom is er geen reden meer voor de beperking, en heffen "
                                        "wij de beperking op.");

// "Op 5 juni 2026 hebben wij besloten over uw verzoek (ons kenmerk R-2026-0012)."
QString decidedOn(const RestrictionDecision &d)
{
    return QStringLiteral("Op %1 hebben wij daarover besloten (ons kenmerk %2).")
        .arg(dutchDate(d.decidedOn), escaped(d.caseNumber));
}

// Sub a: the check of the contested data is over; what the rectification decided.
QString accuracyEnd(const RestrictionDecision &d)
{
    const Outcome outcome = d.outcome.value_or(Outcome::Afgewezen);
    const QString contested
        = QStringLiteral("U vond dat deze gegevens niet klopten. %1 ").arg(decidedOn(d));
    if (outcome == Outcome::Toegewezen)
        return contested
            + QStringLiteral("Wij hebben ze gecorrigeerd, zoals u vroeg. %1 Vanaf dan gebruiken "
                             "wij alleen de gecorrigeerde gegevens. De oude gegevens gebruiken "
                             "wij niet meer.")
                  .arg(noReason);
    if (outcome == Outcome::DeelsToegewezen)
        return contested
            + QStringLiteral("Wij hebben ze gecontroleerd. Een deel ervan hebben wij "
                             "gecorrigeerd. In ons besluit staat wat wij hebben gecorrigeerd, "
                             "en waarom wij de rest niet hebben veranderd. De controle is klaar. "
                             "%1 Vanaf dan gebruiken wij alleen de gecorrigeerde gegevens. De "
                             "oude gegevens die wij hebben gecorrigeerd, gebruiken wij niet "
                             "meer.")
                  .arg(noReason);
    if (outcome == Outcome::Afgewezen)
        return contested
            + QStringLiteral("Wij hebben ze gecontroleerd, en besloten ze niet te veranderen. In "
                             "ons besluit staat waarom. De controle is klaar. %1 %2")
                  .arg(noReason, asBefore);
    // Withdrawn, or not taken into consideration: nothing is checked any more.
    return contested
        + QStringLiteral("Uw verzoek om ze te corrigeren is afgesloten zonder correctie. %1 %2")
              .arg(noReason, asBefore);
}

// Sub d: the weighing of the objection is over; what stopped stays stopped.
QString objectionEnd(const RestrictionDecision &d, SubjectText subject)
{
    const Outcome outcome = d.outcome.value_or(Outcome::Afgewezen);
    QString stopped;
    QString kept;
    for (const ObjectionPart &part : d.objection)
        (part.stopped ? stopped : kept)
            += QStringLiteral("<li>%1</li>").arg(escaped(subject(part)));
    QString html = QStringLiteral("U maakte bezwaar tegen het gebruik van deze gegevens. Wij "
                                  "hebben uw bezwaar gewogen. %1")
                       .arg(decidedOn(d));
    const bool granted = outcome == Outcome::Toegewezen || outcome == Outcome::DeelsToegewezen;
    if (!stopped.isEmpty() || !kept.isEmpty()) {
        // The lists between the paragraph that opened and the one the caller closes.
        html += QStringLiteral("</p>");
        if (!stopped.isEmpty())
            html += QStringLiteral("<p>Hiervoor gebruiken wij deze gegevens niet meer:</p>"
                                   "<ul>%1</ul>")
                        .arg(stopped);
        if (!kept.isEmpty())
            html += QStringLiteral("<p>Hiervoor gebruiken wij deze gegevens wel weer, zoals in "
                                   "ons besluit staat:</p><ul>%1</ul>")
                        .arg(kept);
        html += QStringLiteral("<p>");
    } else if (outcome == Outcome::Toegewezen) {
        html += QStringLiteral(" Wij hebben uw bezwaar toegewezen: het gebruik waartegen u "
                               "bezwaar maakte, is gestopt. In ons besluit staat welk gebruik "
                               "dat is.");
    } else if (outcome == Outcome::DeelsToegewezen) {
        html += QStringLiteral(" Wij hebben uw bezwaar voor een deel toegewezen. In ons besluit "
                               "staat voor welk gebruik; dat gebruik is gestopt.");
    } else if (outcome == Outcome::Afgewezen) {
        html += QStringLiteral(" Wij hebben uw bezwaar afgewezen. In ons besluit staat waarom.");
    } else {
        html += QStringLiteral(" Uw bezwaar is afgesloten zonder besluit over het gebruik.");
    }
    html += u' ' + noReason;
    // What the decision stopped is never used "as before the restriction".
    if (!stopped.isEmpty() || (kept.isEmpty() && granted))
        return html
            + QStringLiteral(" Wat is gestopt, blijft gestopt. Voor het andere gebruik gebruiken "
                             "wij deze gegevens daarna weer zoals in ons besluit staat.");
    return html + u' ' + asBefore;
}

// The end of one restriction, in sentences.
QString endOf(const PersonRestriction &r, const LetterContext &context, SubjectText subject)
{
    const RestrictionDecision *d = RestrictionDecisions::find(context.restrictionDecisions, r.id);
    if (d && d->decided && d->type == RequestType::Rectificatie)
        return accuracyEnd(*d);
    if (d && d->decided && d->type == RequestType::Bezwaar)
        return objectionEnd(*d, subject);
    return QStringLiteral("De reden voor de beperking geldt niet meer. Daarom heffen wij de "
                          "beperking op. ")
        + asBefore;
}

} // namespace

QString restrictionEndHtml(const LetterContext &context, SubjectText subject)
{
    const QList<PersonRestriction> lifted = liftable(context);
    if (lifted.isEmpty())
        return {};
    const QString head = QStringLiteral("<p><b>Wat verandert er?</b><br>");
    if (lifted.size() == 1)
        return head + endOf(lifted.first(), context, subject) + QStringLiteral("</p>");
    // Each its own decision, named by its data.
    QString html = head + QStringLiteral("Dit verandert er per beperking.</p>");
    for (const PersonRestriction &r : lifted)
        html += QStringLiteral("<p><i>%1</i>: %2</p>")
                    .arg(escaped(r.data), endOf(r, context, subject));
    return html;
}

} // namespace pd::letterrestrictions
