#include "cases/LetterMailDialog.h"

#include "Named.h"
#include "documents/AnswerPasswordDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace pd::ui {

using namespace Qt::StringLiterals;

LetterMailDialog::LetterMailDialog(const Session &session, const Case &request,
                                   const Letter &letter, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_request(request)
    , m_letter(letter)
{
    setObjectName(u"letterMailDialog"_s);
    //: Dutch: "Brief per e-mail versturen – %1"
    setWindowTitle(tr("Send a letter by e-mail – %1").arg(request.number));
    const LetterMail::Addressee known = LetterMail::onRecord(request);
    auto *what = new QLabel(letter.title().toHtmlEscaped(), this);
    m_to = named<QLineEdit>(u"letterMailTo"_s, known.address, this);
    m_recorded = new QLabel(this);
    m_recorded->setWordWrap(true);
    m_recorded->setText(known.address.isEmpty()
                            //: Dutch: "Bij het verzoek is geen e-mailadres van %1 vastgelegd."
                            ? tr("No e-mail address of %1 is on record for the request.")
                                  .arg(known.name.toHtmlEscaped())
                            //: Dutch: "Vastgelegd adres van %1: %2"
                            : tr("Address on record of %1: %2")
                                  .arg(known.name.toHtmlEscaped(), known.address.toHtmlEscaped()));
    //: Dutch: "Dit adres is niet bij het verzoek vastgelegd: toch hierheen versturen (komt in
    //: het logboek)"
    m_confirm = new QCheckBox(tr("This address is not on record for the request: send it here "
                                 "all the same (said on the trail)"),
                              this);
    m_confirm->setObjectName(u"letterMailConfirm"_s);
    //: Dutch: "De PDF versleutelen met een wachtwoord"
    m_encrypt = new EncryptChoice(tr("Lock the PDF with a password"), this);
    m_answer = named<QLabel>(u"letterMailAnswer"_s, this);
    m_answer->setWordWrap(true);
    //: Dutch: "Antwoor&d bijvoegen…"
    auto *attach = named<QPushButton>(u"letterMailAttach"_s, tr("Attach &answer…"), this);
    //: Dutch: "Het rapport of de export die voor dit verzoek is gemaakt, ongewijzigd"
    attach->setToolTip(tr("The report or export made for this request, unchanged"));
    connect(attach, &QPushButton::clicked, this, &LetterMailDialog::chooseAnswer);
    m_status = named<QLabel>(u"letterMailStatus"_s, this);
    m_status->setWordWrap(true);
    //: Dutch: "&Versturen"
    m_send = named<QPushButton>(u"letterMailSend"_s, tr("&Send"), this);
    m_send->setDefault(true);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_buttons->addButton(m_send, QDialogButtonBox::AcceptRole);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &LetterMailDialog::reject);
    connect(m_send, &QPushButton::clicked, this, &LetterMailDialog::send);
    connect(m_to, &QLineEdit::textChanged, this, &LetterMailDialog::updateState);
    connect(m_confirm, &QCheckBox::toggled, this, &LetterMailDialog::updateState);
    connect(m_encrypt, &EncryptChoice::changed, this, &LetterMailDialog::updateState);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &LetterMailDialog::finish);
    auto *form = new QFormLayout;
    //: Dutch: "Brief:"
    form->addRow(tr("Letter:"), what);
    //: Dutch: "&Aan:"
    form->addRow(tr("&To:"), m_to);
    form->addRow(QString(), m_recorded);
    form->addRow(QString(), m_confirm);
    auto *answerRow = new QHBoxLayout;
    answerRow->addWidget(m_answer, 1);
    answerRow->addWidget(attach);
    //: Dutch: "Antwoord:"
    form->addRow(tr("Answer:"), answerRow);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_encrypt);
    layout->addWidget(m_status);
    layout->addStretch();
    layout->addWidget(m_buttons);
    resize(620, 400);
    setAnswerFiles({});
}

LetterMailDialog::~LetterMailDialog()
{
    m_watcher.waitForFinished();
}

void LetterMailDialog::chooseAnswer()
{
    const QStringList paths = QFileDialog::getOpenFileNames(
        //: Dutch: "Het antwoord bij de brief"
        this, tr("The answer with the letter"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        //: Dutch: "Antwoord (*.pdf *.json *.csv *.txt)"
        tr("Answer (*.pdf *.json *.csv *.txt)"));
    if (!paths.isEmpty())
        setAnswerFiles(paths);
}

bool LetterMailDialog::setAnswerFiles(const QStringList &paths)
{
    QList<AnswerFile> files;
    for (const QString &path : paths) {
        ServiceError error;
        const std::optional<AnswerFile> file = LetterMail::readAnswer(path, &error);
        if (!file) {
            m_status->setText(error.message);
            return false;
        }
        files << *file;
    }
    m_answerFiles = files;
    QStringList names;
    for (const AnswerFile &file : std::as_const(m_answerFiles))
        names << QFileInfo(file.name).fileName();
    m_answer->setText(names.isEmpty()
                          //: Dutch: "Alleen de brief"
                          ? tr("The letter only")
                          : names.join(u", "_s).toHtmlEscaped());
    // The answer keeps its own password, or goes as it was made.
    if (!m_answerFiles.isEmpty())
        m_encrypt->setChecked(false);
    m_encrypt->setEnabled(m_answerFiles.isEmpty());
    m_status->clear();
    updateState();
    return true;
}

void LetterMailDialog::updateState()
{
    const bool unrecorded = LetterMail::needsConfirmation(m_request, m_to->text());
    m_confirm->setVisible(unrecorded && !m_to->text().trimmed().isEmpty());
    m_send->setEnabled(!m_sent && !running() && !m_to->text().trimmed().isEmpty()
                       && (!unrecorded || m_confirm->isChecked()) && m_encrypt->isReady());
}

bool LetterMailDialog::send()
{
    m_order.caseNumber = m_request.number;
    m_order.letterId = m_letter.id;
    m_order.to = m_to->text().trimmed();
    m_order.confirmedAddress = m_confirm->isVisible() && m_confirm->isChecked();
    m_order.encrypt = m_encrypt->encrypt() ? m_encrypt->delivery() : std::nullopt;
    m_order.answer = m_answerFiles;
    ServiceError error;
    const std::optional<PreparedMail> prepared = LetterMail(m_session).prepare(m_order, &error);
    if (!prepared) {
        m_status->setText(error.message);
        return false;
    }
    m_prepared = *prepared;
    emit recorded();
    m_send->setEnabled(false);
    //: Dutch: "Wordt verstuurd aan %1…"
    m_status->setText(tr("Sending to %1…").arg(m_prepared.item.address));
    const Clock &clock = m_session.clock();
    m_watcher.setFuture(QtConcurrent::run(
        [prepared = m_prepared, &clock] { return LetterMail::send(prepared, clock); }));
    return true;
}

bool LetterMailDialog::askAgain()
{
    if (m_againAnswer)
        return *m_againAnswer;
    //: Dutch: "Opnieuw versturen?"
    return QMessageBox::question(this, tr("Send again?"), m_watcher.result().reason)
        == QMessageBox::Yes;
}

void LetterMailDialog::finish()
{
    const MailAnswer answer = m_watcher.result();
    ServiceError error;
    if (!LetterMail(m_session).record(m_prepared, answer, &error)) {
        //: Dutch: "Het antwoord van de mailserver is niet vastgelegd: %1"
        m_status->setText(tr("The mail server's answer was not recorded: %1").arg(error.message));
        updateState();
        return;
    }
    emit recorded();
    if (answer.needsConfirmation) {
        m_status->setText(answer.reason);
        if (askAgain()) {
            m_order.confirmedAgain = true;
            m_confirm->setChecked(m_order.confirmedAddress);
            send();
            return;
        }
        updateState();
        return;
    }
    m_sent = answer.outcome == SmtpClient::Outcome::Accepted;
    if (!m_sent)
        m_status->setText(answer.reason);
    else if (answer.foundInSent)
        //: Dutch: "De brief was al aangekomen bij %1 (gevonden in Verzonden items): vastgelegd als
        //: verstuurd, niet nog eens verstuurd."
        m_status->setText(tr("The letter had arrived at %1 already (found in Sent): recorded as "
                             "sent, not sent again.")
                              .arg(m_prepared.item.address));
    else
        //: Dutch: "Verstuurd aan %1 en vastgelegd; het bericht is bij het verzoek bewaard.%2"
        m_status->setText(
            tr("Sent to %1 and recorded; the message is kept with the request.%2")
                .arg(m_prepared.item.address,
                     answer.copyProblem.isEmpty()
                         ? QString()
                         //: Dutch: " De kopie in Verzonden items lukte niet: %1"
                         : tr(" The copy in Sent failed: %1").arg(answer.copyProblem)));
    if (m_sent) {
        m_buttons->button(QDialogButtonBox::Close)->setDefault(true);
        if (!m_prepared.password.isEmpty() && m_order.encrypt)
            AnswerPasswordDialog::showOnce(m_prepared.password, *m_order.encrypt, this);
    }
    m_prepared.password.clear();
    updateState();
}

void LetterMailDialog::reject()
{
    // The message is with the mail server: its answer is recorded before the dialog closes.
    if (running())
        return;
    QDialog::reject();
}

} // namespace pd::ui
