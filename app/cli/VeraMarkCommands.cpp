// privacydesk-cli vera write-back: the marks the organisation allows Privacydesk to set in its
// systems (VeraWriteBack), planned with the decision that calls for them and sent here, after it.
// `case discover` and `case complete` send the marks they planned at once; this command plans
// what a request calls for now and sends what is not done (every request's, without a number),
// for a system that was not reachable before; --dismiss sets one aside that can no longer be done
// (the system moved, the object is gone), with the reason on the request's trail; --destroyed says
// which cases an erasure granted in part destroyed.

#include "CliContext.h"
#include "vera/VeraWriteBack.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace pd::cli {

using namespace Qt::StringLiterals;

namespace {

class VeraMarkCommands final
{
    Q_DECLARE_TR_FUNCTIONS(pd::cli::VeraMarkCommands)
public:
    static int runWriteBack(CliContext &context);
    static int runDismiss(CliContext &context, const Session &session, const QString &number);
    static QString line(const OutboxItem &item);
};

QString VeraMarkCommands::line(const OutboxItem &item)
{
    return u"%1  #%2  %3  %4  %5%6"_s.arg(item.caseNumber, QString::number(item.id), item.target,
                                          VeraWriteBack::actionText(item), codes::label(item.state),
                                          item.error.isEmpty() ? QString() : u"  "_s + item.error);
}

int VeraMarkCommands::runWriteBack(CliContext &context)
{
    const QStringList args = context.parser().positionalArguments();
    if (args.size() > 1)
        //: Dutch: "Geef het nummer van één verzoek, of geen om alles te versturen wat nog open
        //: staat."
        return CliContext::usage(tr("Give the number of one request, or none to send everything "
                                    "still open."));
    const Session *session = context.openSession();
    if (!session)
        return Failure;
    const QString number = args.value(0);
    if (context.parser().isSet(u"dismiss"_s))
        return runDismiss(context, *session, number);
    // The officer's word on an erasure granted in part: these cases went (an empty value: none).
    std::optional<QStringList> destroyed;
    if (context.parser().isSet(u"destroyed"_s)) {
        if (number.isEmpty())
            //: Dutch: "--destroyed hoort bij het nummer van één verzoek."
            return CliContext::usage(tr("--destroyed goes with the number of one request."));
        destroyed = context.parser().values(u"destroyed"_s);
        destroyed->removeAll(QString());
    }
    ServiceError error;
    if (!number.isEmpty() && !VeraWriteBack(*session).planFor(number, &error, destroyed))
        return CliContext::fail(error);
    QJsonArray json;
    const int result = sendVeraMarks(*session, number, &json);
    if (context.parser().isSet(u"json"_s))
        CliContext::printJson(QJsonDocument(json));
    return result;
}

int VeraMarkCommands::runDismiss(CliContext &context, const Session &session, const QString &number)
{
    const QCommandLineParser &p = context.parser();
    bool ok = false;
    const qint64 id = p.value(u"dismiss"_s).toLongLong(&ok);
    if (number.isEmpty() || !ok || id <= 0 || p.value(u"reason"_s).trimmed().isEmpty())
        //: Dutch: "--dismiss heeft het nummer van het verzoek, het nummer van de markering (zie
        //: --json: id) en --reason nodig."
        return CliContext::usage(tr("--dismiss needs the request's number, the mark's number (see "
                                    "--json: id) and --reason."));
    ServiceError error;
    if (!VeraWriteBack(session).dismiss(number, id, p.value(u"reason"_s), &error))
        return CliContext::fail(error);
    //: Dutch: "Markering %1 van %2 vervallen verklaard."
    CliContext::printLine(tr("Mark %1 of %2 set aside.").arg(id).arg(number));
    return Success;
}

} // namespace

int sendVeraMarks(const Session &session, const QString &number, QJsonArray *json)
{
    VeraWriteBack marks(session);
    ServiceError error;
    const std::optional<VeraWriteBack::Prepared> prepared = marks.prepare(number, &error);
    if (!prepared)
        return CliContext::fail(error);
    const QList<OutboxItem> answers = VeraWriteBack::send(*prepared, session.clock(), nullptr, {});
    if (!marks.record(answers, &error))
        return CliContext::fail(error);
    bool allDone = true;
    for (const OutboxItem &answer : answers) {
        allDone = allDone && answer.state == OutboxState::Done;
        if (json)
            json->append(VeraWriteBack::toJson(answer));
        // On stderr, so that a command's --json output stays JSON.
        CliContext::printError(VeraMarkCommands::line(answer));
    }
    return allDone ? Success : Failure;
}

QList<Command> veraMarkCommands()
{
    return {
        command("vera write-back",
                QT_TRANSLATE_NOOP("pd::cli",
                                  "Set the marks a request calls for in the systems that allow "
                                  "it, and send those not yet done (all requests without a "
                                  "number)."),
                "NUMBER",
                { option(u"dismiss"_s,
                         QT_TRANSLATE_NOOP("pd::cli",
                                           "Set aside the request's mark with this "
                                           "number, which can no longer be done "
                                           "(needs --reason)."),
                         QT_TRANSLATE_NOOP("pd::cli", "id")),
                  option(u"destroyed"_s,
                         QT_TRANSLATE_NOOP("pd::cli",
                                           "Of an erasure granted in part: a case (its "
                                           "URI, as in case discover --json) that was "
                                           "destroyed; may be given more than once, "
                                           "empty for none. The other cases get their "
                                           "status back."),
                         QT_TRANSLATE_NOOP("pd::cli", "uri")),
                  option(u"reason"_s,
                         QT_TRANSLATE_NOOP("pd::cli",
                                           "Why the mark is set aside (on the "
                                           "request's trail)."),
                         textValue) },
                VeraMarkCommands::runWriteBack),
    };
}

} // namespace pd::cli
