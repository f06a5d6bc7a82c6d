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

namespace pd::ui {

class MessageLabel;
class PersonSearchWidget;

// Nothing is recorded: Privacydesk sends nothing to the AP.
class BreachNotificationDialog final : public QDialog
{
    Q_OBJECT
public:
    BreachNotificationDialog(const Session &session, const QString &number,
                             QWidget *parent = nullptr);

    const std::optional<BreachNotificationContent> &content() const { return m_content; }
    QString message() const;
    bool saveAsPdf(const QString &path);
    // False when nothing could be read.
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

class BreachPersonsDialog final : public QDialog
{
    Q_OBJECT
public:
    BreachPersonsDialog(const Session &session, const Breach &breach, QWidget *parent = nullptr);

    PersonSearchWidget *search() const { return m_search; }
    // False when none is chosen or already linked.
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

// Recorded (BreachLetterService) exactly as shown, once CUPS accepted it or the file was written.
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
    QCheckBox *m_confirmNotBsn = nullptr;
    QPushButton *m_print = nullptr;
    QPushButton *m_save = nullptr;
};

// Marks its person informed. A BSN in "how" is stopped unless confirmed not to be one.
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
    bool save(BsnCheck bsnCheck, ServiceError *error) override;

private:
    QString m_number;
    QString m_readError; // the letters could not be read
    QComboBox *m_letter = nullptr;
    QDateEdit *m_date = nullptr;
    QLineEdit *m_how = nullptr;
};

} // namespace pd::ui
