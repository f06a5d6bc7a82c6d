#pragma once

#include "DeskAccess.h"
#include "documents/Letters.h"
#include "util/Clock.h"

#include <QWidget>

class QAction;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace pd {
class Store;
}

namespace pd::ui {

// The Documenten tab of a request: the letters sent for it (date, kind, by whom, and the start
// of the SHA-256 that the audit trail vouches for), with "Write a letter…", "AP complaint
// dossier…" and "Inzage report and export…" for the request's data subject. The actions are
// the case detail's own (with their shortcuts); this widget lists and opens. A button follows
// its action's visibility, so a role that may not produce documents (auditor) does not see
// them, but still opens and prints the letters already recorded (that records nothing).
class CaseDocumentsWidget final : public QWidget
{
    Q_OBJECT
public:
    CaseDocumentsWidget(const Store &store, QWidget *parent = nullptr,
                        const Clock &clock = systemClock());

    // The buttons trigger these actions (owned by the case detail).
    void setActions(QAction *letter, QAction *dossier, QAction *exportPerson);
    void showCase(const QString &number);
    void reload();
    QTreeWidget *lettersList() const { return m_letters; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void openLetter();

    const Store &m_store;
    const Clock &m_clock;
    const DeskAccess m_access;
    QString m_number;
    QList<Letter> m_shown; // as listed, with their recorded texts
    QLabel *m_intro = nullptr;
    QTreeWidget *m_letters = nullptr;
    QLabel *m_empty = nullptr;
    QPushButton *m_letterButton = nullptr;
    QPushButton *m_dossierButton = nullptr;
    QPushButton *m_exportButton = nullptr;
};

} // namespace pd::ui
