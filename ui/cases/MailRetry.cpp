#include "cases/MailRetry.h"

#include <QtConcurrent/QtConcurrentRun>

namespace pd::ui {

MailRetry::MailRetry(const Session &session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
    m_timer.setInterval(intervalMinutes * 60 * 1000);
    connect(&m_timer, &QTimer::timeout, this, &MailRetry::runNow);
    connect(&m_watcher, &QFutureWatcher<MailAnswer>::finished, this, &MailRetry::finish);
    m_timer.start();
}

std::optional<QList<MailRetry::Due>> MailRetry::due(QString *why) const
{
    ServiceError error;
    const std::optional<QList<LetterMailOrder>> letters = LetterMail(m_session).dueAgain(&error);
    const std::optional<QList<BreachMailDue>> notices
        = letters ? BreachLetterMail::dueAgain(m_session, &error) : std::nullopt;
    if (!notices) {
        *why = error.message;
        return std::nullopt;
    }
    QList<Due> all;
    for (const LetterMailOrder &order : *letters)
        all << Due { order, std::nullopt };
    for (const BreachMailDue &notice : *notices)
        all << Due { {}, notice };
    return all;
}

bool MailRetry::runNow()
{
    if (busy())
        return false;
    QString why;
    const std::optional<QList<Due>> due = this->due(&why);
    if (!due) {
        const QString message
            //: Dutch: "De e-mails die opnieuw moeten worden geprobeerd, zijn niet gelezen: %1"
            = tr("The e-mails to try again could not be read: %1").arg(why);
        emit answered({}, message);
        return false;
    }
    if (due->isEmpty())
        return false;
    m_due = *due;
    next();
    return true;
}

void MailRetry::next()
{
    while (!m_due.isEmpty()) {
        m_current = m_due.takeFirst();
        ServiceError error;
        std::optional<PreparedMail> prepared;
        if (m_current->breach) {
            m_breachMail.emplace(m_session);
            prepared = m_breachMail->again(*m_current->breach, &error);
        } else {
            prepared = LetterMail(m_session).prepare(m_current->order, &error);
        }
        if (!prepared) {
            //: Dutch: "De e-mail bij %1 is niet opnieuw geprobeerd: %2"
            emit answered(m_current->number(),
                          tr("The e-mail of %1 was not tried again: %2")
                              .arg(m_current->number(), error.message));
            continue;
        }
        m_prepared = *prepared;
        const Clock &clock = m_session.clock();
        m_watcher.setFuture(QtConcurrent::run(
            [prepared = m_prepared, &clock] { return LetterMail::send(prepared, clock); }));
        return;
    }
    m_current.reset();
    m_breachMail.reset();
    emit finished();
}

void MailRetry::finish()
{
    const MailAnswer answer = m_watcher.result();
    const QString number = m_current->number();
    const QString to = m_prepared.item.address;
    ServiceError error;
    const bool recorded = m_current->breach
        ? m_breachMail->record(m_prepared, answer, &error)
        : LetterMail(m_session).record(m_prepared, answer, &error);
    if (!recorded) {
        //: Dutch: "Het antwoord van de mailserver op de e-mail bij %1 is niet vastgelegd: %2"
        emit answered(number,
                      tr("The mail server's answer to the e-mail of %1 was not recorded: %2")
                          .arg(number, error.message));
    } else if (answer.outcome == SmtpClient::Outcome::Accepted) {
        emit answered(
            number,
            m_current->breach
                //: Dutch: "De kennisgeving bij %1 is alsnog per e-mail verstuurd aan
                //: %2."
                ? tr("The notice of %1 was sent by e-mail to %2 after all.").arg(number, to)
                //: Dutch: "De brief bij %1 is alsnog per e-mail verstuurd aan %2."
                : tr("The letter of %1 was sent by e-mail to %2 after all.").arg(number, to));
    } else {
        //: Dutch: "De e-mail bij %1 aan %2 is opnieuw niet verstuurd: %3"
        emit answered(
            number,
            tr("The e-mail of %1 to %2 was again not sent: %3").arg(number, to, answer.reason));
    }
    next();
}

} // namespace pd::ui
