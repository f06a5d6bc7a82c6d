// privacydesk-cli: a person's consents and their withdrawal (person consent add, person consent
// withdraw, person consent list), art. 7 AVG. The work is registers/Consents; this
// file reads the options and prints.
#include "CliContext.h"
#include "PersonRegisterList.h"
#include "registers/Consents.h"

#include <QJsonArray>
#include <QJsonObject>

namespace pd::cli {

namespace {

class ConsentCommands final
{
    Q_DECLARE_TR_FUNCTIONS(pd::cli::ConsentCommands)
public:
    static QJsonObject toJson(const PersonConsent &c)
    {
        return { { QStringLiteral("id"), c.id },
                 { QStringLiteral("klantnummer"), c.klantnummer },
                 { QStringLiteral("name"), c.personName },
                 { QStringLiteral("purpose"), c.purpose },
                 { QStringLiteral("given_on"), c.givenOn.toString(Qt::ISODate) },
                 { QStringLiteral("given_how"), c.givenHow },
                 { QStringLiteral("recorded_by"), c.recordedBy },
                 { QStringLiteral("active"), c.active() },
                 { QStringLiteral("withdrawn_on"), c.withdrawnOn.toString(Qt::ISODate) },
                 { QStringLiteral("withdrawn_how"), c.withdrawnHow },
                 { QStringLiteral("withdrawn_by"), c.withdrawnBy } };
    }

    static int runAdd(CliContext &context)
    {
        const QCommandLineParser &p = context.parser();
        const QStringList args = p.positionalArguments();
        bool ok = true;
        NewConsent c;
        c.givenOn = dateOption(p, QStringLiteral("on"), &ok);
        if (!ok)
            return UsageError;
        c.purpose = p.value(QStringLiteral("purpose"));
        c.how = p.value(QStringLiteral("how"));
        if (args.size() != 1 || c.purpose.trimmed().isEmpty() || c.how.trimmed().isEmpty())
            //: Dutch: "person consent add heeft KLANTNUMMER, --purpose TEKST en --how TEKST
            //: nodig."
            return CliContext::usage(
                tr("person consent add needs KLANTNUMMER, --purpose TEXT and --how TEXT."));
        c.klantnummer = args.first();
        const auto given = context.made([&](const Session &session, ServiceError *error) {
            return ConsentService(session).give(c, CliContext::bsnCheck(p), error);
        });
        if (!given)
            return Failure;
        return context.show(toJson(*given),
                            //: Dutch: "Toestemming %1 vastgelegd: %2, gegeven op %3."
                            tr("Consent %1 recorded: %2, given on %3.")
                                .arg(given->id)
                                .arg(given->purpose, CliContext::dateText(given->givenOn)));
    }

    static int runWithdraw(CliContext &context)
    {
        const QCommandLineParser &p = context.parser();
        const QStringList args = p.positionalArguments();
        bool ok = true;
        const QDate on = dateOption(p, QStringLiteral("on"), &ok);
        if (!ok)
            return UsageError;
        bool isId = false;
        const qint64 id = args.size() == 1 ? args.first().toLongLong(&isId) : 0;
        const QString how = p.value(QStringLiteral("how"));
        if (!isId || id <= 0 || how.trimmed().isEmpty())
            //: Dutch: "person consent withdraw heeft het ID van de toestemming en --how TEKST
            //: nodig."
            return CliContext::usage(
                tr("person consent withdraw needs the consent's ID and --how TEXT."));
        return context.act(
            [&](const Session &session, ServiceError *error) {
                return ConsentService(session).withdraw(id, on, how, CliContext::bsnCheck(p),
                                                        error);
            },
            //: Dutch: "Toestemming %1 ingetrokken."
            tr("Consent %1 withdrawn.").arg(id));
    }

    static int runList(CliContext &context)
    {
        return runPersonRegisterList<ConsentService, PersonConsent>(
            context,
            //: Dutch: "Geen toestemmingen."
            tr("No consents."), [](const PersonConsent &c) { return toJson(c); },
            [](const PersonConsent &c) {
                return QStringLiteral("%1  %2 %3  %4  %5")
                    .arg(c.id)
                    .arg(c.klantnummer, c.personName, c.purpose,
                         c.active()
                             //: Dutch: "gegeven op %1 (%2)"
                             ? tr("given on %1 (%2)")
                                   .arg(CliContext::dateText(c.givenOn), c.givenHow)
                             //: Dutch: "ingetrokken op %1 (%2)"
                             : tr("withdrawn on %1 (%2)")
                                   .arg(CliContext::dateText(c.withdrawnOn), c.withdrawnHow));
            });
    }
};

} // namespace

QList<Command> consentCommands()
{
    return {
        command("person consent add",
                QT_TRANSLATE_NOOP("pd::cli",
                                  "Record a person's consent for a purpose (art. 7(1) GDPR)."),
                "KLANTNUMMER",
                { option(QStringLiteral("purpose"),
                         QT_TRANSLATE_NOOP("pd::cli",
                                           "For what: newsletter, surveys, photos on the "
                                           "website, ..."),
                         QT_TRANSLATE_NOOP("pd::cli", "TEXT")),
                  option(QStringLiteral("how"),
                         QT_TRANSLATE_NOOP("pd::cli",
                                           "How it was given, the proof: form, e-mail, "
                                           "..."),
                         QT_TRANSLATE_NOOP("pd::cli", "TEXT")),
                  option(QStringLiteral("on"),
                         QT_TRANSLATE_NOOP("pd::cli", "Given on (default: today)."), dateValue),
                  confirmNotBsnOption() },
                ConsentCommands::runAdd),
        command("person consent withdraw",
                QT_TRANSLATE_NOOP("pd::cli",
                                  "Record that a person withdrew a consent (art. 7(3) GDPR)."),
                "ID",
                { option(QStringLiteral("how"),
                         QT_TRANSLATE_NOOP("pd::cli", "How it was withdrawn: e-mail, phone, ..."),
                         QT_TRANSLATE_NOOP("pd::cli", "TEXT")),
                  option(QStringLiteral("on"),
                         QT_TRANSLATE_NOOP("pd::cli",
                                           "Withdrawn on (default: today; not before the "
                                           "day it was given)."),
                         dateValue),
                  confirmNotBsnOption() },
                ConsentCommands::runWithdraw),
        command(
            "person consent list",
            QT_TRANSLATE_NOOP("pd::cli",
                              "Show the consents in force (--all: withdrawn ones too), or a "
                              "person's."),
            "KLANTNUMMER",
            { option(QStringLiteral("all"), QT_TRANSLATE_NOOP("pd::cli", "Withdrawn ones too.")) },
            ConsentCommands::runList),
    };
}

} // namespace pd::cli
