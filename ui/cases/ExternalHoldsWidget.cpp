// Holds on data outside Privacydesk in the desk (ExternalHoldsWidget.h).
#include "cases/ExternalHoldsWidget.h"

#include "FormFields.h"
#include "ListRows.h"
#include "MessageLabel.h"
#include "Named.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace pd::ui {

namespace {

QString shortDate(QDate date)
{
    return QLocale().toString(date, QLocale::ShortFormat);
}

} // namespace

void layOutFormDialog(QDialog *dialog, QFormLayout *form, QWidget *message, int width)
{
    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    auto *layout = new QVBoxLayout(dialog);
    layout->addLayout(form);
    layout->addWidget(message);
    layout->addWidget(box);
    QObject::connect(box, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(box, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    dialog->resize(width, dialog->sizeHint().height());
}

std::optional<QDate> askKeptUntil(QWidget *parent, const QString &title, QDate proposed,
                                  QDate minimum)
{
    QDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("keptUntilDialog"));
    dialog.setWindowTitle(title);
    auto *date = new QDateEdit(std::max(proposed, minimum), &dialog);
    date->setCalendarPopup(true);
    date->setMinimumDate(minimum);
    auto *form = new QFormLayout;
    //: Dutch: "&Vastgelegd tot:"
    form->addRow(QCoreApplication::translate("pd::ui::ExternalHoldsWidget", "&Kept until:"), date);
    layOutFormDialog(&dialog, form, new MessageLabel(&dialog), 360);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return date->date();
}

ExternalHoldsWidget::ExternalHoldsWidget(const Session &session, QWidget *parent)
    : RecordListWidget(session, QStringLiteral("externalHoldList"), parent)
{
    setObjectName(QStringLiteral("externalHolds"));
    m_add = named<QPushButton>(QStringLiteral("externalHoldAdd"), this);
    m_secured = named<QPushButton>(QStringLiteral("externalHoldSecured"), this);
    m_release = named<QPushButton>(QStringLiteral("externalHoldRelease"), this);
    m_keep = named<QPushButton>(QStringLiteral("externalHoldKeep"), this);
    addButtons({ { m_add,
                   [this] {
                       return addHold();
                   } },
                 { m_secured,
                   [this] {
                       return markSecured();
                   } },
                 { m_release,
                   [this] {
                       return release();
                   } },
                 { m_keep,
                   [this] {
                       return keepUntil();
                   } } },
               Permission::EditRegisters);
    retranslateUi();
    clear();
}

void ExternalHoldsWidget::retranslateUi()
{
    //: Dutch: "Gegevens buiten Privacydesk (camerabeelden, gespreksopnames, …)"
    setTitle(tr("Data outside Privacydesk (camera images, call recordings, …)"));
    //: Dutch: "Bewaring vastleggen…"
    m_add->setText(tr("Record a hold…"));
    //: Dutch: "Veiliggesteld"
    m_secured->setText(tr("Secured"));
    //: Dutch: "Vrijgeven…"
    m_release->setText(tr("Release…"));
    //: Dutch: "Bewaren tot…"
    m_keep->setText(tr("Keep until…"));
    reload();
}

void ExternalHoldsWidget::showOwner(Owner owner, const QString &number)
{
    m_owner = owner;
    m_number = number;
    reload();
}

void ExternalHoldsWidget::clear()
{
    m_number.clear();
    m_holds.clear();
    startReload(false);
}

void ExternalHoldsWidget::reload()
{
    m_holds.clear();
    const Permission read
        = m_owner == Owner::Case ? Permission::ViewAllCases : Permission::ViewRegisters;
    if (!startReload(!m_number.isEmpty() && m_access.may(read)))
        return;
    ServiceError error;
    const auto holds = ExternalHoldService(m_session).of(m_owner, m_number, &error);
    if (!holds) {
        //: Dutch: "De bewaringen konden niet worden gelezen: %1"
        readFailed(tr("The holds could not be read: %1").arg(error.message));
        return;
    }
    // Who viewed each hold's data, from the trail.
    const auto viewings = ExternalHoldService(m_session).viewings(m_owner, m_number, &error);
    if (!viewings) {
        readFailed(tr("The holds could not be read: %1").arg(error.message));
        return;
    }
    m_holds = *holds;
    const QDate today = m_session.clock().today();
    for (const ExternalHold &h : std::as_const(m_holds)) {
        QString text = QStringLiteral("%1: %2 — %3")
                           .arg(h.system, h.secured, ExternalHoldTexts::stateText(h, today));
        for (const HoldViewing &v : *viewings)
            if (v.holdId == h.id)
                text += QStringLiteral("; ") + ExternalHoldTexts::viewingText(v);
        auto *item = new QListWidgetItem(text, list());
        if (h.toSecure() && h.overwrittenOn <= today.addDays(7))
            item->setForeground(QColor(0xA0, 0x00, 0x00));
        if (!h.held())
            item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
    }
    //: Dutch: "Geen bewaringen."
    finishReload(m_holds.isEmpty(), tr("No holds."));
}

std::optional<ExternalHold> ExternalHoldsWidget::selected() const
{
    return currentRecord(*list(), m_holds);
}

void ExternalHoldsWidget::updateButtons()
{
    const auto hold = selected();
    m_secured->setEnabled(hold && hold->toSecure());
    m_release->setEnabled(hold && hold->held());
    m_keep->setEnabled(hold && hold->held());
}

bool ExternalHoldsWidget::addHold()
{
    ExternalHoldDialog dialog(m_session, m_owner, m_number, this);
    return execSaved(dialog);
}

bool ExternalHoldsWidget::markSecured()
{
    const auto hold = selected();
    if (!hold)
        return false;
    ServiceError error;
    return saved(ExternalHoldService(m_session).secure(m_owner, m_number, hold->id,
                                                       m_session.clock().today(), {},
                                                       BsnCheck::Refuse, &error),
                 error);
}

bool ExternalHoldsWidget::release()
{
    const auto hold = selected();
    if (!hold)
        return false;
    bool ok = false;
    //: Dutch: "Bewaring vrijgeven"
    const QString reason = QInputDialog::getText(
        this, tr("Release the hold"), tr("Why is the hold on %1 released?").arg(hold->system),
        QLineEdit::Normal, {}, &ok);
    if (!ok)
        return false;
    ServiceError error;
    return saved(ExternalHoldService(m_session).release(m_owner, m_number, hold->id, reason,
                                                        BsnCheck::Refuse, &error),
                 error);
}

bool ExternalHoldsWidget::keepUntil()
{
    const auto hold = selected();
    if (!hold)
        return false;
    const QDate today = m_session.clock().today();
    //: Dutch: "Bewaring van %1 vastleggen tot"
    const auto until
        = askKeptUntil(this, tr("Keep the hold on %1 until").arg(hold->system),
                       hold->keptUntil.isValid() ? hold->keptUntil : today.addDays(42), today);
    if (!until)
        return false;
    ServiceError error;
    return saved(
        ExternalHoldService(m_session).keepUntil(m_owner, m_number, hold->id, *until, &error),
        error);
}

ExternalHoldDialog::ExternalHoldDialog(const Session &session, ExternalHoldService::Owner owner,
                                       const QString &number, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_owner(owner)
    , m_number(number)
{
    setObjectName(QStringLiteral("externalHoldDialog"));
    //: Dutch: "Bewaring van gegevens buiten Privacydesk — %1"
    setWindowTitle(tr("Hold on data outside Privacydesk — %1").arg(number));
    const QDate today = session.clock().today();
    m_system = new QComboBox(this);
    m_system->setEditable(true);
    m_system->addItems(ExternalHoldTexts::systemSuggestions());
    m_secured = new QLineEdit(this);
    //: Dutch: "bijvoorbeeld: beelden hal Dorpsstraat 12, 3 maart 14-16 uur"
    m_secured->setPlaceholderText(tr("for example: images hall Dorpsstraat 12, 3 March 2-4 pm"));
    m_recorded = pastDateEdit(today, this);
    m_period = new QLineEdit(QStringLiteral("4w"), this);
    //: Dutch: "4w, 30d, 3m of 1y"
    m_period->setToolTip(tr("4w, 30d, 3m or 1y"));
    m_deadline = named<QLabel>(QStringLiteral("externalHoldDeadline"), this);
    m_isSecured = new QCheckBox(tr("Already secured on"), this);
    m_securedOn = pastDateEdit(today, this);
    m_securedBy = new QLineEdit(this);
    //: Dutch: "door (leeg: u)"
    m_securedBy->setPlaceholderText(tr("by (empty: you)"));
    //: Dutch: "Veiliggesteld op"
    m_securedOn->setAccessibleName(tr("Secured on"));
    m_securedBy->setAccessibleName(tr("Secured by"));
    auto *securedRow = new QHBoxLayout;
    securedRow->addWidget(m_isSecured);
    securedRow->addWidget(m_securedOn);
    securedRow->addWidget(m_securedBy, 1);
    //: Dutch: "Vastgelegd tot"
    m_isKept = new QCheckBox(tr("Kept until"), this);
    m_kept = new QDateEdit(today.addMonths(6), this);
    m_kept->setCalendarPopup(true);
    m_kept->setAccessibleName(tr("Kept until"));
    auto *keptRow = new QHBoxLayout;
    keptRow->addWidget(m_isKept);
    keptRow->addWidget(m_kept);
    keptRow->addStretch();
    m_message = new MessageLabel(this);

    auto *form = new QFormLayout;
    //: Dutch: "Systeem:"
    form->addRow(tr("System:"), m_system);
    //: Dutch: "Wat wordt veiliggesteld:"
    form->addRow(tr("What is secured:"), m_secured);
    //: Dutch: "Datum van de opname:"
    form->addRow(tr("Date of the recording:"), m_recorded);
    //: Dutch: "Het systeem bewaart zelf:"
    form->addRow(tr("The system itself keeps it:"), m_period);
    //: Dutch: "Veiligstellen vóór:"
    form->addRow(tr("Secure before:"), m_deadline);
    form->addRow(securedRow);
    form->addRow(keptRow);
    layOutFormDialog(this, form, m_message, 620);
    connect(m_recorded, &QDateEdit::dateChanged, this, [this] { updateDeadline(); });
    connect(m_period, &QLineEdit::textChanged, this, [this] { updateDeadline(); });
    updateDeadline();
}

void ExternalHoldDialog::updateDeadline()
{
    const auto period = ExternalHoldTexts::period(m_period->text());
    m_deadline->setText(period ? shortDate(RetentionCalendar::expiry(m_recorded->date(), *period))
                               //: Dutch: "geef de bewaartermijn als 4w, 30d, 3m of 1y"
                               : tr("give the retention as 4w, 30d, 3m or 1y"));
}

void ExternalHoldDialog::accept()
{
    const auto period = ExternalHoldTexts::period(m_period->text());
    if (!period) {
        m_message->setMessage(tr("give the retention as 4w, 30d, 3m or 1y"));
        return;
    }
    NewExternalHold hold;
    hold.system = m_system->currentText();
    hold.secured = m_secured->text();
    hold.recordedOn = m_recorded->date();
    hold.period = *period;
    if (m_isSecured->isChecked()) {
        hold.securedOn = m_securedOn->date();
        hold.securedBy = m_securedBy->text();
    }
    if (m_isKept->isChecked())
        hold.keptUntil = m_kept->date();
    ServiceError error;
    if (!ExternalHoldService(m_session).add(m_owner, m_number, hold, BsnCheck::Refuse, &error)) {
        m_message->setMessage(error.message);
        return;
    }
    QDialog::accept();
}

} // namespace pd::ui
