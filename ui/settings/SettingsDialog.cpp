#include "settings/SettingsDialog.h"

#include "DeskAccess.h"
#include "FormFields.h"
#include "HelpWindow.h"
#include "Icons.h"
#include "MessageLabel.h"
#include "Named.h"
#include "QuietLabel.h"
#include "Settings.h"
#include "WindowSize.h"
#include "backup/BackupReminder.h"
#include "backup/IntegrityWatch.h"
#include "cases/Attachments.h"
#include "cases/CaseService.h"
#include "domain/BsnGuard.h"
#include "domain/InputLimits.h"
#include "settings/VeraSystemsWidget.h"
#include "store/Store.h"
#include "util/Clock.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QShortcut>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace pd::ui {

namespace {

bool samePolicy(const DeadlinePolicy &a, const DeadlinePolicy &b)
{
    return a.base == b.base && a.extension == b.extension
        && a.moveToWorkingDay == b.moveToWorkingDay
        && a.identificationModel == b.identificationModel
        && a.identificationRequestWithinDays == b.identificationRequestWithinDays
        && a.closingDays == b.closingDays;
}

} // namespace

SettingsDialog::SettingsDialog(const Session &session, QWidget *parent)
    : Retranslated(parent)
    , m_session(session)
    , m_tabs(named<QTabWidget>(QStringLiteral("tabs"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
    , m_error(named<MessageLabel>(QStringLiteral("errorMessage"), this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setHelpTopic(this, HelpTopic::Settings);
    setWindowIcon(icons::application());
    m_tabs->addTab(buildOrganisationTab(), QString());
    m_tabs->addTab(buildDeadlinesTab(), QString());
    m_tabs->addTab(buildLanguageTab(), QString());
    m_tabs->addTab(buildSecurityTab(), QString());
    // The organisation's VERA systems: changed at once, each with its own event, not by Save.
    if (DeskAccess::of(session).may(Permission::ViewRegisters))
        m_tabs->addTab(new VeraSystemsWidget(session, m_tabs), QString());
    m_buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveButton"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    load();
    retranslateUi();
    resizeWithinScreen(this, QSize(680, 600));
}

QLabel *SettingsDialog::makeExplanation(QWidget *parent)
{
    QLabel *label = quietLabel(parent);
    label->setIndent(24);
    return label;
}

SettingsDialog::~SettingsDialog() = default;

QWidget *SettingsDialog::buildOrganisationTab()
{
    auto *page = new QWidget(m_tabs);
    createOrganisationFields(page);
    QFormLayout *form = createOrganisationForm();

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_orgIntro);
    layout->addSpacing(6);
    layout->addLayout(form);
    layout->addWidget(m_lettersNeed);
    layout->addWidget(m_bsnMessage);
    layout->addWidget(m_notBsn);
    layout->addStretch(1);

    // In the order of the form, which is the tab order.
    const QList<QLineEdit *> edits { m_name,          m_email,       m_street,       m_postcode,
                                     m_city,          m_phone,       m_fgName,       m_fgEmail,
                                     m_signatureRole, m_officerName, m_officerPhone, m_officerEmail,
                                     m_portalName,    m_automated };
    for (qsizetype i = 0; i < edits.size(); ++i) {
        connect(edits.at(i), &QLineEdit::textChanged, this, &SettingsDialog::validate);
        setTabOrder(edits.at(i),
                    i + 1 < edits.size() ? static_cast<QWidget *>(edits.at(i + 1)) : m_notBsn);
    }
    connect(m_notBsn, &QCheckBox::toggled, this, &SettingsDialog::validate);
    return page;
}

// The organisation as its letters name it, its privacy officer (FG), and the BSN guard.
void SettingsDialog::createOrganisationFields(QWidget *page)
{
    m_orgIntro = new QLabel(page);
    m_orgIntro->setWordWrap(true);
    m_nameLabel = new QLabel(page);
    m_name = limitedEdit(QStringLiteral("organisationName"), InputLimits::maxName, page);
    m_emailLabel = new QLabel(page);
    m_email = limitedEdit(QStringLiteral("privacyEmail"), InputLimits::maxShortText, page);
    m_emailMessage = named<MessageLabel>(QStringLiteral("emailMessage"), page);
    m_streetLabel = new QLabel(page);
    m_street = limitedEdit(QStringLiteral("street"), InputLimits::maxShortText, page);
    m_postcodeLabel = new QLabel(page);
    m_postcode = limitedEdit(QStringLiteral("postcode"), InputLimits::maxPostcode, page);
    m_postcode->setMaximumWidth(100);
    m_city = limitedEdit(QStringLiteral("city"), InputLimits::maxShortText, page);
    m_postcodeMessage = named<MessageLabel>(QStringLiteral("postcodeMessage"), page);
    m_phoneLabel = new QLabel(page);
    m_phone = limitedEdit(QStringLiteral("phone"), InputLimits::maxPhone, page);
    m_phoneMessage = named<MessageLabel>(QStringLiteral("phoneMessage"), page);
    m_fgNameLabel = new QLabel(page);
    m_fgName = limitedEdit(QStringLiteral("fgName"), InputLimits::maxName, page);
    m_fgEmailLabel = new QLabel(page);
    m_fgEmail = limitedEdit(QStringLiteral("fgEmail"), InputLimits::maxShortText, page);
    m_fgEmailMessage = named<MessageLabel>(QStringLiteral("fgEmailMessage"), page);
    m_noFg = named<QCheckBox>(QStringLiteral("noFg"), page);
    // No FG named beside "none": the register would say both.
    connect(m_noFg, &QCheckBox::toggled, this, [this](bool none) {
        if (none) {
            m_fgName->clear();
            m_fgEmail->clear();
        }
        m_fgName->setEnabled(!none);
        m_fgEmail->setEnabled(!none);
    });
    m_signatureRoleLabel = new QLabel(page);
    m_signatureRole = limitedEdit(QStringLiteral("signatureRole"), InputLimits::maxName, page);
    m_signatureRoleLabel->setBuddy(m_signatureRole);
    m_officerLabel = new QLabel(page);
    m_officerNameLabel = new QLabel(page);
    m_officerName = limitedEdit(QStringLiteral("officerName"), InputLimits::maxName, page);
    m_officerPhone = limitedEdit(QStringLiteral("officerPhone"), InputLimits::maxPhone, page);
    m_officerEmail = limitedEdit(QStringLiteral("officerEmail"), InputLimits::maxShortText, page);
    m_officerLabel->setBuddy(m_officerPhone);
    m_officerNameLabel->setBuddy(m_officerName);
    m_officerMessage = named<MessageLabel>(QStringLiteral("officerMessage"), page);
    m_portalLabel = new QLabel(page);
    m_portalName = limitedEdit(QStringLiteral("portalName"), InputLimits::maxName, page);
    m_portalLabel->setBuddy(m_portalName);
    m_portalIdentifies = named<QCheckBox>(QStringLiteral("portalIdentifies"), page);
    m_automatedLabel = new QLabel(page);
    m_automated = limitedEdit(QStringLiteral("automatedDecisions"),
                              OrganisationSettings::maxAutomatedDecisionsLength, page);
    m_automatedLabel->setBuddy(m_automated);
    m_lettersNeed = named<QLabel>(QStringLiteral("lettersNeed"), page);
    m_lettersNeed->setWordWrap(true);
    setQuiet(m_lettersNeed);
    m_phoneLabel->setBuddy(m_phone);
    m_fgNameLabel->setBuddy(m_fgName);
    m_fgEmailLabel->setBuddy(m_fgEmail);
    m_bsnMessage = named<MessageLabel>(QStringLiteral("bsnMessage"), page);
    m_notBsn = named<QCheckBox>(QStringLiteral("notBsn"), page);
    m_notBsn->hide();
    m_nameLabel->setBuddy(m_name);
    m_emailLabel->setBuddy(m_email);
    m_streetLabel->setBuddy(m_street);
    m_postcodeLabel->setBuddy(m_postcode);
}

// The fields with their messages below them; postcode and city on one row.
QFormLayout *SettingsDialog::createOrganisationForm()
{
    const auto fieldWithMessage = [](QWidget *field, MessageLabel *message) {
        auto *box = new QVBoxLayout;
        box->setSpacing(0);
        box->addWidget(field);
        box->addWidget(message);
        return box;
    };
    auto *placeRow = new QHBoxLayout;
    placeRow->addWidget(m_postcode);
    placeRow->addWidget(m_city, 1);
    auto *placeBox = new QVBoxLayout;
    placeBox->setSpacing(0);
    placeBox->addLayout(placeRow);
    placeBox->addWidget(m_postcodeMessage);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(m_nameLabel, m_name);
    form->addRow(m_emailLabel, fieldWithMessage(m_email, m_emailMessage));
    form->addRow(m_streetLabel, m_street);
    form->addRow(m_postcodeLabel, placeBox);
    form->addRow(m_phoneLabel, fieldWithMessage(m_phone, m_phoneMessage));
    form->addRow(m_fgNameLabel, m_fgName);
    form->addRow(m_fgEmailLabel, fieldWithMessage(m_fgEmail, m_fgEmailMessage));
    form->addRow(QString(), m_noFg);
    form->addRow(m_signatureRoleLabel, m_signatureRole);
    auto *officerRow = new QHBoxLayout;
    officerRow->addWidget(m_officerPhone);
    officerRow->addWidget(m_officerEmail, 1);
    auto *officerBox = new QVBoxLayout;
    officerBox->setSpacing(0);
    officerBox->addLayout(officerRow);
    officerBox->addWidget(m_officerMessage);
    form->addRow(m_officerNameLabel, m_officerName);
    form->addRow(m_officerLabel, officerBox);
    form->addRow(m_portalLabel, m_portalName);
    form->addRow(QString(), m_portalIdentifies);
    form->addRow(m_automatedLabel, m_automated);
    return form;
}

QWidget *SettingsDialog::buildLanguageTab()
{
    auto *page = new QWidget(m_tabs);
    m_languageIntro = new QLabel(page);
    m_languageIntro->setWordWrap(true);
    // Language names are written in their own language, so they are not translated.
    m_dutch
        = named<QRadioButton>(QStringLiteral("languageDutch"), QStringLiteral("Nederlands"), page);
    m_english
        = named<QRadioButton>(QStringLiteral("languageEnglish"), QStringLiteral("English"), page);
    (settings::language() == UiLanguage::English ? m_english : m_dutch)->setChecked(true);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_languageIntro);
    layout->addSpacing(6);
    layout->addWidget(m_dutch);
    layout->addWidget(m_english);
    layout->addStretch(1);
    connect(m_dutch, &QRadioButton::toggled, this, [this](bool on) {
        if (on)
            Q_EMIT languageChosen(UiLanguage::Dutch);
    });
    connect(m_english, &QRadioButton::toggled, this, [this](bool on) {
        if (on)
            Q_EMIT languageChosen(UiLanguage::English);
    });
    return page;
}

void SettingsDialog::retranslateUi()
{
    setWindowTitle(tr("Settings — Privacydesk"));
    m_tabs->setTabText(0, tr("&Organisation"));
    m_tabs->setTabText(1, tr("&Deadlines"));
    m_tabs->setTabText(2, tr("&Language"));
    // No letter of "Systems" is free in English; the Dutch is "S&ystemen".
    if (m_tabs->count() > 4)
        m_tabs->setTabText(4, tr("Systems"));
    m_buttons->button(QDialogButtonBox::Save)->setText(tr("&Save"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));

    m_orgIntro->setText(tr("These details appear in letters to data subjects and in the "
                           "complaint dossier for the Autoriteit Persoonsgegevens."));
    m_nameLabel->setText(tr("&Name:"));
    m_emailLabel->setText(tr("Privacy &e-mail:"));
    m_email->setPlaceholderText(tr("e.g. privacy@woonstichting.nl"));
    m_streetLabel->setText(tr("Postal add&ress:"));
    m_street->setPlaceholderText(tr("Street and number, or PO box"));
    m_postcodeLabel->setText(tr("&Postcode and city:"));
    // The label names the postcode; the city beside it gets its own name.
    //: Dutch: "Plaats"
    m_city->setAccessibleName(tr("City"));
    m_postcode->setPlaceholderText(tr("1234 AB"));
    m_city->setPlaceholderText(tr("City"));
    m_phoneLabel->setText(tr("P&hone:"));
    m_phone->setPlaceholderText(tr("e.g. 030 123 45 67"));
    m_fgNameLabel->setText(tr("Data protection o&fficer:"));
    m_fgName->setPlaceholderText(tr("Name of the functionaris gegevensbescherming (FG)"));
    m_fgEmailLabel->setText(tr("FG's e-&mail:"));
    m_fgEmail->setPlaceholderText(tr("e.g. fg@woonstichting.nl"));
    //: Dutch: "&Zonder functionaris gegevensbescherming (FG)"
    m_noFg->setText(tr("&Without a data protection officer (FG)"));
    //: Dutch: "Het register van verwerkingen zegt dan ‘geen functionaris gegevensbescherming’
    //: in plaats van ‘niet ingevuld’ (artikel 37 AVG)."
    m_noFg->setToolTip(tr("The register of processing activities then says ‘no data protection "
                          "officer’ rather than ‘not filled in’ (article 37 GDPR)."));
    //: Dutch: "Fun&ctie onder brieven:"
    m_signatureRoleLabel->setText(tr("T&itle under letters:"));
    //: Dutch: "functionaris gegevensbescherming, Privacy Officer, …"
    m_signatureRole->setPlaceholderText(tr("functionaris gegevensbescherming, Privacy Officer, …"));
    //: Dutch: "Zonder FG (artikel 37 AVG): kies een titel die geen FG claimt, zoals Privacy
    //: Officer."
    m_signatureRole->setToolTip(tr("Without an FG (article 37 GDPR): choose a title that does "
                                   "not claim one, such as Privacy Officer."));
    //: Dutch: "Privacy officer &rechtstreeks:"
    m_officerLabel->setText(tr("Privacy officer dire&ct:"));
    //: Dutch: "Pri&vacy officer (naam):"
    m_officerNameLabel->setText(tr("Pri&vacy officer (name):"));
    //: Dutch: "Alleen als de privacy officer niet de FG is"
    m_officerName->setPlaceholderText(tr("Only when the privacy officer is not the FG"));
    m_officerName->setAccessibleName(tr("Name of the privacy officer"));
    //: Dutch: "Een beheerder met deze naam ondertekent als de privacy officer, ook als een
    //: ander de rol functionaris heeft."
    m_officerName->setToolTip(tr("A beheerder with this name signs as the privacy officer, also "
                                 "when someone else has the functionaris role."));
    //: Dutch: "H&uurdersportaal:"
    m_portalLabel->setText(tr("Ten&ants' portal:"));
    //: Dutch: "Naam in de brieven, bijv. mijn ieder1 (leeg: het huurdersportaal)"
    m_portalName->setPlaceholderText(
        tr("Name in the letters, e.g. mijn ieder1 (empty: het huurdersportaal)"));
    m_portalName->setAccessibleName(tr("Name of the tenants' portal"));
    //: Dutch: "Huurders loggen in op het portaal: de brief om identificatie biedt het aan"
    m_portalIdentifies->setText(
        tr("Tenants log in to the portal: the identification letter offers it"));
    //: Dutch: "Alleen een portaal waar huurders inloggen laat zien wie zij zijn; een
    //: contactformulier niet. Zonder portaal noemt de brief er geen."
    m_portalIdentifies->setToolTip(tr("Only a portal tenants log in to shows who they are; a "
                                      "contact form does not. Without one, the letter names "
                                      "none."));
    //: Dutch: "Telefoon, bijv. 06 12 34 56 78"
    m_officerPhone->setPlaceholderText(tr("Phone, e.g. 06 12 34 56 78"));
    m_officerPhone->setAccessibleName(tr("Phone of the privacy officer"));
    //: Dutch: "E-mail, bijv. privacyofficer@woonstichting.nl"
    m_officerEmail->setPlaceholderText(tr("E-mail, e.g. privacyofficer@woonstichting.nl"));
    m_officerEmail->setAccessibleName(tr("E-mail of the privacy officer"));
    m_automatedLabel->setText(tr("A&utomated decisions:"));
    // The empty field prints the default statement: it shows as the placeholder.
    m_automated->setPlaceholderText(OrganisationDetails().automatedDecisionsText());
    m_automated->setToolTip(tr("What the access report says about decisions taken by automated "
                               "means alone, profiling included (article 22 GDPR). Leave it "
                               "empty when there are none."));
    m_notBsn->setText(tr("This is not a BSN (the confirmation is logged)"));

    retranslateDeadlinesTab();

    m_languageIntro->setText(tr("The language of Privacydesk on this computer. It changes at "
                                "once and does not affect other users."));

    retranslateSecurityTab();

    for (int i = 0; i < m_closingDays->count(); ++i) {
        QListWidgetItem *item = m_closingDays->item(i);
        item->setText(QLocale().toString(item->data(Qt::UserRole).toDate(), QLocale::ShortFormat));
    }
    validate();
    updatePreview();
}

// The security tab: the idle lock, the backup reminder, the checks and the files' limit.
void SettingsDialog::setCurrentTab(Tab tab)
{
    m_tabs->setCurrentIndex(static_cast<int>(tab));
}

SettingsDialog::Tab SettingsDialog::currentTab() const
{
    return static_cast<Tab>(m_tabs->currentIndex());
}

void SettingsDialog::load()
{
    m_savedDetails = OrganisationSettings(m_session).details();
    ServiceError policyError;
    const std::optional<DeadlinePolicy> stored = CaseService(m_session).policy(&policyError);
    m_savedPolicy = stored.value_or(DeadlinePolicy {});
    m_policyReadError = stored
        ? QString()
        : tr("The deadline policy could not be read: %1").arg(policyError.message);
    m_error->setMessage(m_policyReadError);
    m_savedSecurity = OrganisationSettings(m_session).security();
    m_autoLock->setValue(m_savedSecurity.autoLockMinutes);
    m_backupReminder->setValue(m_savedSecurity.backupReminderDays);
    m_attachmentLimit->setValue(m_savedSecurity.attachmentStoreLimitMb);
    m_readerSeconds->setValue(m_savedSecurity.readerSeconds);
    m_readerMemory->setValue(m_savedSecurity.readerMemoryMb);
    m_name->setText(m_savedDetails.name);
    m_email->setText(m_savedDetails.privacyEmail);
    m_street->setText(m_savedDetails.street);
    m_postcode->setText(m_savedDetails.postcode);
    m_city->setText(m_savedDetails.city);
    m_phone->setText(m_savedDetails.phone);
    m_fgName->setText(m_savedDetails.fgName);
    m_fgEmail->setText(m_savedDetails.fgEmail);
    m_noFg->setChecked(m_savedDetails.noFg);
    m_signatureRole->setText(m_savedDetails.signatureRole);
    m_officerPhone->setText(m_savedDetails.officerPhone);
    m_officerEmail->setText(m_savedDetails.officerEmail);
    m_officerName->setText(m_savedDetails.officerName);
    m_portalName->setText(m_savedDetails.portalName);
    m_portalIdentifies->setChecked(m_savedDetails.portalOffered());
    m_automated->setText(m_savedDetails.automatedDecisions);

    loadPolicy(m_savedDetails.deadlinePolicyChosen);
}

OrganisationDetails SettingsDialog::details() const
{
    OrganisationDetails details;
    details.name = m_name->text().trimmed();
    details.privacyEmail = m_email->text().trimmed();
    details.street = m_street->text().trimmed();
    details.postcode = m_postcode->text().trimmed();
    details.city = m_city->text().trimmed();
    details.phone = m_phone->text().trimmed();
    details.fgName = m_fgName->text().trimmed();
    details.fgEmail = m_fgEmail->text().trimmed();
    details.noFg = m_noFg->isChecked();
    details.signatureRole = m_signatureRole->text().simplified();
    details.officerPhone = m_officerPhone->text().trimmed();
    details.officerEmail = m_officerEmail->text().trimmed();
    details.officerName = m_officerName->text().simplified();
    details.portalName = m_portalName->text().simplified();
    // A setting never made stays unmade while its default (which follows the name) says what
    // the box says; otherwise the box is the organisation's word.
    const bool identifies = m_portalIdentifies->isChecked();
    details.portalIdentifies = m_savedDetails.portalIdentifies;
    if (details.portalOffered() != identifies)
        details.portalIdentifies = identifies;
    details.automatedDecisions = m_automated->text().trimmed();
    details.deadlinePolicyChosen = policyChosen();
    return details;
}

SecurityPolicy SettingsDialog::security() const
{
    SecurityPolicy policy = m_savedSecurity;
    policy.autoLockMinutes = m_autoLock->value();
    policy.attachmentStoreLimitMb = m_attachmentLimit->value();
    policy.backupReminderDays = m_backupReminder->value();
    policy.readerSeconds = m_readerSeconds->value();
    policy.readerMemoryMb = m_readerMemory->value();
    return policy;
}

QString SettingsDialog::previewText() const
{
    return m_preview->text();
}

void SettingsDialog::updatePreview()
{
    if (!m_preview)
        return;
    const QDate today = m_session.clock().today();
    const DeadlinePolicy shown = policy();
    const Deadlines d = computeDeadlines(DeadlineInput { today, {}, {} }, shown);
    const auto binding = [](Binding b) {
        return b == Binding::Legal ? tr("legal term") : tr("own term");
    };
    QString text
        = tr("Example: received today → deadline %1 (%2)")
              .arg(QLocale().toString(d.effective, QLocale::ShortFormat), binding(d.binding));
    if (shown.extension.amount > 0)
        text += u"; "
            + tr("after an extension %1 (%2)")
                  .arg(QLocale().toString(d.effectiveExtended, QLocale::ShortFormat),
                       binding(d.bindingExtended));
    m_preview->setText(text);
}

QString SettingsDialog::invalidReason() const
{
    if (const QString reason = OrganisationSettings::checkEmail(m_email->text()); !reason.isEmpty())
        return reason;
    if (const QString reason = OrganisationSettings::checkPostcode(m_postcode->text());
        !reason.isEmpty())
        return reason;
    if (const QString reason = OrganisationSettings::checkPhone(m_phone->text()); !reason.isEmpty())
        return reason;
    if (const QString reason = OrganisationSettings::checkEmail(m_fgEmail->text());
        !reason.isEmpty())
        return reason;
    if (const QString reason = officerProblem(); !reason.isEmpty())
        return reason;
    if (m_notBsn->isVisible() && !m_notBsn->isChecked())
        return tr("Remove the number that looks like a BSN, or confirm that it is not one.");
    return {};
}

QString SettingsDialog::officerProblem() const
{
    const QString phone = OrganisationSettings::checkPhone(m_officerPhone->text());
    return phone.isEmpty() ? OrganisationSettings::checkEmail(m_officerEmail->text()) : phone;
}

void SettingsDialog::validate()
{
    if (!m_buttons || !m_email)
        return;
    m_emailMessage->setMessage(OrganisationSettings::checkEmail(m_email->text()));
    m_postcodeMessage->setMessage(OrganisationSettings::checkPostcode(m_postcode->text()));
    m_phoneMessage->setMessage(OrganisationSettings::checkPhone(m_phone->text()));
    m_fgEmailMessage->setMessage(OrganisationSettings::checkEmail(m_fgEmail->text()));
    m_officerMessage->setMessage(officerProblem());
    const QStringList missing = details().missingForLetters();
    m_lettersNeed->setText(missing.isEmpty()
                               ? QString()
                               : tr("Letters to data subjects can be made once these are filled "
                                    "in: %1.")
                                     .arg(missing.join(QStringLiteral("; "))));
    m_lettersNeed->setVisible(!missing.isEmpty());
    const BsnGuard::GuardResult guard
        = BsnGuard::checkFields({ { tr("Name"), m_name->text() },
                                  { tr("Privacy e-mail"), m_email->text() },
                                  { tr("Postal address"), m_street->text() },
                                  { tr("Postcode"), m_postcode->text() },
                                  { tr("City"), m_city->text() },
                                  { tr("Phone"), m_phone->text() },
                                  { tr("Data protection officer"), m_fgName->text() },
                                  { tr("FG's e-mail"), m_fgEmail->text() },
                                  { tr("Title under letters"), m_signatureRole->text() },
                                  { tr("Phone of the privacy officer"), m_officerPhone->text() },
                                  { tr("E-mail of the privacy officer"), m_officerEmail->text() },
                                  { tr("Name of the privacy officer"), m_officerName->text() },
                                  { tr("Name of the tenants' portal"), m_portalName->text() },
                                  { tr("Automated decisions"), m_automated->text() } },
                                BsnCheck::Refuse);
    m_bsnMessage->setMessage(guard.message);
    if (guard.findings.isEmpty() && m_notBsn->isChecked())
        m_notBsn->setChecked(false);
    m_notBsn->setVisible(!guard.findings.isEmpty());
    if (QPushButton *saveButton = m_buttons->button(QDialogButtonBox::Save))
        saveButton->setEnabled(invalidReason().isEmpty());
}

void SettingsDialog::addClosingDay()
{
    const QDate day = m_closingDate->date();
    for (int i = 0; i < m_closingDays->count(); ++i) {
        if (m_closingDays->item(i)->data(Qt::UserRole).toDate() == day) {
            m_closingDays->setCurrentRow(i);
            return;
        }
    }
    int row = 0;
    while (row < m_closingDays->count()
           && m_closingDays->item(row)->data(Qt::UserRole).toDate() < day)
        ++row;
    auto *item = new QListWidgetItem(QLocale().toString(day, QLocale::ShortFormat));
    item->setData(Qt::UserRole, day);
    m_closingDays->insertItem(row, item);
    m_closingDays->setCurrentRow(row);
    updatePreview();
}

void SettingsDialog::removeClosingDay()
{
    const QList<QListWidgetItem *> selected = m_closingDays->selectedItems();
    for (QListWidgetItem *item : selected)
        delete m_closingDays->takeItem(m_closingDays->row(item));
    updatePreview();
}

bool SettingsDialog::save()
{
    m_error->setMessage(QString());
    validate();
    if (!invalidReason().isEmpty()) {
        m_error->setMessage(invalidReason());
        return false;
    }
    // A policy is saved only as chosen: the identification or closing days alone choose nothing.
    if (!policyChosen() && !samePolicy(policy(), m_savedPolicy)) {
        setCurrentTab(Tab::Deadlines);
        //: Dutch: "Kies eerst alleen de wettelijke termijn of een eigen termijn."
        m_error->setMessage(tr("Choose the legal term alone or an own term first."));
        return false;
    }
    ServiceError error;
    const OrganisationDetails newDetails = details();
    if (!(newDetails == m_savedDetails)) {
        OrganisationSettings organisation(m_session);
        if (!organisation.save(newDetails, bsnCheckFrom(m_notBsn->isChecked()), &error)) {
            setCurrentTab(Tab::Organisation);
            m_error->setMessage(error.message);
            return false;
        }
        m_savedDetails = organisation.details();
    }
    const DeadlinePolicy newPolicy = policy();
    if (!m_policyReadError.isEmpty()) {
        // Never the defaults saved over a stored policy nobody could see.
        setCurrentTab(Tab::Deadlines);
        m_error->setMessage(m_policyReadError);
        return false;
    }
    if (policyChosen()
        && (!m_savedDetails.deadlinePolicyChosen || !samePolicy(newPolicy, m_savedPolicy))) {
        CaseService cases(m_session);
        if (!cases.setPolicy(newPolicy, &error)) {
            setCurrentTab(Tab::Deadlines);
            m_error->setMessage(error.message);
            return false;
        }
        m_savedPolicy = newPolicy;
        m_savedDetails.deadlinePolicyChosen = true;
    }
    const SecurityPolicy newSecurity = security();
    if (!(newSecurity == m_savedSecurity)) {
        if (!OrganisationSettings(m_session).saveSecurity(newSecurity, &error)) {
            setCurrentTab(Tab::Security);
            m_error->setMessage(error.message);
            return false;
        }
        m_savedSecurity = newSecurity;
    }
    Q_EMIT settingsSaved();
    return true;
}

} // namespace pd::ui
