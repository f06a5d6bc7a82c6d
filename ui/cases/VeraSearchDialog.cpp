#include "cases/VeraSearchDialog.h"

#include "Named.h"
#include "RowTables.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace pd::ui {

using namespace Qt::StringLiterals;

VeraSearchDialog::VeraSearchDialog(const Session &session, const QString &number, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_number(number)
{
    setObjectName(u"veraSearchDialog"_s);
    //: Dutch: "Zoeken in de systemen – %1"
    setWindowTitle(tr("Search the systems – %1").arg(number));
    m_status = named<QLabel>(u"veraSearchStatus"_s, this);
    m_status->setWordWrap(true);
    // The reason takes what is left; a long one is whole in its tooltip.
    m_table = answerTable(u"veraSearchTable"_s, Columns, this);
    //: Dutch: "Systeem", "Domein", "Resultaat", "Gegevens", "Toelichting"
    m_table->setHorizontalHeaderLabels(
        { tr("System"), tr("Domain"), tr("Result"), tr("Items"), tr("Reason") });
    //: Dutch: "Doorzochte systemen"
    m_table->setAccessibleName(tr("Systems searched"));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &VeraSearchDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_buttons);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &VeraSearchDialog::finish);
    resize(760, 420);
}

VeraSearchDialog::~VeraSearchDialog()
{
    // A dialog closed by its owner while searching: the worker stops at its next request.
    m_cancel->store(true);
    m_watcher.waitForFinished();
}

bool VeraSearchDialog::start()
{
    ServiceError error;
    m_prepared = VeraService(m_session).prepare(m_number, &error);
    if (!m_prepared) {
        m_status->setText(error.message);
        m_buttons->setStandardButtons(QDialogButtonBox::Close);
        return false;
    }
    m_table->setRowCount(int(m_prepared->systems.size()));
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const VeraSystem &s = m_prepared->systems.at(row);
        m_table->setItem(row, SystemColumn, new QTableWidgetItem(s.name));
        m_table->setItem(row, DomainColumn, new QTableWidgetItem(codes::label(s.domain)));
        //: Dutch: "wordt doorzocht…"
        m_table->setItem(row, StatusColumn, new QTableWidgetItem(tr("searching…")));
    }
    //: Dutch: "Privacydesk zoekt klantnummer %1 in %n systeem/systemen. Annuleren breekt ook de
    //: vraag af die loopt."
    m_status->setText(tr("Searching customer number %1 in %n system(s). Cancel also stops the "
                         "question that is running.",
                         nullptr, int(m_prepared->systems.size()))
                          .arg(m_prepared->customerNumber));
    const QPointer<VeraSearchDialog> self(this);
    const VeraService::Prepared prepared = *m_prepared;
    const std::shared_ptr<std::atomic<bool>> cancel = m_cancel;
    const Clock &clock = m_session.clock();
    m_watcher.setFuture(QtConcurrent::run([prepared, cancel, self, &clock] {
        return VeraService::search(prepared, clock, {}, cancel.get(),
                                   [self](const VeraSystemResult &result, int done, int total) {
                                       QMetaObject::invokeMethod(
                                           self,
                                           [self, result, done, total] {
                                               if (self)
                                                   self->showProgress(result, done, total);
                                           },
                                           Qt::QueuedConnection);
                                   });
    }));
    return true;
}

void VeraSearchDialog::showProgress(const VeraSystemResult &result, int done, int total)
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, SystemColumn)->text() != result.name)
            continue;
        m_table->setItem(row, StatusColumn, new QTableWidgetItem(codes::label(result.status)));
        m_table->setItem(row, ObjectsColumn,
                         new QTableWidgetItem(QLocale().toString(result.objects)));
        auto *reason = new QTableWidgetItem(result.error);
        reason->setToolTip(result.error);
        m_table->setItem(row, ReasonColumn, reason);
    }
    //: Dutch: "%1 van %2 systemen doorzocht…"
    m_status->setText(tr("%1 of %2 systems done…").arg(done).arg(total));
}

void VeraSearchDialog::reject()
{
    if (!m_watcher.isRunning())
        return QDialog::reject();
    m_cancel->store(true);
    //: Dutch: "Wordt afgebroken…"
    m_status->setText(tr("Cancelling…"));
    m_buttons->setEnabled(false);
}

void VeraSearchDialog::finish()
{
    m_buttons->setStandardButtons(QDialogButtonBox::Close);
    m_buttons->setEnabled(true);
    QStringList warnings;
    ServiceError error;
    const std::optional<VeraDiscoveryRecord> kept
        = VeraService(m_session).record(*m_prepared, m_watcher.result(), &warnings, &error);
    if (!kept) {
        //: Dutch: "De zoekactie is niet vastgelegd: %1"
        m_status->setText(tr("The search was not recorded: %1").arg(error.message));
        return;
    }
    for (const VeraSystemResult &s : kept->search.systems)
        showProgress(s, 0, 0);
    int objects = 0;
    int gaps = 0;
    for (const VeraSystemResult &s : kept->search.systems) {
        objects += s.objects;
        gaps += s.status == VeraStatus::Ok ? 0 : 1;
    }
    QString text = kept->search.cancelled
        //: Dutch: "Afgebroken en vastgelegd bij het verzoek: %n gegeven(s) gevonden."
        ? tr("Cancelled, and recorded with the request: %n item(s) found.", nullptr, objects)
        //: Dutch: "Vastgelegd bij het verzoek: %n gegeven(s) gevonden."
        : tr("Recorded with the request: %n item(s) found.", nullptr, objects);
    if (gaps > 0)
        //: Dutch: " %n systeem/systemen kon(den) niet worden doorzocht: zie de toelichting."
        text += tr(" %n system(s) could not be searched: see the reason.", nullptr, gaps);
    if (!warnings.isEmpty())
        text += u"\n"_s + warnings.join(u'\n');
    m_status->setText(text);
    Q_EMIT recorded();
}

} // namespace pd::ui
