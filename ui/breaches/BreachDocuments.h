#pragma once

#include "breaches/Breach.h"
#include "breaches/BreachDialogs.h"
#include "documents/BreachNotification.h"
#include "documents/DocumentPreview.h"
#include "letters/BreachLetters.h"
#include "session/Session.h"
#include "util/Clock.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTextBrowser;

namespace pd {
class Store;
}

namespace pd::ui {

class MessageLabel;
class PersonSearchWidget;

// "Prepare the AP notification…": the notification as BreachNotification prepares it,
// to print (DocumentPreview, the CUPS path), to save as PDF and to copy as text into the AP's web
// form. Nothing is recorded: Privacydesk sends nothing to the AP.
class BreachNotificationDialog final : public QDialog
{
    Q_OBJECT
public:
    BreachNotificationDialog(const Session &session, const QString &number,
                             QWidget *parent = nullptr);

    const std::optional<BreachNotificationContent> &content() const { return m_content; }
    QString message() const;
    bool saveAsPdf(const QString &path);
    // Puts the text for the AP's form on the clipboard; false when nothing could be read.
    bool copyText();
    bool print(); // the print dialog at once
    QDialog *preview(); // the print preview (objectName "printPreview")
    DocumentPreview::Document printable() const;

private:
    void askAndSave();

    const Session m_session;
    QString m_number;
    std::optional<BreachNotificationContent> m_content;
    QTextBrowser *m_preview = nullptr;
    MessageLabel *m_message = nullptr;
    QPushButton *m_print = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_copy = nullptr;
};

// "Link persons…": the persons concerned where known, found as on the intake (PersonSearchWidget:
// customer number, postcode + house number, or name) and saved with BreachService::linkPersons.
class BreachPersonsDialog final : public QDialog
{
    Q_OBJECT
public:
    BreachPersonsDialog(const Session &session, const Breach &breach, QWidget *parent = nullptr);

    PersonSearchWidget *search() const { return m_search; }
    // Adds the person chosen in the search; false when none is chosen (or already linked).
    bool addChosen();
    bool addPerson(qint64 id, const QString &text);
    void removeAt(int row);
    QList<qint64> personIds() const;
    QListWidget *list() const { return m_list; }
    QString message() const;

    void accept() override; // saves; stays open with the reason when the store refuses

private:
    const Session m_session;
    QString m_number;
    PersonSearchWidget *m_search = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QListWidget *m_list = nullptr;
    MessageLabel *m_message = nullptr;
};

// "Make the notice…": the letter "kennisgeving datalek" to one linked person, previewed as it
// will be sent; "Print…" (recorded once CUPS accepted the job) or "Save as PDF…" (recorded once
// written) record it with BreachLetterService, exactly as shown.
class BreachLetterDialog final : public QDialog
{
    Q_OBJECT
public:
    BreachLetterDialog(const Session &session, const QString &number, qint64 personId,
                       QWidget *parent = nullptr);

    const std::optional<RenderedBreachLetter> &rendered() const { return m_rendered; }
    const std::optional<BreachLetter> &recorded() const { return m_recorded; }
    QString message() const;
    bool saveAsPdf(const QString &path);
    bool recordShown();
    bool print(); // the print dialog at once, recorded
    QDialog *preview(); // the print preview, recorded when printed from it
    DocumentPreview::Document printable() const;

Q_SIGNALS:
    void letterRecorded();

private:
    void askAndSave();

    const Session m_session;
    QString m_number;
    std::optional<RenderedBreachLetter> m_rendered;
    std::optional<BreachLetter> m_recorded;
    QTextBrowser *m_preview = nullptr;
    MessageLabel *m_message = nullptr;
    QCheckBox *m_bsnOverride = nullptr;
    QPushButton *m_print = nullptr;
    QPushButton *m_save = nullptr;
};

// "Sent on…": the day a notice letter went out and how (BreachLetterService::recordDispatch),
// which marks its person informed. A BSN in "how" is stopped unless confirmed not to be one,
// as in the other breach dialogs.
class BreachDispatchDialog final : public BreachFormDialog
{
    Q_OBJECT
public:
    BreachDispatchDialog(const Session &session, const Breach &breach, QWidget *parent = nullptr);

    QComboBox *letterBox() const { return m_letter; }
    QDateEdit *dateEdit() const { return m_date; }
    QLineEdit *howEdit() const { return m_how; }

protected:
    QString check() const override;
    QList<QPair<QString, QString>> freeTexts() const override;
    bool save(bool bsnOverride, ServiceError *error) override;

private:
    QString m_number;
    QString m_readError; // the letters could not be read
    QComboBox *m_letter = nullptr;
    QDateEdit *m_date = nullptr;
    QLineEdit *m_how = nullptr;
};

} // namespace pd::ui
