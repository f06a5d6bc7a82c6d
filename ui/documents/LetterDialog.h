#pragma once

#include "letters/Letters.h"
#include "session/Session.h"
#include "util/Clock.h"

#include <QDialog>

#include <functional>
#include <optional>

class QCheckBox;
class QComboBox;
class QPagedPaintDevice;
class QPushButton;
class QTextBrowser;

namespace pd::ui {

class MessageLabel;

// The letter as a PDF at path, kept only once recorded() has put it on record: nothing leaves
// Privacydesk that is not on record. False with the reason in message (or said by recorded()).
bool saveRecordedPdf(const Store &store, const QString &html, const QString &title,
                     const QString &path, MessageLabel *message,
                     const std::function<bool()> &recorded);

// What is recorded (LetterService::record, with its SHA-256) is exactly what was shown, edited by
// hand or not; when the store refuses, the reason is shown inline.
class LetterDialog final : public QDialog
{
    Q_OBJECT
public:
    LetterDialog(const Session &session, const QString &caseNumber, QWidget *parent = nullptr);

    // Shown even when not available, with the reason.
    void setKind(LetterKind kind);
    LetterKind kind() const;
    bool isAvailable(LetterKind kind) const;
    // nullopt while the chosen kind is not available.
    const std::optional<RenderedLetter> &rendered() const { return m_rendered; }
    QString message() const; // the inline reason or warning shown
    QString shownHtml() const;
    bool isEdited() const;

    // False: the reason is shown inline and no letter is recorded.
    bool saveAsPdf(const QString &path);
    bool recordShown(const std::optional<LetterPrintJob> &printed = std::nullopt);
    int printTo(QPagedPaintDevice *device) const;
    // Recorded only once CUPS accepted the job.
    bool print();

    // Records the letter shown (its PDF goes in the e-mail) and asks for it to be sent.
    bool recordForMail();

Q_SIGNALS:
    void letterRecorded(const pd::Letter &letter);
    // After recordForMail: the caller opens the sending (the dialog closes).
    void mailRequested(const pd::Letter &letter);

private:
    void setUpMailButton();
    void fillKinds(); // and opens on the letter that comes next
    void refresh();
    void askAndSave();
    void updateButtons();
    void setEditing(bool editing);
    RenderedLetter shownLetter() const;

    const Session m_session;
    QString m_number;
    QList<LetterAvailability> m_availability;
    std::optional<RenderedLetter> m_rendered;
    QComboBox *m_kind = nullptr;
    MessageLabel *m_message = nullptr;
    QTextBrowser *m_preview = nullptr;
    QCheckBox *m_edit = nullptr;
    QCheckBox *m_confirmNotBsn = nullptr;
    QPushButton *m_print = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_mail = nullptr;
    std::optional<Letter> m_recorded; // the last letter recorded here
    bool m_printedOnce = false; // this letter was printed and recorded
};

} // namespace pd::ui
