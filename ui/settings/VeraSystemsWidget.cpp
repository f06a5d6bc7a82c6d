#include "settings/VeraSystemsWidget.h"

#include "Named.h"
#include "RowTables.h"
#include "settings/VeraSystemDialog.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace pd::ui {

using namespace Qt::StringLiterals;

VeraSystemsWidget::VeraSystemsWidget(const Session &session, QWidget *parent)
    : Retranslated(parent)
    , m_session(session)
    , m_access(DeskAccess::of(session))
{
    setObjectName(u"veraSystems"_s);
    m_status = named<QLabel>(u"veraSystemsStatus"_s, this);
    m_status->setWordWrap(true);
    // The check's answer takes what is left; a long one is whole in its tooltip.
    m_table = answerTable(u"veraSystemsTable"_s, Columns, this);
    m_add = named<QPushButton>(u"addVeraSystem"_s, this);
    m_remove = named<QPushButton>(u"removeVeraSystem"_s, this);
    m_check = named<QPushButton>(u"checkVeraSystems"_s, this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    buttons->addWidget(m_check);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    connect(m_add, &QPushButton::clicked, this, &VeraSystemsWidget::addSystem);
    connect(m_remove, &QPushButton::clicked, this, [this] { removeSelected(false); });
    connect(m_check, &QPushButton::clicked, this, &VeraSystemsWidget::checkAll);
    connect(&m_checks, &QFutureWatcherBase::finished, this, &VeraSystemsWidget::showChecks);
    connect(m_table, &QTableWidget::currentCellChanged, this,
            [this](int row) { m_remove->setEnabled(row >= 0); });
    m_access.offer(m_add, Permission::ChangeSettings);
    m_access.offer(m_remove, Permission::ChangeSettings);
    m_access.offer(m_check, Permission::EditCases);
    retranslateUi();
    reload();
}

VeraSystemsWidget::~VeraSystemsWidget()
{
    m_checks.waitForFinished();
}

void VeraSystemsWidget::retranslateUi()
{
    //: Dutch: "Naam", "Domein", "Adres", "Aanmelden", "Controle"
    m_table->setHorizontalHeaderLabels(
        { tr("Name"), tr("Domain"), tr("Address"), tr("Sign-in"), tr("Check") });
    //: Dutch: "Systemen van de organisatie"
    m_table->setAccessibleName(tr("The organisation's systems"));
    //: Dutch: "Toe&voegen…" (T, A and O are the tabs')
    m_add->setText(tr("&Add…"));
    //: Dutch: "Ver&wijderen…"
    m_remove->setText(tr("&Remove…"));
    //: Dutch: "&Controleren"
    m_check->setText(tr("C&heck"));
    //: Dutch: "Vraagt elk systeem om /ping, na een token bij OAuth2."
    m_check->setToolTip(tr("Asks each system's /ping, after a token for OAuth2."));
}

void VeraSystemsWidget::reload()
{
    ServiceError error;
    const std::optional<QList<VeraSystem>> systems = VeraService(m_session).systems(&error);
    m_table->setRowCount(0);
    m_systems = systems.value_or(QList<VeraSystem>());
    if (!systems) {
        //: Dutch: "De systemen konden niet worden gelezen: %1"
        m_status->setText(tr("The systems could not be read: %1").arg(error.message));
        m_check->setEnabled(false);
        return;
    }
    for (const VeraSystem &s : m_systems) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, NameColumn, new QTableWidgetItem(s.name));
        m_table->setItem(row, DomainColumn, new QTableWidgetItem(codes::label(s.domain)));
        m_table->setItem(row, UrlColumn, new QTableWidgetItem(s.baseUrl));
        m_table->setItem(row, AuthColumn,
                         new QTableWidgetItem(s.auth == VeraSystem::Auth::ApiKey
                                                  //: Dutch: "API-sleutel"
                                                  ? tr("API key")
                                                  : u"OAuth2"_s));
    }
    m_status->setText(m_systems.isEmpty()
                          //: Dutch: "Nog geen systemen. Met de systemen van de organisatie (VERA:
                          //: Relaties, Overeenkomsten, Dossier, …) zoekt Privacydesk bij een
                          //: verzoek wat daar over de betrokkene staat. Een beheerder voegt ze
                          //: hier toe."
                          ? tr("No systems yet. With the organisation's systems (VERA: Relaties, "
                               "Overeenkomsten, Dossier, …) Privacydesk searches what they hold "
                               "about a request's data subject. A beheerder adds them here.")
                          //: Dutch: "Systemen waarin Privacydesk bij een verzoek zoekt (VERA).
                          //: Een systeem wijzigen: verwijderen en opnieuw toevoegen."
                          : tr("The systems Privacydesk searches for a request (VERA). To change "
                               "a system: remove it and add it again."));
    m_check->setEnabled(!m_systems.isEmpty() && !m_checks.isRunning()
                        && m_access.may(Permission::EditCases));
    m_remove->setEnabled(m_table->currentRow() >= 0);
}

void VeraSystemsWidget::addSystem()
{
    VeraSystemDialog dialog(m_session, this);
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

bool VeraSystemsWidget::removeSelected(bool confirmed)
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_systems.size())
        return false;
    const QString name = m_systems.at(row).name;
    if (!confirmed) {
        //: Dutch: "Systeem verwijderen?", "Privacydesk zoekt dan niet meer in %1. Wat eerder
        //: in %1 is gevonden, blijft bij de verzoeken."
        QMessageBox box(QMessageBox::Question, tr("Remove the system?"),
                        tr("Privacydesk then no longer searches %1. What was found in %1 before "
                           "stays with the requests.")
                            .arg(name),
                        QMessageBox::Cancel, this);
        //: Dutch: "&Verwijderen"
        box.addButton(tr("&Remove"), QMessageBox::DestructiveRole);
        box.setDefaultButton(QMessageBox::Cancel);
        if (box.exec() == QMessageBox::Cancel)
            return false;
    }
    ServiceError error;
    if (!VeraService(m_session).removeSystem(name, &error)) {
        m_status->setText(error.message);
        return false;
    }
    reload();
    return true;
}

void VeraSystemsWidget::checkAll()
{
    ServiceError error;
    const std::optional<QList<VeraSystem>> systems = VeraService(m_session).systemsToSearch(&error);
    if (!systems) {
        m_status->setText(error.message);
        return;
    }
    for (int row = 0; row < m_table->rowCount(); ++row)
        //: Dutch: "wordt gecontroleerd…"
        m_table->setItem(row, CheckColumn, new QTableWidgetItem(tr("checking…")));
    m_check->setEnabled(false);
    m_checks.setFuture(QtConcurrent::run([list = *systems] {
        QList<VeraService::Check> checks;
        for (const VeraSystem &s : list)
            checks << VeraService::check(s);
        return checks;
    }));
}

void VeraSystemsWidget::showChecks()
{
    for (const VeraService::Check &c : m_checks.result()) {
        for (int row = 0; row < m_table->rowCount(); ++row) {
            if (m_table->item(row, NameColumn)->text() != c.name)
                continue;
            const QString text = c.error.isEmpty() ? codes::code(c.status)
                                                   : codes::code(c.status) + u": "_s + c.error;
            auto *item = new QTableWidgetItem(text);
            item->setToolTip(text);
            m_table->setItem(row, CheckColumn, item);
        }
    }
    m_check->setEnabled(!m_systems.isEmpty() && m_access.may(Permission::EditCases));
}

} // namespace pd::ui
