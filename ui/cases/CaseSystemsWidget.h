#pragma once

#include "DeskAccess.h"
#include "Retranslated.h"
#include "registers/SystemChecklist.h"
#include "session/Session.h"
#include "util/Clock.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace pd::ui {

// For an inzage, erasure or rectification: the systems of the register's activities whose data
// subjects include the person's relation; another request says it has no list.
class CaseSystemsWidget final : public Retranslated<QWidget>
{
    Q_OBJECT
public:
    enum Column { SystemColumn, ResultColumn, ByColumn, WhenColumn, NoteColumn, ColumnCount };

    explicit CaseSystemsWidget(const Session &session, QWidget *parent = nullptr);

    void showCase(const QString &number); // empty: nothing
    QTableWidget *table() const { return m_table; }
    QComboBox *resultBox() const { return m_result; }
    QLineEdit *noteEdit() const { return m_note; }
    QComboBox *fileBox() const { return m_file; }
    QDateEdit *sentOnEdit() const { return m_sentOn; }
    QLabel *status() const { return m_status; }
    QPushButton *searchButton() const { return m_search; }
    QPushButton *marksButton() const { return m_marks; }
    // The organisation's systems searched through VERA (VeraSearchDialog), modal; the marks
    // the search planned are sent at once (VeraMarksDialog).
    void searchSystems();
    // The request's marks in the systems (VeraMarksDialog), modal; send: those not done sent
    // at once.
    void showMarks(bool send);
    // False (said) when refused. With "Apart verstrekt" and no new note or file, only the day sent
    // is recorded, also on a completed request.
    bool tickRow(int row);

Q_SIGNALS:
    void changed(); // a system ticked: the timeline changed

private:
    void retranslateUi() override;
    void fill();
    void fillMarks();
    bool showStatus(bool applies, int searched);

    const Session m_session;
    const DeskAccess m_access;
    QString m_number;
    QList<SystemCheck> m_checks;
    QLabel *m_status = nullptr;
    QPushButton *m_search = nullptr;
    QPushButton *m_marks = nullptr;
    QTableWidget *m_table = nullptr;
    QWidget *m_form = nullptr;
    QLabel *m_resultLabel = nullptr;
    QComboBox *m_result = nullptr;
    QLabel *m_noteLabel = nullptr;
    QLineEdit *m_note = nullptr;
    QLabel *m_fileLabel = nullptr;
    QComboBox *m_file = nullptr;
    QLabel *m_sentOnLabel = nullptr;
    QDateEdit *m_sentOn = nullptr;
    QPushButton *m_tick = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace pd::ui
