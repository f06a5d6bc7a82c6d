// privacydesk-cli case add: a request read from the options (and its original), also for
// mailbox take, which gives the message from the mailbox as the original.

#include "CaseCommands.h"
#include "cases/Attachments.h"
#include "cases/CaseJson.h"
#include "cases/MailIntake.h"
#include "mail/MailMessage.h"

#include <QJsonDocument>

namespace pd::cli {

int CaseCommands::runAdd(CliContext &context)
{
    const QCommandLineParser &p = context.parser();
    const auto add = [&p](CaseService &cases, const NewCase &request) {
        ServiceError error;
        const auto created = cases.add(request, CliContext::bsnCheck(p), &error);
        return printAdded(cases, created, error, p.isSet(QStringLiteral("json")));
    };
    if (!p.isSet(QStringLiteral("original"))) {
        NewCase request;
        if (const int invalid = readRequest(p, std::nullopt, &request); invalid != Success)
            return invalid;
        return withCases(context,
                         [&](const Session &, CaseService &cases) { return add(cases, request); });
    }
    // The original is read once the store is open: under the organisation's limits for a file
    // from outside, which come with it.
    return withCases(context, [&](const Session &, CaseService &cases) {
        const std::optional<NewAttachment> original
            = readAttachmentFile(p.value(QStringLiteral("original")), AttachmentKind::Origineel,
                                 p.isSet(QStringLiteral("not-an-id-document")));
        if (!original)
            return int(Failure);
        NewCase request;
        if (const int invalid = readRequest(p, original, &request); invalid != Success)
            return invalid;
        return add(cases, request);
    });
}

int CaseCommands::printAdded(const CaseService &cases, const std::optional<Case> &created,
                             const ServiceError &failure, bool json)
{
    if (!created)
        return serviceFailure(failure);
    if (json) {
        ServiceError error;
        const auto deadlines = cases.deadlines(*created, &error);
        if (!deadlines)
            return CliContext::readFailure(error, false);
        CliContext::printJson(QJsonDocument(caseToJson(*created, *deadlines)));
    } else
        CliContext::printLine(created->number);
    return Success;
}

int CaseCommands::readRequest(const QCommandLineParser &p,
                              const std::optional<NewAttachment> &original, NewCase *out)
{
    bool ok = true;
    NewCase request;
    // The request as it arrived: an e-mail fills the channel, the moment of receipt and the
    // sender, unless given on the command line.
    std::optional<MailMessage> mail;
    if (original) {
        if (!readOriginalMail(*original, &mail))
            return Failure;
        request.attachments << *original;
    }
    if (const int failed = readPerson(p, &request.person); failed != Success)
        return failed;
    for (const QString &code :
         p.values(QStringLiteral("type")).join(u',').split(u',', Qt::SkipEmptyParts)) {
        const auto type = codes::from<RequestType>(code.trimmed());
        if (!type)
            return CliContext::usage(
                tr("Unknown request type '%1' (%2).")
                    .arg(code, joinedCodes(codesOf(codes::all<RequestType>()))));
        request.types << *type;
    }
    // With an original the kind may follow once it is read ("overig" until then).
    if (request.types.isEmpty() && !request.attachments.isEmpty())
        request.types << RequestType::Overig;
    if (request.types.isEmpty())
        return CliContext::usage(tr("case add needs --type TYPE[,TYPE] (%1).")
                                     .arg(joinedCodes(codesOf(codes::all<RequestType>()))));
    const auto channel = codes::from<Channel>(p.value(QStringLiteral("channel")));
    if (p.isSet(QStringLiteral("channel")) && !channel)
        return CliContext::usage(tr("Unknown channel '%1' (%2).")
                                     .arg(p.value(QStringLiteral("channel")),
                                          joinedCodes(codesOf(codes::all<Channel>()))));
    request.receivedDate = dateOption(p, QStringLiteral("received"), &ok);
    if (!ok)
        return UsageError;
    request.description = p.value(QStringLiteral("note"));
    request.representative = p.value(QStringLiteral("representative"));
    request.representativeMandate = p.value(QStringLiteral("mandate"));
    request.representativeAddress = p.value(QStringLiteral("representative-address"));
    request.representativeOrganisation = p.value(QStringLiteral("representative-organisation"));
    if (p.isSet(QStringLiteral("representative-authority"))) {
        const QString code = p.value(QStringLiteral("representative-authority"));
        request.representativeAuthority = codes::from<RepresentativeAuthority>(code);
        if (!request.representativeAuthority)
            //: Dutch: "Onbekende hoedanigheid van de gemachtigde ‘%1’ (%2)."
            return CliContext::usage(
                tr("Unknown kind of representative '%1' (%2).")
                    .arg(code, joinedCodes(codesOf(codes::all<RepresentativeAuthority>()))));
    }
    request.receivedBy = p.value(QStringLiteral("received-by"));
    request.callbackPhone = p.value(QStringLiteral("phone"));
    if (mail)
        MailIntake::apply(*mail, &request, false);
    if (channel)
        request.channel = *channel;
    else if (!mail)
        return CliContext::usage(
            request.attachments.isEmpty()
                ? tr("case add needs --channel (%1).")
                      .arg(joinedCodes(codesOf(codes::all<Channel>())))
                : tr("The original is not an e-mail: case add needs --channel (%1).")
                      .arg(joinedCodes(codesOf(codes::all<Channel>()))));
    if (!request.receivedDate.isValid())
        return CliContext::usage(
            //: Dutch: "De e-mail zegt niet wanneer hij is ontvangen (geen leesbare Date; een
            //: Outlook-bericht dat nooit is verstuurd of ontvangen, zoals een concept, heeft er
            //: geen): case add heeft --received JJJJ-MM-DD nodig."
            mail ? tr("The e-mail does not say when it was received (no readable Date; an Outlook "
                      "message that was never sent or received, such as a draft, has none): case "
                      "add needs --received YYYY-MM-DD.")
                 : tr("case add needs --received YYYY-MM-DD."));
    if (request.person.name.trimmed().isEmpty() && request.person.klantnummer.trimmed().isEmpty())
        return CliContext::usage(tr("case add needs --person NAME or --klantnummer NUMBER."));
    *out = request;
    return Success;
}

} // namespace pd::cli
