#include "cases/CaseSystemsWidget.h"

#include "FormFields.h"
#include "Named.h"
#include "RowTables.h"
#include "cases/Attachments.h"
#include "cases/CaseService.h"
#include "cases/VeraMarksDialog.h"
#include "cases/VeraSearchDialog.h"
#include "store/Store.h"

#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace pd::ui {

CaseSystemsWidget::CaseSystemsWidget(const Session &session, QWidget *parent)
    : Retranslated(parent)
    , m_session(session)
    , m_access(DeskAccess::of(session))
{
    m_status = named<QLabel>(QStringLiteral("systemsStatus"), this);
    m_status->setWordWrap(true);
    m_search = named<QPushButton>(QStringLiteral("searchSystems"), this);
    m_marks = named<QPushButton>(QStringLiteral("systemMarks"), this);
    m_marks->hide();
    m_table = named<QTableWidget>(QStringLiteral("systemsTable"), 0, ColumnCount, this);
    pickWholeRows(m_table);
    m_table->horizontalHeader()->setStretchLastSection(true);
    // Within the overview's width: the table scrolls sideways itself, the overview never does.
    m_table->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_table->setMinimumHeight(m_table->verticalHeader()->defaultSectionSize() * 5);
    m_form = new QWidget(this);
    m_resultLabel = new QLabel(m_form);
    m_result = named<QComboBox>(QStringLiteral("systemResult"), m_form);
    m_result->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_result->setMinimumContentsLength(12);
    m_resultLabel->setBuddy(m_result);
    m_noteLabel = new QLabel(m_form);
    m_note = named<QLineEdit>(QStringLiteral("systemNote"), m_form);
    m_noteLabel->setBuddy(m_note);
    m_fileLabel = new QLabel(m_form);
    m_file = named<QComboBox>(QStringLiteral("systemFile"), m_form);
    m_file->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_file->setMinimumContentsLength(8);
    m_fileLabel->setBuddy(m_file);
    m_sentOnLabel = new QLabel(m_form);
    m_sentOn = pastDateEdit(m_session.clock().today(), m_form);
    m_sentOn->setObjectName(QStringLiteral("systemSentOn"));
    m_sentOnLabel->setBuddy(m_sentOn);
    m_tick = named<QPushButton>(QStringLiteral("tickSystem"), m_form);
    m_message = new QLabel(m_form);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #8a1f11;"));
    auto *grid = new QGridLayout(m_form);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_resultLabel, 0, 0);
    grid->addWidget(m_result, 0, 1);
    grid->addWidget(m_fileLabel, 1, 0);
    grid->addWidget(m_file, 1, 1);
    grid->addWidget(m_noteLabel, 2, 0);
    grid->addWidget(m_note, 2, 1);
    grid->addWidget(m_sentOnLabel, 3, 0);
    grid->addWidget(m_sentOn, 3, 1, Qt::AlignLeft);
    grid->addWidget(m_tick, 4, 1, Qt::AlignLeft);
    grid->addWidget(m_message, 5, 0, 1, 2);
    grid->setColumnStretch(1, 1);
    auto *top = new QHBoxLayout;
    top->addWidget(m_status, 1);
    top->addWidget(m_marks, 0, Qt::AlignTop);
    top->addWidget(m_search, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_form);
    connect(m_tick, &QPushButton::clicked, this, [this] { tickRow(m_table->currentRow()); });
    connect(m_note, &QLineEdit::returnPressed, this, [this] { tickRow(m_table->currentRow()); });
    // The day of sending belongs to "apart verstrekt" only.
    connect(m_result, &QComboBox::currentIndexChanged, this, [this] {
        m_sentOn->setEnabled(m_result->currentData().toInt()
                             == static_cast<int>(SystemSearchResult::ApartVerstrekt));
    });
    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row) {
        m_tick->setEnabled(row >= 0);
        if (row >= 0 && row < m_checks.size() && m_checks.at(row).searched)
            m_result->setCurrentIndex(
                m_result->findData(static_cast<int>(m_checks.at(row).result)));
    });
    connect(m_search, &QPushButton::clicked, this, &CaseSystemsWidget::searchSystems);
    connect(m_marks, &QPushButton::clicked, this, [this] { showMarks(false); });
    m_access.offer(m_form, Permission::EditCases);
    m_access.offer(m_search, Permission::EditCases);
    retranslateUi();
}

void CaseSystemsWidget::retranslateUi()
{
    m_table->setHorizontalHeaderLabels(
        { tr("System"), tr("Result"), tr("Searched by"), tr("When"), tr("Note or file") });
    //: Dutch: "Resultaat:"
    m_resultLabel->setText(tr("Result:"));
    //: Dutch: "Notitie:"
    m_noteLabel->setText(tr("Note:"));
    //: Dutch: "Bestand:"
    m_fileLabel->setText(tr("File:"));
    //: Dutch: "Verstuurd op:"
    m_sentOnLabel->setText(tr("Sent on:"));
    //: Dutch: "Bij ‘Gegevens apart verstrekt’: de dag waarop de gevonden gegevens apart zijn verstuurd."
    m_sentOn->setToolTip(tr("With 'Data provided separately': the day the data found were sent "
                            "separately."));
    //: Dutch: "Afvinken als doorzocht"
    m_tick->setText(tr("Tick as searched"));
    //: Dutch: "&Zoeken in systemen…"
    m_search->setText(tr("Search s&ystems…"));
    //: Dutch: "Zoekt de betrokkene op klantnummer in de systemen van de organisatie (VERA),
    //: legt vast wat is gevonden en vinkt de systemen hieronder af."
    m_search->setToolTip(tr("Looks the data subject up by customer number in the organisation's "
                            "systems (VERA), records what was found and ticks the systems "
                            "below."));
    //: Dutch: "Toont wat Privacydesk in de systemen van de organisatie markeert (geblokkeerd,
    //: vernietigd, inactief) en verstuurt wat nog niet gedaan is."
    m_marks->setToolTip(tr("Shows what Privacydesk marks in the organisation's systems (blocked, "
                           "destroyed, inactive) and sends what is not yet done."));
    //: Dutch: "Legt vast dat u dit systeem nu heeft doorzocht, met het resultaat."
    m_tick->setToolTip(tr("Records that you searched this system now, with the result."));
    m_result->clear();
    for (SystemSearchResult result : codes::all<SystemSearchResult>())
        m_result->addItem(codes::label(result), static_cast<int>(result));
    //: Dutch: "Systemen om te doorzoeken"
    m_table->setAccessibleName(tr("Systems to search"));
    fill();
}

void CaseSystemsWidget::searchSystems()
{
    if (m_number.isEmpty())
        return;
    bool recorded = false;
    {
        VeraSearchDialog dialog(m_session, m_number, this);
        connect(&dialog, &VeraSearchDialog::recorded, this, [this, &recorded] {
            recorded = true;
            fill();
            Q_EMIT changed();
        });
        dialog.start();
        dialog.exec();
    }
    // The marks the search planned (a request to restrict or erase) go out after its commit.
    ServiceError error;
    const auto marks = VeraWriteBack(m_session).of(m_number, &error);
    if (recorded && marks && std::any_of(marks->cbegin(), marks->cend(), [](const OutboxItem &m) {
            return m.open();
        }))
        showMarks(true);
}

void CaseSystemsWidget::showMarks(bool send)
{
    if (m_number.isEmpty())
        return;
    VeraMarksDialog dialog(m_session, m_number, this);
    connect(&dialog, &VeraMarksDialog::recorded, this, [this] {
        fill();
        Q_EMIT changed();
    });
    if (send)
        dialog.send();
    dialog.exec();
}

void CaseSystemsWidget::showCase(const QString &number)
{
    m_number = number;
    m_message->clear();
    fill();
}

// The request's marks in the organisation's systems, when it has any. Not done is never
// silent: the button says so on the request itself.
void CaseSystemsWidget::fillMarks()
{
    if (!m_access.may(Permission::ViewRegisters))
        return;
    ServiceError error;
    const auto marks = VeraWriteBack(m_session).of(m_number, &error);
    m_marks->setVisible(!marks || !marks->isEmpty());
    const int open = marks ? int(std::count_if(marks->cbegin(), marks->cend(),
                                               [](const OutboxItem &m) { return m.open(); }))
                           : 0;
    m_marks->setText(open > 0
                         //: Dutch: "Mar&keringen in systemen (%n niet gedaan)…"
                         ? tr("Mar&ks in systems (%n not done)…", nullptr, open)
                         //: Dutch: "Mar&keringen in systemen…"
                         : tr("Mar&ks in systems…"));
}

void CaseSystemsWidget::fill()
{
    const int row = m_table->currentRow();
    m_table->setRowCount(0);
    m_checks.clear();
    m_file->clear();
    m_marks->hide();
    if (m_number.isEmpty()) {
        m_status->clear();
        m_form->setEnabled(false);
        m_search->setEnabled(false);
        return;
    }
    ServiceError error;
    fillMarks();
    const auto list = SystemChecklist(m_session).of(m_number, &error);
    if (!list) {
        //: Dutch: "De lijst van systemen kon niet worden gelezen: %1"
        m_status->setText(tr("The list of systems could not be read: %1").arg(error.message));
        m_form->setEnabled(false);
        return;
    }
    m_checks = *list;
    //: Dutch: "(geen)"
    m_file->addItem(tr("(none)"), 0);
    if (const auto files = AttachmentService(m_session).list(m_number, &error)) {
        for (const Attachment &file : *files) {
            if (!file.isDestroyed())
                m_file->addItem(file.name, file.id);
        }
    }
    int searched = 0;
    const QLocale locale;
    for (const SystemCheck &check : std::as_const(m_checks)) {
        const int r = m_table->rowCount();
        m_table->insertRow(r);
        auto *system = new QTableWidgetItem(check.system);
        //: Dutch: "Uit verwerking(en) %1"
        system->setToolTip(check.activities.isEmpty()
                               ? QString()
                               : tr("From processing activities %1")
                                     .arg(check.activities.join(QStringLiteral(", "))));
        m_table->setItem(r, SystemColumn, system);
        //: Dutch: "nog niet doorzocht"
        QString result
            = check.searched ? SystemChecklist::resultText(check) : tr("not searched yet");
        if (check.sentOn.isValid())
            //: Dutch: "%1 op %2": "Gegevens apart verstrekt op 3-12-2026"
            result
                = tr("%1 on %2").arg(result, locale.toString(check.sentOn, QLocale::ShortFormat));
        m_table->setItem(r, ResultColumn, new QTableWidgetItem(result));
        if (!check.searched) {
            m_table->item(r, ResultColumn)->setForeground(QColor(0x8a, 0x1f, 0x11));
            continue;
        }
        ++searched;
        m_table->setItem(r, ByColumn, new QTableWidgetItem(check.searchedBy));
        m_table->setItem(r, WhenColumn,
                         new QTableWidgetItem(locale.toString(organisationTime(check.searchedAt),
                                                              QLocale::ShortFormat)));
        QStringList note { check.note };
        if (check.attachmentId > 0)
            note << check.attachmentName;
        note.removeAll(QString());
        m_table->setItem(r, NoteColumn, new QTableWidgetItem(note.join(QStringLiteral(" — "))));
    }
    m_table->resizeColumnsToContents();
    const bool applies = !m_checks.isEmpty();
    m_table->setVisible(applies);
    // Each field on its own (not the form as a whole): nothing stays behind a hidden parent.
    for (QWidget *field : m_form->findChildren<QWidget *>(Qt::FindDirectChildrenOnly))
        field->setVisible(applies);
    const bool searchable = showStatus(applies, searched);
    m_form->setEnabled(applies && m_access.may(Permission::EditCases));
    m_search->setEnabled(searchable && m_access.may(Permission::EditCases));
    if (applies)
        m_table->setCurrentCell(std::clamp(row, 0, m_table->rowCount() - 1), 0);
}

// What the tab says above the list; whether the organisation's systems may be searched for the
// request.
bool CaseSystemsWidget::showStatus(bool applies, int searched)
{
    ServiceError error;
    const auto c = CaseService(m_session).find(m_number, &error);
    // The search of the organisation's systems (VERA) does not need the register's list: it
    // ticks the systems the list names, and for a restriction it finds what is to be blocked.
    const bool restricts = c && c->types.contains(RequestType::Beperking);
    const bool searchable = c && (SystemChecklist::applies(*c) || restricts);
    if (!applies && c && SystemChecklist::applies(*c))
        //: Dutch: "Doorzochte systemen: het register van verwerkingen noemt geen systemen voor betrokkenen met de relatie %1."
        m_status->setText(tr("Systems searched: the register of processing activities names no "
                             "systems for data subjects with the relation %1.")
                              .arg(codes::label(c->person.relation).toLower()));
    else if (!applies && restricts)
        //: Dutch: "Een beperking heeft geen lijst van systemen. Zoeken in systemen… zoekt de
        //: gegevens van de betrokkene, zodat Privacydesk ze blokkeert waar de organisatie dat
        //: toestaat."
        m_status->setText(tr("A restriction has no list of systems. Search systems… looks up the "
                             "data subject's data, so that Privacydesk blocks them where the "
                             "organisation allows it."));
    else if (!applies)
        //: Dutch: "Geen systemen om te doorzoeken: alleen een inzage, verwijdering of rectificatie heeft een lijst."
        m_status->setText(tr("No systems to search: only an inzage, erasure or rectification has "
                             "a list."));
    else
        //: Dutch: "%1 van %n systeem/systemen doorzocht (art. 15 AVG: elk systeem)."
        m_status->setText(tr("%1 of %n system(s) searched (art. 15 GDPR: every system).", nullptr,
                             static_cast<int>(m_checks.size()))
                              .arg(searched));
    return searchable;
}

bool CaseSystemsWidget::tickRow(int row)
{
    if (row < 0 || row >= m_checks.size())
        return false;
    SystemTick tick;
    tick.system = m_checks.at(row).system;
    tick.result = static_cast<SystemSearchResult>(m_result->currentData().toInt());
    tick.note = m_note->text();
    tick.attachmentId = m_file->currentData().toLongLong();
    if (tick.result == SystemSearchResult::ApartVerstrekt)
        tick.sentOn = m_sentOn->date();
    const SystemCheck &before = m_checks.at(row);
    // Only the day the data found went: the note and file stay.
    const bool onlySent = tick.sentOn.isValid() && before.searched
        && (before.result == SystemSearchResult::Gevonden
            || before.result == SystemSearchResult::ApartVerstrekt)
        && tick.note.trimmed().isEmpty() && tick.attachmentId == 0;
    SystemChecklist checklist(m_session);
    ServiceError error;
    if (onlySent ? !checklist.recordSent(m_number, tick.system, tick.sentOn, &error)
                 : !checklist.tick(m_number, tick, BsnCheck::Refuse, &error)) {
        m_message->setText(error.message);
        return false;
    }
    m_message->clear();
    m_note->clear();
    fill();
    m_table->setCurrentCell(std::min(row + 1, m_table->rowCount() - 1), 0);
    Q_EMIT changed();
    return true;
}

} // namespace pd::ui
