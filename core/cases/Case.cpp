#include "cases/Case.h"

#include "cases/Grounds.h"
#include "domain/LawAlone.h"
#include "session/Access.h"

#include <QLocale>
#include <QStringList>

#include <algorithm>

namespace pd {

DeadlineInput Case::deadlineInput() const
{
    return { receivedDate, identification.requested, identification.received, mandate.requested,
             mandate.received };
}

bool Case::awaitsMandate() const
{
    return !representative.trimmed().isEmpty() && !mandate.received.isValid();
}

QString CaseWorkflow::checkRequestMandate(const Case &c, QDate requested, QDate today)
{
    if (c.representative.trimmed().isEmpty())
        //: Dutch: "Dit verzoek is niet door een gemachtigde gedaan: er is geen machtiging nodig."
        return tr("This request was not made by a representative: it needs no mandate.");
    if (!isOpen(c.state))
        return tr("The request is closed.");
    if (!requested.isValid())
        //: Dutch: "Vul de datum in waarop om de machtiging is gevraagd."
        return tr("Enter the date the mandate was requested.");
    if (requested < c.receivedDate)
        //: Dutch: "Om de machtiging kan niet zijn gevraagd vóór de ontvangst van het verzoek."
        return tr("The mandate cannot have been requested before the request was received.");
    if (requested > today)
        //: Dutch: "De datum waarop om de machtiging is gevraagd ligt in de toekomst."
        return tr("The date the mandate was requested lies in the future.");
    if (c.mandate.received.isValid())
        //: Dutch: "De machtiging is al ontvangen."
        return tr("The mandate has already been received.");
    return {};
}

QString CaseWorkflow::mandatePauseText(const Case &c, const Deadlines &d)
{
    if (c.representative.trimmed().isEmpty())
        return {};
    // Closed without it: no grant went out (checkComplete), and no clock runs any more.
    if (!c.mandate.received.isValid() && !isOpen(c.state))
        //: Dutch: "Niet ontvangen: het verzoek is zonder machtiging afgesloten; er is niets naar
        //: %1 gegaan."
        return tr("Not received: the request was closed without it; nothing went to %1.")
            .arg(c.representative.trimmed());
    if (d.mandateSuspended)
        //: Dutch: "De termijn staat stil tot de machtiging van %1 binnen is (gevraagd op %2)."
        return tr("The deadline stands still until the mandate of %1 is received (requested on "
                  "%2).")
            .arg(c.representative.trimmed(),
                 QLocale().toString(c.mandate.requested, QLocale::ShortFormat));
    if (d.mandateLate)
        //: Dutch: "Geen: om de machtiging is te laat na ontvangst gevraagd, dus de termijn liep
        //: door."
        return tr("None: the mandate was requested too late after receipt, so the clock kept "
                  "running.");
    // Received with the request, or on the day it was asked for: no pause to show (seed 003:
    // "0 dagen wachten erop bij de termijnen opgeteld").
    if (c.mandate.received.isValid() && d.mandatePauseDays <= 0)
        return {};
    if (c.mandate.received.isValid())
        //: Dutch: "Machtiging ontvangen op %1; %n dag(en) wachttijd is/zijn bij de termijnen
        //: opgeteld."
        return tr("Mandate received on %1; %n day(s) waiting for it added to the deadlines.",
                  nullptr, d.mandatePauseDays)
            .arg(QLocale().toString(c.mandate.received, QLocale::ShortFormat));
    //: Dutch: "Nog niet gevraagd: de termijn loopt. Vraag de machtiging van %1 op met de brief
    //: 'Verzoek om machtiging'."
    return tr("Not yet requested: the deadline runs. Ask %1 for the mandate with the letter "
              "'Request for a mandate'.")
        .arg(c.representative.trimmed());
}

QString CaseWorkflow::checkReceiveMandate(const Case &c, QDate received, QDate today)
{
    if (c.representative.trimmed().isEmpty())
        return tr("This request was not made by a representative: it needs no mandate.");
    if (!isOpen(c.state))
        return tr("The request is closed.");
    if (c.mandate.received.isValid())
        return tr("The mandate has already been received.");
    if (!received.isValid())
        //: Dutch: "Vul de datum in waarop de machtiging is ontvangen."
        return tr("Enter the date the mandate was received.");
    if (received < c.receivedDate)
        //: Dutch: "De machtiging kan niet zijn ontvangen vóór het verzoek."
        return tr("The mandate cannot have been received before the request.");
    if (c.mandate.requested.isValid() && received < c.mandate.requested)
        //: Dutch: "De machtiging kan niet zijn ontvangen voordat erom is gevraagd."
        return tr("The mandate cannot have been received before it was requested.");
    if (received > today)
        //: Dutch: "De datum waarop de machtiging is ontvangen ligt in de toekomst."
        return tr("The date the mandate was received lies in the future.");
    return {};
}

QString CaseWorkflow::checkReceived(QDate received, QDate today)
{
    if (!received.isValid())
        return tr("Enter the date the request was received.");
    if (received > today)
        return tr("The date of receipt lies in the future.");
    if (received < earliestReceipt())
        return tr("The date of receipt lies before %1.")
            .arg(QLocale().toString(earliestReceipt(), QLocale::ShortFormat));
    return {};
}

CaseDeadlines deadlinesFor(const Case &c, const DeadlinePolicy &policy)
{
    CaseDeadlines result;
    result.all = computeDeadlines(c.deadlineInput(), policy);
    const bool told = c.extended && c.extensionNotified.isValid();
    result.extensionLegallyLate = told && c.extensionNotified > result.all.legal;
    // Under the law alone there is no own term to miss: the legal one says it all.
    result.extensionAfterOwnDeadline = told && !isLawAlone(policy) && result.all.policy.isValid()
        && c.extensionNotified > result.all.policy;
    result.extensionBeyondOwnPolicy = told && !result.extensionLegallyLate
        && !result.extensionAfterOwnDeadline && policy.extension.amount == 0;
    if (!c.extended) {
        result.current = result.all.effective;
        result.currentBinding = result.all.binding;
        return result;
    }
    // A notice sent after the first month does not extend the legal term (art. 12(3)); one sent
    // after the organisation's own deadline does not extend that one, nor does any under a
    // policy without an extension of its own (policyExtended is its own term then: the request
    // stays late against it, the departure from the own policy). The earlier of the two that
    // stand applies, the legal one on a tie.
    const QDate legal = result.extensionLegallyLate ? result.all.legal : result.all.legalExtended;
    const QDate own
        = result.extensionAfterOwnDeadline ? result.all.policy : result.all.policyExtended;
    const bool legalFirst = !own.isValid() || (legal.isValid() && legal <= own);
    result.current = legalFirst ? legal : own;
    result.currentBinding = legalFirst ? Binding::Legal : Binding::Policy;
    return result;
}

QString CaseWorkflow::checkRequestIdentification(const Case &c, QDate requested, QDate today)
{
    if (c.state != CaseState::Ontvangen && c.state != CaseState::Identificatie)
        return tr("Identification can only be requested for a case that was received and is not "
                  "yet being handled.");
    if (!requested.isValid())
        return tr("Enter the date the identification was requested.");
    if (requested < c.receivedDate)
        return tr("The identification cannot have been requested before the request was received.");
    if (requested > today)
        return tr("The date the identification was requested lies in the future.");
    if (c.identification.received.isValid())
        return tr("The identification has already been received.");
    return {};
}

QString CaseWorkflow::checkReceiveIdentification(const Case &c, QDate received, QDate today)
{
    if (!isOpen(c.state) || c.state == CaseState::InBehandeling)
        return tr("Identification can only be recorded for a case that is received or waiting "
                  "for identification.");
    if (!received.isValid())
        return tr("Enter the date the identification was received.");
    if (received < c.receivedDate)
        return tr("The identification cannot have been received before the request.");
    if (c.identification.requested.isValid() && received < c.identification.requested)
        return tr("The identification cannot have been received before it was requested.");
    if (received > today)
        return tr("The date the identification was received lies in the future.");
    return {};
}

QString CaseWorkflow::checkExtend(const Case &c, const QString &reason, QDate notified, QDate today)
{
    if (!isOpen(c.state))
        return tr("Only an open case can be extended.");
    if (c.extended)
        return tr("This case has already been extended; the law allows one extension of at most "
                  "two months.");
    if (reason.trimmed().isEmpty())
        return tr("State the reasons for the extension; the data subject must be told them.");
    if (!notified.isValid())
        return tr("Enter the date the data subject was told about the extension.");
    if (notified < c.receivedDate)
        return tr("The data subject cannot have been told before the request was received.");
    if (notified > today)
        return tr("The date the data subject was told lies in the future.");
    return {};
}

QString CaseWorkflow::checkComplete(const Case &c, const Completion &done, QDate today)
{
    if (!isOpen(c.state))
        return tr("This case is already closed; reopen it first.");
    if (!done.answered.isValid())
        return tr("Enter the date the answer was sent.");
    if (done.answered < c.receivedDate)
        return tr("The answer cannot have been sent before the request was received.");
    if (done.answered > today)
        return tr("The date the answer was sent lies in the future.");
    if ((done.outcome == Outcome::Toegewezen || done.outcome == Outcome::DeelsToegewezen
         || done.outcome == Outcome::Afgewezen)
        && c.identification.succeeded == std::optional<bool>(false))
        return tr("The identification failed: the request can only be closed as not dealt with "
                  "(identity not established) or as withdrawn.");
    // Nothing of the person goes to a representative whose authority is not in hand: a grant
    // (in full or in part) waits for the mandate or the court's decision; a refusal, a
    // withdrawal or "not dealt with" gives nothing and may go on.
    if ((done.outcome == Outcome::Toegewezen || done.outcome == Outcome::DeelsToegewezen)
        && c.awaitsMandate())
        //: Dutch: "Dit verzoek is gedaan door %1 als gemachtigde, maar de machtiging (of de
        //: beschikking van de rechter) is niet als ontvangen vastgelegd. Zonder machtiging gaat
        //: er niets naar de gemachtigde: leg eerst vast dat die binnen is (Machtiging ontvangen,
        //: of case mandate --received DATUM), of wijs het verzoek af of rond het af als niet in
        //: behandeling."
        return tr("This request was made by %1 as a representative, but the mandate (or the "
                  "court's decision) is not recorded as received. Nothing goes to a "
                  "representative without it: record its receipt first (Mandate received, or "
                  "case mandate --received DATE), or refuse the request or close it as not "
                  "dealt with.")
            .arg(c.representative.trimmed());
    // A representative's request whose mandate was asked for and never came is not dealt with
    // for that reason: the mandate is its identification step.
    if (done.outcome == Outcome::NietInBehandeling && !c.identification.requested.isValid()
        && c.identification.succeeded != std::optional<bool>(false)
        && !(c.awaitsMandate() && c.mandate.requested.isValid()))
        return tr("\"Not dealt with: identity not established\" needs a request for "
                  "identification first (art. 12(2) GDPR): record that it was asked for.");
    if (againstMarketing(done) && !c.types.contains(RequestType::Bezwaar))
        return tr("Only an objection (art. 21 GDPR) can be against direct marketing.");
    if (!decides(done.outcome)) {
        if (!done.grounds.isEmpty() || !done.decisions.isEmpty())
            return tr("Grounds for refusal only belong to a refused or partly granted request.");
        if (!done.granted.trimmed().isEmpty())
            return tr("What was done only belongs to a granted or partly granted request.");
    } else {
        QString problem;
        decisionsFor(c, done, &problem);
        if (!problem.isEmpty())
            return problem;
    }
    if (QString problem = checkObjection(c, done); !problem.isEmpty())
        return problem;
    if (!done.changedData.isEmpty() && !changesData(c, done))
        return tr("The data that changed only belongs to a granted or partly granted "
                  "rectification, erasure or restriction.");
    const bool reasonNeeded = needsIdentificationReason(c, done.outcome);
    if (reasonNeeded && done.noIdentificationReason.trimmed().isEmpty())
        return tr("No identification was recorded for this request: record it first, or state "
                  "why the identity of the data subject was not in doubt.");
    if (!reasonNeeded && !done.noIdentificationReason.trimmed().isEmpty())
        return tr("A reason for deciding without identification only belongs to a granted or "
                  "refused request whose identification was never recorded.");
    return {};
}

QString CaseWorkflow::checkReopen(const Case &c, const QString &reason)
{
    if (isOpen(c.state))
        return tr("This case is still open.");
    if (reason.trimmed().isEmpty())
        return tr("State why the case is reopened.");
    return {};
}

QString CaseWorkflow::checkNote(const Case &, const QString &text)
{
    if (text.trimmed().isEmpty())
        return tr("The note is empty.");
    return {};
}

CaseState CaseWorkflow::stateAfter(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Ingetrokken:
        return CaseState::Ingetrokken;
    case Outcome::NietInBehandeling:
        return CaseState::NietInBehandeling;
    case Outcome::Toegewezen:
    case Outcome::DeelsToegewezen:
    case Outcome::Afgewezen:
        break;
    }
    return CaseState::Afgerond;
}

bool CaseWorkflow::needsGrounds(Outcome outcome)
{
    return outcome == Outcome::Afgewezen || outcome == Outcome::DeelsToegewezen;
}

bool CaseWorkflow::needsMotivation(Outcome outcome)
{
    return outcome == Outcome::Afgewezen || outcome == Outcome::DeelsToegewezen;
}

bool CaseWorkflow::needsGranted(Outcome outcome)
{
    return outcome == Outcome::DeelsToegewezen;
}

QString CaseWorkflow::checkObjection(const Case &c, const Completion &done)
{
    if (done.objection.isEmpty())
        return {};
    QString problem;
    const QList<TypeDecision> decisions = decisionsFor(c, done, &problem);
    const auto it = std::find_if(decisions.cbegin(), decisions.cend(), [](const TypeDecision &d) {
        return d.type == RequestType::Bezwaar;
    });
    if (it == decisions.cend())
        //: Dutch: "Waar een bezwaar over gaat, hoort alleen bij een bezwaar (artikel 21 AVG) dat
        //: wordt beslist."
        return tr("What an objection is about only belongs to an objection (art. 21 GDPR) that "
                  "is decided.");
    int stopped = 0;
    QList<ObjectionSubject> seen;
    for (const ObjectionPart &part : done.objection) {
        if (seen.contains(part.subject))
            //: Dutch: "‘%1’ staat twee keer in het bezwaar."
            return tr("‘%1’ is named twice in the objection.").arg(codes::label(part.subject));
        seen << part.subject;
        if (part.subject == ObjectionSubject::Overig && part.text.trimmed().isEmpty())
            //: Dutch: "Zeg in woorden waar het bezwaar verder over gaat."
            return tr("Say in words what else the objection is about.");
        if (part.marketing() && !part.stopped)
            //: Dutch: "Een bezwaar tegen direct marketing is absoluut (art. 21 lid 3 AVG): ‘%1’
            //: stopt."
            return tr("An objection to direct marketing is absolute (art. 21(3) GDPR): ‘%1’ "
                      "stops.")
                .arg(codes::label(part.subject));
        stopped += part.stopped ? 1 : 0;
    }
    const auto count = static_cast<int>(done.objection.size());
    const Outcome expected = stopped == count ? Outcome::Toegewezen
        : stopped == 0                        ? Outcome::Afgewezen
                                              : Outcome::DeelsToegewezen;
    if (it->outcome != expected)
        //: Dutch: "Wat gestopt is, past niet bij de uitkomst van het bezwaar: alles gestopt is
        //: toegewezen, niets gestopt is afgewezen, een deel gestopt is deels toegewezen."
        return tr("What stopped does not match the objection's outcome: everything stopped is "
                  "granted, nothing stopped is refused, some stopped is partly granted.");
    return {};
}

bool CaseWorkflow::againstMarketing(const Completion &done)
{
    return done.directMarketing
        || std::any_of(done.objection.cbegin(), done.objection.cend(),
                       [](const ObjectionPart &part) { return part.marketing(); });
}

bool CaseWorkflow::onlyAbsolute(const Completion &done)
{
    return againstMarketing(done) && !weighedPart(done.objection);
}

bool CaseWorkflow::weighedPart(const QList<ObjectionPart> &parts)
{
    return std::any_of(parts.cbegin(), parts.cend(),
                       [](const ObjectionPart &part) { return !part.marketing(); });
}

bool CaseWorkflow::mayTellGranted(Outcome outcome)
{
    return outcome == Outcome::Toegewezen || outcome == Outcome::DeelsToegewezen;
}

bool CaseWorkflow::changesData(const Case &c, const Completion &done)
{
    QString problem;
    const QList<TypeDecision> decisions = decisionsFor(c, done, &problem);
    return std::any_of(decisions.cbegin(), decisions.cend(), [](const TypeDecision &d) {
        return mayTellGranted(d.outcome) && changesData(d.type);
    });
}

bool CaseWorkflow::changesData(RequestType type)
{
    return type == RequestType::Rectificatie || type == RequestType::Verwijdering
        || type == RequestType::Beperking;
}

bool CaseWorkflow::decides(Outcome outcome)
{
    return outcome == Outcome::Toegewezen || outcome == Outcome::DeelsToegewezen
        || outcome == Outcome::Afgewezen;
}

bool CaseWorkflow::shownPerKind(const QList<TypeDecision> &decisions)
{
    // Kinds decided alike (all granted, or all refused for the same reasons) read as one
    // decision; the grounds of each are then the request's.
    return std::any_of(decisions.cbegin(), decisions.cend(), [&decisions](const TypeDecision &d) {
        return !d.granted.isEmpty() || d.outcome != decisions.first().outcome
            || d.motivation != decisions.first().motivation;
    });
}

Outcome CaseWorkflow::summary(const QList<TypeDecision> &decisions)
{
    const auto all = [&decisions](Outcome outcome) {
        return std::all_of(decisions.cbegin(), decisions.cend(),
                           [outcome](const TypeDecision &d) { return d.outcome == outcome; });
    };
    if (all(Outcome::Toegewezen))
        return Outcome::Toegewezen;
    if (all(Outcome::Afgewezen))
        return Outcome::Afgewezen;
    return Outcome::DeelsToegewezen;
}

QList<TypeDecision> CaseWorkflow::decisionsFor(const Case &c, const Completion &done,
                                               QString *problem)
{
    problem->clear();
    if (!decides(done.outcome))
        return {};
    QList<TypeDecision> result = done.decisions.isEmpty() ? wholeDecisions(c, done, problem)
                                                          : perKindDecisions(c, done, problem);
    if (!problem->isEmpty())
        return {};
    for (TypeDecision &d : result) {
        if (!checkDecision(d, c.types.size() > 1, onlyAbsolute(done), problem))
            return {};
        // Art. 20(2) limits only the direct transmission, "where technically feasible" (issue
        // 38, ieder1): there must be one asked for, and the files still go to the person.
        if (!d.grounds.contains(RefusalGround::Art20_2))
            continue;
        if (c.transmitTo.isEmpty()) {
            //: Dutch: "Art. 20 lid 2 AVG gaat over rechtstreeks sturen naar een andere
            //: organisatie, en dit verzoek noemt er geen (leg die vast bij de export)."
            *problem = tr("Art. 20(2) GDPR is about sending the data straight to another "
                          "organisation, and this request names none (record it with the "
                          "export).");
            return {};
        }
        if (d.outcome != Outcome::DeelsToegewezen) {
            //: Dutch: "Art. 20 lid 2 AVG beperkt alleen het rechtstreeks sturen: wijs de
            //: overdraagbaarheid voor een deel toe, en geef de bestanden aan de betrokkene."
            *problem = tr("Art. 20(2) GDPR only limits the direct transmission: grant the "
                          "portability in part, and give the files to the data subject.");
            return {};
        }
    }
    return result;
}

QList<TypeDecision> CaseWorkflow::wholeDecisions(const Case &c, const Completion &done,
                                                 QString *problem)
{
    const bool combined = c.types.size() > 1;
    QList<TypeDecision> result;
    if (!combined) {
        result << TypeDecision { c.types.value(0, RequestType::Overig), done.outcome, done.grounds,
                                 done.motivation.trimmed(), done.granted.trimmed() };
    } else {
        if (QString wrong = Grounds::check(c.types, done.grounds, onlyAbsolute(done));
            !wrong.isEmpty()) {
            *problem = wrong;
            return {};
        }
        // Given for the whole: all granted; all refused, each kind with the grounds that
        // fit it; or granted in part, on the grounds given, for the kinds they fit (the
        // other kinds granted in full).
        for (RequestType type : c.types) {
            TypeDecision decision {
                type, done.outcome, {}, done.motivation.trimmed(), done.granted.trimmed()
            };
            for (RefusalGround ground : done.grounds) {
                if (Grounds::fits(ground, type))
                    decision.grounds << ground;
            }
            if (done.outcome == Outcome::DeelsToegewezen && decision.grounds.isEmpty()
                && !done.grounds.isEmpty())
                decision = { type, Outcome::Toegewezen, {}, {}, {} };
            if (done.outcome == Outcome::Afgewezen && decision.grounds.isEmpty()
                && !done.grounds.isEmpty()) {
                *problem = tr("None of the grounds can refuse the %1 part of the request: "
                              "name a ground for each kind, or decide per kind.")
                               .arg(codes::label(type).toLower());
                return {};
            }
            result << decision;
        }
    }
    return result;
}

QList<TypeDecision> CaseWorkflow::perKindDecisions(const Case &c, const Completion &done,
                                                   QString *problem)
{
    QList<TypeDecision> result;
    if (!done.grounds.isEmpty() || !done.motivation.trimmed().isEmpty()
        || !done.granted.trimmed().isEmpty()) {
        *problem = tr("When the request is decided per kind, give the grounds and reasons "
                      "per kind.");
        return {};
    }
    for (RequestType type : c.types) {
        const auto count = std::count_if(done.decisions.cbegin(), done.decisions.cend(),
                                         [type](const TypeDecision &d) { return d.type == type; });
        if (count != 1) {
            *problem = count == 0 ? tr("Give the outcome of the %1 part of the request.")
                                        .arg(codes::label(type).toLower())
                                  : tr("The %1 part of the request is decided twice.")
                                        .arg(codes::label(type).toLower());
            return {};
        }
    }
    for (const TypeDecision &d : done.decisions) {
        if (!c.types.contains(d.type)) {
            *problem = tr("The request does not ask for %1.").arg(codes::label(d.type).toLower());
            return {};
        }
    }
    for (RequestType type : c.types) {
        const auto it = std::find_if(done.decisions.cbegin(), done.decisions.cend(),
                                     [type](const TypeDecision &d) { return d.type == type; });
        TypeDecision decision = *it;
        decision.motivation = decision.motivation.trimmed();
        decision.granted = decision.granted.trimmed();
        result << decision;
    }
    if (const Outcome whole = summary(result); whole != done.outcome) {
        *problem = tr("The outcomes per kind make the request \"%1\", not \"%2\".")
                       .arg(codes::label(whole), codes::label(done.outcome));
        return {};
    }
    return result;
}

bool CaseWorkflow::checkDecision(TypeDecision &d, bool combined, bool onlyAbsolute,
                                 QString *problem)
{
    // The same ground twice is one ground, in the order of the table.
    std::sort(d.grounds.begin(), d.grounds.end());
    d.grounds.erase(std::unique(d.grounds.begin(), d.grounds.end()), d.grounds.end());
    // "Inzage: " before each sentence, only when the request has several kinds.
    const QString part = combined ? codes::label(d.type) + QStringLiteral(": ") : QString();
    if (!decides(d.outcome)) {
        *problem = part
            + tr("each kind is granted, partly granted or refused; a withdrawal or an "
                 "identity not established ends the whole request.");
        return false;
    }
    if (needsGrounds(d.outcome) && d.grounds.isEmpty()) {
        *problem = part
            + tr("A refusal must name its grounds (for example art. 12(5) or art. 15(4) "
                 "GDPR).");
        return false;
    }
    if (!needsGrounds(d.outcome) && !d.grounds.isEmpty()) {
        *problem
            = part + tr("Grounds for refusal only belong to a refused or partly granted request.");
        return false;
    }
    if (QString wrong = Grounds::check({ d.type }, d.grounds, onlyAbsolute); !wrong.isEmpty()) {
        *problem = part + wrong;
        return false;
    }
    if (needsMotivation(d.outcome) && d.motivation.isEmpty()) {
        *problem = part
            + tr("State the reasons for the decision in words (art. 12(4) GDPR): the data "
                 "subject must read why the request is not granted in full.");
        return false;
    }
    if (needsGranted(d.outcome) && d.granted.isEmpty()) {
        *problem = part
            + (d.type == RequestType::Verwijdering
                   ? tr("Say what was erased; the reasons say what is kept and why.")
                   : tr("Say what was done for the part that is granted; the reasons say "
                        "what is not done and why."));
        return false;
    }
    if (!mayTellGranted(d.outcome) && !d.granted.isEmpty()) {
        *problem = part + tr("What was done only belongs to a granted or partly granted request.");
        return false;
    }
    return true;
}

QList<TypeDecision> CaseWorkflow::decisionsOf(const Case &c)
{
    if (!c.decisions.isEmpty())
        return c.decisions;
    if (!c.outcome || !decides(*c.outcome) || c.types.isEmpty())
        return {};
    QList<TypeDecision> result;
    for (RequestType type : c.types) {
        TypeDecision decision { type, *c.outcome, {}, c.motivation, {} };
        for (RefusalGround ground : c.refusalGrounds) {
            if (c.types.size() == 1 || Grounds::fits(ground, type))
                decision.grounds << ground;
        }
        // Granted in part on grounds that do not touch this kind: this kind was granted.
        if (c.types.size() > 1 && *c.outcome == Outcome::DeelsToegewezen
            && decision.grounds.isEmpty())
            decision = { type, Outcome::Toegewezen, {}, {}, {} };
        result << decision;
    }
    // A combined request partly granted before schema 15 on grounds that fit none of its kinds
    // (old codes): its parts cannot be told.
    if (c.types.size() > 1 && summary(result) != *c.outcome)
        return {};
    return result;
}

bool CaseWorkflow::needsIdentificationReason(const Case &c, Outcome outcome)
{
    const bool decided = outcome == Outcome::Toegewezen || outcome == Outcome::DeelsToegewezen
        || outcome == Outcome::Afgewezen;
    return decided && !c.identification.received.isValid() && !c.identification.method;
}

Lateness Lateness::of(const Case &c, const CaseDeadlines &deadlines, QDate today)
{
    Lateness result;
    // The legal clock runs three months only after a valid extension (told within the month).
    const bool legallyExtended = c.extended && !deadlines.extensionLegallyLate;
    const QDate legal = legallyExtended ? deadlines.all.legalExtended : deadlines.all.legal;
    // The own clock likewise, only after an extension told before the own deadline.
    const bool ownExtended = c.extended && !deadlines.extensionAfterOwnDeadline;
    const QDate policy = ownExtended ? deadlines.all.policyExtended : deadlines.all.policy;
    result.legalDeadline = legal;
    result.policyDeadline = policy;
    const QDate day = c.answeredOn.isValid() ? c.answeredOn : today;
    if (!day.isValid() || deadlines.all.suspended)
        return result;
    if (legal.isValid())
        result.legalDays = static_cast<int>(std::max<qint64>(0, legal.daysTo(day)));
    if (policy.isValid())
        result.policyDays = static_cast<int>(std::max<qint64>(0, policy.daysTo(day)));
    return result;
}

QString Lateness::text() const
{
    QStringList parts;
    if (legalDays > 0)
        parts << CaseWorkflow::tr("legally %n day(s) late", nullptr, legalDays);
    if (policyDays > 0)
        parts << CaseWorkflow::tr("own deadline %n day(s) late", nullptr, policyDays);
    return parts.join(QStringLiteral("; "));
}

bool inScope(const CaseScope &scope, const Case &request, QDate today)
{
    if (scope.all())
        return true;
    return !scope.login().isEmpty() && request.receivedDate >= scope.since(today)
        && request.receivedBy == scope.login();
}

Case intakeFields(const Case &request)
{
    Case intake;
    intake.id = request.id;
    intake.number = request.number;
    intake.person = request.person;
    intake.person.relationEnd = QDate();
    intake.person.source.clear(); // the officer's record, not an intake field
    intake.types = request.types;
    intake.channel = request.channel;
    intake.receivedDate = request.receivedDate;
    intake.receivedAt = request.receivedAt;
    intake.receivedBy = request.receivedBy;
    intake.registeredAt = request.registeredAt;
    intake.representative = request.representative;
    intake.representativeMandate = request.representativeMandate;
    intake.representativeOrganisation = request.representativeOrganisation;
    intake.representativeAuthority = request.representativeAuthority;
    intake.description = request.description;
    intake.callbackPhone = request.callbackPhone;
    intake.state = request.state;
    intake.version = request.version;
    intake.intakeOnly = true;
    return intake;
}

} // namespace pd
