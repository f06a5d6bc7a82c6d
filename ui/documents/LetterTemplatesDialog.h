#pragma once

#include "letters/Letters.h"
#include "session/Session.h"
#include "util/Clock.h"
#include "util/ServiceError.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSplitter;

namespace pd::ui {

class MessageLabel;

// Saving stops on unknown placeholders, a decision without {{rechtsmiddelen}} and an unconfirmed
// BSN; every save and reset is logged (LetterService).
class LetterTemplatesDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit LetterTemplatesDialog(const Session &session, QWidget *parent = nullptr);

    void selectKind(LetterKind kind);
    LetterKind kind() const;
    QPlainTextEdit *editor() const { return m_editor; }
    // The e-mail a letter is sent with (MailTextService) instead of the letter itself.
    QCheckBox *mailTextBox() const { return m_mailText; }
    QStringList problems() const { return m_problems; } // what stops saving now
    bool hasUnsavedChanges() const;

    bool save();
    bool resetToDefault();
    void insertPlaceholder(const QString &name);

    void reject() override; // asks before unsaved changes are lost

private:
    QSplitter *createColumns();
    void kindChanged();
    void textChanged();
    void revalidate();
    void refreshList();
    bool stored(bool ok, const ServiceError &error);
    bool mailMode() const;
    int draftKey(LetterKind kind) const;
    LetterTemplate storedText(LetterKind kind) const;

    const Session m_session;
    QListWidget *m_kinds = nullptr;
    QPlainTextEdit *m_editor = nullptr;
    QListWidget *m_placeholders = nullptr;
    MessageLabel *m_message = nullptr;
    QCheckBox *m_confirmNotBsn = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_reset = nullptr;
    QCheckBox *m_mailText = nullptr;
    QHash<int, QString> m_drafts; // unsaved text per kind (draftKey: a letter's or its e-mail's)
    QStringList m_problems;
    bool m_bsnFound = false;
    bool m_loading = false;
};

} // namespace pd::ui
