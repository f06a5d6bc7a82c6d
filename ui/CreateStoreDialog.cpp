#include "CreateStoreDialog.h"

#include "BusyLine.h"
#include "FolderField.h"
#include "Icons.h"
#include "MessageLabel.h"
#include "Named.h"
#include "PasswordLineEdit.h"
#include "PasswordStrength.h"
#include "PasswordStrengthMeter.h"
#include "QuietLabel.h"
#include "RecoveryKeyPage.h"
#include "Settings.h"
#include "TextEmphasis.h"
#include "WaitCursor.h"
#include "store/Store.h"
#include "util/Clock.h"

#include <QCheckBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace pd::ui {
namespace {
QLabel *makeTitle(QWidget *parent)
{
    auto *label = new QLabel(parent);
    emphasise(label, 1.4);
    return label;
}
} // namespace

CreateStoreDialog::CreateStoreDialog(const QString &directory, QWidget *parent)
    : Retranslated(parent)
    , m_kdf(KdfParams::moderate())
    , m_pages(new QStackedWidget(this))
    , m_formTitle(makeTitle(this))
    , m_formIntro(new QLabel(this))
    , m_directoryLabel(new QLabel(this))
    , m_directory(new FolderField(QStringLiteral("directory"), this))
    , m_organisationLabel(new QLabel(this))
    , m_organisationEdit(named<QLineEdit>(QStringLiteral("organisation"), this))
    , m_userLabel(new QLabel(this))
    , m_user(named<QLineEdit>(QStringLiteral("userName"), this))
    , m_displayNameLabel(new QLabel(this))
    , m_displayName(named<QLineEdit>(QStringLiteral("displayName"), this))
    , m_passwordLabel(new QLabel(this))
    , m_password(named<PasswordLineEdit>(QStringLiteral("password"), this))
    , m_meter(named<PasswordStrengthMeter>(QStringLiteral("strengthMeter"), this))
    , m_repeatLabel(new QLabel(this))
    , m_repeat(named<PasswordLineEdit>(QStringLiteral("repeatPassword"), this))
    , m_reason(quietLabel(this))
    , m_message(named<MessageLabel>(QStringLiteral("errorMessage"), this))
    , m_busyLine(new BusyLine(this))
    , m_cancelButton(named<QPushButton>(QStringLiteral("cancelButton"), this))
    , m_createButton(named<QPushButton>(QStringLiteral("createButton"), this))
    , m_keyPage(new RecoveryKeyPage(this))
{
    setObjectName(QStringLiteral("createStoreDialog"));
    setWindowIcon(icons::application());
    m_reason->setObjectName(QStringLiteral("invalidReason"));
    m_keyPage->goOnButton()->setObjectName(QStringLiteral("continueButton"));

    QWidget *form = createFormPage(directory);
    m_pages->addWidget(form);
    m_pages->addWidget(m_keyPage);
    dialogColumn(this)->addWidget(m_pages);
    setMinimumWidth(640);

    for (QLineEdit *edit :
         { m_directory->edit(), m_user, m_displayName, m_organisationEdit,
           static_cast<QLineEdit *>(m_password), static_cast<QLineEdit *>(m_repeat) })
        connect(edit, &QLineEdit::textChanged, this, &CreateStoreDialog::validate);
    connect(m_password, &QLineEdit::textChanged, m_meter,
            [this](const QString &text) { m_meter->setPassword(text); });
    connect(m_directory->browseButton(), &QPushButton::clicked, this,
            &CreateStoreDialog::chooseDirectory);
    connect(m_cancelButton, &QPushButton::clicked, this, &CreateStoreDialog::reject);
    connect(m_createButton, &QPushButton::clicked, this, &CreateStoreDialog::create);
    connect(m_keyPage->goOnButton(), &QPushButton::clicked, this, &CreateStoreDialog::finish);

    connect(&m_preparing, &QFutureWatcherBase::finished, this, &CreateStoreDialog::finishCreate);
    retranslateUi();
    // The user name first (filled in with the login's name, selected so typing replaces it),
    // then organisation and password in the order of the form.
    m_user->setFocus();
    m_user->selectAll();
}

// The first page: where the store goes, the organisation, the first user and the password.
QWidget *CreateStoreDialog::createFormPage(const QString &directory)
{
    auto *form = new QWidget(m_pages);
    m_formIntro->setWordWrap(true);
    m_directory->setFolder(directory);
    m_user->setText(settings::operatingSystemUserName());
    m_user->setMaxLength(64);
    m_displayName->setMaxLength(100);
    m_organisationEdit->setMaxLength(200);
    auto *fields = new QFormLayout;
    fields->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    fields->addRow(m_directoryLabel, m_directory->row());
    fields->addRow(m_organisationLabel, m_organisationEdit);
    fields->addRow(m_userLabel, m_user);
    fields->addRow(m_displayNameLabel, m_displayName);
    fields->addRow(m_passwordLabel, m_password);
    fields->addRow(QString(), m_meter);
    fields->addRow(m_repeatLabel, m_repeat);
    m_directoryLabel->setBuddy(m_directory->edit());
    m_organisationLabel->setBuddy(m_organisationEdit);
    m_userLabel->setBuddy(m_user);
    m_displayNameLabel->setBuddy(m_displayName);
    m_passwordLabel->setBuddy(m_password);
    m_repeatLabel->setBuddy(m_repeat);

    m_createButton->setDefault(true);
    m_cancelButton->setAutoDefault(false);
    QHBoxLayout *formButtons = reasonAndButtons(m_reason, m_cancelButton, m_createButton);

    auto *formLayout = new QVBoxLayout(form);
    formLayout->setContentsMargins(0, 0, 0, 0);
    formLayout->setSpacing(12);
    formLayout->addWidget(m_formTitle);
    formLayout->addWidget(m_formIntro);
    formLayout->addLayout(fields);
    addMessageAndButtons(formLayout, m_message, m_busyLine, formButtons);
    return form;
}

CreateStoreDialog::~CreateStoreDialog() = default;

CreateStoreDialog::Page CreateStoreDialog::page() const
{
    return m_pages->currentIndex() == 0 ? Page::Form : Page::RecoveryKey;
}

QString CreateStoreDialog::directory() const
{
    return m_directory->folder();
}

std::unique_ptr<Store> CreateStoreDialog::takeStore()
{
    return std::move(m_store);
}

void CreateStoreDialog::reject()
{
    // Busy: the store is being written. On the key page the store exists already and the key
    // would be lost unseen: only "Continue" (after the check box) leaves that page.
    if (m_busy || page() == Page::RecoveryKey)
        return;
    QDialog::reject();
}

void CreateStoreDialog::retranslateUi()
{
    setWindowTitle(tr("New store – Privacydesk"));
    m_formTitle->setText(tr("Create a new store"));
    m_formIntro->setText(
        tr("A store is an encrypted folder that holds all of Privacydesk's data. Only someone "
           "with a password or the recovery key can open it."));
    m_directoryLabel->setText(tr("&Folder:"));
    m_directory->browseButton()->setText(tr("&Choose…"));
    m_organisationLabel->setText(tr("&Organisation:"));
    m_organisationEdit->setPlaceholderText(tr("Optional, e.g. Woningstichting De Hoven"));
    m_userLabel->setText(tr("&User name:"));
    //: Dutch: "Uw &naam, onder brieven:"
    m_displayNameLabel->setText(tr("Your &name, under letters:"));
    //: Dutch: "Zoals de huurder hem leest, bijv. Fenna van Dijk"
    m_displayName->setPlaceholderText(tr("As the tenant reads it, e.g. Fenna van Dijk"));
    m_passwordLabel->setText(tr("&Password:"));
    m_repeatLabel->setText(tr("&Repeat password:"));
    m_busyLine->setText(tr("Creating the store… this takes a few seconds."));
    m_cancelButton->setText(tr("Cancel"));
    m_createButton->setText(tr("Cr&eate"));

    m_keyPage->title()->setText(tr("Your recovery key"));
    m_keyPage->intro()->setText(
        tr("With this key you can open the store when every password has been forgotten. It is "
           "shown only this once. Print it or copy it onto paper by hand."));
    m_keyPage->warning()->setText(
        tr("Keep this key on paper in a safe place; whoever has the key can open the store."));
    if (const RecoveryKeySheet &sheet = m_keyPage->sheet(); !sheet.storeId.isNull()) {
        m_keyPage->details()->setText(
            tr("Store ID: %1 · created %2")
                .arg(sheet.storeId.toString(QUuid::WithoutBraces),
                     QLocale().toString(organisationTime(sheet.created), QLocale::ShortFormat)));
    }
    m_keyPage->printButton()->setText(tr("&Print…"));
    m_keyPage->keptCheck()->setText(tr("I have &kept the recovery key in a safe place"));
    m_keyPage->goOnButton()->setText(tr("C&ontinue"));
    validate();
}

QString CreateStoreDialog::invalidReason() const
{
    const QString dir = directory();
    if (dir.isEmpty() || dir == u".")
        return tr("Choose a folder for the store.");
    const QFileInfo info(dir);
    if (info.exists() && !info.isDir())
        return tr("%1 is a file, not a folder.").arg(QDir::toNativeSeparators(dir));
    if (info.isDir()
        && !QDir(dir).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden)) {
        if (Store::looksLikeStore(dir))
            return tr("This folder already holds a store. Choose another folder, or open that "
                      "store instead.");
        return tr("The folder is not empty. Choose an empty or a new folder.");
    }
    if (m_user->text().trimmed().isEmpty())
        return tr("Fill in a user name.");
    // Letters are signed with it; a login ("fvdberg") under a letter to a tenant is no name.
    if (m_displayName->text().simplified().isEmpty())
        //: Dutch: "Vul uw naam in zoals die onder brieven komt."
        return tr("Fill in your name as it goes under letters.");
    return PasswordStrength::newPasswordProblem(m_password->text(), m_repeat->text());
}

void CreateStoreDialog::validate()
{
    const QString reason = invalidReason();
    m_reason->setText(reason);
    m_createButton->setEnabled(reason.isEmpty() && !m_busy);
}

void CreateStoreDialog::chooseDirectory()
{
    const QString start = QFileInfo(directory()).absolutePath();
    m_directory->choose(tr("Folder for the new store"), start);
}

void CreateStoreDialog::create()
{
    if (m_busy || !invalidReason().isEmpty())
        return;
    m_message->setMessage({});
    auto password = std::make_shared<SecureBytes>(SecureBytes::fromUtf8(m_password->text()));
    m_password->clearSecret();
    m_repeat->clearSecret();
    setBusy(true);
    // The two Argon2id derivations (user and recovery slot, about a second each) run on a worker
    // thread so the window stays live; the database is then created here, on the thread that
    // will use its connection.
    m_preparing.setFuture(
        QtConcurrent::run([user = m_user->text().trimmed(), password, kdf = m_kdf] {
            return Store::prepareNew(user, *password, kdf);
        }));
}

void CreateStoreDialog::finishCreate()
{
    if (!m_busy || m_preparing.future().resultCount() == 0)
        return; // not ours: an empty or cancelled future also reports finished
    StoreCreateOptions options;
    options.organisationName = m_organisationEdit->text().trimmed();
    options.displayName = m_displayName->text().simplified();
    options.kdf = m_kdf;
    options.demo = false;
    StoreError error;
    QString recoveryKey;
    auto store = Store::create(directory(), m_preparing.result(), options, &recoveryKey, &error);
    setBusy(false);
    if (!store) {
        wipe(recoveryKey);
        m_message->setMessage(error.isError() ? error.message()
                                              : tr("The store could not be created."));
        m_password->setFocus();
        return;
    }
    const StoreInfo info = store->info();
    RecoveryKeySheet sheet;
    sheet.recoveryKey = recoveryKey;
    sheet.storeId = info.storeId;
    sheet.created = info.created.isValid() ? info.created : systemClock().now();
    sheet.organisationName = info.organisationName;
    m_keyPage->setSheet(sheet);
    wipe(sheet.recoveryKey);
    wipe(recoveryKey);
    m_store = std::move(store);
    showRecoveryKey();
}

void CreateStoreDialog::showRecoveryKey()
{
    m_keyPage->keptCheck()->setChecked(false);
    m_keyPage->goOnButton()->setEnabled(false);
    m_pages->setCurrentIndex(1);
    // Default only once its page shows: a dialog has one default button, and set earlier it
    // would take Enter away from "Create" on the form.
    m_keyPage->goOnButton()->setDefault(true);
    retranslateUi();
    m_keyPage->keptCheck()->setFocus();
}

void CreateStoreDialog::finish()
{
    if (!m_keyPage->isKept())
        return;
    m_keyPage->clearKey();
    accept();
}

void CreateStoreDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_directory->setEnabled(!busy);
    for (QWidget *w : std::initializer_list<QWidget *> { m_organisationEdit, m_user, m_displayName,
                                                         m_password, m_repeat, m_cancelButton })
        w->setEnabled(!busy);
    m_busyLine->showInPlaceOf(m_reason, busy);
    showBusyCursor(this, busy);
    validate();
}

} // namespace pd::ui
