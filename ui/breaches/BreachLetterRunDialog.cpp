#include "breaches/BreachLetterRunDialog.h"

#include "Named.h"
#include "store/Store.h"

#include <QDir>
#include <QElapsedTimer>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QTimer>
#include <QtConcurrent>

#include <algorithm>

namespace pd::ui {

namespace {

// A slice of work per turn of the event loop: the dialog stays responsive, Cancel included.
constexpr qint64 sliceMs = 60;

QString listed(const BreachLetterRunPerson &person)
{
    return person.klantnummer.isEmpty()
        ? QStringLiteral("%1 (%2)").arg(person.name).arg(person.id)
        : QStringLiteral("%1 (%2)").arg(person.name, person.klantnummer);
}

} // namespace

BreachLetterRunDialog::BreachLetterRunDialog(const Session &session, const QString &number,
                                             const QString &path, bool resume, bool email,
                                             QWidget *parent)
    : QProgressDialog(parent)
    , m_session(session)
    , m_number(number)
    , m_path(path)
    , m_email(email)
{
    setObjectName(QStringLiteral("breachLetterRun"));
    //: Dutch: "Brieven voor alle betrokkenen"
    setWindowTitle(tr("Letters to everyone concerned"));
    setModal(true);
    setAutoClose(false);
    setAutoReset(false);
    setMinimumDuration(0);
    setMinimumWidth(480);
    setFocusPolicy(Qt::StrongFocus);
    auto *bar = new QProgressBar(this);
    //: Dutch: "Betrokkenen gehad"
    bar->setAccessibleName(tr("People done"));
    setBar(bar);
    m_button = named<QPushButton>(QStringLiteral("breachLetterRunButton"), tr("Cancel"), this);
    setCancelButton(m_button);
    //: Dutch: "De brieven van %1 worden gemaakt…"
    setLabelText(tr("Making the letters of %1…").arg(number));
    BreachLetterRunOptions options;
    options.number = number;
    // The save dialog asked whether to replace an existing file.
    options.pdf = OutputTarget(path, true, session.store().directory());
    options.resume = resume;
    options.email = email;
    m_run = std::make_unique<BreachLetterRun>(m_session, options);
    connect(&m_sending, &QFutureWatcherBase::finished, this, &BreachLetterRunDialog::mailAnswered);
    m_timer = new QTimer(this);
    m_timer->setInterval(0);
    connect(m_timer, &QTimer::timeout, this, &BreachLetterRunDialog::work);
    // QProgressDialog's own cancel() would reset and hide the dialog before the result is said;
    // Qt connects it by name.
    disconnect(this, SIGNAL(canceled()), this, SLOT(cancel()));
    connect(this, &QProgressDialog::canceled, this, &BreachLetterRunDialog::stop);
}

BreachLetterRunDialog::~BreachLetterRunDialog()
{
    m_sending.waitForFinished();
}

void BreachLetterRunDialog::showEvent(QShowEvent *event)
{
    QProgressDialog::showEvent(event);
    // Its buttons take no keyboard (a key typed would cancel the run): the keyboard stays with
    // the dialog itself, never with the window behind it.
    setFocus(Qt::OtherFocusReason);
}

bool BreachLetterRunDialog::begin()
{
    ServiceError error;
    if (!m_run->start(&error)) {
        //: Dutch: "De brieven zijn niet gemaakt: %1"
        end(tr("The letters were not made: %1").arg(error.message));
        return false;
    }
    setRange(0, m_run->total());
    setValue(0);
    m_timer->start();
    return true;
}

void BreachLetterRunDialog::work()
{
    if (m_done || m_busy)
        return;
    const QScopedValueRollback busy(m_busy, true);
    QElapsedTimer slice;
    slice.start();
    ServiceError error;
    const int before = m_run->result().made;
    while (!m_run->finished() && slice.elapsed() < sliceMs) {
        if (!m_run->step(&error)) {
            m_run->cancel();
            m_result = m_run->result();
            if (m_result->made > 0)
                Q_EMIT lettersRecorded();
            //: Dutch: "Gestopt: %1 De brieven die al zijn vastgelegd blijven; er is geen PDF
            //: geschreven. Probeer het opnieuw: wie een brief heeft, krijgt geen tweede."
            end(tr("Stopped: %1 The letters recorded so far stay; no PDF was written. Try again: "
                   "who has a letter gets no second one.")
                    .arg(error.message));
            return;
        }
    }
    // A modal progress dialog's setValue() runs the event loop: Cancel may have ended the run.
    setValue(m_run->done());
    if (m_done)
        return;
    if (m_run->result().made > before)
        Q_EMIT lettersRecorded();
    if (!m_run->finished())
        return;
    // The run is over: no turn of the timer runs it again while the e-mails go.
    m_timer->stop();
    const bool written = m_run->finish(&error);
    m_result = m_run->result();
    const QString postText = written
        ? resultText(*m_result)
        : tr("The letters were recorded, but the PDF could not be written: %1 Make it again; no "
             "one gets a second letter.")
              .arg(error.message);
    if (m_email && written)
        startMailing(postText);
    else
        end(postText);
}

void BreachLetterRunDialog::startMailing(const QString &postText)
{
    m_postText = postText;
    m_mail = std::make_unique<BreachLetterMail>(m_session);
    ServiceError error;
    if (!m_mail->start(m_number, &error)) {
        //: Dutch: "%1\nPer e-mail is niets verstuurd: %2"
        end(tr("%1\nNothing was sent by e-mail: %2").arg(postText, error.message));
        return;
    }
    //: Dutch: "De kennisgevingen van %1 gaan per e-mail…"
    setLabelText(tr("Sending the notices of %1 by e-mail…").arg(m_number));
    setRange(0, std::max(1, m_mail->total()));
    setValue(0);
    mailNext();
}

void BreachLetterRunDialog::mailNext()
{
    ServiceError error;
    const std::optional<PreparedMail> next = m_stopMailing ? std::nullopt : m_mail->next(&error);
    if (!next) {
        m_mailed = m_mail->result();
        end(m_postText
            + u'\n'
            //: Dutch: "Per e-mail is niets verstuurd: %1"
            + (error.isError() ? tr("Nothing was sent by e-mail: %1").arg(error.message)
                               : mailText()));
        return;
    }
    m_current = *next;
    Q_EMIT lettersRecorded();
    const Clock &clock = m_session.clock();
    m_sending.setFuture(QtConcurrent::run(
        [prepared = m_current, &clock] { return LetterMail::send(prepared, clock); }));
}

void BreachLetterRunDialog::mailAnswered()
{
    ServiceError error;
    if (!m_mail->record(m_current, m_sending.result(), &error)) {
        m_mailed = m_mail->result();
        //: Dutch: "%1\nHet antwoord van de mailserver is niet vastgelegd: %2"
        end(tr("%1\nThe mail server's answer was not recorded: %2").arg(m_postText, error.message));
        return;
    }
    m_current.password.clear();
    Q_EMIT lettersRecorded();
    setValue(m_mail->done());
    mailNext();
}

QString BreachLetterRunDialog::mailText() const
{
    const BreachMailResult &m = *m_mailed;
    //: Dutch: "Per e-mail: %1 verstuurd, %2 al aangekomen (gevonden in Verzonden items), %3
    //: niet verstuurd."
    QStringList lines { tr("By e-mail: %1 sent, %2 had arrived already (found in Sent), %3 not "
                           "sent.")
                            .arg(m.sent)
                            .arg(m.foundInSent)
                            .arg(m.notSent.size()) };
    for (const BreachLetterRunPerson &p : m.notSent)
        //: Dutch: "Geen e-mail aan %1: %2"
        lines << tr("No e-mail to %1: %2").arg(listed(p), p.reason);
    return lines.join(u'\n');
}

void BreachLetterRunDialog::stop()
{
    if (m_done) {
        accept();
        return;
    }
    // The e-mail being sent is answered and recorded first; no next one starts.
    if (m_mail) {
        m_stopMailing = true;
        //: Dutch: "Stopt na de e-mail die wordt verstuurd…"
        setLabelText(tr("Stopping after the e-mail that is being sent…"));
        return;
    }
    m_run->cancel();
    m_result = m_run->result();
    //: Dutch: "Afgebroken (%1/%2). %n brief/brieven vastgelegd; die blijven. Er is geen PDF
    //: geschreven; een volgende keer gaat verder waar het stopte."
    end(tr("Cancelled (%1/%2). %n letter(s) recorded; they stay. No PDF was written; the next "
           "run goes on where this one stopped.",
           nullptr, m_result->made)
            .arg(m_run->done())
            .arg(m_run->total()));
}

void BreachLetterRunDialog::end(const QString &message)
{
    m_timer->stop();
    m_done = true;
    m_message = message;
    setLabelText(message);
    //: Dutch: "Sluiten"
    m_button->setText(tr("Close"));
    // The button closes now; it no longer cancels.
    m_button->disconnect(this);
    connect(m_button, &QPushButton::clicked, this, &QDialog::accept);
}

QString BreachLetterRunDialog::resultText(const BreachLetterRunResult &r) const
{
    QStringList lines;
    //: Dutch: "%n brief/brieven nu gemaakt."
    lines << tr("%n letter(s) made now.", nullptr, r.made);
    if (r.alreadyMade > 0)
        //: Dutch: "%n betrokkene(n) had/hadden al een brief."
        lines << tr("%n person(s) had a letter already.", nullptr, r.alreadyMade);
    lines << (r.pdfWritten
                  //: Dutch: "%n brief/brieven voor de post in %1. Leg de dag van verzending vast."
                  ? tr("%n letter(s) for the post in %1. Record the day they went out.", nullptr,
                       r.inPdf)
                        .arg(QDir::toNativeSeparators(m_path))
                  : tr("No letters for the post: no PDF was written."));
    QStringList without;
    for (const BreachLetterRunPerson &p : r.withoutAddress)
        without << listed(p);
    if (!without.isEmpty())
        //: Dutch: "Zonder volledig postadres (niet in de PDF): %1"
        lines << tr("Without a complete postal address (not in the PDF): %1")
                     .arg(without.join(QStringLiteral(", ")));
    for (const BreachLetterRunPerson &p : r.refused)
        //: Dutch: "Geen brief aan %1: %2"
        lines << tr("No letter to %1: %2").arg(listed(p), p.reason);
    return lines.join(u'\n');
}

} // namespace pd::ui
