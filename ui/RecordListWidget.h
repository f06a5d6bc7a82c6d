#pragma once

#include "DeskAccess.h"
#include "Retranslated.h"
#include "session/Session.h"
#include "util/ServiceError.h"

#include <QWidget>

#include <functional>
#include <initializer_list>

class QDialog;
class QHBoxLayout;
class QLabel;
class QListWidget;
class QPushButton;

namespace pd::ui {

class MessageLabel;

// A section of the desk that lists its own records under a bold title, with a line for what went
// wrong and a row of buttons that act on the current record. The section reads and shows the
// records; after an action that saved it reads them anew and says so with changed().
class RecordListWidget : public Retranslated<QWidget>
{
    Q_OBJECT
public:
    QStringList lines() const;
    QListWidget *list() const { return m_list; }
    MessageLabel *message() const { return m_message; }

    virtual void reload() = 0;

Q_SIGNALS:
    void changed();

protected:
    RecordListWidget(const Session &session, const QString &listName, QWidget *parent);

    // Each button is offered with the right to edit and runs its action when clicked. The first
    // adds a record; the others act on the current one and are not shown while there is none.
    void addButtons(std::initializer_list<std::pair<QPushButton *, std::function<bool()>>> buttons,
                    Permission edit);
    // The title is also the list's accessible name.
    void setTitle(const QString &title);
    // Empties the list; shows the section only when readable (the caller then reads).
    bool startReload(bool readable);
    // Says why the records could not be read.
    void readFailed(const QString &text);
    // The records' rows are in the list: the empty-state line when there are none.
    void finishReload(bool empty, const QString &emptyText);
    // After an action: the records anew and changed(), true; or the error, false.
    bool saved();
    bool execSaved(QDialog &dialog);
    bool saved(bool ok, const ServiceError &error);

    virtual void updateButtons() = 0;

    const Session m_session;
    const DeskAccess m_access;

private:
    void showCompact(bool empty, const QString &emptyText);

    QLabel *m_title = nullptr;
    QListWidget *m_list = nullptr;
    MessageLabel *m_message = nullptr;
    QLabel *m_empty = nullptr;
    QHBoxLayout *m_buttons = nullptr;
    QList<QPushButton *> m_recordButtons;
    Permission m_edit {};
};

} // namespace pd::ui
