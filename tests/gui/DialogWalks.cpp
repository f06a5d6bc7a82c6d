#include "DialogWalks.h"

#include "Application.h"
#include "CreateStoreDialog.h"
#include "MainWindow.h"
#include "OrganisationSupport.h"
#include "ServerProfileDialog.h"
#include "TestSupport.h"
#include "UnlockDialog.h"
#include "WelcomeDialog.h"
#include "backup/BackupDialog.h"
#include "backup/RestoreDialog.h"
#include "breaches/BreachDialogs.h"
#include "breaches/BreachDocuments.h"
#include "breaches/BreachLetterRunDialog.h"
#include "breaches/BreachService.h"
#include "cases/AssignHandlerDialog.h"
#include "cases/AttachmentViewDialog.h"
#include "cases/CaseActionDialogs.h"
#include "cases/CaseDetailWidget.h"
#include "cases/CaseService.h"
#include "cases/ConsentWidget.h"
#include "cases/ExternalHoldsWidget.h"
#include "cases/LetterMailDialog.h"
#include "cases/PersonRecordDialogs.h"
#include "cases/RestrictionWidget.h"
#include "cases/VeraDestroyedDialog.h"
#include "cases/VeraMarksDialog.h"
#include "cases/VeraSearchDialog.h"
#include "documents/AnswerPasswordDialog.h"
#include "documents/ComplaintDossierDialog.h"
#include "documents/DocumentPreview.h"
#include "documents/LetterDialog.h"
#include "documents/LetterTemplatesDialog.h"
#include "documents/PersonExportWizard.h"
#include "intake/IntakeDialog.h"
#include "intake/NewRequestDialog.h"
#include "mailbox/MailboxAccountDialog.h"
#include "mailbox/MailboxWindow.h"
#include "organisation/OrganisationSettings.h"
#include "registers/CovenantDialog.h"
#include "registers/DestroyDialog.h"
#include "registers/DisclosureDialog.h"
#include "registers/DpiaDialog.h"
#include "registers/ImportWizard.h"
#include "registers/KeptDocumentDialog.h"
#include "registers/ProcessingActivityDialog.h"
#include "registers/RetentionRuleDialog.h"
#include "registers/RetentionTextDialog.h"
#include "registers/VeraSyncDialog.h"
#include "reports/YearReportDialog.h"
#include "session/Session.h"
#include "settings/SettingsDialog.h"
#include "settings/VeraSystemDialog.h"
#include "store/Store.h"
#include "users/RecoveryKeyDialog.h"
#include "users/UserDialogs.h"
#include "users/UserManagementDialog.h"
#include "users/UserService.h"
#include "util/Clock.h"
#include "util/Translations.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QJsonObject>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>
#include <QTextDocument>
#include <QWizard>

using namespace Qt::StringLiterals;
using namespace pd::ui;

namespace pd::test {

std::function<QWidget *(QWidget *)> named(const char *name)
{
    return [name](QWidget *scope) {
        return scope->findChild<QWidget *>(QLatin1StringView(name));
    };
}

bool becameActive(QWidget *dialog)
{
    return QTest::qWaitFor([dialog] { return QApplication::activeWindow() == dialog; });
}

bool setDeskLanguage(const QString &language)
{
    const bool installed
        = installTranslations(language == u"nl"_s ? UiLanguage::Dutch : UiLanguage::English);
    QCoreApplication::processEvents(); // LanguageChange reaches the widgets as posted events
    return installed;
}

QDialog *openWalk(const Walk &walk)
{
    QDialog *dialog = walk.make();
    if (!dialog)
        return nullptr;
    dialog->open();
    if (!becameActive(dialog)) {
        delete dialog;
        return nullptr;
    }
    return dialog;
}

DialogWalkDesk::DialogWalkDesk() = default;

DialogWalkDesk::~DialogWalkDesk()
{
    close();
}

void DialogWalkDesk::close()
{
    m_window.reset();
    m_service.reset();
    m_store.reset();
    m_application.reset();
}

Case DialogWalkDesk::openCase() const
{
    return m_service->find(caseNumber()).value_or(Case {});
}

QString DialogWalkDesk::build()
{
    QStandardPaths::setTestModeEnabled(true);
    if (!m_tmp.isValid())
        return u"no temporary folder"_s;
    m_application = std::make_unique<Application>();
    m_store = createTestStore(m_tmp.filePath(u"store"_s), nullptr, u"Woonstichting Voorbeeld"_s);
    if (!m_store)
        return u"the store could not be made"_s;
    if (!m_fixture.build(*m_store, systemClock(), m_tmp.path()))
        return u"the person report fixture could not be made"_s;
    m_service = std::make_unique<CaseService>(Session { *m_store });
    {
        NewCase request;
        request.person.name = PersonReportFixture::subjectName();
        request.person.klantnummer = u"K100"_s;
        request.types = { RequestType::Inzage };
        request.channel = Channel::Telefoon;
        request.receivedDate = pd::systemClock().today().addDays(-3);
        request.description = u"Wil weten welke gegevens de corporatie van haar heeft."_s;
        request.callbackPhone = u"06-12345678"_s;
        request.handler = m_store->userName();
        ServiceError error;
        const auto added = m_service->add(request, BsnCheck::Refuse, &error);
        if (!added)
            return error.message;
        m_case = added->number;
    }
    {
        OrganisationSettings settings(Session { *m_store });
        OrganisationDetails details = settings.details();
        details.street = u"Havenstraat 12"_s;
        details.postcode = u"1234 AB"_s;
        details.city = u"Voorbeeldhaven"_s;
        details.privacyEmail = u"privacy@voorbeeldhaven.nl"_s;
        ServiceError error;
        if (!settings.save(details, BsnCheck::Refuse, &error))
            return error.message;
        if (const QString chosen = chooseForLetters(Session { *m_store }); !chosen.isEmpty())
            return chosen;
    }
    {
        // The largest request: a long name, three kinds, a long description.
        NewCase request;
        request.person.name
            = u"Maria Magdalena Johanna van der Westerhuizen-Oudshoorn de Bruijn van Rietveld"_s;
        request.person.klantnummer = u"K101"_s;
        request.types
            = { RequestType::Inzage, RequestType::Rectificatie, RequestType::Verwijdering };
        request.channel = Channel::Brief;
        request.receivedDate = pd::systemClock().today().addDays(-10);
        request.description = QStringList(8,
                                          u"Wil weten welke gegevens de corporatie van haar "
                                          "heeft, en wil ze laten verbeteren en wissen."_s)
                                  .join(u' ');
        request.handler = m_store->userName();
        ServiceError error;
        const auto added = m_service->add(request, BsnCheck::Refuse, &error);
        if (!added)
            return error.message;
        m_bigCase = added->number;
    }
    ServiceError error;
    m_attachment
        = AttachmentService(Session { *m_store })
              .add(caseNumber(),
                   NewAttachment { u"brief.txt"_s, "Geachte heer, mevrouw,\n", {}, false, false },
                   &error);
    if (!m_attachment)
        return error.message;

    {
        // A data breach discovered an hour ago, for its dialogs.
        Breach breach;
        breach.title = u"Brief naar verkeerd adres"_s;
        breach.discoveredAt = systemClock().now().addSecs(-3600);
        ServiceError failure;
        const auto added
            = BreachService(Session { *m_store }).add(breach, BsnCheck::Refuse, &failure);
        if (!added)
            return failure.message;
        m_breach = added->number;
    }

    m_csv = m_tmp.filePath(u"personen.csv"_s);
    QFile csv(m_csv);
    if (!csv.open(QIODevice::WriteOnly)
        || csv.write("klantnummer;naam;relatie\nK900;Walter Loper;huurder\n") < 0)
        return u"the CSV file could not be written"_s;
    csv.close();

    m_window = std::make_unique<MainWindow>(Session { *m_store });
    m_window->resize(1200, 800);
    m_window->show();
    if (!QTest::qWaitForWindowActive(m_window.get()))
        return u"the main window did not become active"_s;
    m_window->openCase(caseNumber());
    return {};
}

QList<Walk> DialogWalkDesk::walks()
{
    QWidget *desk = m_window.get();
    QWidget *detail = m_window->caseDetail();
    const QDate today = systemClock().today();
    QList<Walk> list;
    // Before the desk: no store open yet (the main window stands in for whatever is behind).
    list << Walk { u"WelcomeDialog"_s, [] {
                      return new WelcomeDialog;
                  } };
    // The folder is filled in already: the user name comes first.
    list << Walk { u"CreateStoreDialog"_s,
                   [this] { return new CreateStoreDialog(m_tmp.filePath(u"nieuw"_s)); },
                   named("userName") };
    list << Walk { u"UnlockDialog"_s, [this] {
                      return new UnlockDialog(m_tmp.filePath(u"store"_s));
                  } };
    // The organisation's store on a server (the profile is remembered: the server's
    // name comes first).
    list << Walk { u"ServerProfileDialog"_s, [] {
                      return new ServerProfileDialog;
                  } };
    // The request's actions (CaseActionDialog), as the case detail opens them.
    list << Walk { u"RequestIdentificationDialog"_s, [this, detail, today] {
                      return new RequestIdentificationDialog(*m_service, openCase(), today, detail);
                  } };
    list << Walk { u"ReceiveIdentificationDialog"_s, [this, detail, today] {
                      return new ReceiveIdentificationDialog(*m_service, openCase(), today, detail);
                  } };
    // A representative's mandate asked for and received.
    list << Walk { u"MandateDialog"_s, [this, detail, today] {
                      return new MandateDialog(*m_service, openCase(), today,
                                               MandateDialog::Step::Requested, detail);
                  } };
    // The search of the organisation's systems (VERA) for the request's person; here without
    // systems, so it says what is missing and offers Close.
    list << Walk { u"VeraSearchDialog"_s, [this, detail] {
                      auto *dialog
                          = new VeraSearchDialog(Session { *m_store }, openCase().number, detail);
                      dialog->start();
                      return dialog;
                  } };
    // The request's marks in the organisation's systems; here none, so it says so.
    list << Walk { u"VeraMarksDialog"_s, [this, detail] {
                      return new VeraMarksDialog(Session { *m_store }, openCase().number, detail);
                  } };
    // Which cases an erasure granted in part destroyed; the walk never accepts.
    list << Walk { u"VeraDestroyedDialog"_s, [this, detail] {
                      VeraFoundObject found;
                      found.system = u"Tobias Dossier"_s;
                      found.resource = u"zaken"_s;
                      found.uri = u"https://dossier.example/zaken/Z1"_s;
                      found.data = QJsonObject { { u"omschrijving"_s, u"Klacht over geluid"_s } };
                      return new VeraDestroyedDialog(Session { *m_store }, openCase().number,
                                                     { found }, detail);
                  } };
    // A letter by e-mail; the walk never sends (no letter of that number, no mailbox).
    list << Walk { u"LetterMailDialog"_s, [this, detail] {
                      Letter letter;
                      letter.id = 1;
                      letter.caseNumber = openCase().number;
                      return new LetterMailDialog(Session { *m_store }, openCase(), letter, detail);
                  } };
    list << Walk { u"ExtendDialog"_s, [this, detail, today] {
                      return new ExtendDialog(*m_service, openCase(), today, detail);
                  } };
    list << Walk { u"CompleteDialog"_s, [this, detail, today] {
                      return new CompleteDialog(*m_service, openCase(), today, detail);
                  } };
    list << Walk { u"NoteDialog"_s, [this, detail, today] {
                      return new NoteDialog(*m_service, openCase(), today, detail);
                  } };
    list << Walk { u"ReopenDialog"_s, [this, detail, today] {
                      return new ReopenDialog(*m_service, openCase(), today, detail);
                  } };
    list << Walk { u"AssignHandlerDialog"_s, [this, detail, today] {
                      return new AssignHandlerDialog(*m_service, openCase(), today, detail);
                  } };
    list << Walk { u"PersonSourceDialog"_s, [this, detail, today] {
                      return new PersonSourceDialog(*m_service, openCase(), today, detail);
                  } };
    list << Walk { u"PersonRelationDialog"_s, [this, detail, today] {
                      return new PersonRelationDialog(*m_service, Session { *m_store }, openCase(),
                                                      today, detail);
                  } };
    // The person's own record after the answer.
    list << Walk { u"PersonAddressDialog"_s, [this, detail, today] {
                      return new PersonAddressDialog(*m_service, Session { *m_store }, openCase(),
                                                     today, detail);
                  } };
    list << Walk { u"PersonNameDialog"_s, [this, detail, today] {
                      return new PersonNameDialog(*m_service, Session { *m_store }, openCase(),
                                                  today, detail);
                  } };
    list << Walk { u"PersonContactDialog"_s, [this, detail, today] {
                      return new PersonContactDialog(*m_service, Session { *m_store }, openCase(),
                                                     today, detail);
                  } };
    list << Walk { u"PersonEraseDialog"_s, [this, detail, today] {
                      return new PersonEraseDialog(*m_service, Session { *m_store }, openCase(),
                                                   today, detail);
                  } };
    list << Walk { u"AttachmentViewDialog"_s, [this, detail] {
                      return new AttachmentViewDialog(Session { *m_store }, *m_attachment, detail);
                  } };
    list << Walk { u"LetterDialog"_s, [this, detail] {
                      return new LetterDialog(Session { *m_store }, caseNumber(), detail);
                  } };
    list << Walk { u"PreviewDialog"_s, [detail] {
                      // DocumentPreview's print preview, as the letters and the dossier open it.
                      DocumentPreview::Document document;
                      document.title = u"Proefdruk"_s;
                      document.fill = [](QTextDocument *text, QString *) {
                          text->setPlainText(u"Een bladzijde tekst."_s);
                          return true;
                      };
                      return DocumentPreview::preview(detail, document);
                  } };
    list << Walk { u"ComplaintDossierDialog"_s, [this, detail] {
                      return new ComplaintDossierDialog(Session { *m_store }, caseNumber(), detail);
                  } };
    // The password of an encrypted answer, shown once; Copy has the focus.
    list << Walk { u"AnswerPasswordDialog"_s,
                   [detail] {
                       return new AnswerPasswordDialog(u"fiets-tulp-haven-klok-molen"_s,
                                                       PasswordDelivery::Phone, detail);
                   },
                   named("answerPasswordCopy") };
    list << Walk {
        u"PersonExportWizard"_s,
        [this, detail] { return new PersonExportWizard(Session { *m_store }, 0, detail); },
        {},
        [this](QWizard *wizard) {
            switch (wizard->currentId()) {
            case PersonExportWizard::PersonPageId:
                wizard->findChild<QLineEdit *>(u"exportPersonSearch"_s)->setText(u"K100"_s);
                break;
            case PersonExportWizard::OutputPageId:
                wizard->findChild<QLineEdit *>(u"exportPdfPath"_s)
                    ->setText(m_tmp.filePath(u"inzage.pdf"_s));
                wizard->findChild<QLineEdit *>(u"exportFolder"_s)
                    ->setText(m_tmp.filePath(u"export"_s));
                // The walk runs in both languages: the second writes over the first.
                wizard->findChild<QCheckBox *>(u"exportOverwrite"_s)->setChecked(true);
                break;
            case PersonExportWizard::ResultPageId:
                return false;
            default:
                break;
            }
            wizard->next();
            auto *exporter = static_cast<PersonExportWizard *>(wizard);
            return wizard->currentId() != PersonExportWizard::ResultPageId
                || (QTest::qWaitFor([exporter] { return exporter->isFinished(); }, 60000)
                    && becameActive(wizard));
        }
    };
    // The desk's own dialogs.
    list << Walk { u"IntakeDialog"_s, [this, desk] {
                      return new IntakeDialog(Session { *m_store }, m_store->userName(), desk);
                  } };
    list << Walk { u"NewRequestDialog"_s, [this, desk] {
                      return new NewRequestDialog(Session { *m_store }, desk);
                  } };
    // The privacy mailbox, here without an account (it says how to set one up).
    list << Walk { u"MailboxWindow"_s,
                   [this, desk] { return new MailboxWindow(Session { *m_store }, desk); },
                   named("mailboxList") };
    // Its account, as a beheerder sets it up (Account…): a new one, the folders' defaults.
    list << Walk { u"MailboxAccountDialog"_s, [this, desk] {
                      return new MailboxAccountDialog(Session { *m_store, systemClock() }, desk);
                  } };
    // One of the organisation's VERA systems, as a beheerder adds it (Settings → Systemen).
    list << Walk { u"VeraSystemDialog"_s,
                   [this, desk] { return new VeraSystemDialog(Session { *m_store }, desk); },
                   named("veraName") };
    list << Walk { u"SettingsDialog"_s, [this, desk] {
                      return new SettingsDialog(Session { *m_store }, desk);
                  } };
    list << Walk { u"BackupDialog"_s, [this, desk] {
                      return new BackupDialog(Session { *m_store }, desk);
                  } };
    list << Walk { u"RestoreDialog"_s, [this, desk] {
                      return new RestoreDialog(Session { *m_store }, desk);
                  } };
    // First the letter whose template to edit.
    list << Walk { u"LetterTemplatesDialog"_s,
                   [this, desk] { return new LetterTemplatesDialog(Session { *m_store }, desk); },
                   named("kinds") };
    // The retention items from the Overeenkomsten system; here without systems, so it says
    // what is missing and offers Close.
    list << Walk { u"VeraSyncDialog"_s, [this, desk] {
                      auto *dialog = new VeraSyncDialog(Session { *m_store }, desk);
                      dialog->prepare();
                      return dialog;
                  } };
    list << Walk { u"ImportWizard"_s,
                   [this, desk] {
                       auto *wizard = new ImportWizard(Session { *m_store }, desk);
                       wizard->setFile(m_csv);
                       return wizard;
                   },
                   {},
                   [this](QWizard *wizard) {
                       switch (wizard->currentId()) {
                       case ImportWizard::FilePageId:
                           static_cast<ImportWizard *>(wizard)->setFile(m_csv);
                           break;
                       case ImportWizard::CheckPageId: {
                           if (!QTest::qWaitFor(
                                   [wizard] {
                                       return wizard->button(QWizard::CommitButton)->isEnabled();
                                   },
                                   60000))
                               return false;
                           wizard->next();
                           // Its progress dialog comes and goes while the import runs.
                           auto *import = static_cast<ImportWizard *>(wizard);
                           return QTest::qWaitFor([import] { return import->isFinished(); }, 60000)
                               && becameActive(wizard);
                       }
                       case ImportWizard::ResultPageId:
                           return false;
                       default:
                           break;
                       }
                       wizard->next();
                       return true;
                   } };
    // Users (the functionaris manages them; UserFormDialog is the frame of the next three).
    list << Walk { .name = u"UserManagementDialog"_s,
                   .make =
                       [this, desk] {
                           return new UserManagementDialog(*m_store, Session { *m_store }, desk);
                       },
                   .enterIsNotDefault = u"Enter on a user opens the password reset"_s };
    list << Walk { u"AddUserDialog"_s, [this, desk] {
                      return new AddUserDialog(*m_store, Session { *m_store }, desk);
                  } };
    list << Walk { u"ResetPasswordDialog"_s, [this, desk] {
                      const UserAccount account
                          = UserService(*m_store, Session { *m_store }).list().constFirst();
                      return new ResetPasswordDialog(*m_store, account, Session { *m_store }, desk);
                  } };
    // The name a user's letters are signed with.
    list << Walk { u"DisplayNameDialog"_s, [this, desk] {
                      const UserAccount account
                          = UserService(*m_store, Session { *m_store }).list().constFirst();
                      return new DisplayNameDialog(*m_store, account, Session { *m_store }, desk);
                  } };
    list << Walk { u"ChangePasswordDialog"_s, [this, desk] {
                      return new ChangePasswordDialog(*m_store, Session { *m_store }, desk);
                  } };
    list << Walk { u"RecoveryKeyDialog"_s, [this, desk] {
                      return new RecoveryKeyDialog(
                          u"ABCDE-FGHJK-MNPQR-STVWX-YZ012-34567-89ABC-DEFGH"_s,
                          m_store->info().storeId, u"Woonstichting Voorbeeld"_s, desk);
                  } };
    // The registers.
    list << Walk { u"RecipientDialog"_s, [this, desk] {
                      return new RecipientDialog(Session { *m_store }, desk);
                  } };
    list << Walk { u"DisclosureDialog"_s, [this, desk] {
                      return new DisclosureDialog(Session { *m_store }, desk);
                  } };
    list << Walk { u"DpiaDialog"_s, [this, desk] {
                      Dpia dpia; // A new assessment of an activity
                      dpia.activityCode = u"C.1"_s;
                      dpia.activityName = u"Cameratoezicht complexen"_s;
                      return new DpiaDialog(Session { *m_store }, dpia, desk);
                  } };
    // The document kept with a processor (and with a DPIA: the same dialog).
    list << Walk { u"KeptDocumentDialog"_s, [this, desk] {
                      const Session session { *m_store };
                      RecipientService recipients(session);
                      std::optional<Recipient> processor
                          = recipients.findByName(u"Hosting Voorbeeld BV"_s);
                      if (!processor) {
                          Recipient r;
                          r.name = u"Hosting Voorbeeld BV"_s;
                          r.category = RecipientCategory::Verwerker;
                          r.role = RecipientRole::Verwerker;
                          ServiceError error;
                          processor = recipients.add(r, BsnCheck::Refuse, &error);
                      }
                      return new KeptDocumentDialog(session, KeptDocumentOwner::Processor,
                                                    processor ? processor->id : 0,
                                                    u"Hosting Voorbeeld BV"_s, desk);
                  } };
    list << Walk { u"CovenantDialog"_s, [this, desk] {
                      return new CovenantDialog(Session { *m_store }, std::nullopt, desk);
                  } };
    list << Walk { u"ProcessingActivityDialog"_s, [this, desk] {
                      return new ProcessingActivityDialog(Session { *m_store },
                                                          ProcessingActivity {}, desk);
                  } };
    list << Walk { .name = u"YearReportDialog"_s,
                   .make
                   = [this, desk] { return new YearReportDialog(Session { *m_store }, desk); },
                   .enterIsNotDefault = u"Enter in the year shows that year"_s };
    list << Walk { u"RetentionTextDialog"_s, [desk] {
                      return new RetentionTextDialog(u"Legal hold"_s, u"Reason:"_s,
                                                     u"Reason for the legal hold"_s, desk);
                  } };
    // A rule of the organisation's own ("Regel toevoegen…").
    list << Walk { u"RetentionRuleDialog"_s, [desk] {
                      return new RetentionRuleDialog(
                          [](const RetentionRule &, BsnCheck) { return QString(); }, desk);
                  } };
    list << Walk { u"DestroyDialog"_s, [this, desk] {
                      DestructionPlan plan;
                      plan.personId = m_fixture.otherId;
                      plan.klantnummer = u"K200"_s;
                      plan.name = PersonReportFixture::otherName();
                      plan.caseNumbers = { m_fixture.secondCase };
                      return new DestroyDialog(plan, desk);
                  } };
    // The data-breach register (BreachFormDialog is the frame of these five).
    const auto breach = [this] {
        return BreachService(Session { *m_store }).get(m_breach).value_or(Breach {});
    };
    list << Walk { u"BreachDialog"_s, [this, desk] {
                      return new BreachDialog(Session { *m_store }, std::nullopt, desk);
                  } };
    list << Walk { u"BreachAssessDialog"_s, [this, desk, breach] {
                      return new BreachAssessDialog(Session { *m_store }, breach(), desk);
                  } };
    list << Walk { u"BreachApNotificationDialog"_s, [this, desk, breach] {
                      return new BreachApNotificationDialog(Session { *m_store }, breach(), desk);
                  } };
    list << Walk { u"BreachFollowUpDialog"_s, [this, desk, breach] {
                      return new BreachFollowUpDialog(Session { *m_store }, breach(), desk);
                  } };
    list << Walk { u"BreachSubjectsDialog"_s, [this, desk, breach] {
                      return new BreachSubjectsDialog(Session { *m_store }, breach(), desk);
                  } };
    // The breach's documents and persons (ui/breaches/BreachDocuments).
    list << Walk { u"BreachNotificationDialog"_s, [this, desk] {
                      return new BreachNotificationDialog(Session { *m_store }, m_breach, desk);
                  } };
    list << Walk { u"BreachPersonsDialog"_s, [this, desk, breach] {
                      return new BreachPersonsDialog(Session { *m_store }, breach(), desk);
                  } };
    list << Walk { u"BreachLetterDialog"_s, [this, desk] {
                      return new BreachLetterDialog(Session { *m_store }, m_breach, 0, desk);
                  } };
    list << Walk { u"BreachDispatchDialog"_s, [this, desk, breach] {
                      return new BreachDispatchDialog(Session { *m_store }, breach(), desk);
                  } };
    // The letters to everyone at once, as it opens (the run starts once it is shown).
    list << Walk { .name = u"BreachLetterRunDialog"_s,
                   .make =
                       [this, desk] {
                           return new BreachLetterRunDialog(Session { *m_store }, m_breach,
                                                            m_tmp.filePath(u"brieven.pdf"_s), false,
                                                            desk);
                       },
                   .enterIsNotDefault = u"a progress: no key typed stops the run"_s };
    // A hold on data outside Privacydesk, a restriction of processing.
    list << Walk { u"ExternalHoldDialog"_s, [this, desk] {
                      return new ExternalHoldDialog(Session { *m_store, systemClock() },
                                                    ExternalHoldService::Owner::Case, m_case, desk);
                  } };
    list << Walk { u"RestrictionDialog"_s, [this, desk] {
                      return new RestrictionDialog(Session { *m_store, systemClock() },
                                                   m_fixture.personId, m_case, desk);
                  } };
    // A consent recorded, a consent withdrawn (art. 7 AVG).
    list << Walk {
        u"ConsentDialog"_s,
        [this, desk] {
            return new ConsentDialog(Session { *m_store, systemClock() }, m_fixture.personId, desk);
        }
    };
    list << Walk {
        u"ConsentWithdrawDialog"_s,
        [this, desk] {
            PersonConsent consent;
            consent.id = 1;
            consent.personId = m_fixture.personId;
            consent.purpose = u"Nieuwsbrief"_s;
            consent.givenOn = systemClock().today().addDays(-10);
            consent.givenHow = u"Formulier"_s;
            return new ConsentWithdrawDialog(Session { *m_store, systemClock() }, consent, desk);
        }
    };
    return list;
}

QList<Walk> DialogWalkDesk::largestWalks()
{
    QWidget *desk = m_window.get();
    QWidget *detail = m_window->caseDetail();
    const QDate today = systemClock().today();
    const auto bigCase = [this] {
        return m_service->find(m_bigCase).value_or(Case {});
    };
    const QString longText = QStringList(6,
                                         u"Een lange toelichting die over meerdere regels "
                                         "loopt en niet wordt afgekapt."_s)
                                 .join(u' ');
    QList<Walk> list;
    // Trap 3 of "Deels toegewezen" grew the completion below the screen. Every kind
    // partly granted too, and no identification: every part it has is open.
    list << Walk { u"CompleteDialog partly granted, three kinds"_s,
                   [this, detail, today, bigCase] {
                       return new CompleteDialog(*m_service, bigCase(), today, detail);
                   },
                   {},
                   {},
                   [](QDialog *dialog) {
                       const int partly = static_cast<int>(Outcome::DeelsToegewezen);
                       auto *outcome = dialog->findChild<QComboBox *>(u"outcome"_s);
                       outcome->setCurrentIndex(outcome->findData(partly));
                       for (auto *box : dialog->findChildren<KindDecisionBox *>()) {
                           auto *kind = box->findChild<QComboBox *>();
                           kind->setCurrentIndex(kind->findData(partly));
                       }
                   } };
    list << Walk { u"CompleteDialog refused"_s,
                   [this, detail, today, bigCase] {
                       return new CompleteDialog(*m_service, bigCase(), today, detail);
                   },
                   {},
                   {},
                   [](QDialog *dialog) {
                       auto *outcome = dialog->findChild<QComboBox *>(u"outcome"_s);
                       outcome->setCurrentIndex(
                           outcome->findData(static_cast<int>(Outcome::Afgewezen)));
                       // Both groups of grounds open with their letters.
                       for (auto *box : dialog->findChildren<QCheckBox *>()) {
                           if (box->objectName().startsWith(u"art"_s) && box->isEnabled())
                               box->setChecked(true);
                       }
                   } };
    list << Walk { u"ExtendDialog long name"_s, [this, detail, today, bigCase] {
                      return new ExtendDialog(*m_service, bigCase(), today, detail);
                  } };
    list << Walk { u"NoteDialog long name"_s, [this, detail, today, bigCase] {
                      return new NoteDialog(*m_service, bigCase(), today, detail);
                  } };
    // Trap 3: the processing-activity editor was wider than its window.
    list << Walk { u"ProcessingActivityDialog long texts"_s, [this, desk, longText] {
                      ProcessingActivity activity;
                      activity.purposeCode = u"A"_s;
                      activity.purpose = longText.left(120);
                      activity.subPurpose = longText.left(150);
                      activity.name = longText.left(160);
                      activity.description = longText;
                      activity.legalBases = ProcessingRegister::legalBasisCodes();
                      activity.legalBasisText = longText.left(200);
                      activity.subjects = { longText.left(90), u"huurders"_s };
                      activity.dataCategories
                          = { { longText.left(80), ProcessingRegister::art9CategoryCodes() } };
                      activity.sources = { longText.left(100) };
                      activity.processors = { longText.left(100) };
                      activity.outsideEu = true;
                      activity.transferCountry = u"Verenigde Staten van Amerika"_s;
                      activity.transferSafeguard = longText.left(150);
                      activity.retention = longText.left(120);
                      activity.security = longText;
                      return new ProcessingActivityDialog(Session { *m_store }, activity, desk);
                  } };
    return list;
}

void DialogWalkDesk::addWalkRows()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("index");
    const QList<Walk> list = walks();
    for (const QString &language : { QStringLiteral("nl"), QStringLiteral("en") }) {
        for (int i = 0; i < list.size(); ++i)
            QTest::addRow("%s %s", qPrintable(language), qPrintable(list.at(i).name))
                << language << i;
    }
}

} // namespace pd::test
