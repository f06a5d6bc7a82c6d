#pragma once

#include "DeskAccess.h"
#include "Retranslated.h"
#include "registers/Covenants.h"
#include "session/Session.h"
#include "util/Clock.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace pd::ui {

// A due review stands out in words and colour; editing only for a role that may edit registers.
class CovenantsTab final : public Retranslated<QWidget>
{
    Q_OBJECT
public:
    explicit CovenantsTab(const Session &session, QWidget *parent = nullptr);

    void refresh();
    // Return the covenant saved, or 0.
    qint64 newCovenant();
    qint64 editCovenant(qint64 id);
    void selectCovenant(qint64 id);

    QTableWidget *table() const { return m_table; }
    QString noteText() const; // the review note (or the failure) under the table

Q_SIGNALS:
    void covenantSaved(qint64 id);

private:
    void retranslateUi() override;
    qint64 currentId() const;
    void exportDocument();

    const Session m_session;
    const DeskAccess m_access;
    QTableWidget *m_table = nullptr;
    QLabel *m_note = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_export = nullptr;
    QList<Covenant> m_covenants;
};

} // namespace pd::ui
