// Every dialog and wizard of the desk, in Dutch and in English, on a real store (issue 17):
//  (a) it opens with the keyboard in its first input (or the widget the walk names below);
//  (b) typing "a b c" and every shortcut key of the main window into it keeps it open and
//      triggers no action or shortcut of the main window (only Ctrl+L, the lock, may: it is
//      not sent);
//  (c) every input and button has an accessible name, as a screen reader gets it: the name
//      (for a combo box, which on Linux reports its value there, its own name) or else the
//      label that labels it.
// Every page of a wizard is walked. tests/repo/check_dialogwalk.sh fails when a dialog class
// in ui/ is not named in this file.

#include "Application.h"
#include "CreateStoreDialog.h"
#include "DialogFocus.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "PersonReportFixture.h"
#include "TestSupport.h"
#include "UnlockDialog.h"
#include "WelcomeDialog.h"
#include "backup/BackupDialog.h"
#include "backup/RestoreDialog.h"
#include "cases/AttachmentViewDialog.h"
#include "cases/Attachments.h"
#include "cases/CaseActionDialogs.h"
#include "cases/CaseDetailWidget.h"
#include "cases/CaseDocumentsWidget.h"
#include "cases/CaseService.h"
#include "documents/ComplaintDossierDialog.h"
#include "documents/DocumentPreview.h"
#include "documents/LetterDialog.h"
#include "documents/LetterTemplatesDialog.h"
#include "documents/PersonExportWizard.h"
#include "intake/IntakeDialog.h"
#include "intake/NewRequestDialog.h"
#include "organisation/OrganisationSettings.h"
#include "registers/DestroyDialog.h"
#include "registers/DisclosureDialog.h"
#include "registers/ImportWizard.h"
#include "registers/ProcessingActivityDialog.h"
#include "registers/RetentionTextDialog.h"
#include "settings/SettingsDialog.h"
#include "store/Store.h"
#include "users/RecoveryKeyDialog.h"
#include "users/UserDialogs.h"
#include "users/UserManagementDialog.h"
#include "users/UserService.h"
#include "util/Clock.h"
#include "util/Translations.h"

#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QCalendarWidget>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QHeaderView>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QShortcut>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTextEdit>
#include <QTimer>
#include <QTreeWidget>
#include <QWizard>

#include <functional>
#include <memory>

using namespace Qt::StringLiterals;
using namespace pd;
using namespace pd::ui;

namespace {

// One dialog of the walk: how it is made (not yet shown), where its keyboard should be when it
// opens (null: firstInput()), and for a wizard how to get from one page to the next (false:
// it was the last).
struct Walk
{
    QString name; // the class, as in the source
    std::function<QDialog *()> make;
    std::function<QWidget *(QWidget *scope)> expectedFocus = {};
    std::function<bool(QWizard *)> next = {};
};

// The widget a dialog names as where its keyboard starts, found by its object name.
std::function<QWidget *(QWidget *)> named(const char *name)
{
    return [name](QWidget *scope) {
        return scope->findChild<QWidget *>(QLatin1StringView(name));
    };
}

QString describe(const QWidget *widget)
{
    if (!widget)
        return u"(nothing)"_s;
    return QString::fromLatin1(widget->metaObject()->className()) + u" '"_s + widget->objectName()
        + u'\'';
}

// Part of a composite Qt widget (a spin box's line edit, a combo box's list, a tab bar's
// scroll buttons, a calendar popup) or a scroll bar: named through the widget it belongs to.
bool isInternal(const QWidget *widget, const QWidget *dialog)
{
    const QLatin1StringView className(widget->metaObject()->className());
    if (qobject_cast<const QScrollBar *>(widget) || qobject_cast<const QHeaderView *>(widget)
        || className == "QTableCornerButton"_L1 || widget->objectName().startsWith(u"qt_"_s))
        return true;
    for (const QWidget *p = widget->parentWidget(); p && p != dialog; p = p->parentWidget()) {
        if (qobject_cast<const QAbstractSpinBox *>(p) || qobject_cast<const QComboBox *>(p)
            || qobject_cast<const QLineEdit *>(p) // its clear button
            || qobject_cast<const QTabBar *>(p) || qobject_cast<const QCalendarWidget *>(p)
            || p->objectName().startsWith(u"qt_"_s))
            return true;
    }
    return false;
}

bool isControl(const QWidget *widget)
{
    return qobject_cast<const QLineEdit *>(widget) || qobject_cast<const QPlainTextEdit *>(widget)
        || qobject_cast<const QTextEdit *>(widget) || qobject_cast<const QComboBox *>(widget)
        || qobject_cast<const QAbstractSpinBox *>(widget)
        || qobject_cast<const QAbstractButton *>(widget)
        || qobject_cast<const QAbstractItemView *>(widget)
        || qobject_cast<const QAbstractSlider *>(widget);
}

// What a screen reader says the control is called.
QString accessibleName(QWidget *widget)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(widget);
    if (!iface)
        return {};
    // On Linux a combo box reports its current value as its name; its label is a relation.
    QString name = qobject_cast<QComboBox *>(widget) ? widget->accessibleName()
                                                     : iface->text(QAccessible::Name);
    if (name.trimmed().isEmpty()) {
        const auto labels = iface->relations(QAccessible::Label);
        for (const auto &label : labels) {
            if (label.first && !label.first->text(QAccessible::Name).trimmed().isEmpty()) {
                name = label.first->text(QAccessible::Name);
                break;
            }
        }
    }
    return name.trimmed();
}

// The dialog itself or a widget in it.
bool inside(const QWidget *dialog, const QWidget *widget)
{
    for (const QWidget *w = widget; w; w = w->parentWidget()) {
        if (w == dialog)
            return true;
    }
    return false;
}

// The dialog is the active window. (QTest::qWaitForWindowActive is not enough: a dialog counts as
// active while its parent window still is.)
bool becameActive(QWidget *dialog)
{
    return QTest::qWaitFor([dialog] { return QApplication::activeWindow() == dialog; });
}

QStringList unnamedControls(QWidget *dialog)
{
    QStringList unnamed;
    const QList<QWidget *> widgets = dialog->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (isControl(widget) && !isInternal(widget, dialog) && accessibleName(widget).isEmpty())
            unnamed << describe(widget);
    }
    return unnamed;
}

QList<QKeySequence> shortcutsOf(const QObject *root)
{
    QList<QKeySequence> keys;
    const QList<QAction *> actions = root->findChildren<QAction *>();
    for (const QAction *action : actions)
        keys << action->shortcuts();
    const QList<QShortcut *> shortcuts = root->findChildren<QShortcut *>();
    for (const QShortcut *shortcut : shortcuts)
        keys << shortcut->keys();
    return keys;
}

// What typing changes in an input, to put back after the walk typed into it (so that a wizard
// can still go on to its next page).
std::function<void()> restorer(QWidget *widget)
{
    if (auto *line = qobject_cast<QLineEdit *>(widget))
        return [line = QPointer(line), text = line->text()] {
            if (line)
                line->setText(text);
        };
    if (auto *plain = qobject_cast<QPlainTextEdit *>(widget))
        return [plain = QPointer(plain), text = plain->toPlainText()] {
            if (plain)
                plain->setPlainText(text);
        };
    if (auto *combo = qobject_cast<QComboBox *>(widget))
        return
            [combo = QPointer(combo), index = combo->currentIndex(), text = combo->currentText()] {
                if (!combo)
                    return;
                combo->setCurrentIndex(index);
                if (combo->isEditable())
                    combo->setEditText(text);
            };
    return [] {
    };
}

} // namespace

class TestDialogWalk final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void walk_data();
    void walk();
    void dispatchDialog_data();
    void dispatchDialog();
    void extensionByKeyboardKeepsTheKeys();

private:
    void setLanguage(const QString &language);
    // Checks the dialog (or the wizard's current page) as it is now; types into it.
    void checkOpenDialog(QDialog *dialog, const Walk &walk, const QString &where);
    QList<Walk> walks();
    QString caseNumber() const { return m_case; }
    Case openCase() const;

    QTemporaryDir m_tmp;
    std::unique_ptr<Application> m_application; // installs the dialog focus, as in the app
    std::unique_ptr<Store> m_store;
    std::unique_ptr<CaseService> m_service;
    test::PersonReportFixture m_fixture;
    std::optional<Attachment> m_attachment;
    std::unique_ptr<MainWindow> m_window;
    QStringList m_fired; // main-window actions and shortcuts that went off
    QString m_csv;
    QString m_case; // an open request of the data subject
};

void TestDialogWalk::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_tmp.isValid());
    m_application = std::make_unique<Application>();
    m_store
        = test::createTestStore(m_tmp.filePath(u"store"_s), nullptr, u"Woonstichting Voorbeeld"_s);
    QVERIFY(m_store);
    QVERIFY(m_fixture.build(*m_store, systemClock(), m_tmp.path()));
    m_service = std::make_unique<CaseService>(*m_store);
    {
        NewCase request;
        request.person.name = test::PersonReportFixture::subjectName();
        request.person.klantnummer = u"K100"_s;
        request.types = { RequestType::Inzage };
        request.channel = Channel::Telefoon;
        request.receivedDate = QDate::currentDate().addDays(-3);
        request.description = u"Wil weten welke gegevens de corporatie van haar heeft."_s;
        request.callbackPhone = u"06-12345678"_s;
        request.handler = m_store->userName();
        ServiceError error;
        const auto added = m_service->add(request, false, &error);
        QVERIFY2(added, qPrintable(error.message));
        m_case = added->number;
    }
    {
        OrganisationSettings settings(*m_store);
        OrganisationDetails details = settings.details();
        details.street = u"Havenstraat 12"_s;
        details.postcode = u"1234 AB"_s;
        details.city = u"Voorbeeldhaven"_s;
        details.privacyEmail = u"privacy@voorbeeldhaven.nl"_s;
        ServiceError error;
        QVERIFY2(settings.save(details, false, &error), qPrintable(error.message));
    }
    ServiceError error;
    m_attachment = AttachmentService(*m_store).add(
        caseNumber(),
        NewAttachment { u"brief.txt"_s, "Geachte heer, mevrouw,\n", {}, false, false }, &error);
    QVERIFY2(m_attachment, qPrintable(error.message));

    m_csv = m_tmp.filePath(u"personen.csv"_s);
    QFile csv(m_csv);
    QVERIFY(csv.open(QIODevice::WriteOnly));
    csv.write("klantnummer;naam;relatie\nK900;Walter Loper;huurder\n");
    csv.close();

    m_window = std::make_unique<MainWindow>(*m_store);
    m_window->resize(1200, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_window->openCase(caseNumber());
    const QList<QAction *> actions = m_window->findChildren<QAction *>();
    for (QAction *action : actions) {
        connect(action, &QAction::triggered, this, [this, action] {
            m_fired << (action->objectName().isEmpty() ? action->text() : action->objectName());
        });
    }
    const QList<QShortcut *> shortcuts = m_window->findChildren<QShortcut *>();
    for (QShortcut *shortcut : shortcuts) {
        connect(shortcut, &QShortcut::activated, this,
                [this, shortcut] { m_fired << shortcut->key().toString(); });
    }
}

void TestDialogWalk::cleanupTestCase()
{
    m_window.reset();
    m_service.reset();
    m_store.reset();
    m_application.reset();
    QVERIFY(installTranslations(UiLanguage::English));
}

void TestDialogWalk::setLanguage(const QString &language)
{
    QVERIFY(installTranslations(language == u"nl"_s ? UiLanguage::Dutch : UiLanguage::English));
    QCoreApplication::processEvents(); // LanguageChange reaches the widgets as posted events
}

Case TestDialogWalk::openCase() const
{
    return m_service->find(caseNumber()).value_or(Case {});
}

QList<Walk> TestDialogWalk::walks()
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
    // The request's actions (CaseActionDialog), as the case detail opens them.
    list << Walk { u"RequestIdentificationDialog"_s, [this, detail, today] {
                      return new RequestIdentificationDialog(*m_service, openCase(), today, detail);
                  } };
    list << Walk { u"ReceiveIdentificationDialog"_s, [this, detail, today] {
                      return new ReceiveIdentificationDialog(*m_service, openCase(), today, detail);
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
    list << Walk { u"PersonSourceDialog"_s, [this, detail, today] {
                      return new PersonSourceDialog(*m_service, openCase(), today, detail);
                  } };
    list << Walk { u"PersonRelationDialog"_s, [this, detail, today] {
                      return new PersonRelationDialog(*m_service, openCase(), today, detail);
                  } };
    list << Walk { u"AttachmentViewDialog"_s, [this, detail] {
                      return new AttachmentViewDialog(*m_store, *m_attachment, detail);
                  } };
    list << Walk { u"LetterDialog"_s, [this, detail] {
                      return new LetterDialog(*m_store, caseNumber(), detail);
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
                      return new ComplaintDossierDialog(*m_store, caseNumber(), detail);
                  } };
    list << Walk {
        u"PersonExportWizard"_s,
        [this, detail] { return new PersonExportWizard(*m_store, 0, detail); },
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
                      return new IntakeDialog(*m_store, m_store->userName(), desk);
                  } };
    list << Walk { u"NewRequestDialog"_s, [this, desk] {
                      return new NewRequestDialog(*m_store, desk);
                  } };
    list << Walk { u"SettingsDialog"_s, [this, desk] {
                      return new SettingsDialog(*m_store, desk);
                  } };
    list << Walk { u"BackupDialog"_s, [this, desk] {
                      return new BackupDialog(*m_store, desk);
                  } };
    list << Walk { u"RestoreDialog"_s, [this, desk] {
                      return new RestoreDialog(*m_store, desk);
                  } };
    // First the letter whose template to edit.
    list << Walk { u"LetterTemplatesDialog"_s,
                   [this, desk] { return new LetterTemplatesDialog(*m_store, desk); },
                   named("kinds") };
    list << Walk { u"ImportWizard"_s,
                   [this, desk] {
                       auto *wizard = new ImportWizard(*m_store, desk);
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
    list << Walk { u"UserManagementDialog"_s, [this, desk] {
                      return new UserManagementDialog(*m_store, desk);
                  } };
    list << Walk { u"AddUserDialog"_s, [this, desk] {
                      return new AddUserDialog(*m_store, systemClock(), desk);
                  } };
    list << Walk { u"ResetPasswordDialog"_s, [this, desk] {
                      const UserAccount account = UserService(*m_store).list().constFirst();
                      return new ResetPasswordDialog(*m_store, account, systemClock(), desk);
                  } };
    list << Walk { u"ChangePasswordDialog"_s, [this, desk] {
                      return new ChangePasswordDialog(*m_store, systemClock(), desk);
                  } };
    list << Walk { u"RecoveryKeyDialog"_s, [this, desk] {
                      return new RecoveryKeyDialog(
                          u"ABCDE-FGHJK-MNPQR-STVWX-YZ012-34567-89ABC-DEFGH"_s,
                          m_store->info().storeId, u"Woonstichting Voorbeeld"_s, desk);
                  } };
    // The registers.
    list << Walk { u"RecipientDialog"_s, [this, desk] {
                      return new RecipientDialog(*m_store, desk);
                  } };
    list << Walk { u"DisclosureDialog"_s, [this, desk] {
                      return new DisclosureDialog(*m_store, desk);
                  } };
    list << Walk { u"ProcessingActivityDialog"_s, [this, desk] {
                      return new ProcessingActivityDialog(*m_store, ProcessingActivity {}, desk);
                  } };
    list << Walk { u"RetentionTextDialog"_s, [desk] {
                      return new RetentionTextDialog(u"Legal hold"_s, u"Reason:"_s,
                                                     u"Reason for the legal hold"_s, desk);
                  } };
    list << Walk { u"DestroyDialog"_s, [this, desk] {
                      DestructionPlan plan;
                      plan.personId = m_fixture.otherId;
                      plan.klantnummer = u"K200"_s;
                      plan.name = test::PersonReportFixture::otherName();
                      plan.caseNumbers = { m_fixture.secondCase };
                      return new DestroyDialog(plan, desk);
                  } };
    return list;
}

void TestDialogWalk::walk_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("index");
    const QList<Walk> list = walks();
    for (const QString &language : { u"nl"_s, u"en"_s }) {
        for (int i = 0; i < list.size(); ++i)
            QTest::addRow("%s %s", qPrintable(language), qPrintable(list.at(i).name))
                << language << i;
    }
}

void TestDialogWalk::walk()
{
    QFETCH(QString, language);
    QFETCH(int, index);
    setLanguage(language);
    const Walk walk = walks().at(index);
    QPointer<QDialog> dialog = walk.make();
    QVERIFY(dialog);
    const auto cleanup = qScopeGuard([&dialog] { delete dialog.data(); });
    dialog->open();
    QVERIFY(becameActive(dialog));
    // It fits a 1200×800 screen with a task bar (issue 17): no buttons below the screen.
    const QSize room(1200, 760);
    QVERIFY2(dialog->width() <= room.width() && dialog->height() <= room.height(),
             qPrintable(u"%1 is %2×%3 on a %4×%5 screen"_s.arg(walk.name)
                            .arg(dialog->width())
                            .arg(dialog->height())
                            .arg(room.width())
                            .arg(room.height())));
    auto *wizard = qobject_cast<QWizard *>(dialog.data());
    for (int page = 0; page < 8; ++page) {
        // Each dialog and wizard page as the user sees it, when screenshots are asked for.
        QVERIFY(test::saveShot(dialog, test::shotsDir(),
                               u"dialog-%1-%2-%3"_s.arg(language, walk.name).arg(page)));
        checkOpenDialog(dialog, walk, wizard ? u"page %1"_s.arg(wizard->currentId()) : u"dialog"_s);
        if (QTest::currentTestFailed() || !wizard)
            return;
        const int before = wizard->currentId();
        if (!walk.next(wizard))
            return;
        QVERIFY2(wizard->currentId() != before,
                 qPrintable(u"%1 did not go on from page %2"_s.arg(walk.name).arg(before)));
        QCoreApplication::processEvents();
    }
    QFAIL("a wizard of more than eight pages?");
}

void TestDialogWalk::checkOpenDialog(QDialog *dialog, const Walk &walk, const QString &where)
{
    const QString what = walk.name + u", "_s + where;
    auto *wizard = qobject_cast<QWizard *>(dialog);
    QWidget *scope = wizard ? static_cast<QWidget *>(wizard->currentPage()) : dialog;
    QVERIFY(scope);

    // (a) The keyboard is in the first input.
    QWidget *focus = QApplication::focusWidget();
    QWidget *expected = walk.expectedFocus ? walk.expectedFocus(scope) : firstInput(scope);
    if (expected) {
        QVERIFY2(focus == expected,
                 qPrintable(what + u": focus on "_s + describe(focus) + u", expected "_s
                            + describe(expected)));
    } else {
        // No input: never a button that closes or destroys, only the default one.
        QVERIFY2(inside(dialog, focus),
                 qPrintable(what + u": focus outside the dialog: "_s + describe(focus)));
        const auto *button = qobject_cast<const QPushButton *>(focus);
        const bool fine = !button || button->isCheckable() || button->isDefault()
            || (wizard
                && (focus == wizard->button(QWizard::NextButton)
                    || focus == wizard->button(QWizard::CommitButton)
                    || focus == wizard->button(QWizard::FinishButton)));
        QVERIFY2(fine, qPrintable(what + u": focus on the button "_s + describe(focus)));
    }

    // (c) Every control is named.
    const QStringList unnamed = unnamedControls(dialog);
    QVERIFY2(
        unnamed.isEmpty(),
        qPrintable(what + u": controls without an accessible name: "_s + unnamed.join(u"; "_s)));

    // (b) Typing stays in the dialog.
    m_fired.clear();
    const auto restore = restorer(focus);
    // On a button (a dialog without input) the space bar presses it, and on a combo box it opens
    // the list, as they should: letters only.
    const auto *onButton = qobject_cast<const QAbstractButton *>(focus);
    const auto *onCombo = qobject_cast<const QComboBox *>(focus);
    const QString typed
        = (onButton && !onButton->isCheckable()) || (onCombo && !onCombo->isEditable())
        ? u"abc"_s
        : u"a b c"_s;
    for (const QChar c : typed) {
        QWidget *target = QApplication::focusWidget();
        QVERIFY2(inside(dialog, target),
                 qPrintable(what + u": the keyboard left the dialog while typing (now "_s
                            + describe(target) + u")"_s));
        QTest::keyClicks(target, QString(c));
    }
    const QList<QKeySequence> own = shortcutsOf(dialog);
    const QList<QKeySequence> desk = shortcutsOf(m_window.get());
    const QList<QKeySequence> lock = m_window->lockAction()->shortcuts();
    // F1 opens the manual beside the dialog, by design (context help): not a key that falls
    // through.
    const QList<QKeySequence> help = QKeySequence::keyBindings(QKeySequence::HelpContents);
    for (const QKeySequence &keys : desk) {
        if (keys.isEmpty() || own.contains(keys) || lock.contains(keys) || help.contains(keys))
            continue;
        QVERIFY2(dialog->isVisible(), qPrintable(what + u": closed before "_s + keys.toString()));
        QWidget *target = QApplication::focusWidget();
        QVERIFY2(inside(dialog, target),
                 qPrintable(what + u": the keyboard left the dialog before "_s + keys.toString()
                            + u" (now "_s + describe(target) + u")"_s));
        QTest::keyClick(target, keys[0].key(), keys[0].keyboardModifiers());
    }
    QVERIFY2(dialog->isVisible(), qPrintable(what + u": typing closed it"_s));
    QVERIFY2(QApplication::activeWindow() == dialog,
             qPrintable(what + u": no longer the active window: "_s
                        + describe(QApplication::activeWindow())));
    QVERIFY2(m_fired.isEmpty(),
             qPrintable(what + u": typing reached the main window: "_s + m_fired.join(u", "_s)));
    restore();
}

void TestDialogWalk::dispatchDialog_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("nl") << u"nl"_s;
    QTest::newRow("en") << u"en"_s;
}

// The one dialog put together in place (CaseDocumentsWidget: "Record dispatch"), run with
// exec() as the widget does.
void TestDialogWalk::dispatchDialog()
{
    QFETCH(QString, language);
    setLanguage(language);
    CaseDetailWidget *detail = m_window->caseDetail();
    CaseDocumentsWidget *documents = detail->documentsWidget();
    if (documents->lettersList()->topLevelItemCount() == 0) {
        LetterDialog letter(*m_store, caseNumber(), detail);
        letter.setKind(LetterKind::Ontvangstbevestiging);
        QVERIFY2(letter.recordShown(), qPrintable(letter.message()));
        QVERIFY(m_window->caseDetail()->showCase(caseNumber()));
    }
    QVERIFY(documents->lettersList()->topLevelItemCount() > 0);
    documents->lettersList()->setCurrentItem(documents->lettersList()->topLevelItem(0));
    const Walk walk { u"dispatchDialog"_s, {} };
    bool checked = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (dialog && becameActive(dialog)) {
            QCOMPARE(dialog->objectName(), u"dispatchDialog"_s);
            checkOpenDialog(dialog, walk, u"dialog"_s);
            checked = true;
        }
        if (dialog)
            dialog->reject();
    });
    QVERIFY(!documents->recordDispatch());
    QVERIFY(checked);
}

// The report of issue 17: Ctrl+E in the desk opens the extension dialog, and the reason typed
// next goes into it — not onto Cancel, not into the desk's shortcuts.
void TestDialogWalk::extensionByKeyboardKeepsTheKeys()
{
    setLanguage(u"nl"_s);
    QVERIFY(m_window->caseDetail()->showCase(caseNumber()));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_window->caseDetail()->setFocus();
    QTest::keyClick(m_window.get(), Qt::Key_E, Qt::ControlModifier);
    QPointer<CaseActionDialog> dialog = m_window->caseDetail()->currentDialog();
    QVERIFY(qobject_cast<ExtendDialog *>(dialog.data()));
    const auto cleanup = qScopeGuard([&dialog] { delete dialog.data(); });
    QVERIFY(becameActive(dialog));
    m_fired.clear();
    QTest::keyClicks(QApplication::focusWidget(), u"Complex verzoek, veel dossiers"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_E,
                    Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(dialog->isVisible());
    QCOMPARE(m_fired, QStringList());
    auto *reason = qobject_cast<QPlainTextEdit *>(QApplication::focusWidget());
    QVERIFY2(reason, qPrintable(describe(QApplication::focusWidget())));
    QVERIFY(reason->toPlainText().startsWith(u"Complex verzoek, veel dossiers"_s));
}

QTEST_MAIN(TestDialogWalk)
#include "tst_dialogwalk.moc"
