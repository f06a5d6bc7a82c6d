#pragma once

#include "Retranslated.h"
#include "domain/DeadlineCalendar.h"
#include "organisation/OrganisationSettings.h"
#include "session/Session.h"
#include "util/Translations.h"

#include <QDialog>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QTabWidget;

namespace pd::ui {

class MessageLabel;

// Termijnen saves through CaseService::setPolicy, which also moves open requests' deadlines. Taal
// is per machine and applied at once (languageChosen()), so it stays on Cancel. Save writes only
// what changed.
class SettingsDialog final : public Retranslated<QDialog>
{
    Q_OBJECT
public:
    enum class Tab { Organisation, Deadlines, Language, Security };

    explicit SettingsDialog(const Session &session, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    void setCurrentTab(Tab tab);
    Tab currentTab() const;
    // As the form holds it now, not yet saved.
    DeadlinePolicy policy() const;
    // The law alone or an own term is chosen in the form (a new store has chosen neither).
    bool policyChosen() const;
    OrganisationDetails details() const;
    SecurityPolicy security() const;
    QString previewText() const;
    // Why the privacy officer's phone or e-mail is not acceptable, or empty.
    QString officerProblem() const;
    QString invalidReason() const;

public Q_SLOTS:
    bool save();

Q_SIGNALS:
    // The receiver installs it: one language switch, the main window's.
    void languageChosen(pd::UiLanguage language);
    // Views reload deadlines and the window title.
    void settingsSaved();

private:
    QWidget *buildOrganisationTab();
    void createOrganisationFields(QWidget *page);
    QFormLayout *createOrganisationForm();
    QWidget *buildDeadlinesTab();
    void createDeadlineFields(QWidget *page);
    void layOutDeadlinesTab(QWidget *page);
    void connectDeadlinesTab();
    // The policy's fields as saved; chosen: the store holds a policy.
    void loadPolicy(bool chosen);
    // The own term's fields only for an own term; "not chosen" while neither is.
    void updateChoice();
    // The unit follows the amount beside it: "1 dag", "30 dagen", "0 weken".
    static void nameUnits(QComboBox *combo, int amount);
    static QLabel *makeExplanation(QWidget *parent);
    QWidget *buildLanguageTab();
    QWidget *buildSecurityTab();
    void retranslateUi() override;
    void retranslateDeadlinesTab();
    void retranslateSecurityTab();
    void load();
    void updatePreview();
    void validate();
    void addClosingDay();
    void removeClosingDay();

    const Session m_session;
    DeadlinePolicy m_savedPolicy;
    // Its fields show no stored values and are not saved.
    QString m_policyReadError;
    OrganisationDetails m_savedDetails;
    SecurityPolicy m_savedSecurity;

    QTabWidget *m_tabs = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    MessageLabel *m_error = nullptr;

    QLabel *m_orgIntro = nullptr;
    QLabel *m_nameLabel = nullptr;
    QLineEdit *m_name = nullptr;
    QLabel *m_emailLabel = nullptr;
    QLineEdit *m_email = nullptr;
    MessageLabel *m_emailMessage = nullptr;
    QLabel *m_streetLabel = nullptr;
    QLineEdit *m_street = nullptr;
    QLabel *m_postcodeLabel = nullptr;
    QLineEdit *m_postcode = nullptr;
    QLineEdit *m_city = nullptr;
    MessageLabel *m_postcodeMessage = nullptr;
    QLabel *m_phoneLabel = nullptr;
    QLineEdit *m_phone = nullptr;
    MessageLabel *m_phoneMessage = nullptr;
    QLabel *m_fgNameLabel = nullptr;
    QLineEdit *m_fgName = nullptr;
    QLabel *m_fgEmailLabel = nullptr;
    QLineEdit *m_fgEmail = nullptr;
    MessageLabel *m_fgEmailMessage = nullptr;
    QCheckBox *m_noFg = nullptr; // organisation.no_fg
    QLabel *m_signatureRoleLabel = nullptr;
    QLineEdit *m_signatureRole = nullptr;
    QLabel *m_officerLabel = nullptr;
    QLabel *m_officerNameLabel = nullptr;
    QLineEdit *m_officerName = nullptr; // organisation.officer_name
    QLineEdit *m_officerPhone = nullptr;
    QLineEdit *m_officerEmail = nullptr;
    MessageLabel *m_officerMessage = nullptr;
    QLabel *m_portalLabel = nullptr;
    QLineEdit *m_portalName = nullptr; // organisation.portal_name ("mijn ieder1")
    QCheckBox *m_portalIdentifies = nullptr; // organisation.portal_identifies
    QLabel *m_automatedLabel = nullptr;
    QLineEdit *m_automated = nullptr; // the statement on automated decisions (art. 22 GDPR)
    QLabel *m_lettersNeed = nullptr; // what letters still need, or nothing
    MessageLabel *m_bsnMessage = nullptr;
    QCheckBox *m_notBsn = nullptr;

    QLabel *m_choiceLabel = nullptr;
    QButtonGroup *m_choice = nullptr;
    QRadioButton *m_lawAlone = nullptr;
    QRadioButton *m_ownTerm = nullptr;
    QLabel *m_notChosen = nullptr; // the choice is still to be made
    QLabel *m_termLabel = nullptr;
    QSpinBox *m_termAmount = nullptr;
    QComboBox *m_termUnit = nullptr;
    QLabel *m_extensionLabel = nullptr;
    QSpinBox *m_extensionAmount = nullptr;
    QComboBox *m_extensionUnit = nullptr;
    QCheckBox *m_move = nullptr;
    QLabel *m_modelLabel = nullptr;
    QRadioButton *m_pause = nullptr;
    QLabel *m_pauseText = nullptr;
    QRadioButton *m_restart = nullptr;
    QLabel *m_restartText = nullptr;
    QLabel *m_withinLabel = nullptr;
    QSpinBox *m_within = nullptr;
    QLabel *m_withinSuffix = nullptr;
    QLabel *m_closingLabel = nullptr;
    QListWidget *m_closingDays = nullptr;
    QDateEdit *m_closingDate = nullptr;
    QPushButton *m_addClosing = nullptr;
    QPushButton *m_removeClosing = nullptr;
    QLabel *m_legalNote = nullptr;
    QLabel *m_preview = nullptr;

    QLabel *m_languageIntro = nullptr;
    QRadioButton *m_dutch = nullptr;
    QRadioButton *m_english = nullptr;

    QLabel *m_securityIntro = nullptr;
    QLabel *m_autoLockLabel = nullptr;
    QSpinBox *m_autoLock = nullptr;
    QLabel *m_autoLockText = nullptr;
    QLabel *m_backupReminderLabel = nullptr;
    QSpinBox *m_backupReminder = nullptr;
    QLabel *m_backupReminderText = nullptr;
    QLabel *m_attachmentLimitLabel = nullptr;
    QSpinBox *m_attachmentLimit = nullptr;
    QLabel *m_attachmentLimitText = nullptr;
    QLabel *m_readerLabel = nullptr;
    QSpinBox *m_readerSeconds = nullptr;
    QSpinBox *m_readerMemory = nullptr;
    QLabel *m_readerText = nullptr;
    QLabel *m_lastBackup = nullptr;
    QLabel *m_lastIntegrityCheck = nullptr;
};

} // namespace pd::ui
