// privacydesk-cli: holds on data outside Privacydesk on a request or a data breach (case hold …,
// breach hold …) and the restriction of processing on a person (person restrict, person
// restriction lift, person restrictions). The work is retention/ExternalHolds and
// retention/Restrictions; this file reads the options and prints.
#include "CliContext.h"
#include "PersonRegisterList.h"
#include "retention/ExternalHolds.h"
#include "retention/HoldsAtClose.h"
#include "retention/Restrictions.h"
#include "session/Session.h"

#include <QJsonArray>
#include <QJsonObject>

namespace pd::cli {

namespace {

using Owner = ExternalHoldService::Owner;

class HoldCommands final
{
    Q_DECLARE_TR_FUNCTIONS(pd::cli::HoldCommands)
public:
    static QJsonObject toJson(const ExternalHold &h, QDate today)
    {
        QJsonObject o { { QStringLiteral("id"), h.id },
                        { QStringLiteral("system"), h.system },
                        { QStringLiteral("secured"), h.secured },
                        { QStringLiteral("recorded_on"), h.recordedOn.toString(Qt::ISODate) },
                        { QStringLiteral("overwritten_after"),
                          ExternalHoldTexts::periodCode(h.period) },
                        { QStringLiteral("secure_before"), h.overwrittenOn.toString(Qt::ISODate) },
                        { QStringLiteral("secured_on"), h.securedOn.toString(Qt::ISODate) },
                        { QStringLiteral("secured_by"), h.securedBy },
                        { QStringLiteral("kept_until"), h.keptUntil.toString(Qt::ISODate) },
                        { QStringLiteral("kept_expired"), h.keptExpired(today) },
                        { QStringLiteral("overwritten"), h.overwritten(today) },
                        { QStringLiteral("released_on"), h.releasedOn.toString(Qt::ISODate) },
                        { QStringLiteral("released_by"), h.releasedBy },
                        { QStringLiteral("release_reason"), h.releaseReason },
                        { QStringLiteral("state"), ExternalHoldTexts::stateText(h, today) } };
        if (!h.caseNumber.isEmpty())
            o.insert(QStringLiteral("case"), h.caseNumber);
        if (!h.breachNumber.isEmpty())
            o.insert(QStringLiteral("breach"), h.breachNumber);
        return o;
    }

    static int runAdd(CliContext &context, Owner owner)
    {
        const QCommandLineParser &p = context.parser();
        const QStringList args = p.positionalArguments();
        bool ok = true;
        NewExternalHold hold;
        hold.recordedOn = dateOption(p, QStringLiteral("recorded"), &ok);
        hold.keptUntil = dateOption(p, QStringLiteral("until"), &ok);
        hold.securedOn = dateOption(p, QStringLiteral("secured-on"), &ok);
        if (!ok)
            return UsageError;
        hold.system = p.value(QStringLiteral("system"));
        hold.secured = p.value(QStringLiteral("secured"));
        hold.securedBy = p.value(QStringLiteral("secured-by"));
        const auto period = ExternalHoldTexts::period(p.value(QStringLiteral("overwritten-after")));
        if (args.size() != 1 || hold.system.trimmed().isEmpty() || hold.secured.trimmed().isEmpty()
            || !hold.recordedOn.isValid() || !period)
            //: Dutch: "hold add heeft NUMMER, --system TEKST, --recorded DATUM,
            //: --overwritten-after (bijvoorbeeld 4w of 30d) en --secured TEKST nodig."
            return CliContext::usage(tr("hold add needs NUMBER, --system TEXT, --recorded DATE, "
                                        "--overwritten-after (for example 4w or 30d) and "
                                        "--secured TEXT."));
        hold.period = *period;
        const Session *session = context.openSession();
        if (!session)
            return Failure;
        ExternalHoldService service(*session);
        ServiceError error;
        const auto added = service.add(owner, args.first().trimmed().toUpper(), hold,
                                       CliContext::bsnCheck(p), &error);
        if (!added)
            return CliContext::fail(error);
        const QDate today = systemClock().today();
        return context.show(toJson(*added, today),
                            //: Dutch: "Bewaring %1 vastgelegd: %2"
                            tr("Hold %1 recorded: %2")
                                .arg(added->id)
                                .arg(ExternalHoldTexts::stateText(*added, today)));
    }

    // NUMBER ID: the hold's owner and id; nullopt after the usage line.
    static std::optional<std::pair<QString, qint64>> numberAndId(const QCommandLineParser &p,
                                                                 const QString &usage)
    {
        const QStringList args = p.positionalArguments();
        bool ok = false;
        const qint64 id = args.size() == 2 ? args.at(1).toLongLong(&ok) : 0;
        if (!ok || id <= 0) {
            CliContext::usage(usage);
            return std::nullopt;
        }
        return std::pair { args.first().trimmed().toUpper(), id };
    }

    static int runSecure(CliContext &context, Owner owner)
    {
        const QCommandLineParser &p = context.parser();
        //: Dutch: "hold secure heeft NUMMER en ID nodig."
        const auto which = numberAndId(p, tr("hold secure needs NUMBER and ID."));
        bool ok = true;
        QDate on = dateOption(p, QStringLiteral("on"), &ok);
        if (!which || !ok)
            return UsageError;
        return context.act(
            [&](const Session &session, ServiceError *error) {
                if (!on.isValid())
                    on = systemClock().today();
                return ExternalHoldService(session).secure(owner, which->first, which->second, on,
                                                           p.value(QStringLiteral("by")),
                                                           CliContext::bsnCheck(p), error);
            },
            //: Dutch: "Bewaring %1 veiliggesteld."
            tr("Hold %1 secured.").arg(which->second));
    }

    static int runRelease(CliContext &context, Owner owner)
    {
        const QCommandLineParser &p = context.parser();
        //: Dutch: "hold release heeft NUMMER, ID en --reason TEKST nodig."
        const QString usage = tr("hold release needs NUMBER, ID and --reason TEXT.");
        const auto which = numberAndId(p, usage);
        if (!which)
            return UsageError;
        if (p.value(QStringLiteral("reason")).trimmed().isEmpty())
            return CliContext::usage(usage);
        return context.act(
            [&](const Session &session, ServiceError *error) {
                return ExternalHoldService(session).release(owner, which->first, which->second,
                                                            p.value(QStringLiteral("reason")),
                                                            CliContext::bsnCheck(p), error);
            },
            //: Dutch: "Bewaring %1 vrijgegeven."
            tr("Hold %1 released.").arg(which->second));
    }

    static int runKeep(CliContext &context, Owner owner)
    {
        const QCommandLineParser &p = context.parser();
        //: Dutch: "hold keep heeft NUMMER, ID en --until DATUM nodig."
        const QString usage = tr("hold keep needs NUMBER, ID and --until DATE.");
        const auto which = numberAndId(p, usage);
        if (!which)
            return UsageError;
        bool ok = true;
        const QDate until = dateOption(p, QStringLiteral("until"), &ok);
        if (!ok)
            return UsageError;
        if (!until.isValid())
            return CliContext::usage(usage);
        return context.act(
            [&](const Session &session, ServiceError *error) {
                return ExternalHoldService(session).keepUntil(owner, which->first, which->second,
                                                              until, error);
            },
            //: Dutch: "Bewaring %1 vastgelegd tot %2."
            tr("Hold %1 kept until %2.").arg(which->second).arg(CliContext::dateText(until)));
    }

    static int runViewed(CliContext &context, Owner owner)
    {
        const QCommandLineParser &p = context.parser();
        //: Dutch: "hold viewed heeft NUMMER, ID, --by TEKST en --reason TEKST nodig."
        const QString usage = tr("hold viewed needs NUMBER, ID, --by TEXT and --reason TEXT.");
        const auto which = numberAndId(p, usage);
        if (!which)
            return UsageError;
        bool ok = true;
        HoldViewing viewing { which->second,
                              dateOption(p, QStringLiteral("on"), &ok),
                              p.value(QStringLiteral("by")),
                              p.value(QStringLiteral("reason")),
                              {} };
        if (!ok)
            return UsageError;
        if (viewing.viewedBy.trimmed().isEmpty() || viewing.reason.trimmed().isEmpty())
            return CliContext::usage(usage);
        return context.act(
            [&](const Session &session, ServiceError *error) {
                if (!viewing.viewedOn.isValid())
                    viewing.viewedOn = systemClock().today();
                return ExternalHoldService(session).recordViewing(
                    owner, which->first, which->second, viewing, CliContext::bsnCheck(p), error);
            },
            //: Dutch: "Bekijken van bewaring %1 vastgelegd."
            tr("Viewing of hold %1 recorded.").arg(which->second));
    }

    static int runList(CliContext &context, Owner owner)
    {
        const QCommandLineParser &p = context.parser();
        const QStringList args = p.positionalArguments();
        if (args.size() != 1)
            //: Dutch: "hold list heeft NUMMER nodig."
            return CliContext::usage(tr("hold list needs NUMBER."));
        const Session *session = context.openSession();
        if (!session)
            return Failure;
        ServiceError error;
        const ExternalHoldService service(*session);
        const QString number = args.first().trimmed().toUpper();
        const auto holds = service.of(owner, number, &error);
        // Who viewed each hold's data, from the trail.
        const auto viewings = holds ? service.viewings(owner, number, &error) : std::nullopt;
        if (!viewings)
            return error.code == ServiceError::Code::NotFound
                    || error.code == ServiceError::Code::Denied
                ? CliContext::fail(error)
                : CliContext::readFailure(error);
        const QDate today = systemClock().today();
        if (p.isSet(QStringLiteral("json"))) {
            printJsonArray(*holds, [&](const ExternalHold &h) {
                return withViewings(toJson(h, today), h.id, *viewings);
            });
            return Success;
        }
        if (holds->isEmpty())
            //: Dutch: "Geen bewaringen van gegevens buiten Privacydesk."
            CliContext::printLine(tr("No holds on data outside Privacydesk."));
        for (const ExternalHold &h : *holds) {
            CliContext::printLine(
                QStringLiteral("%1  %2: %3 — %4")
                    .arg(h.id)
                    .arg(h.system, h.secured, ExternalHoldTexts::stateText(h, today)));
            for (const HoldViewing &v : *viewings)
                if (v.holdId == h.id)
                    CliContext::printLine(QStringLiteral("    ")
                                          + ExternalHoldTexts::viewingText(v));
        }
        return Success;
    }

    // "viewings": [{"viewed_on", "viewed_by", "reason", "recorded_by"}] of the hold with id.
    static QJsonObject withViewings(QJsonObject json, qint64 id, const QList<HoldViewing> &all)
    {
        QJsonArray viewings;
        for (const HoldViewing &v : all)
            if (v.holdId == id)
                viewings.append(
                    QJsonObject { { QStringLiteral("viewed_on"), v.viewedOn.toString(Qt::ISODate) },
                                  { QStringLiteral("viewed_by"), v.viewedBy },
                                  { QStringLiteral("reason"), v.reason },
                                  { QStringLiteral("recorded_by"), v.recordedBy } });
        json.insert(QStringLiteral("viewings"), viewings);
        return json;
    }

    static QJsonObject toJson(const PersonRestriction &r)
    {
        return { { QStringLiteral("id"), r.id },
                 { QStringLiteral("klantnummer"), r.klantnummer },
                 { QStringLiteral("name"), r.personName },
                 { QStringLiteral("case"), r.caseNumber },
                 { QStringLiteral("data"), r.data },
                 { QStringLiteral("ground"), codes::code(r.ground) },
                 { QStringLiteral("ground_text"), codes::label(r.ground) },
                 { QStringLiteral("reason"), r.reason },
                 { QStringLiteral("started_on"), r.startedOn.toString(Qt::ISODate) },
                 { QStringLiteral("active"), r.active() },
                 { QStringLiteral("lifted_on"), r.liftedOn.toString(Qt::ISODate) },
                 { QStringLiteral("lifted_by"), r.liftedBy },
                 { QStringLiteral("notice_letter"), r.liftLetterId } };
    }

    static int runRestrict(CliContext &context)
    {
        const QCommandLineParser &p = context.parser();
        const QStringList args = p.positionalArguments();
        bool ok = true;
        NewRestriction r;
        r.startedOn = dateOption(p, QStringLiteral("from"), &ok);
        if (!ok)
            return UsageError;
        const auto ground = codes::from<RestrictionGround>(p.value(QStringLiteral("ground")));
        r.data = p.value(QStringLiteral("data"));
        r.reason = p.value(QStringLiteral("reason"));
        r.caseNumber = p.value(QStringLiteral("case"));
        if (args.size() != 1 || !ground || r.data.trimmed().isEmpty()
            || r.reason.trimmed().isEmpty())
            //: Dutch: "person restrict heeft KLANTNUMMER, --data TEKST, --ground a|b|c|d en
            //: --reason TEKST nodig."
            return CliContext::usage(tr("person restrict needs KLANTNUMMER, --data TEXT, --ground "
                                        "a|b|c|d and --reason TEXT."));
        r.ground = *ground;
        r.klantnummer = args.first();
        const auto recorded = context.made([&](const Session &session, ServiceError *error) {
            return RestrictionService(session).record(r, CliContext::bsnCheck(p), error);
        });
        if (!recorded)
            return Failure;
        return context.show(toJson(*recorded),
                            //: Dutch: "Beperking %1 vastgelegd (%2)."
                            tr("Restriction %1 recorded (%2).")
                                .arg(recorded->id)
                                .arg(codes::label(recorded->ground)));
    }

    static int runLift(CliContext &context)
    {
        const QCommandLineParser &p = context.parser();
        const QStringList args = p.positionalArguments();
        bool ok = false;
        const qint64 id = args.size() == 1 ? args.first().toLongLong(&ok) : 0;
        if (!ok || id <= 0)
            //: Dutch: "person restriction lift heeft het ID van de beperking nodig."
            return CliContext::usage(tr("person restriction lift needs the restriction's ID."));
        const Session *session = context.openSession();
        if (!session)
            return Failure;
        ServiceError error;
        QString request;
        if (!RestrictionService(*session).lift(id, p.value(QStringLiteral("case")), &error,
                                               &request))
            return CliContext::fail(error);
        //: Dutch: "Beperking %1 opgeheven."
        CliContext::printLine(tr("Restriction %1 lifted.").arg(id));
        // The marks that lift its request's blocks in the corporation's systems, sent after the
        // commit; one not done stays on the request and in Vandaag.
        if (!request.isEmpty())
            sendVeraMarks(*session, request);
        return Success;
    }

    static int runRestrictions(CliContext &context)
    {
        return runPersonRegisterList<RestrictionService, PersonRestriction>(
            context,
            //: Dutch: "Geen beperkingen van de verwerking."
            tr("No restrictions of processing."),
            [](const PersonRestriction &r) { return toJson(r); },
            [](const PersonRestriction &r) {
                return QStringLiteral("%1  %2 %3  %4  %5  %6")
                    .arg(r.id)
                    .arg(r.klantnummer, r.personName, r.data, codes::label(r.ground),
                         r.active()
                             //: Dutch: "sinds %1"
                             ? tr("since %1").arg(CliContext::dateText(r.startedOn))
                             //: Dutch: "opgeheven op %1"
                             : tr("lifted on %1").arg(CliContext::dateText(r.liftedOn)));
            });
    }
};

// hold add and hold keep both say until when a hold is kept.
QCommandLineOption keptUntilOption()
{
    return option(QStringLiteral("until"), QT_TRANSLATE_NOOP("pd::cli", "Kept until this date."),
                  dateValue);
}

// The day hold secure and hold viewed record.
QCommandLineOption onDateOption()
{
    return option(QStringLiteral("on"), QT_TRANSLATE_NOOP("pd::cli", "Date (default: today)."),
                  dateValue);
}

QList<Command> holdCommandsOf(Owner owner)
{
    const bool onCase = owner == Owner::Case;
    const char *add = onCase ? "case hold add" : "breach hold add";
    const char *secure = onCase ? "case hold secure" : "breach hold secure";
    const char *release = onCase ? "case hold release" : "breach hold release";
    const char *list = onCase ? "case hold list" : "breach hold list";
    return {
        command(add,
                QT_TRANSLATE_NOOP("pd::cli",
                                  "Record a hold on data outside Privacydesk (camera images, call "
                                  "recordings, ...): secure them before the system overwrites "
                                  "them."),
                "NUMBER",
                { option(QStringLiteral("system"),
                         QT_TRANSLATE_NOOP("pd::cli",
                                           "The system: camera system, telephone "
                                           "system, mailbox, ..."),
                         QT_TRANSLATE_NOOP("pd::cli", "TEXT")),
                  option(QStringLiteral("recorded"),
                         QT_TRANSLATE_NOOP("pd::cli", "Date of the recording."), dateValue),
                  option(QStringLiteral("overwritten-after"),
                         QT_TRANSLATE_NOOP("pd::cli",
                                           "The system's own retention from the "
                                           "recording: 4w, 30d, 3m, 1y."),
                         QT_TRANSLATE_NOOP("pd::cli", "PERIOD")),
                  option(QStringLiteral("secured"),
                         QT_TRANSLATE_NOOP("pd::cli", "What is (to be) secured."),
                         QT_TRANSLATE_NOOP("pd::cli", "TEXT")),
                  keptUntilOption(),
                  option(QStringLiteral("secured-on"),
                         QT_TRANSLATE_NOOP("pd::cli",
                                           "Already secured on this date (otherwise "
                                           "still to be secured)."),
                         dateValue),
                  option(QStringLiteral("secured-by"),
                         QT_TRANSLATE_NOOP("pd::cli", "Who secured it (default: you)."),
                         QT_TRANSLATE_NOOP("pd::cli", "TEXT")),
                  confirmNotBsnOption() },
                [owner](CliContext &c) { return HoldCommands::runAdd(c, owner); }),
        command(secure, QT_TRANSLATE_NOOP("pd::cli", "Record that a hold's data were secured."),
                "NUMBER ID",
                { onDateOption(),
                  option(QStringLiteral("by"),
                         QT_TRANSLATE_NOOP("pd::cli", "Who secured it (default: you)."),
                         QT_TRANSLATE_NOOP("pd::cli", "TEXT")),
                  confirmNotBsnOption() },
                [owner](CliContext &c) { return HoldCommands::runSecure(c, owner); }),
        command(
            release, QT_TRANSLATE_NOOP("pd::cli", "Release a hold, with the reason."), "NUMBER ID",
            { option(QStringLiteral("reason"), QT_TRANSLATE_NOOP("pd::cli", "Why it is released."),
                     QT_TRANSLATE_NOOP("pd::cli", "TEXT")),
              confirmNotBsnOption() },
            [owner](CliContext &c) { return HoldCommands::runRelease(c, owner); }),
        command(list,
                QT_TRANSLATE_NOOP("pd::cli",
                                  "The holds on data outside Privacydesk, with the day to secure "
                                  "them by."),
                "NUMBER", {}, [owner](CliContext &c) { return HoldCommands::runList(c, owner); }),
    };
}

// Until when a hold is kept, and who viewed its data.
QList<Command> holdDecisionCommandsOf(Owner owner)
{
    const bool onCase = owner == Owner::Case;
    const char *keep = onCase ? "case hold keep" : "breach hold keep";
    const char *viewed = onCase ? "case hold viewed" : "breach hold viewed";
    return {
        command(keep,
                QT_TRANSLATE_NOOP("pd::cli",
                                  "Record until when a hold is kept (replaces an earlier date)."),
                "NUMBER ID", { keptUntilOption() },
                [owner](CliContext &c) { return HoldCommands::runKeep(c, owner); }),
        command(viewed,
                QT_TRANSLATE_NOOP("pd::cli",
                                  "Record who viewed a hold's secured data, when and why (shown "
                                  "in hold list and in the AP dossier)."),
                "NUMBER ID",
                { option(QStringLiteral("by"), QT_TRANSLATE_NOOP("pd::cli", "Who viewed them."),
                         QT_TRANSLATE_NOOP("pd::cli", "TEXT")),
                  option(QStringLiteral("reason"),
                         QT_TRANSLATE_NOOP("pd::cli", "Why they were viewed."),
                         QT_TRANSLATE_NOOP("pd::cli", "TEXT")),
                  onDateOption(), confirmNotBsnOption() },
                [owner](CliContext &c) { return HoldCommands::runViewed(c, owner); }),
    };
}

} // namespace

QJsonObject withRestrictions(const Session &session, const Case &request, QJsonObject json)
{
    // The marker's read (IntakeCase): what the phone intake may see, for whoever may see the
    // request; a role without it (the auditor) reads them whole.
    const RestrictionService service(session);
    ServiceError error;
    const bool whole = !session.may(Permission::IntakeCase);
    const auto list = whole ? service.ofPerson(request.person.id, &error)
                            : service.markers(request.person.id, &error);
    QJsonArray array;
    for (const PersonRestriction &r : list.value_or(QList<PersonRestriction> {}))
        if (r.active())
            array.append(QJsonObject {
                { QStringLiteral("id"), r.id },
                { QStringLiteral("data"), r.data },
                { QStringLiteral("ground"), codes::code(r.ground) },
                { QStringLiteral("started_on"), r.startedOn.toString(Qt::ISODate) } });
    // A failed read is never "no restriction": null, and the reason on stderr.
    json.insert(QStringLiteral("restrictions"), list ? QJsonValue(array) : QJsonValue());
    if (!list)
        CliContext::printError(error.message);
    return json;
}

QList<QCommandLineOption> holdsAtCloseOptions()
{
    return {
        option(QStringLiteral("release-holds"),
               QT_TRANSLATE_NOOP("pd::cli",
                                 "Release the holds on data outside Privacydesk that are still "
                                 "held (reason: request completed, data breach closed).")),
        option(QStringLiteral("keep-holds-until"),
               QT_TRANSLATE_NOOP("pd::cli",
                                 "Keep the holds on data outside Privacydesk that are still held "
                                 "until this date, for example until a complaint is dealt "
                                 "with."),
               dateValue),
    };
}

bool readHoldsAtClose(const QCommandLineParser &p, HoldsAtClose *decision)
{
    const bool release = p.isSet(QStringLiteral("release-holds"));
    const bool keep = p.isSet(QStringLiteral("keep-holds-until"));
    if (release && keep) {
        //: Dutch: "Kies --release-holds of --keep-holds-until, niet allebei."
        CliContext::usage(HoldCommands::tr("Choose --release-holds or --keep-holds-until, not "
                                           "both."));
        return false;
    }
    bool ok = true;
    decision->keepUntil = dateOption(p, QStringLiteral("keep-holds-until"), &ok);
    decision->choice = release ? HoldsAtClose::Choice::Release
        : keep                 ? HoldsAtClose::Choice::KeepUntil
                               : HoldsAtClose::Choice::Undecided;
    return ok;
}

int holdsAtCloseRefusal(const Session &session, bool onCase, const QString &number,
                        const HoldsAtClose &decision)
{
    if (decision.choice != HoldsAtClose::Choice::Undecided)
        return Success;
    const Owner owner = onCase ? Owner::Case : Owner::Breach;
    ServiceError error;
    const auto held = HoldsClosing(session).pending(owner, number, &error);
    if (!held)
        return error.code == ServiceError::Code::NotFound
                || error.code == ServiceError::Code::Denied
            ? CliContext::fail(error)
            : CliContext::readFailure(error);
    if (held->isEmpty())
        return Success;
    //: Dutch: "Geef ze vrij met --release-holds, of leg ze vast met --keep-holds-until DATUM."
    return CliContext::fail(ExternalHoldService::closeRefusal(owner, *held) + u' '
                            + HoldCommands::tr("Release them with --release-holds, or keep them "
                                               "with --keep-holds-until DATE."));
}

QList<Command> holdCommands()
{
    return holdCommandsOf(Owner::Case) + holdDecisionCommandsOf(Owner::Case)
        + holdCommandsOf(Owner::Breach) + holdDecisionCommandsOf(Owner::Breach);
}

QList<Command> restrictionCommands()
{
    return {
        command(
            "person restrict",
            QT_TRANSLATE_NOOP("pd::cli",
                              "Record a restriction of processing on a person (art. 18 "
                              "GDPR)."),
            "KLANTNUMMER",
            { option(QStringLiteral("data"),
                     QT_TRANSLATE_NOOP("pd::cli", "Which data are restricted."),
                     QT_TRANSLATE_NOOP("pd::cli", "TEXT")),
              option(QStringLiteral("ground"),
                     QT_TRANSLATE_NOOP("pd::cli",
                                       "Art. 18(1): a accuracy contested, b unlawful, "
                                       "c legal claim, d objection."),
                     QT_TRANSLATE_NOOP("pd::cli", "a|b|c|d")),
              option(QStringLiteral("reason"), QT_TRANSLATE_NOOP("pd::cli", "Why."),
                     QT_TRANSLATE_NOOP("pd::cli", "TEXT")),
              option(QStringLiteral("case"),
                     QT_TRANSLATE_NOOP("pd::cli", "The request that asked for it."),
                     QT_TRANSLATE_NOOP("pd::cli", "NUMBER")),
              option(QStringLiteral("from"),
                     QT_TRANSLATE_NOOP("pd::cli", "In force from (default: today)."), dateValue),
              confirmNotBsnOption() },
            HoldCommands::runRestrict),
        command("person restriction lift",
                QT_TRANSLATE_NOOP("pd::cli",
                                  "Lift a restriction, once the notice to the person was "
                                  "recorded as sent (art. 18(3) GDPR)."),
                "ID",
                { option(QStringLiteral("case"),
                         QT_TRANSLATE_NOOP("pd::cli",
                                           "The request whose notice was sent "
                                           "(for a restriction without one)."),
                         QT_TRANSLATE_NOOP("pd::cli", "NUMBER")) },
                HoldCommands::runLift),
        command("person restrictions",
                QT_TRANSLATE_NOOP("pd::cli",
                                  "The restrictions of processing in force (--all: lifted too), "
                                  "or a person's."),
                "KLANTNUMMER",
                { option(QStringLiteral("all"), QT_TRANSLATE_NOOP("pd::cli", "Lifted ones too.")) },
                HoldCommands::runRestrictions),
    };
}

} // namespace pd::cli
