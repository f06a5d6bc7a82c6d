#include "cases/VeraMarksDialog.h"

#include "Named.h"
#include "RowTables.h"
#include "cases/VeraDestroyedDialog.h"

#include <QDialogButtonBox>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <algorithm>

namespace pd::ui {

using namespace Qt::StringLiterals;

VeraMarksDialog::VeraMarksDialog(const Session &session, const QString &number, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_number(number)
{
    setObjectName(u"veraMarksDialog"_s);
    //: Dutch: "Markeringen in de systemen – %1"
    setWindowTitle(tr("Marks in the systems – %1").arg(number));
    m_status = named<QLabel>(u"veraMarksStatus"_s, this);
    m_status->setWordWrap(true);
    m_table = answerTable(u"veraMarksTable"_s, Columns, this);
    //: Dutch: "Systeem", "Markering", "Stand", "Antwoord van het systeem"
    m_table->setHorizontalHeaderLabels(
        { tr("System"), tr("Mark"), tr("State"), tr("The system's answer") });
    //: Dutch: "Markeringen in de systemen"
    m_table->setAccessibleName(tr("Marks in the systems"));
    //: Dutch: "&Versturen"
    m_send = named<QPushButton>(u"veraMarksSend"_s, tr("&Send"), this);
    //: Dutch: "Verstuurt de markeringen die nog niet gedaan zijn; een markering die het systeem
    //: al heeft, wordt niet opnieuw verstuurd."
    m_send->setToolTip(tr("Sends the marks not yet done; a mark the system already holds is not "
                          "sent again."));
    //: Dutch: "Vervallen ver&klaren…"
    m_dismiss = named<QPushButton>(u"veraMarksDismiss"_s, tr("Set &aside…"), this);
    //: Dutch: "Voor een markering die niet meer kan (het systeem is verhuisd, de zaak bestaat niet
    //: meer): ze staat dan niet meer open; de reden komt in het verloop van het verzoek."
    m_dismiss->setToolTip(tr("For a mark that can no longer be done (the system moved, the case no "
                             "longer exists): it is then no longer open; the reason goes on the "
                             "request's trail."));
    //: Dutch: "Vernietigde &zaken aanwijzen…"
    m_destroyed = named<QPushButton>(u"veraMarksDestroyed"_s, tr("Say which cases &went…"), this);
    // Hidden most of the time: it must not take Enter from the dialog's own default.
    m_destroyed->setAutoDefault(false);
    //: Dutch: "De verwijdering is deels toegewezen: zeg welke zaken vernietigd zijn."
    m_destroyed->setToolTip(tr("The erasure was granted in part: say which cases were destroyed."));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_buttons->addButton(m_destroyed, QDialogButtonBox::ActionRole);
    m_buttons->addButton(m_send, QDialogButtonBox::ActionRole);
    m_buttons->addButton(m_dismiss, QDialogButtonBox::ActionRole);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &VeraMarksDialog::reject);
    connect(m_send, &QPushButton::clicked, this, &VeraMarksDialog::send);
    connect(m_dismiss, &QPushButton::clicked, this, &VeraMarksDialog::askDismiss);
    connect(m_destroyed, &QPushButton::clicked, this, &VeraMarksDialog::askDestroyed);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        const OutboxItem *mark = chosen();
        m_dismiss->setEnabled(mark && mark->open() && !running());
    });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_buttons);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &VeraMarksDialog::finish);
    resize(760, 360);
    fill();
}

VeraMarksDialog::~VeraMarksDialog()
{
    m_cancel->store(true);
    m_watcher.waitForFinished();
}

int VeraMarksDialog::openMarks() const
{
    return int(std::count_if(m_marks.cbegin(), m_marks.cend(),
                             [](const OutboxItem &m) { return m.open(); }));
}

void VeraMarksDialog::fill()
{
    ServiceError error;
    const std::optional<QList<OutboxItem>> marks = VeraWriteBack(m_session).of(m_number, &error);
    if (!marks) {
        //: Dutch: "De markeringen zijn niet te lezen: %1"
        m_status->setText(tr("The marks cannot be read: %1").arg(error.message));
        m_send->setEnabled(false);
        m_dismiss->setEnabled(false);
        return;
    }
    m_marks = *marks;
    const std::optional<QList<VeraFoundObject>> toSay
        = VeraWriteBack(m_session).casesToSay(m_number, &error);
    m_casesToSay = toSay.value_or(QList<VeraFoundObject> {});
    m_destroyed->setVisible(!m_casesToSay.isEmpty());
    m_table->setRowCount(int(m_marks.size()));
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const OutboxItem &m = m_marks.at(row);
        m_table->setItem(row, SystemColumn, new QTableWidgetItem(m.target));
        auto *what = new QTableWidgetItem(VeraWriteBack::actionText(m));
        what->setToolTip(m.address);
        m_table->setItem(row, WhatColumn, what);
        m_table->setItem(row, StateColumn, new QTableWidgetItem(codes::label(m.state)));
        // A mark set aside carries the officer's words, not the system's (one overtaken by a
        // later mark has neither).
        const QString answer = m.state == OutboxState::Superseded && !m.doneBy.isEmpty()
            //: Dutch: "Vervallen verklaard door %1: %2"
            ? tr("Set aside by %1: %2").arg(m.doneBy, m.error)
            : m.error;
        auto *reason = new QTableWidgetItem(answer);
        reason->setToolTip(answer);
        m_table->setItem(row, ReasonColumn, reason);
    }
    const int open = openMarks();
    m_send->setEnabled(open > 0 && !running());
    const OutboxItem *mark = chosen();
    m_dismiss->setEnabled(mark && mark->open() && !running());
    if (!toSay)
        m_status->setText(error.message);
    else if (!m_casesToSay.isEmpty())
        //: Dutch: "De verwijdering is deels toegewezen: zeg welke zaken vernietigd zijn
        //: (Vernietigde zaken aanwijzen…)."
        m_status->setText(tr("The erasure was granted in part: say which cases were destroyed "
                             "(Say which cases went…)."));
    else if (m_marks.isEmpty())
        //: Dutch: "Voor dit verzoek is in geen systeem iets te markeren."
        m_status->setText(tr("Nothing is to be marked in any system for this request."));
    else if (open == 0 && std::all_of(m_marks.cbegin(), m_marks.cend(), [](const OutboxItem &m) {
                 return m.state == OutboxState::Done;
             }))
        //: Dutch: "Alle markeringen zijn gedaan."
        m_status->setText(tr("All marks are done."));
    else if (open == 0)
        //: Dutch: "Er staat geen markering meer open."
        m_status->setText(tr("No mark is left open."));
    else
        //: Dutch: "%n markering(en) nog niet gedaan: Versturen probeert het opnieuw."
        m_status->setText(tr("%n mark(s) not yet done: Send tries again.", nullptr, open));
}

void VeraMarksDialog::askDestroyed()
{
    VeraDestroyedDialog dialog(m_session, m_number, m_casesToSay, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    fill();
    Q_EMIT recorded();
    // Sent at once, as after a decision.
    send();
}

const OutboxItem *VeraMarksDialog::chosen() const
{
    const int row = m_table->currentRow();
    return row >= 0 && row < m_marks.size() && m_table->selectionModel()->hasSelection()
        ? &m_marks.at(row)
        : nullptr;
}

void VeraMarksDialog::askDismiss()
{
    bool ok = false;
    //: Dutch: "Markering vervallen verklaren"
    const QString title = tr("Set the mark aside");
    //: Dutch: "Waarom kan deze markering niet meer gedaan worden? De reden komt in het verloop van
    //: het verzoek."
    const QString question
        = tr("Why can this mark no longer be done? The reason goes on the request's trail.");
    const QString why = QInputDialog::getText(this, title, question, QLineEdit::Normal, {}, &ok);
    if (ok)
        dismiss(why);
}

bool VeraMarksDialog::dismiss(const QString &why)
{
    const OutboxItem *mark = chosen();
    if (!mark || running())
        return false;
    ServiceError error;
    if (!VeraWriteBack(m_session).dismiss(m_number, mark->id, why, &error)) {
        m_status->setText(error.message);
        return false;
    }
    fill();
    Q_EMIT recorded();
    return true;
}

bool VeraMarksDialog::send()
{
    ServiceError error;
    const std::optional<VeraWriteBack::Prepared> prepared
        = VeraWriteBack(m_session).prepare(m_number, &error);
    if (!prepared || prepared->items.isEmpty()) {
        m_status->setText(prepared ? tr("All marks are done.") : error.message);
        return false;
    }
    m_send->setEnabled(false);
    m_dismiss->setEnabled(false);
    //: Dutch: "Annuleren"
    m_buttons->button(QDialogButtonBox::Close)->setText(tr("Cancel"));
    //: Dutch: "%n markering(en) worden verstuurd…"
    m_status->setText(tr("Sending %n mark(s)…", nullptr, int(prepared->items.size())));
    m_cancel->store(false);
    const std::shared_ptr<std::atomic<bool>> cancel = m_cancel;
    const Clock &clock = m_session.clock();
    m_watcher.setFuture(QtConcurrent::run([prepared = *prepared, cancel, &clock] {
        return VeraWriteBack::send(prepared, clock, cancel.get(), {});
    }));
    return true;
}

void VeraMarksDialog::reject()
{
    if (!m_watcher.isRunning())
        return QDialog::reject();
    m_cancel->store(true);
    //: Dutch: "Wordt afgebroken na de markering die loopt…"
    m_status->setText(tr("Cancelling after the mark that is being sent…"));
}

void VeraMarksDialog::finish()
{
    //: Dutch: "Sluiten"
    m_buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    ServiceError error;
    const bool kept = VeraWriteBack(m_session).record(m_watcher.result(), &error);
    fill();
    if (!kept)
        //: Dutch: "Niet alle antwoorden zijn vastgelegd: %1"
        m_status->setText(tr("Not every answer was recorded: %1").arg(error.message));
    Q_EMIT recorded();
}

} // namespace pd::ui
