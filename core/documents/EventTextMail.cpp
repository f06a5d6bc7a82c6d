// The trail's events of letters sent by e-mail from the privacy mailbox, and of the e-mail texts,
// in words: for the request's history and the AP dossier's chronology.
#include "documents/EventText.h"
#include "letters/LetterKind.h"

#include <QJsonArray>
#include <QJsonObject>

namespace pd {

QHash<QString, const char *> EventText::mailTitles()
{
    return {
        //: Dutch: "E-mail met een brief gepland"
        { QStringLiteral("case.letter_mail_planned"), QT_TR_NOOP("E-mail with a letter planned") },
        //: Dutch: "Brief per e-mail verstuurd"
        { QStringLiteral("case.letter_mailed"), QT_TR_NOOP("Letter sent by e-mail") },
        //: Dutch: "E-mail met een brief niet verstuurd"
        { QStringLiteral("case.letter_mail_failed"), QT_TR_NOOP("E-mail with a letter not sent") },
        //: Dutch: "E-mail met een kennisgeving gepland"
        { QStringLiteral("breach.letter_mail_planned"),
          QT_TR_NOOP("E-mail with a notice planned") },
        //: Dutch: "Kennisgeving per e-mail verstuurd"
        { QStringLiteral("breach.letter_mailed"), QT_TR_NOOP("Notice sent by e-mail") },
        //: Dutch: "E-mail met een kennisgeving niet verstuurd"
        { QStringLiteral("breach.letter_mail_failed"),
          QT_TR_NOOP("E-mail with a notice not sent") },
        //: Dutch: "Kennisgeving gaat per post in plaats van per e-mail"
        { QStringLiteral("breach.letter_mail_withdrawn"),
          QT_TR_NOOP("Notice goes by post instead of by e-mail") },
        //: Dutch: "E-mailtekst van een brief gewijzigd"
        { QStringLiteral("mail_text.changed"), QT_TR_NOOP("E-mail text of a letter changed") },
        //: Dutch: "E-mailtekst van een brief teruggezet"
        { QStringLiteral("mail_text.reset"),
          QT_TR_NOOP("E-mail text of a letter reset to the default") },
    };
}

QString EventText::breachMailSentence(const QString &action, const QJsonObject &p,
                                      const QString &actor)
{
    const QString letter = payloadText(p, QLatin1StringView("letter"));
    if (action == QLatin1StringView("breach.letter_mail_withdrawn"))
        //: Dutch: "Kennisgeving %2 gaat per post; de e-mail die nog niet was verstuurd, is
        //: vervallen (%1)"
        return tr("Notice %2 goes by post; the e-mail not yet sent was overtaken (%1)")
            .arg(actor, letter);
    const QString to = payloadText(p, QLatin1StringView("to"));
    const QString id = payloadText(p, QLatin1StringView("message_id"));
    if (action == QLatin1StringView("breach.letter_mail_planned"))
        //: Dutch: "E-mail met kennisgeving %2 aan %3 klaargezet door %1 (Message-ID <%4>)"
        return tr("E-mail with notice %2 to %3 made ready by %1 (Message-ID <%4>)")
            .arg(actor, letter, to, id);
    if (action == QLatin1StringView("breach.letter_mailed"))
        //: Dutch: "Kennisgeving %2 per e-mail verstuurd aan %3: de mailserver nam het bericht
        //: aan (Message-ID <%4>), vastgelegd door %1"
        return tr("Notice %2 sent by e-mail to %3: the mail server accepted the message "
                  "(Message-ID <%4>), recorded by %1")
            .arg(actor, letter, to, id);
    //: Dutch: "E-mail met kennisgeving %2 aan %3 niet verstuurd (%4), vastgelegd door %1"
    return tr("E-mail with notice %2 to %3 not sent (%4), recorded by %1")
        .arg(actor, letter, to, payloadText(p, QLatin1StringView("error")));
}

QString EventText::mailSentence(const AuditEvent &event, const QString &actor)
{
    const QString &action = event.action;
    const QJsonObject &p = event.payload;
    const QString to = payloadText(p, QLatin1StringView("to"));
    const QString id = payloadText(p, QLatin1StringView("message_id"));
    const QString letter = payloadText(p, QLatin1StringView("letter"));
    if (action == QLatin1StringView("breach.letter_mail_planned")
        || action == QLatin1StringView("breach.letter_mailed")
        || action == QLatin1StringView("breach.letter_mail_failed")
        || action == QLatin1StringView("breach.letter_mail_withdrawn"))
        return breachMailSentence(action, p, actor);
    if (action == QLatin1StringView("case.letter_mail_planned")) {
        QString text
            //: Dutch: "E-mail met brief %2 aan %3 klaargezet door %1 (Message-ID <%4>)"
            = tr("E-mail with letter %2 to %3 made ready by %1 (Message-ID <%4>)")
                  .arg(actor, letter, to, id);
        if (!p.value(QLatin1StringView("address_on_record")).toBool(true))
            //: Dutch: "%1; dit adres was niet bij het verzoek vastgelegd en is bevestigd"
            text = tr("%1; this address was not on record for the request and was confirmed")
                       .arg(text);
        if (p.value(QLatin1StringView("encrypted")).toBool())
            //: Dutch: "%1; de PDF is versleuteld, het wachtwoord gaat apart (%2)"
            text = tr("%1; the PDF is encrypted, its password goes separately (%2)")
                       .arg(text, payloadText(p, QLatin1StringView("password_by")));
        QStringList answer;
        for (const QJsonValue &value : p.value(QLatin1StringView("answer")).toArray()) {
            const QJsonObject file = value.toObject();
            const QString name = payloadText(file, QLatin1StringView("name"));
            const QString format = file.value(QLatin1StringView("format")).toString().toUpper();
            if (file.value(QLatin1StringView("encrypted")).toBool())
                //: Dutch: "%1 (%2, versleuteld, het wachtwoord gaat apart (%3), SHA-256 %4)"
                answer << tr("%1 (%2, encrypted, its password goes separately (%3), SHA-256 %4)")
                              .arg(name, format,
                                   payloadText(file, QLatin1StringView("password_by")),
                                   fullHash(file));
            else
                //: Dutch: "%1 (%2, SHA-256 %3)"
                answer << tr("%1 (%2, SHA-256 %3)").arg(name, format, fullHash(file));
        }
        if (!answer.isEmpty())
            //: Dutch: "%1; met het antwoord: %2"
            text = tr("%1; with the answer: %2").arg(text, answer.join(QStringLiteral("; ")));
        return text;
    }
    if (action == QLatin1StringView("case.letter_mailed")) {
        //: Dutch: "Brief %2 per e-mail verstuurd aan %3: de mailserver nam het bericht aan
        //: (Message-ID <%4>, SHA-256 %5; het bericht is bij het verzoek bewaard), vastgelegd
        //: door %1"
        QString text = tr("Letter %2 sent by e-mail to %3: the mail server accepted the message "
                          "(Message-ID <%4>, SHA-256 %5; the message is kept with the request), "
                          "recorded by %1")
                           .arg(actor, letter, to, id, fullHash(p));
        if (p.value(QLatin1StringView("found_in_sent")).toBool())
            //: Dutch: "%1; gevonden in Verzonden items na een poging zonder antwoord"
            text = tr("%1; found in Sent after a try without an answer").arg(text);
        return text;
    }
    if (action == QLatin1StringView("case.letter_mail_failed"))
        //: Dutch: "E-mail met brief %2 aan %3 niet verstuurd (%4), vastgelegd door %1"
        return tr("E-mail with letter %2 to %3 not sent (%4), recorded by %1")
            .arg(actor, letter, to, payloadText(p, QLatin1StringView("error")));
    if (action == QLatin1StringView("mail_text.changed")
        || action == QLatin1StringView("mail_text.reset")) {
        const auto kind = codes::from<LetterKind>(p.value(QLatin1StringView("kind")).toString());
        const QString kindText
            = kind ? codes::label(*kind) : payloadText(p, QLatin1StringView("kind"));
        return action == QLatin1StringView("mail_text.reset")
            //: Dutch: "E-mailtekst bij “%2” teruggezet naar de standaardtekst door %1"
            ? tr("E-mail text of “%2” reset to the default by %1").arg(actor, kindText)
            //: Dutch: "E-mailtekst bij “%2” gewijzigd door %1"
            : tr("E-mail text of “%2” changed by %1").arg(actor, kindText);
    }
    return {};
}

} // namespace pd
