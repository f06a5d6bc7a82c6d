#pragma once

#include "registers/ProcessingRegister.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLineEdit;
class QPlainTextEdit;
class QTableWidget;

namespace pd {
class Store;
}

namespace pd::ui {

class MessageLabel;

// Adds or edits one processing activity of the register. Every field is checked as the user
// types (ProcessingRegister::validate and the BSN guard over all free texts); Save stays
// disabled until the activity may be stored, and what the store refuses is shown inline.
class ProcessingActivityDialog final : public QDialog
{
    Q_OBJECT
public:
    // activity.id == 0: a new activity.
    ProcessingActivityDialog(const Store &store, const ProcessingActivity &activity,
                             QWidget *parent = nullptr);

    ProcessingActivity activity() const; // what the form holds now
    QStringList problems() const; // what stops saving, as shown
    bool canSave() const;
    // Stores the activity (what Save does); false: the reason is shown inline.
    bool save();
    qint64 savedId() const { return m_savedId; }

    // Data category table columns after the name: the three flags a corporation meets most,
    // then the other special categories as codes.
    enum DataColumn { NameColumn, HealthColumn, CriminalColumn, NuisanceColumn, OtherColumn };

private:
    void createWidgets(const ProcessingActivity &activity);
    void fillPurposes(const QString &code);
    void purposeChosen();
    void addDataRow(const PersonalDataCategory &category);
    void revalidate();

    const Store &m_store;
    qint64 m_id = 0;
    qint64 m_savedId = 0;
    QComboBox *m_purposeChoice = nullptr;
    QLineEdit *m_purposeCode = nullptr;
    QLineEdit *m_purpose = nullptr;
    QLineEdit *m_subCode = nullptr;
    QLineEdit *m_subPurpose = nullptr;
    QLineEdit *m_name = nullptr;
    QPlainTextEdit *m_description = nullptr;
    QList<QCheckBox *> m_bases;
    QLineEdit *m_basisText = nullptr;
    QPlainTextEdit *m_subjects = nullptr;
    QTableWidget *m_data = nullptr;
    QPlainTextEdit *m_sources = nullptr;
    QPlainTextEdit *m_recipients = nullptr;
    QPlainTextEdit *m_processors = nullptr;
    QCheckBox *m_outsideEu = nullptr;
    QLineEdit *m_country = nullptr;
    QLineEdit *m_safeguard = nullptr;
    QLineEdit *m_retention = nullptr;
    QPlainTextEdit *m_security = nullptr;
    MessageLabel *m_message = nullptr;
    QCheckBox *m_bsnOverride = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QStringList m_problems;
    bool m_bsnFound = false;
};

} // namespace pd::ui
