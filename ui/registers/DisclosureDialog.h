#pragma once

#include "registers/Disclosures.h"
#include "registers/Recipients.h"
#include "session/Session.h"
#include "util/Clock.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QFormLayout;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;

namespace pd::ui {

class MessageLabel;

// BSN findings in several fields as one inline warning, masked numbers only.
QDateEdit *registerDateEdit(QDate date, QWidget *parent);
QString bsnWarning(const QList<QPair<QString, QString>> &fields);
QListWidget *dataCategoryList(QWidget *parent);
QList<DataCategory> checkedCategories(const QListWidget *list);
void checkCategories(QListWidget *list, const QList<DataCategory> &categories);

// The agreement fields appear for processors only.
class RecipientDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit RecipientDialog(const Session &session, QWidget *parent = nullptr);

    void setName(const QString &name);
    Recipient recipient() const; // the values as entered
    std::optional<Recipient> added() const { return m_added; }
    QString problem() const; // what blocks saving, or empty

    void accept() override;

private:
    void validate();

    const Session m_session;
    QLineEdit *m_name = nullptr;
    QComboBox *m_category = nullptr;
    QComboBox *m_role = nullptr;
    QLineEdit *m_contact = nullptr;
    QWidget *m_agreementBox = nullptr;
    QDateEdit *m_signed = nullptr;
    QDateEdit *m_review = nullptr;
    QLineEdit *m_processes = nullptr;
    QLineEdit *m_location = nullptr;
    QCheckBox *m_notBsn = nullptr;
    MessageLabel *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    std::optional<Recipient> m_added;
    QString m_readError; // the categories could not be read: shown, and no Save
};

class DisclosureDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit DisclosureDialog(const Session &session, QWidget *parent = nullptr);

    // Prefill from a case or a person.
    void addPerson(qint64 personId);
    void setCaseNumber(const QString &number);
    void setRecipient(qint64 recipientId);

    Disclosure disclosure() const; // the values as entered
    QString problem() const; // what blocks saving, or empty
    std::optional<Disclosure> added() const { return m_added; }

    // For tests and the keyboard.
    QLineEdit *personSearch() const { return m_personSearch; }
    QListWidget *personResults() const { return m_personResults; }
    void chooseResult(int row);

    // Numbers that name nobody block saving until the officer confirms leaving them out. False when
    // the list could not be read.
    bool loadPersonsCsv(const QString &path);
    QString csvPreview() const; // the count and what was left out, as shown
    QCheckBox *leaveOutUnknown() const { return m_skipUnknown; }
    void setCovenant(qint64 covenantId);

    void accept() override;

private:
    void createWidgets();
    void createListWidgets();
    void layOutWidgets();
    void connectWidgets();
    void fillRecipients(qint64 select);
    void newRecipient();
    void searchPersons();
    void removeSelectedPerson();
    void validate();
    void fillCovenants();
    void chooseCsv();
    QList<QPair<QString, QString>> freeTexts() const;

    const Session m_session;
    QDateEdit *m_date = nullptr;
    QComboBox *m_recipient = nullptr;
    QPushButton *m_newRecipient = nullptr;
    QLineEdit *m_personSearch = nullptr;
    QListWidget *m_personResults = nullptr;
    QListWidget *m_persons = nullptr;
    QListWidget *m_data = nullptr;
    QLineEdit *m_dataText = nullptr;
    QLineEdit *m_purpose = nullptr;
    QComboBox *m_basis = nullptr;
    QLineEdit *m_basisText = nullptr;
    QLineEdit *m_requestedBy = nullptr;
    QLineEdit *m_case = nullptr;
    QRadioButton *m_informed = nullptr;
    QRadioButton *m_prohibited = nullptr;
    QRadioButton *m_pending = nullptr;
    QDateEdit *m_informedOn = nullptr;
    QLineEdit *m_reason = nullptr;
    QLabel *m_bsnWarning = nullptr;
    QCheckBox *m_notBsn = nullptr;
    MessageLabel *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QFormLayout *m_form = nullptr;
    QHBoxLayout *m_csvRow = nullptr;
    QPushButton *m_csvButton = nullptr;
    QLabel *m_csvSummary = nullptr;
    QPlainTextEdit *m_csvProblems = nullptr;
    QCheckBox *m_skipUnknown = nullptr;
    QComboBox *m_covenant = nullptr;
    std::optional<DisclosurePersonList> m_csv;
    QString m_csvName;
    std::optional<Disclosure> m_added;
    QString m_recipientsError; // the catalogue could not be read: shown, and no Save
    QString m_searchFailure; // the last person search failed: shown, never "nobody found"
};

} // namespace pd::ui
