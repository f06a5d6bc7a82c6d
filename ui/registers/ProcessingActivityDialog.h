#pragma once

#include "registers/ProcessingRegister.h"
#include "session/Session.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace pd::ui {

class MessageLabel;

// Read only for a role that may read the register but not change it: no Save, and save() does not
// even ask the service, so that no keystroke attempts a write (refused with a user.denied event).
class ProcessingActivityDialog final : public QDialog
{
    Q_OBJECT
public:
    // activity.id == 0: a new activity.
    ProcessingActivityDialog(const Session &session, const ProcessingActivity &activity,
                             QWidget *parent = nullptr);

    bool isReadOnly() const { return m_readOnly; }

    ProcessingActivity activity() const; // what the form holds now
    QStringList problems() const; // what stops saving, as shown
    bool canSave() const; // false when read only
    // False: the reason is shown inline; read only: false, without a call to the service.
    bool save();
    qint64 savedId() const { return m_savedId; }

    // Health is art. 9 data, criminal art. 10, nuisance neither. The table is the one place these
    // are marked; the exception and basis rows follow it.
    enum DataColumn { NameColumn, HealthColumn, CriminalColumn, NuisanceColumn, OtherColumn };

private:
    void createWidgets(const ProcessingActivity &activity);
    // Top to bottom: the tab order follows the order they are made in.
    void addPurposeRows(QFormLayout *form, const ProcessingActivity &a);
    void addBasisRows(QFormLayout *form, const ProcessingActivity &a);
    void addDataRows(QFormLayout *form, const ProcessingActivity &a);
    void addFlowRows(QFormLayout *form, const ProcessingActivity &a);
    void fillPurposes(const QString &code);
    void purposeChosen();
    void addDataRow(const PersonalDataCategory &category);
    void makeReadOnly(const QString &note);
    // The art. 9 exception and art. 10 basis fields are on when the table's marks require them.
    void updateArticleFields();
    void revalidate();

    const Session m_session;
    qint64 m_id = 0;
    qint64 m_savedId = 0;
    bool m_readOnly = false;
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
    QLabel *m_subjectsNote = nullptr; // the subjects that name no relation (DataSubjects)
    QTableWidget *m_data = nullptr;
    QPushButton *m_addData = nullptr;
    QPushButton *m_removeData = nullptr;
    QPlainTextEdit *m_sources = nullptr;
    QPlainTextEdit *m_recipients = nullptr;
    QPlainTextEdit *m_processors = nullptr;
    QPlainTextEdit *m_systems = nullptr;
    QComboBox *m_art9Exception = nullptr;
    QLineEdit *m_criminalBasis = nullptr;
    QCheckBox *m_outsideEu = nullptr;
    QCheckBox *m_anonymous = nullptr; // A survey's answers processed anonymously
    QLineEdit *m_country = nullptr;
    QLineEdit *m_safeguard = nullptr;
    QLineEdit *m_retention = nullptr;
    QPlainTextEdit *m_security = nullptr;
    MessageLabel *m_message = nullptr;
    QLabel *m_readOnlyNote = nullptr;
    QCheckBox *m_confirmNotBsn = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QStringList m_problems;
    QString m_purposesError; // the main purposes could not be read: shown, and no Save
    bool m_bsnFound = false;
    bool m_art9Required = false; // the table marks art. 9 data
    bool m_criminalRequired = false; // the table marks criminal data
};

} // namespace pd::ui
