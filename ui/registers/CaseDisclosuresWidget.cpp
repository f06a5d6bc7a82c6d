#include "registers/CaseDisclosuresWidget.h"

#include "DateText.h"
#include "FormFields.h"
#include "MessageLabel.h"
#include "Named.h"
#include "RowTables.h"
#include "cases/CaseService.h"
#include "domain/InputLimits.h"
#include "registers/DisclosureDialog.h"
#include "registers/DisclosureListModel.h"

#include <QDateEdit>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pd::ui {

namespace {

QTableWidget *table(int columns, QWidget *parent)
{
    auto *t = new QTableWidget(0, columns, parent);
    pickWholeRows(t);
    t->horizontalHeader()->setStretchLastSection(true);
    t->setWordWrap(false);
    return t;
}

} // namespace

CaseDisclosuresWidget::CaseDisclosuresWidget(const Session &session, QWidget *parent)
    : Retranslated(parent)
    , m_session(session)
    , m_access(DeskAccess::of(session))
{
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_disclosures = table(5, this);
    m_add = named<QPushButton>(QStringLiteral("newDisclosure"), this);

    m_art19Box = new QGroupBox(this);
    m_art19Status = new QLabel(m_art19Box);
    m_art19Status->setWordWrap(true);
    m_checklist = table(4, m_art19Box);
    m_notifiedOn = new QDateEdit(m_session.clock().today(), m_art19Box);
    m_notifiedOn->setCalendarPopup(true);
    m_mark = named<QPushButton>(QStringLiteral("markNotified"), m_art19Box);
    // Art. 19: "tenzij dit onmogelijk blijkt of onevenredig veel inspanning vergt".
    m_exemptReason
        = limitedEdit(QStringLiteral("exemptReason"), InputLimits::maxShortText, m_art19Box);
    m_exempt = named<QPushButton>(QStringLiteral("markExempt"), m_art19Box);
    // Art. 19 per item: a recipient it does not apply to, with the officer's own reason; never
    // "onmogelijk of onevenredig" for want of another choice.
    m_notApplicable = named<QPushButton>(QStringLiteral("markNotApplicable"), m_art19Box);
    m_message = new MessageLabel(m_art19Box);
    auto *markRow = new QHBoxLayout;
    markRow->addStretch();
    markRow->addWidget(m_mark);
    markRow->addWidget(m_notifiedOn);
    auto *exemptRow = new QHBoxLayout;
    exemptRow->addWidget(m_exemptReason, 1);
    exemptRow->addWidget(m_exempt);
    exemptRow->addWidget(m_notApplicable);
    auto *art19Layout = new QVBoxLayout(m_art19Box);
    art19Layout->addWidget(m_art19Status);
    art19Layout->addWidget(m_checklist, 1);
    art19Layout->addLayout(markRow);
    art19Layout->addLayout(exemptRow);
    art19Layout->addWidget(m_message);
    m_art19Box->hide();

    auto *top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_add);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_disclosures, 1);
    layout->addWidget(m_art19Box, 1);

    connect(m_add, &QPushButton::clicked, this, [this] { newDisclosure(); });
    connect(m_mark, &QPushButton::clicked, this,
            [this] { markNotified(m_checklist->currentRow()); });
    connect(m_checklist, &QTableWidget::itemActivated, this,
            [this](QTableWidgetItem *item) { markNotified(item->row()); });
    connect(m_exempt, &QPushButton::clicked, this,
            [this] { markExempt(m_checklist->currentRow()); });
    connect(m_notApplicable, &QPushButton::clicked, this,
            [this] { markNotApplicable(m_checklist->currentRow()); });
    m_access.offer(m_add, Permission::EditRegisters);
    m_access.offer(m_mark, Permission::EditRegisters);
    m_access.offer(m_notifiedOn, Permission::EditRegisters);
    m_access.offer(m_exemptReason, Permission::EditRegisters);
    m_access.offer(m_exempt, Permission::EditRegisters);
    m_access.offer(m_notApplicable, Permission::EditRegisters);
    retranslateUi();
    clear();
}

void CaseDisclosuresWidget::retranslateUi()
{
    // "Informed" (of this request's data subject, the tooltip says): the detail beside the list
    // at 1200 pixels has no room for the register's longer title.
    m_disclosures->setHorizontalHeaderLabels(
        { tr("Date"), tr("Recipient"), tr("Data"), tr("Legal basis"), tr("Informed") });
    m_disclosures->horizontalHeaderItem(4)->setToolTip(
        tr("Whether the data subject was informed of the disclosure"));
    m_add->setText(tr("New &disclosure…"));
    m_add->setToolTip(tr("Register a disclosure of this person's data"));
    m_art19Box->setTitle(tr("Art. 19 GDPR: recipients to be told"));
    // For a screen reader.
    //: Dutch: "Verstrekkingen van deze persoon"
    m_disclosures->setAccessibleName(tr("Disclosures of this person"));
    m_checklist->setAccessibleName(tr("Art. 19 GDPR: recipients to be told"));
    m_checklist->setHorizontalHeaderLabels(
        { tr("Recipient"), tr("Contact"), tr("Last disclosure"), tr("Told") });
    m_mark->setText(tr("Mar&k as told on"));
    m_notifiedOn->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    //: Dutch: "Waarom deze ontvanger het niet hoort: onmogelijk of onevenredig, of niet van
    //: toepassing"
    m_exemptReason->setPlaceholderText(tr("Why this recipient is not told: impossible or "
                                          "disproportionate, or not applicable"));
    m_exempt->setText(tr("Not &possible or disproportionate"));
    m_exempt->setToolTip(tr("Art. 19 GDPR: record, with the reason, that telling the selected "
                            "recipient proved impossible or would take disproportionate effort"));
    //: Dutch: "Niet van &toepassing"
    m_notApplicable->setText(tr("Not appli&cable"));
    //: Dutch: "Artikel 19 AVG: leg met uw reden vast dat het niet geldt voor de gekozen
    //: ontvanger (bijvoorbeeld: had alleen het huidige adres). De brief noemt die reden."
    m_notApplicable->setToolTip(tr("Art. 19 GDPR: record, with your reason, that it does not "
                                   "apply to the selected recipient (for example: only ever had "
                                   "the current address). The letter gives that reason."));
}

void CaseDisclosuresWidget::retranslateContent()
{
    // The rows hold translated states and dates.
    if (m_personId != 0 || !m_caseNumber.isEmpty())
        refresh();
}

void CaseDisclosuresWidget::clear()
{
    m_personId = 0;
    m_caseNumber.clear();
    m_disclosures->setRowCount(0);
    m_checklist->setRowCount(0);
    m_art19Box->hide();
    m_add->setEnabled(false);
    m_summary->clear();
}

void CaseDisclosuresWidget::showPerson(qint64 personId)
{
    m_personId = personId;
    m_caseNumber.clear();
    refresh();
}

void CaseDisclosuresWidget::showCase(const QString &number)
{
    ServiceError error;
    const std::optional<Case> c = CaseService(m_session).find(number, &error);
    if (!c) {
        clear();
        // A request that could not be read is said, never shown as one without disclosures.
        if (error.code == ServiceError::Code::Storage)
            m_summary->setText(tr("The request could not be read: %1").arg(error.message));
        return;
    }
    m_personId = c->person.id;
    m_caseNumber = c->number;
    refresh();
}

void CaseDisclosuresWidget::refresh()
{
    m_add->setEnabled(m_personId > 0 && m_access.may(Permission::EditRegisters));
    if (!m_access.may(Permission::ViewRegisters)) {
        // Refused reads would each leave a user.denied event.
        m_disclosures->setRowCount(0);
        m_art19Box->hide();
        m_summary->clear();
        return;
    }
    fillDisclosures();
    fillChecklist();
}

void CaseDisclosuresWidget::fillDisclosures()
{
    ServiceError error;
    const QList<Disclosure> list = DisclosureService(m_session).forPerson(m_personId, &error);
    if (error.isError()) {
        // Never "no disclosures" for a list that could not be read.
        m_disclosures->setRowCount(0);
        m_summary->setText(tr("The list could not be read: %1").arg(error.message));
        return;
    }
    m_disclosures->setRowCount(static_cast<int>(list.size()));
    for (int row = 0; row < list.size(); ++row) {
        const Disclosure &d = list.at(row);
        QString informed = codes::label(d.informed);
        if (d.informed == InformedStatus::Informed)
            informed = tr("Informed on %1").arg(shortDate(d.informedOn));
        else if (d.informed == InformedStatus::Prohibited)
            informed = tr("Not informed: %1").arg(d.notInformedReason);
        const QStringList cells { shortDate(d.date), d.recipientName,
                                  DisclosureListModel::dataText(d),
                                  d.basisText.isEmpty() ? codes::label(d.basis)
                                                        : QStringLiteral("%1 — %2").arg(
                                                            codes::label(d.basis), d.basisText),
                                  informed };
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setToolTip(column == 1 ? d.purpose : cells.at(column));
            if (column == 4 && d.informed == InformedStatus::Pending)
                item->setForeground(QColor(0x9a, 0x52, 0x00));
            m_disclosures->setItem(row, column, item);
        }
    }
    m_disclosures->resizeColumnsToContents();
    // Long data and basis texts stay readable in the tooltip; the status column stays in view.
    for (int column = 0; column < m_disclosures->columnCount() - 1; ++column)
        m_disclosures->setColumnWidth(column, std::min(m_disclosures->columnWidth(column), 240));
    m_summary->setText(m_personId <= 0 ? QString()
                           : list.isEmpty()
                           ? tr("No disclosures of this person's data are registered.")
                           : tr("%n disclosure(s) of this person's data.", nullptr,
                                static_cast<int>(list.size())));
}

// The checklist's "Told" column for one recipient: what was recorded comes first.
QString CaseDisclosuresWidget::statusOf(const Art19Notification &n)
{
    if (n.notifiedOn.isValid())
        return tr("Told on %1").arg(shortDate(n.notifiedOn));
    if (n.exempt && n.exemptReason.trimmed().isEmpty())
        return tr("Not told: impossible or disproportionate");
    if (n.exempt)
        return tr("Not told: impossible or disproportionate — %1").arg(n.exemptReason.simplified());
    if (!n.notApplicableReason.trimmed().isEmpty())
        //: Dutch: "Niet van toepassing — %1"
        return tr("Not applicable — %1").arg(n.notApplicableReason.simplified());
    if (n.notApplicable)
        return DisclosureService::notApplicableText(n.changedData);
    return tr("Not yet told");
}

void CaseDisclosuresWidget::fillChecklist()
{
    m_message->setMessage({});
    const DisclosureService service(m_session);
    ServiceError error;
    if (m_caseNumber.isEmpty() || !service.art19Applies(m_caseNumber, &error)) {
        m_checklist->setRowCount(0);
        if (!error.isError()) {
            m_art19Box->hide();
            return;
        }
        // Whether recipients must be told could not be read: the checklist says so, it is
        // never hidden as if art. 19 did not apply.
        m_art19Box->show();
        m_mark->setEnabled(false);
        m_exempt->setEnabled(false);
        m_notApplicable->setEnabled(false);
        m_art19Status->setText(tr("The list could not be read: %1").arg(error.message));
        return;
    }
    m_art19Box->show();
    const QList<Art19Notification> list = service.art19Notifications(m_caseNumber, &error);
    if (error.isError()) {
        m_checklist->setRowCount(0);
        m_mark->setEnabled(false);
        m_exempt->setEnabled(false);
        m_notApplicable->setEnabled(false);
        m_art19Status->setText(tr("The list could not be read: %1").arg(error.message));
        return;
    }
    m_checklist->setRowCount(static_cast<int>(list.size()));
    int open = 0;
    int exempt = 0;
    int notApplicable = 0;
    int marked = 0; // not applicable by the officer's reason
    for (int row = 0; row < list.size(); ++row) {
        const Art19Notification &n = list.at(row);
        open += n.done() ? 0 : 1;
        exempt += n.exempt && !n.notifiedOn.isValid() ? 1 : 0;
        const bool byReason = !n.notApplicableReason.trimmed().isEmpty();
        marked += byReason ? 1 : 0;
        notApplicable
            += n.notApplicable && !byReason && !n.exempt && !n.notifiedOn.isValid() ? 1 : 0;
        const QString status = statusOf(n);
        const QStringList cells { n.recipientName, n.contact, shortDate(n.lastDisclosed), status };
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setData(Qt::UserRole, n.recipientId);
            if (column == 3) {
                item->setForeground(n.done() ? QColor(0x1e, 0x6b, 0x2f) : QColor(0x8a, 0x1f, 0x11));
                item->setToolTip(cells.at(column));
            }
            m_checklist->setItem(row, column, item);
        }
    }
    m_checklist->resizeColumnsToContents();
    // Either record replaces the other (a recipient reached after all, or a date entered by
    // mistake), so both stay offered while there is a recipient.
    const bool may = !list.isEmpty() && m_access.may(Permission::EditRegisters);
    m_mark->setEnabled(may);
    m_exempt->setEnabled(may);
    m_notApplicable->setEnabled(may);
    m_notifiedOn->setMaximumDate(m_session.clock().today());
    if (list.isEmpty())
        m_art19Status->setText(tr("No recipient received this person's data before the request "
                                  "was answered: nobody needs to be told."));
    else if (open == 0 && marked > 0)
        //: Dutch: "Klaar: elke ontvanger is geïnformeerd of hoeft het niet te horen; voor %n
        //: geldt artikel 19 niet, om de reden die u gaf."
        m_art19Status->setText(tr("Done: every recipient has been told or need not be; art. 19 "
                                  "does not apply to %n, for the reason you gave.",
                                  nullptr, marked));
    else if (open == 0 && exempt == 0 && notApplicable == list.size())
        //: Dutch: "Geen van deze ontvangers kreeg de gegevens die zijn gewijzigd: niemand hoeft
        //: de wijziging te horen."
        m_art19Status->setText(tr("None of these recipients received the data that changed: "
                                  "nobody needs to be told."));
    else if (open == 0 && exempt == 0 && notApplicable > 0)
        //: Dutch: "Elke ontvanger van de gewijzigde gegevens heeft de wijziging gehoord; %n
        //: kreeg(en) die gegevens nooit."
        m_art19Status->setText(tr("Every recipient of the data that changed has been told; %n "
                                  "never received them.",
                                  nullptr, notApplicable));
    else if (open == 0 && exempt == 0)
        m_art19Status->setText(tr("Every recipient has been told."));
    else if (open == 0 && exempt == list.size())
        m_art19Status->setText(tr("Done: telling the recipients proved impossible or "
                                  "disproportionate; the reasons are recorded."));
    else if (open == 0)
        m_art19Status->setText(tr("Done: every recipient has been told, except %n for which that "
                                  "proved impossible or disproportionate.",
                                  nullptr, exempt));
    else
        m_art19Status->setText(
            tr("%n recipient(s) still to be told of the change.", nullptr, open));
}

bool CaseDisclosuresWidget::markNotified(int checklistRow)
{
    const QTableWidgetItem *item = m_checklist->item(checklistRow, 0);
    if (!item || m_caseNumber.isEmpty() || !m_access.may(Permission::EditRegisters))
        return false;
    ServiceError error;
    if (!DisclosureService(m_session).markNotified(
            m_caseNumber, item->data(Qt::UserRole).toLongLong(), m_notifiedOn->date(), &error)) {
        m_message->setMessage(error.message);
        return false;
    }
    fillChecklist();
    if (checklistRow < m_checklist->rowCount())
        m_checklist->selectRow(checklistRow);
    Q_EMIT changed();
    return true;
}

bool CaseDisclosuresWidget::markExempt(int checklistRow)
{
    return markWithReason(checklistRow, false);
}

bool CaseDisclosuresWidget::markNotApplicable(int checklistRow)
{
    return markWithReason(checklistRow, true);
}

bool CaseDisclosuresWidget::markWithReason(int checklistRow, bool notApplicable)
{
    const QTableWidgetItem *item = m_checklist->item(checklistRow, 0);
    if (m_caseNumber.isEmpty() || !m_access.may(Permission::EditRegisters))
        return false;
    if (!item) {
        m_message->setMessage(tr("Select the recipient in the list first."));
        return false;
    }
    ServiceError error;
    DisclosureService service(m_session);
    const qint64 recipient = item->data(Qt::UserRole).toLongLong();
    if (!(notApplicable ? service.markNotApplicable(m_caseNumber, recipient, m_exemptReason->text(),
                                                    BsnCheck::Refuse, &error)
                        : service.markExempt(m_caseNumber, recipient, m_exemptReason->text(),
                                             BsnCheck::Refuse, &error))) {
        m_message->setMessage(error.message);
        return false;
    }
    m_exemptReason->clear();
    fillChecklist();
    if (checklistRow < m_checklist->rowCount())
        m_checklist->selectRow(checklistRow);
    Q_EMIT changed();
    return true;
}

qint64 CaseDisclosuresWidget::newDisclosure()
{
    if (m_personId <= 0 || !m_access.may(Permission::EditRegisters))
        return 0;
    DisclosureDialog dialog(m_session, this);
    dialog.addPerson(m_personId);
    dialog.setCaseNumber(m_caseNumber);
    if (dialog.exec() != QDialog::Accepted || !dialog.added())
        return 0;
    refresh();
    Q_EMIT changed();
    return dialog.added()->id;
}

} // namespace pd::ui
