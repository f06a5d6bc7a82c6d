#pragma once

#include "letters/Letters.h"
#include "session/Session.h"
#include "util/Clock.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSplitter;

namespace pd {
class Store;
}

namespace pd::ui {

class MessageLabel;

// The organisation's own wording of its letters: the kinds on the left (changed ones marked),
// the template's Dutch HTML in an editor, the placeholders to insert (double-click or Enter),
// what stops saving as the user types (unknown placeholders, braces, a decision without
// {{rechtsmiddelen}}, a number that passes the BSN 11-proef, with the logged "not a BSN"), Save
// and Reset to default. Every save and reset is logged (LetterService).
class LetterTemplatesDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit LetterTemplatesDialog(const Session &session, QWidget *parent = nullptr);

    void selectKind(LetterKind kind);
    LetterKind kind() const;
    QPlainTextEdit *editor() const { return m_editor; }
    QStringList problems() const { return m_problems; } // what stops saving now
    bool hasUnsavedChanges() const;

    // Saves the shown template (what Save does); false: the reason is shown inline.
    bool save();
    // Puts the default back, stored (what "Reset to default" does).
    bool resetToDefault();
    // Inserts {{name}} at the cursor.
    void insertPlaceholder(const QString &name);

    void reject() override; // asks before unsaved changes are lost

private:
    QSplitter *createColumns();
    void kindChanged();
    void textChanged();
    void revalidate();
    void refreshList();

    const Session m_session;
    QListWidget *m_kinds = nullptr;
    QPlainTextEdit *m_editor = nullptr;
    QListWidget *m_placeholders = nullptr;
    MessageLabel *m_message = nullptr;
    QCheckBox *m_bsnOverride = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_reset = nullptr;
    QHash<int, QString> m_drafts; // unsaved text per kind
    QStringList m_problems;
    bool m_bsnFound = false;
    bool m_loading = false;
};

} // namespace pd::ui
