#pragma once

#include "letters/Letters.h"
#include "session/Session.h"
#include "util/Clock.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QPagedPaintDevice;
class QPushButton;
class QTextBrowser;

namespace pd {
class Store;
}

namespace pd::ui {

class MessageLabel;

// Writes a letter to the data subject of one request: the kinds that make sense for the
// request now (the others disabled, with the reason as tooltip), a preview of the letter as it
// will be sent, and "Print…" (straight to the print dialog) or "Save as PDF…". Each records
// the letter with its SHA-256 and a case.letter event (LetterService::record), so what is
// recorded is exactly what was shown; when the store refuses, the reason is shown inline.
// "Edit the text" makes the preview editable for a last change before the letter is
// made: what is printed, saved and recorded is then the edited text, and its case.letter event
// says it was edited by hand.
//
// Hook: `auto *d = new LetterDialog(store, number, this); d->setAttribute(Qt::WA_DeleteOnClose);
// d->open();` and connect letterRecorded() to refresh the timeline.
class LetterDialog final : public QDialog
{
    Q_OBJECT
public:
    LetterDialog(const Session &session, const QString &caseNumber, QWidget *parent = nullptr);

    // Selects a kind (it is shown even when not available, with the reason).
    void setKind(LetterKind kind);
    LetterKind kind() const;
    bool isAvailable(LetterKind kind) const;
    // The letter as shown; nullopt while the chosen kind is not available.
    const std::optional<RenderedLetter> &rendered() const { return m_rendered; }
    QString message() const; // the inline reason or warning shown
    // The letter's text as it will be made: the officer's edit, or as rendered.
    QString shownHtml() const;
    bool isEdited() const;

    // Writes the shown letter to path and records it (what "Save as PDF…" does after asking
    // where). False: the reason is shown inline and no letter is recorded.
    bool saveAsPdf(const QString &path);
    // Records the shown letter (what a print CUPS accepted does, with its job).
    bool recordShown(const std::optional<LetterPrintJob> &printed = std::nullopt);
    int printTo(QPagedPaintDevice *device) const;
    // "Print…": the print dialog at once; recorded once CUPS accepted the job
    // (DocumentPreview::print). False when nothing was printed (the reason shown inline).
    bool print();

Q_SIGNALS:
    void letterRecorded(const pd::Letter &letter);

private:
    void refresh();
    void askAndSave();
    void updateButtons();
    void setEditing(bool editing);
    // The rendered letter with the officer's edit, as recorded.
    RenderedLetter shownLetter() const;

    const Session m_session;
    QString m_number;
    QList<LetterAvailability> m_availability;
    std::optional<RenderedLetter> m_rendered;
    QComboBox *m_kind = nullptr;
    MessageLabel *m_message = nullptr;
    QTextBrowser *m_preview = nullptr;
    QCheckBox *m_edit = nullptr;
    QCheckBox *m_bsnOverride = nullptr;
    QPushButton *m_print = nullptr;
    QPushButton *m_save = nullptr;
    bool m_printedOnce = false; // this letter was printed and recorded
};

} // namespace pd::ui
