#include "registers/VeraSyncDialog.h"

#include "Named.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace pd::ui {

using namespace Qt::StringLiterals;

VeraSyncDialog::VeraSyncDialog(const Session &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
{
    setObjectName(u"veraSyncDialog"_s);
    //: Dutch: "Bewaartermijnen ophalen uit de systemen"
    setWindowTitle(tr("Fetch retention from the systems"));
    m_status = named<QLabel>(u"veraSyncStatus"_s, this);
    m_status->setWordWrap(true);
    m_progress = named<QProgressBar>(u"veraSyncProgress"_s, this);
    //: Dutch: "Voortgang"
    m_progress->setAccessibleName(tr("Progress"));
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_rejected = named<QPlainTextEdit>(u"veraSyncRejected"_s, this);
    m_rejected->setReadOnly(true);
    //: Dutch: "Afgekeurde relaties"
    m_rejected->setAccessibleName(tr("Rejected relations"));
    m_rejected->hide();
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    //: Dutch: "&Ophalen"
    m_fetch = m_buttons->addButton(tr("&Fetch"), QDialogButtonBox::AcceptRole);
    m_fetch->setObjectName(u"veraSyncFetch"_s);
    m_fetch->setEnabled(false);
    connect(m_fetch, &QPushButton::clicked, this, &VeraSyncDialog::start);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &VeraSyncDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_progress);
    layout->addWidget(m_rejected, 1);
    layout->addWidget(m_buttons);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &VeraSyncDialog::finish);
    resize(640, 320);
}

VeraSyncDialog::~VeraSyncDialog()
{
    // Closed by its owner while reading: the worker stops at its next request.
    m_cancel->store(true);
    m_watcher.waitForFinished();
}

bool VeraSyncDialog::prepare()
{
    ServiceError error;
    m_prepared = VeraService(m_session).prepareSync({}, &error);
    if (!m_prepared) {
        m_status->setText(error.message);
        // After the buttons are laid out again, which shows every button.
        m_buttons->setStandardButtons(QDialogButtonBox::Close);
        m_fetch->hide();
        return false;
    }
    QStringList relaties;
    for (const VeraSystem &system : std::as_const(m_prepared->relaties))
        relaties << system.name;
    const QString from = relaties.size() == 1
        ? relaties.first()
        //: Dutch: "het systeem van %1 waar hun koppelingen naar wijzen"
        : tr("the one of %1 their links point into").arg(relaties.join(u", "_s));
    //: Dutch: "Privacydesk leest alle huurovereenkomsten uit %1 en de klantnummers en namen
    //: van hun relaties uit %2. Per relatie: huurder zolang een overeenkomst loopt, anders
    //: ex-huurder met de laatste einddatum. Dat wordt vastgelegd zoals bij Personen importeren,
    //: met de bewaartermijnen die eruit volgen, in één keer of helemaal niet."
    m_status->setText(
        tr("Privacydesk reads every rental contract from %1, and the customer numbers and names "
           "of their relations from %2. Per relation: tenant while a contract runs, else former "
           "tenant with the latest end date. This is recorded as Import persons records it, with "
           "the retention terms that follow, all at once or not at all.")
            .arg(m_prepared->contracts.name, from));
    m_fetch->setEnabled(true);
    m_fetch->setDefault(true);
    return true;
}

void VeraSyncDialog::start()
{
    if (!m_prepared || m_watcher.isRunning())
        return;
    m_fetch->setEnabled(false);
    m_progress->show();
    showRead(0);
    const QPointer<VeraSyncDialog> self(this);
    const VeraService::SyncPrepared prepared = *m_prepared;
    const std::shared_ptr<std::atomic<bool>> cancel = m_cancel;
    const QDate today = m_session.clock().today();
    m_watcher.setFuture(QtConcurrent::run([prepared, cancel, self, today] {
        return VeraService::readSync(prepared, today, {}, cancel.get(), [self](int objects) {
            QMetaObject::invokeMethod(
                self,
                [self, objects] {
                    if (self)
                        self->showRead(objects);
                },
                Qt::QueuedConnection);
        });
    }));
}

void VeraSyncDialog::showRead(int objects)
{
    if (!m_watcher.isRunning() && objects > 0)
        return;
    //: Dutch: "%n object(en) gelezen… Annuleren breekt ook de vraag af die loopt; er wordt dan
    //: niets vastgelegd."
    m_status->setText(tr("%n object(s) read… Cancel also stops the question that is running; "
                         "nothing is recorded then.",
                         nullptr, objects));
}

void VeraSyncDialog::reject()
{
    if (!m_watcher.isRunning())
        return QDialog::reject();
    m_cancel->store(true);
    //: Dutch: "Wordt afgebroken…"
    m_status->setText(tr("Cancelling…"));
    m_buttons->setEnabled(false);
}

void VeraSyncDialog::finish()
{
    m_progress->hide();
    m_buttons->setStandardButtons(QDialogButtonBox::Close);
    m_fetch->hide();
    m_buttons->setEnabled(true);
    ServiceError error;
    const std::optional<VeraService::SyncResult> result
        = VeraService(m_session).writeSync(*m_prepared, m_watcher.result(), &error);
    if (!result) {
        m_status->setText(error.message);
        return;
    }
    const ImportResult &imported = result->imported;
    //: Dutch: "%1 en %2 gelezen. Vastgelegd: %3 nieuw, %4 bijgewerkt, %5 ongewijzigd,
    //: %6 afgekeurd; bewaartermijnen: %7 aangemaakt, %8 verschoven, %9 verwijderd." (%1, %2:
    //: the counts of contracts and relations, in words)
    m_status->setText(tr("%1 and %2 read. Recorded: %3 new, %4 updated, %5 unchanged, %6 "
                         "rejected; retention terms: %7 created, %8 moved, %9 removed.")
                          .arg(
                              //: Dutch: "%n huurovereenkomst(en)"
                              tr("%n rental contract(s)", nullptr, result->read.contracts),
                              //: Dutch: "%n relatie(s)"
                              tr("%n relation(s)", nullptr, result->read.relations))
                          .arg(imported.imported)
                          .arg(imported.updated)
                          .arg(imported.unchanged)
                          .arg(imported.rejected.size())
                          .arg(imported.terms.created)
                          .arg(imported.terms.moved)
                          .arg(imported.terms.removed));
    QStringList lines;
    for (const ImportRejection &r : imported.rejected)
        //: Dutch: "Relatie %1 (klantnummer %2): %3"
        lines << tr("Relation %1 (customer number %2): %3")
                     .arg(result->read.relationAt(r.line), result->read.customerNumberAt(r.line),
                          r.reason);
    m_rejected->setPlainText(lines.join(u'\n'));
    m_rejected->setVisible(!lines.isEmpty());
    Q_EMIT synced();
}

} // namespace pd::ui
