// Which letters a request may have now, the letter as it would be sent today, and its pages.
// Storing templates and letters: LetterRecords.cpp; the templates as text: LetterTemplates.cpp.
#include "letters/Letters.h"

#include "cases/CaseRepository.h"
#include "cases/RestrictionRepository.h"
#include "letters/LetterCorrectionTexts.h"
#include "session/Access.h"
#include "store/Store.h"
#include "store/UserRepository.h"
#include "users/UserService.h"
#include "vera/VeraRepository.h"

#include <QFont>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QTextDocument>

#include <algorithm>

namespace pd {

namespace {

// Whether the one who signs is the privacy officer (or FG) themselves, not someone signing on
// their behalf (seed 003: a Privacy Officer who is a beheerder signed "namens de
// Privacy Officer"). A functionaris is; so is the user the organisation names as its FG
// (organisation.fg_name: their display name) or as its privacy officer (organisation.officer_name);
// and, where the organisation names nobody, a
// beheerder of a store where no active user holds the functionaris role: in a small
// organisation the officer is the beheerder (README, roles), and there is no one else on whose
// behalf they could sign. Anyone else signs on the officer's behalf.
bool signsAsTheOfficer(const Store &store, const UserAccount &signer,
                       const OrganisationDetails &organisation)
{
    if (signer.role == Role::Functionaris)
        return true;
    if (signer.role != Role::Beheerder)
        return false;
    // The organisation's privacy officer by name: a beheerder who is the officer
    // while another user has the functionaris role.
    const QString officerName = organisation.officerName.simplified();
    if (!officerName.isEmpty()
        && officerName.compare(signer.displayName.simplified(), Qt::CaseInsensitive) == 0)
        return true;
    const QString named = organisation.fgName.simplified();
    if (!named.isEmpty())
        return named.compare(signer.displayName.simplified(), Qt::CaseInsensitive) == 0;
    QList<UserRepository::Row> users;
    ServiceError error;
    if (!UserRepository::list(store.database(), false, &users, &error))
        return false; // not known: on the officer's behalf, never a title that may not be theirs
    const QString officer = UserService::roleCode(Role::Functionaris);
    return std::none_of(users.cbegin(), users.cend(), [&officer](const UserRepository::Row &user) {
        return user.roleCode == officer;
    });
}

// The signatory's function as a tenant reads it under the name (letters are Dutch): the
// organisation's own title for it ("functionaris gegevensbescherming",
// "Privacy Officer", ...), as the officer's own, or on their behalf.
QString signatoryFunction(bool officer, const OrganisationDetails &organisation)
{
    const QString title = organisation.signatureRoleText();
    if (officer)
        return title.left(1).toUpper() + title.mid(1);
    return QStringLiteral("namens de ") + title;
}

// The part of the request of this kind was granted, in whole or in part (a combined request is
// decided per kind: a refused erasure beside a granted inzage is not confirmed).
bool grantedInPart(const Case &c, RequestType type)
{
    const auto granted = [](Outcome outcome) {
        return outcome == Outcome::Toegewezen || outcome == Outcome::DeelsToegewezen;
    };
    const QList<TypeDecision> parts = CaseWorkflow::decisionsOf(c);
    if (parts.isEmpty())
        return c.outcome && granted(*c.outcome);
    return std::any_of(parts.cbegin(), parts.cend(),
                       [&](const TypeDecision &d) { return d.type == type && granted(d.outcome); });
}

// A portability request granted while its export held none of the person's data:
// the decision letter would say they get their data.
QString emptyExportRefusal()
{
    //: Dutch: "De export voor overdraagbaarheid bevatte geen gegevens van de betrokkene:
    //: niets wordt verwerkt met toestemming of voor een overeenkomst, en alleen zulke
    //: gegevens vallen onder artikel 20 lid 1 AVG. Wijs het verzoek om overdraagbaarheid af
    //: op die grond (Afronden), of vul het verwerkingsregister aan en maak de export opnieuw."
    return LetterService::tr(
        "The portability export held none of the data subject's data: nothing is processed on "
        "consent or for a contract, and only such data fall under article 20(1) GDPR. Refuse the "
        "request for portability on that ground (Complete), or complete the processing register "
        "and make the export again.");
}

bool completed(const Case &c)
{
    return !isOpen(c.state) && c.outcome.has_value();
}

// The notice of lifting names only the restrictions whose reason is gone (art. 18(1)(a), (d)):
// refused while every one still waits for its decision, with a warning when some do.
QString liftingRefusal(const LetterContext &context, QString *warning)
{
    QStringList holding;
    for (const PersonRestriction &r : context.restrictions)
        if (const QString why = RestrictionDecisions::holding(r, context.restrictionDecisions);
            !why.isEmpty())
            holding << why;
    if (holding.isEmpty())
        return {};
    if (holding.size() == context.restrictions.size())
        return holding.join(u' ');
    if (warning)
        //: Dutch: "De brief noemt alleen de beperkingen waarvan de reden weg is. %1"
        *warning = LetterService::tr("The notice names only the restrictions whose reason is "
                                     "gone. %1")
                       .arg(holding.join(u' '));
    return {};
}

} // namespace

// --- LetterService ---

LetterService::LetterService(const Session &session)
    : m_session(session)
{ }

QString LetterService::organisationRefusal(const OrganisationDetails &organisation,
                                           const QString &templateHtml)
{
    // The name, the postal address, the privacy e-mail address (where to send what), the choice
    // of deadline and the title under the signature: OrganisationDetails::missingForLetters.
    QStringList missing = organisation.missingForLetters();
    // A template of the organisation's own may name a detail that is not filled in, even when
    // the minimum is there: "contact met ons op via  en vermeld" must never be printed.
    const QStringList used = LetterTemplates::placeholdersIn(templateHtml);
    if (used.contains(QStringLiteral("organisatie.telefoon"))
        && organisation.phone.trimmed().isEmpty())
        missing << tr("the phone number (the template uses {{organisatie.telefoon}})");
    missing.removeDuplicates();
    if (missing.isEmpty())
        return {};
    return QString(tr("No letter can be made while the organisation's details are incomplete. "
                      "Missing: %1. Fill them in under Extra → Settings → Organisation (or with "
                      "privacydesk-cli settings set).")
                       .arg(missing.join(QStringLiteral("; ")))
                   + u' ' + organisation.deadlineChoiceHint())
        .trimmed();
}

QString LetterService::organisationRefusal(LetterKind kind) const
{
    return organisationRefusal(OrganisationSettings(m_session).details(), templateFor(kind).html);
}

QString LetterService::art19Refusal(LetterKind kind, const QList<Art19Notification> &recipients)
{
    if (kind != LetterKind::BevestigingRectificatie && kind != LetterKind::BevestigingVerwijdering)
        return {};
    QStringList open;
    for (const Art19Notification &n : recipients) {
        if (!n.done())
            open << n.recipientName;
    }
    if (open.isEmpty())
        return {};
    return tr("These recipients received the data subject's data before the change and have not "
              "been recorded as told of it, nor as impossible or disproportionate to tell (art. 19 "
              "GDPR): %1. Tell them and record it on the request's Disclosures tab (Art. 19 GDPR: "
              "recipients to be told), or record there why telling one proved impossible or would "
              "take disproportionate effort; then the confirmation can be made.")
        .arg(open.join(QStringLiteral(", ")));
}

QString LetterService::refusal(const LetterContext &context, LetterKind kind,
                               QString *warning) const
{
    const QString templateHtml = templateFor(kind).html;
    QString reason = organisationRefusal(context.organisation, templateHtml);
    if (reason.isEmpty())
        reason = art19Refusal(kind, context.art19);
    if (reason.isEmpty())
        reason = lettercorrection::uncorrectedRefusal(context, kind);
    if (reason.isEmpty() && kind == LetterKind::KennisgevingOpheffingBeperking)
        reason = liftingRefusal(context, warning);
    if (reason.isEmpty() && kind == LetterKind::KennisgevingOpheffingBeperking
        && context.restrictions.isEmpty())
        //: Dutch: "De betrokkene heeft geen beperking van de verwerking die nog geldt: er is
        //: niets op te heffen. Een beperking legt u vast in het overzicht van het verzoek
        //: (Beperking vastleggen…)."
        reason = tr("The data subject has no restriction of processing in force: there is "
                    "nothing to lift. A restriction is recorded in the request's overview "
                    "(Record a restriction…).");
    // A representative's letter goes to the representative; a template of the
    // organisation's own from before would greet the data subject ("Geachte W. de Groot").
    const QStringList used = LetterTemplates::placeholdersIn(templateHtml);
    if (reason.isEmpty() && !context.request.representative.trimmed().isEmpty()
        && (!used.contains(QLatin1StringView("aanhef"))
            || !used.contains(QLatin1StringView("geadresseerde.naam"))))
        //: Dutch: "Dit verzoek is gedaan door een gemachtigde: de brief gaat naar de gemachtigde.
        //: Het sjabloon van de organisatie voor deze brief spreekt de betrokkene aan. Zet
        //: {{geadresseerde.naam}}, {{geadresseerde.adres}} en {{aanhef}} erin, of zet het terug
        //: naar de standaard (Extra → Briefsjablonen)."
        reason = tr("This request was made by a representative: the letter goes to the "
                    "representative. The organisation's template for this letter addresses the "
                    "data subject. Put {{geadresseerde.naam}}, {{geadresseerde.adres}} and "
                    "{{aanhef}} in it, or reset it to the default (Extra → Letter templates).");
    // A portability export that held none of the person's data cannot be the answer
    // to a granted request: the decision would say the files hold their data.
    if (reason.isEmpty() && kind == LetterKind::Besluit && context.exportHeldNothing
        && grantedInPart(context.request, RequestType::Overdraagbaarheid))
        reason = emptyExportRefusal();
    // A template of the organisation's own from before offers the portal whatever the settings
    // say: a tenant must never be sent to log in where nobody can show who they are.
    if (reason.isEmpty() && kind == LetterKind::VerzoekIdentificatie
        && !context.organisation.portalOffered()
        && used.contains(QLatin1StringView("identificatie.portaal")))
        //: Dutch: "Het sjabloon van de organisatie biedt het huurdersportaal aan om te laten
        //: zien wie u bent, maar de organisatie heeft geen portaal waar huurders inloggen
        //: (Extra → Instellingen → Organisatie). Gebruik {{identificatie.portaalroute}} in het
        //: sjabloon, of zet het terug naar de standaard (Extra → Briefsjablonen)."
        reason = tr("The organisation's template offers the tenants' portal to show who they "
                    "are, but the organisation has no portal tenants log in to (Extra → Settings "
                    "→ Organisation). Use {{identificatie.portaalroute}} in the template, or "
                    "reset it to the default (Extra → Letter templates).");
    // A confirmation template of the organisation's own, saved before {{art19.ontvangers}}
    // existed, keeps its conditional sentence ("Hebben wij uw gegevens eerder aan anderen
    // verstrekt, dan hebben wij hen ingelicht"), which the refusal above keeps true; it just
    // does not name whom.
    const bool confirmation = kind == LetterKind::BevestigingRectificatie
        || kind == LetterKind::BevestigingVerwijdering;
    const bool named
        = std::any_of(context.art19.cbegin(), context.art19.cend(), [](const Art19Notification &n) {
              return (n.notifiedOn.isValid() || n.exempt) && !n.withheld;
          });
    if (reason.isEmpty() && confirmation && named
        && !LetterTemplates::placeholdersIn(templateHtml)
                .contains(QLatin1StringView("art19.ontvangers")))
        *warning = tr("The organisation's template for this letter does not name the recipients "
                      "told of the change: add {{art19.ontvangers}} to it, or reset it to the "
                      "default (Extra → Letter templates).");
    return reason;
}

QString LetterService::identityLetterRefusal(const Case &c, LetterKind kind)
{
    const bool open = isOpen(c.state);
    const bool represented = !c.representative.trimmed().isEmpty();
    if (kind == LetterKind::VerzoekMachtiging) {
        if (!represented)
            //: Dutch: "Dit verzoek is niet door een gemachtigde gedaan."
            return tr("This request was not made by a representative.");
        if (!open)
            return tr("The request is closed.");
        if (!c.awaitsMandate())
            //: Dutch: "De machtiging is al ontvangen."
            return tr("The mandate has already been received.");
        return {};
    }
    if (!open)
        return tr("The request is closed.");
    if (c.state == CaseState::InBehandeling || c.identification.succeeded.value_or(false))
        return tr("The identity of the data subject has already been checked.");
    // A representative is never asked "laat ons zien wie u bent" about someone else's data: the
    // request for the mandate asks for it and both identity documents.
    if (represented)
        //: Dutch: "Dit verzoek is door een gemachtigde gedaan: de brief ‘Verzoek om machtiging’
        //: vraagt om de machtiging en om beide identiteitsbewijzen. Leg de controle vast onder
        //: Verzoek → Identificatie ontvangen."
        return tr("This request was made by a representative: the letter ‘Request for a "
                  "mandate’ asks for the mandate and both identity documents. Record the check "
                  "under Request → Identification received.");
    return {};
}

// Why an extension notice cannot be made for the request, or empty; *warning gets that a notice
// made after the first month confirms what was told then.
QString LetterService::extensionNoticeRefusal(const Case &c, const CaseDeadlines &deadlines,
                                              QDate today, QString *warning)
{
    const bool open = isOpen(c.state);
    if (!open)
        return tr("The request is closed.");
    if (!c.extended)
        return tr("Record the extension first, with its reasons and the date the data "
                  "subject is told (Request → Extend).");
    if (deadlines.extensionLegallyLate)
        return tr("The extension was told on %1, after the one-month legal deadline "
                  "of %2: it does not extend the legal deadline (art. 12(3) GDPR), so "
                  "no extension notice can be sent.")
            .arg(QLocale().toString(c.extensionNotified, QLocale::ShortFormat),
                 QLocale().toString(deadlines.all.legal, QLocale::ShortFormat));
    // Told within the first month (above), a notice made later confirms in writing what
    // was told then ({{verlenging.bericht}}: "Op ... hebben wij u laten weten"); it never
    // announces the extension as new.
    if (today > deadlines.all.legal)
        *warning = tr("The one-month legal deadline (%1) has passed: this notice "
                      "confirms in writing the extension told on %2; it does not "
                      "announce it. Check that the data subject was told then.")
                       .arg(QLocale().toString(deadlines.all.legal, QLocale::ShortFormat),
                            QLocale().toString(c.extensionNotified, QLocale::ShortFormat));
    return {};
}

// Why a letter that answers the request (the decision, a confirmation, the export's cover
// letter) cannot be made for it yet, or empty.
QString LetterService::answerLetterRefusal(const Case &c, LetterKind kind)
{
    switch (kind) {
    case LetterKind::Besluit:
        if (!completed(c) || c.outcome == Outcome::Ingetrokken)
            return tr("A decision letter needs a completed request: complete it first with "
                      "its outcome (and the grounds of a refusal).");
        return {};
    case LetterKind::BevestigingVerwijdering:
        if (!c.types.contains(RequestType::Verwijdering))
            return tr("The request does not ask for erasure.");
        if (!completed(c) || !grantedInPart(c, RequestType::Verwijdering))
            return tr("Erasure is confirmed once the request is completed as granted (in "
                      "whole or in part).");
        return {};
    case LetterKind::BevestigingRectificatie:
        if (!c.types.contains(RequestType::Rectificatie))
            return tr("The request does not ask for rectification.");
        if (!completed(c) || !grantedInPart(c, RequestType::Rectificatie))
            return tr("Rectification is confirmed once the request is completed as granted "
                      "(in whole or in part).");
        return {};
    case LetterKind::BegeleidendeBriefExport:
        if (!c.types.contains(RequestType::Inzage)
            && !c.types.contains(RequestType::Overdraagbaarheid))
            return tr("Only a request for inzage or data portability is answered with an "
                      "export.");
        if (c.state != CaseState::InBehandeling
            && !(completed(c)
                 && (grantedInPart(c, RequestType::Inzage)
                     || grantedInPart(c, RequestType::Overdraagbaarheid))))
            return tr("The export is sent once the identity has been checked, while the "
                      "request is handled or when it was granted.");
        return {};
    default:
        return {};
    }
}

QString LetterService::awaitingMandateRefusal(const Case &c)
{
    const QString representative = c.representative.trimmed();
    const QString person = c.person.name.simplified();
    switch (c.representativeAuthority.value_or(RepresentativeAuthority::Gemachtigde)) {
    case RepresentativeAuthority::Bewindvoerder:
    case RepresentativeAuthority::Curator:
    case RepresentativeAuthority::Mentor:
        //: Dutch: "De beschikking van de kantonrechter waaruit blijkt dat %1 namens %2 optreedt,
        //: is nog niet ontvangen. Tot die er is, is de enige brief het verzoek om die
        //: beschikking. Leg de ontvangst vast onder Verzoek → Machtiging ontvangen."
        return tr("The kantonrechter's decision showing that %1 acts for %2 has not been "
                  "received. Until it is, the only letter is the request for that decision. "
                  "Record its receipt under Request → Mandate received.")
            .arg(representative, person);
    case RepresentativeAuthority::Ouder:
        //: Dutch: "Het uittreksel uit het gezagsregister waaruit blijkt dat %1 het gezag heeft
        //: over %2, is nog niet ontvangen. Tot het er is, is de enige brief het verzoek om dat
        //: uittreksel. Leg de ontvangst vast onder Verzoek → Machtiging ontvangen."
        return tr("The extract from the custody register showing that %1 has custody of %2 has "
                  "not been received. Until it is, the only letter is the request for that "
                  "extract. Record its receipt under Request → Mandate received.")
            .arg(representative, person);
    case RepresentativeAuthority::Gemachtigde:
        break;
    }
    //: Dutch: "De machtiging van %1 is nog niet ontvangen. Tot die er is, is de enige brief
    //: het verzoek om machtiging. Leg de ontvangst vast onder Verzoek → Machtiging
    //: ontvangen."
    return tr("The mandate of %1 has not been received. Until it is, the only letter "
              "is the request for the mandate. Record its receipt under Request → "
              "Mandate received.")
        .arg(representative);
}

LetterAvailability LetterService::availability(const Case &c, const CaseDeadlines &deadlines,
                                               LetterKind kind, QDate today)
{
    LetterAvailability result;
    result.kind = kind;
    const auto refuse = [&result](const QString &reason) {
        result.reason = reason;
        return result;
    };
    const bool open = isOpen(c.state);
    // A representative's open request whose mandate is missing is answered with one
    // letter only, the request for the mandate: nothing goes to a representative who may not
    // act for the person yet. A closed one may still get its decision.
    if (open && c.awaitsMandate() && kind != LetterKind::VerzoekMachtiging)
        return refuse(awaitingMandateRefusal(c));
    switch (kind) {
    case LetterKind::Ontvangstbevestiging:
        if (!open)
            return refuse(tr("The request is closed: an acknowledgement of receipt belongs to an "
                             "open request."));
        // It promises an answer by the deadline: a date already past cannot be promised.
        if (deadlines.current.isValid() && deadlines.current < today)
            return refuse(tr("The deadline of this request (%1) has passed: an acknowledgement "
                             "of receipt would promise an answer by a date already past. Answer "
                             "the request instead.")
                              .arg(QLocale().toString(deadlines.current, QLocale::ShortFormat)));
        // Extended beyond a policy without an extension of its own, the own deadline is not
        // met: an acknowledgement would promise it beside the notice's later date.
        if (deadlines.extensionBeyondOwnPolicy)
            //: Dutch: "Het verzoek is volgens de wet verlengd, terwijl het eigen beleid geen
            //: verlenging kent: een ontvangstbevestiging zou de eigen termijn (%1) beloven, die
            //: volgens het verlengingsbericht niet wordt gehaald. Stuur het verlengingsbericht."
            return refuse(tr("The request was extended under the law while the own policy has "
                             "no extension: an acknowledgement of receipt would promise the own "
                             "deadline (%1), which the extension notice says will not be met. "
                             "Send the extension notice instead.")
                              .arg(QLocale().toString(deadlines.all.policy, QLocale::ShortFormat)));
        break;
    case LetterKind::VerzoekMachtiging:
    case LetterKind::VerzoekIdentificatie:
        if (const QString reason = identityLetterRefusal(c, kind); !reason.isEmpty())
            return refuse(reason);
        break;
    case LetterKind::Verlengingsbericht:
        if (const QString reason = extensionNoticeRefusal(c, deadlines, today, &result.warning);
            !reason.isEmpty())
            return refuse(reason);
        break;
    case LetterKind::Besluit:
    case LetterKind::BevestigingVerwijdering:
    case LetterKind::BevestigingRectificatie:
    case LetterKind::BegeleidendeBriefExport:
        if (const QString reason = answerLetterRefusal(c, kind); !reason.isEmpty())
            return refuse(reason);
        break;
    case LetterKind::KennisgevingOpheffingBeperking:
        // Whether a restriction is in force is the context's (refusal()).
        break;
    case LetterKind::KennisgevingDatalek:
        return refuse(tr("This letter goes to a person concerned by a data breach: make it from "
                         "the data breach (Data breaches), not from a request."));
    }
    result.available = true;
    return result;
}

namespace {

// The fields a portability export held (portable_fields), unset when it did not record them.
std::optional<QStringList> fieldCodes(const QJsonObject &payload)
{
    const QJsonValue fields = payload.value(QLatin1StringView("portable_fields"));
    if (!fields.isArray())
        return std::nullopt;
    QStringList codes;
    for (const QJsonValue &code : fields.toArray())
        codes << code.toString();
    return codes;
}

// Whether an access report (a PDF) was made for the request: its trail holds a
// case.report_exported event with a PDF among the files. The last such event says
// whether the answer went as an encrypted PDF and whether its portability files held
// none of the person's data: context's reportEncrypted and exportHeldNothing. The same trail
// gives the fields erased from the person's record in Privacydesk and those corrected in it
// (erasedInPrivacydesk, correctedInPrivacydesk).
bool reportMadeFor(const CaseService &cases, const QString &number, LetterContext *context,
                   ServiceError *error)
{
    const QList<AuditEvent> events = cases.timeline(number, error);
    context->reportEncrypted = false;
    context->exportHeldNothing = false;
    context->exportLeftOutOthers.reset();
    context->portableFields.reset();
    context->erasedInPrivacydesk.clear();
    context->correctedInPrivacydesk.clear();
    for (const AuditEvent &event : events) {
        QStringList *fields = event.action == QLatin1StringView("case.person_erased")
            ? &context->erasedInPrivacydesk
            : event.action == QLatin1StringView("case.person_corrected")
            ? &context->correctedInPrivacydesk
            : nullptr;
        for (const QJsonValue &field :
             fields ? event.payload.value(QLatin1StringView("fields")).toArray() : QJsonArray()) {
            if (!fields->contains(field.toString()))
                *fields << field.toString();
        }
        if (event.action != QLatin1StringView("case.report_exported"))
            continue;
        context->reportEncrypted = event.payload.value(QLatin1StringView("encrypted")).toBool();
        const QJsonValue portable = event.payload.value(QLatin1StringView("portable_data"));
        context->exportHeldNothing = portable.isBool() && !portable.toBool();
        if (portable.isBool())
            context->portableFields = fieldCodes(event.payload);
        const QJsonValue redactions = event.payload.value(QLatin1StringView("redactions"));
        context->exportLeftOutOthers
            = redactions.isDouble() ? std::optional<bool>(redactions.toInt() > 0) : std::nullopt;
    }
    return std::any_of(events.cbegin(), events.cend(), [](const AuditEvent &event) {
        if (event.action != QLatin1StringView("case.report_exported"))
            return false;
        const QJsonArray files = event.payload.value(QLatin1StringView("files")).toArray();
        return std::any_of(files.cbegin(), files.cend(), [](const QJsonValue &file) {
            return file.toObject().value(QLatin1StringView("format")).toString()
                == QLatin1StringView("pdf");
        });
    });
}

} // namespace

namespace {

// What each restriction under art. 18(1)(a) or (d) waits for (RestrictionDecisions::of). One
// whose accuracy was contested ends with the rectification it waited for: granted in full or in
// part, the notice of lifting says the corrected data are used; after a grant in part
// also that the decision says what was corrected.
bool decideRestrictions(const CaseService &cases, const Store &store, LetterContext *context,
                        ServiceError *error)
{
    const std::optional<QList<RestrictionDecision>> decisions = RestrictionDecisions::of(
        cases, store.database(), context->request.person.id, context->restrictions, error);
    if (!decisions)
        return false;
    context->restrictionDecisions = *decisions;
    for (const RestrictionDecision &d : *decisions) {
        if (d.type != RequestType::Rectificatie || !d.decided)
            continue;
        if (d.outcome == Outcome::Toegewezen || d.outcome == Outcome::DeelsToegewezen)
            context->correctedRestrictions << d.restrictionId;
        if (d.outcome == Outcome::DeelsToegewezen)
            context->partlyCorrectedRestrictions << d.restrictionId;
    }
    return true;
}

} // namespace

void LetterService::sign(const Store &store, LetterContext *context)
{
    context->user = store.userName();
    context->signatory = store.userName();
    if (const auto account = UserService::actingAccountOf(store)) {
        if (!account->displayName.trimmed().isEmpty())
            context->signatory = account->displayName.trimmed();
        context->signatoryFunction = signatoryFunction(
            signsAsTheOfficer(store, *account, context->organisation), context->organisation);
    }
}

std::optional<LetterContext> LetterService::context(const QString &caseNumber,
                                                    ServiceError *error) const
{
    if (!m_session.permitRead(Permission::ViewAllCases, QStringLiteral("letter.read"), caseNumber,
                              error))
        return std::nullopt;
    const CaseService cases(m_session);
    const std::optional<Case> c = cases.find(caseNumber, error);
    if (!c)
        return std::nullopt;
    LetterContext context;
    context.request = *c;
    const std::optional<CaseDeadlines> deadlines = cases.deadlines(*c, error);
    if (!deadlines)
        return std::nullopt;
    context.deadlines = *deadlines;
    context.organisation = OrganisationSettings(m_session).details();
    sign(m_session.store(), &context);
    // {{behandelaar}} names the handler as the user list does, never by a login.
    QHash<QString, QString> names;
    if (!UserRepository::displayNames(m_session.store().database(), &names, error))
        return std::nullopt;
    const QString handler = c->handler.trimmed();
    context.handler
        = handler.isEmpty() ? context.signatory : names.value(handler, handler).trimmed();
    if (context.handler.isEmpty())
        context.handler = handler;
    context.date = m_session.clock().today();
    const std::optional<DeadlinePolicy> policy = cases.policy(error);
    if (!policy)
        return std::nullopt;
    context.policy = *policy;
    // Read for every kind: a failed read is an error, never "nobody to tell".
    ServiceError art19Error;
    context.art19 = DisclosureService(m_session).art19Notifications(c->number, &art19Error);
    if (art19Error.isError()) {
        *error = art19Error;
        return std::nullopt;
    }
    context.reportMade = reportMadeFor(cases, c->number, &context, error);
    if (error->isError())
        return std::nullopt;
    const std::optional<QList<PersonRestriction>> restrictions
        = RestrictionRepository::ofPerson(m_session.store().database(), c->person.id, error);
    if (!restrictions)
        return std::nullopt;
    for (const PersonRestriction &r : *restrictions)
        if (r.active())
            context.restrictions << r;
    if (!decideRestrictions(cases, m_session.store(), &context, error))
        return std::nullopt;
    const std::optional<QList<SystemCheck>> systems
        = SystemChecklist(m_session).of(c->number, error);
    if (!systems)
        return std::nullopt;
    context.systems = *systems;
    std::optional<VeraDiscoveryRecord> searched;
    if (!VeraRepository::latestDiscovery(m_session.store().database(), c->id, &searched, error,
                                         VeraRepository::Objects::Without))
        return std::nullopt;
    // A tick before schema 54 did not keep it: read from the search itself.
    for (SystemCheck &check : context.systems) {
        check.inReport = check.inReport
            || (searched && check.result == SystemSearchResult::Gevonden
                && std::any_of(searched->search.systems.cbegin(), searched->search.systems.cend(),
                               [&check](const VeraSystemResult &s) {
                                   return s.status == VeraStatus::Ok && s.objects > 0
                                       && s.name.compare(check.system, Qt::CaseInsensitive) == 0;
                               }));
    }
    return context;
}

QString LetterService::completionRefusal(const Case &request, const Completion &done,
                                         bool exportHeldNothing)
{
    if (!exportHeldNothing || !request.types.contains(RequestType::Overdraagbaarheid))
        return {};
    Case decided = request;
    decided.outcome = done.outcome;
    decided.refusalGrounds = done.grounds;
    QString problem; // the completion's own checks say it
    decided.decisions = CaseWorkflow::decisionsFor(request, done, &problem);
    return problem.isEmpty() && grantedInPart(decided, RequestType::Overdraagbaarheid)
        ? emptyExportRefusal()
        : QString();
}

std::optional<bool> LetterService::exportHeldNothing(const QString &caseNumber,
                                                     ServiceError *error) const
{
    if (!m_session.permitRead(Permission::ViewAllCases, QStringLiteral("letter.read"), caseNumber,
                              error))
        return std::nullopt;
    LetterContext context;
    reportMadeFor(CaseService(m_session), caseNumber.trimmed(), &context, error);
    if (error->isError())
        return std::nullopt;
    return context.exportHeldNothing;
}

QList<LetterAvailability> LetterService::availability(const QString &caseNumber,
                                                      ServiceError *error) const
{
    ServiceError ignored;
    const std::optional<LetterContext> context
        = this->context(caseNumber, error ? error : &ignored);
    QList<LetterAvailability> result;
    if (!context)
        return result;
    for (LetterKind kind : LetterCodes::kinds()) {
        LetterAvailability available
            = availability(context->request, context->deadlines, kind, context->date);
        if (available.available) {
            available.reason = refusal(*context, kind, &available.warning);
            available.available = available.reason.isEmpty();
        }
        result << available;
    }
    return result;
}

std::optional<LetterKind> LetterService::nextKind(const QList<LetterAvailability> &kinds,
                                                  const QList<Letter> &made)
{
    const auto wasMade = [&made](LetterKind kind) {
        return std::any_of(made.cbegin(), made.cend(),
                           [kind](const Letter &letter) { return letter.kind == kind; });
    };
    std::optional<LetterKind> firstNew;
    std::optional<LetterKind> first;
    for (const LetterAvailability &a : kinds) {
        if (!a.available)
            continue;
        if (a.kind == LetterKind::Verlengingsbericht && !wasMade(a.kind))
            return a.kind;
        if (!first)
            first = a.kind;
        if (!firstNew && !wasMade(a.kind))
            firstNew = a.kind;
    }
    return firstNew ? firstNew : first;
}

std::optional<RenderedLetter> LetterService::render(const QString &caseNumber, LetterKind kind,
                                                    ServiceError *error) const
{
    *error = {};
    const std::optional<LetterContext> context = this->context(caseNumber, error);
    if (!context)
        return std::nullopt;
    LetterAvailability available
        = availability(context->request, context->deadlines, kind, context->date);
    if (available.available)
        available.reason = refusal(*context, kind, &available.warning);
    if (!available.reason.isEmpty()) {
        *error = { ServiceError::Code::Invalid, available.reason, {} };
        return std::nullopt;
    }
    RenderedLetter letter;
    letter.caseNumber = context->request.number;
    letter.kind = kind;
    QString tooLarge;
    letter.html = LetterTemplates::render(kind, templateFor(kind).html, *context, &tooLarge);
    if (!tooLarge.isEmpty()) {
        *error = { ServiceError::Code::Invalid, tooLarge, {} };
        return std::nullopt;
    }
    letter.title = LetterCodes::dutchTitle(kind) + u' ' + context->request.number;
    letter.date = context->date;
    letter.warning = available.warning;
    // No postal address for the addressee (the person's erased after an erasure, or
    // never given): the letter has no address block, and the officer hears so before it goes.
    const Case &request = context->request;
    const bool toRepresentative = !request.representative.simplified().isEmpty();
    if ((toRepresentative ? request.representativeAddress.trimmed() : addressLine(request.person))
            .isEmpty()) {
        //: Dutch: "Er staat geen postadres bij %1: de brief heeft geen adresblok. Stuur hem per
        //: e-mail, of leg eerst het adres vast."
        const QString noAddress = tr("There is no postal address for %1: the letter has no "
                                     "address block. Send it by e-mail, or record the address "
                                     "first.")
                                      .arg(toRepresentative ? request.representative.simplified()
                                                            : request.person.name.simplified());
        letter.warning = letter.warning.isEmpty() ? noAddress : letter.warning + u' ' + noAddress;
    }
    letter.bsnFindings = findBsnNumbers(LetterTemplates::plainText(letter.html));
    for (BsnFinding &finding : letter.bsnFindings)
        finding.field = tr("Letter");
    return letter;
}

void LetterService::fillDocument(QTextDocument *document, const QString &html)
{
    QFont font = document->defaultFont();
    font.setPointSizeF(10.5);
    document->setDefaultFont(font);
    document->setDocumentMargin(0);
    // px: 1/96 inch, scaled to the printer by the layout (Qt's rich text ignores pt margins).
    document->setDefaultStyleSheet(
        QStringLiteral("p { margin-top: 0px; margin-bottom: 9px; } li { margin-bottom: 2px; }"));
    document->setHtml(QStringLiteral("<html><body>") + html + QStringLiteral("</body></html>"));
}

int LetterService::paint(const QString &html, QPagedPaintDevice *device, const QString &title,
                         PrintedDocument::Marking marking)
{
    QTextDocument document;
    fillDocument(&document, html);
    return PrintedDocument::paint(&document, device, title, marking,
                                  PrintedDocument::Audience::DataSubject);
}

QByteArray LetterService::pdf(const QString &html, const QString &title,
                              PrintedDocument::Marking marking)
{
    QTextDocument document;
    fillDocument(&document, html);
    PrintedDocument::Options options;
    options.audience = PrintedDocument::Audience::DataSubject;
    return PrintedDocument::pdf(&document, title, marking, options);
}

std::optional<QHash<QString, QString>> LetterService::values(const QString &caseNumber,
                                                             ServiceError *error) const
{
    const std::optional<LetterContext> context = this->context(caseNumber, error);
    if (!context)
        return std::nullopt;
    return LetterTemplates::values(*context);
}

bool LetterService::writePdf(const QString &html, const QString &title,
                             PrintedDocument::Marking marking, const OutputTarget &target,
                             QString *error, int *pages)
{
    QTextDocument document;
    fillDocument(&document, html);
    return PrintedDocument::writePdf(&document, title, marking, target, error, pages,
                                     PrintedDocument::Audience::DataSubject);
}

} // namespace pd
