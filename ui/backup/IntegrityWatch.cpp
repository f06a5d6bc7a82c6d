#include "backup/IntegrityWatch.h"

#include "DateText.h"
#include "store/Store.h"
#include "util/Clock.h"

#include <QLoggingCategory>
#include <QMessageBox>
#include <QtConcurrent/QtConcurrentRun>

namespace pd::ui {

IntegrityWatch::IntegrityWatch(const Session &session, QWidget *window)
    : m_session(session)
    , m_window(window)
{
    connect(&m_watcher, &QFutureWatcher<IntegrityCheck::Result>::finished, this,
            &IntegrityWatch::done);
}

IntegrityWatch::~IntegrityWatch()
{
    if (m_check)
        m_check->cancel();
    m_watcher.disconnect(this);
    m_watcher.waitForFinished();
}

bool IntegrityWatch::isRunning() const
{
    return m_check != nullptr;
}

bool IntegrityWatch::startIfDue(const QDateTime &nowUtc)
{
    if (m_check)
        return false;
    Store::IntegrityRecord last;
    StoreError error;
    if (!m_session.store().lastIntegrityCheck(&last, &error))
        qWarning("integrity check: last check unreadable (%s); checking now",
                 qPrintable(error.detail()));
    else if (!IntegrityCheck::due(last.at, last.ok, nowUtc))
        return false;
    m_check = m_session.store().integrityCheck();
    const std::shared_ptr<IntegrityCheck> check = m_check;
    m_watcher.setFuture(QtConcurrent::run([check] { return check->run(); }));
    return true;
}

void IntegrityWatch::done()
{
    const IntegrityCheck::Result result = m_watcher.result();
    m_check.reset();
    StoreError error;
    const bool recorded = m_session.store().recordIntegrityCheck(result, &error);
    if (!recorded)
        qWarning("integrity check: result not recorded: %s", qPrintable(error.detail()));
    if (!result.ok && !result.cancelled && m_window) {
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Privacydesk – store damaged"),
                                    failureText(result.problems.mid(0, 5).join(u'\n')),
                                    QMessageBox::Ok, m_window);
        box->setObjectName(QStringLiteral("integrityWarning"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
    Q_EMIT finished(result.ok, recorded);
}

QString IntegrityWatch::failureText(const QString &problems)
{
    return tr("The weekly check of the store found damage in its database file: some data may "
              "be unreadable or lost. Do not delete any backup. Restore the most recent backup "
              "(File > Restore a backup) and ask your administrator for help. Until the store is "
              "in order again, this check runs every time the store is opened.\n\nDetails: %1")
        .arg(problems);
}

QString IntegrityWatch::lastCheckText(const Store::IntegrityRecord &record)
{
    if (!record.at.isValid())
        return tr("The integrity of the database has not been checked yet. The desk checks it "
                  "once a week in the background, and before every backup.");
    const QString when = writtenDate(organisationDay(record.at));
    if (record.ok)
        return tr("Last integrity check of the database: %1, no damage found.").arg(when);
    return tr("Last integrity check of the database: %1, DAMAGE FOUND. Restore the most recent "
              "backup and ask your administrator for help.")
        .arg(when);
}

} // namespace pd::ui
