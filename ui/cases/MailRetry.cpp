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

bool MailRetry::runNow()
{
    if (busy())
        return false;
    ServiceError error;
    const std::optional<QList<LetterMailOrder>> due = LetterMail(m_session).dueAgain(&error);
    if (!due) {
        const QString why
            //: Dutch: "De e-mails die opnieuw moeten worden geprobeerd, zijn niet gelezen: %1"
            = tr("The e-mails to try again could not be read: %1").arg(error.message);
        emit answered({}, why);
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
        const LetterMailOrder order = m_due.takeFirst();
        ServiceError error;
        const std::optional<PreparedMail> prepared = LetterMail(m_session).prepare(order, &error);
        if (!prepared) {
            //: Dutch: "De e-mail bij %1 is niet opnieuw geprobeerd: %2"
            emit answered(order.caseNumber,
                          tr("The e-mail of %1 was not tried again: %2")
                              .arg(order.caseNumber, error.message));
            continue;
        }
        m_prepared = *prepared;
        const Clock &clock = m_session.clock();
        m_watcher.setFuture(QtConcurrent::run(
            [prepared = m_prepared, &clock] { return LetterMail::send(prepared, clock); }));
        return;
    }
    emit finished();
}

void MailRetry::finish()
{
    const MailAnswer answer = m_watcher.result();
    const QString number = m_prepared.item.caseNumber;
    const QString to = m_prepared.item.address;
    ServiceError error;
    if (!LetterMail(m_session).record(m_prepared, answer, &error)) {
        //: Dutch: "Het antwoord van de mailserver op de e-mail bij %1 is niet vastgelegd: %2"
        emit answered(number,
                      tr("The mail server's answer to the e-mail of %1 was not recorded: %2")
                          .arg(number, error.message));
    } else if (answer.outcome == SmtpClient::Outcome::Accepted) {
        //: Dutch: "De brief bij %1 is alsnog per e-mail verstuurd aan %2."
        emit answered(number,
                      tr("The letter of %1 was sent by e-mail to %2 after all.").arg(number, to));
    } else {
        //: Dutch: "De e-mail bij %1 aan %2 is opnieuw niet verstuurd: %3"
        emit answered(
            number,
            tr("The e-mail of %1 to %2 was again not sent: %3").arg(number, to, answer.reason));
    }
    next();
}

} // namespace pd::ui
