// Letters that say only what is true: a confirmation of a rectification or erasure
// names the recipients recorded as told of it (art. 19 AVG) and is refused while one is not;
// the acknowledgement's sentence on extension follows the organisation's policy; the export's
// cover letter says what the inzage report beside it says about the other systems. Each letter
// kind changed is rendered to a PDF and read back with pdftotext.

#include "CliRunner.h"
#include "DocumentFixture.h"
#include "TestSupport.h"
#include "documents/ComplaintDossier.h"
#include "documents/LetterDialog.h"
#include "documents/PersonExport.h"
#include "documents/PersonReport.h"
#include "documents/PersonReportDocument.h"
#include "documents/PersonReview.h"
#include "letters/AccessScope.h"
#include "letters/Letters.h"
#include "organisation/OrganisationSettings.h"
#include "registers/Disclosures.h"
#include "registers/Recipients.h"
#include "session/Session.h"
#include "util/Clock.h"

#include <QComboBox>
#include <QFile>
#include <QJsonObject>
#include <QScopeGuard>
#include <QSet>
#include <QSqlQuery>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;
using namespace Qt::StringLiterals;

namespace {

QString plain(const QString &html)
{
    return LetterTemplates::plainText(html).simplified();
}

// The sentence every confirmation template once said, whatever happened.
const QString oldArt19Sentence
    = u"<p>Hebben wij uw gegevens eerder aan anderen verstrekt, dan hebben wij hen over de "
      "verwijdering ingelicht, tenzij dat onmogelijk bleek of onevenredig veel inspanning zou "
      "kosten (artikel 19 AVG). Op uw verzoek vertellen wij u wie dat zijn.</p>"_s;

} // namespace

class TestLetterFacts final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void confirmationNamesTheRecipientsTold();
    void onlyDisclosuresBeforeTheChangeCount();
    void oldTemplateKeepsItsSentence();
    void refusedOnTheCommandLine();
    void refusedInTheDialog();
    void organisationIncompleteOnTheCommandLine();
    void organisationIncompleteInTheDialog();
    void extensionFollowsThePolicy_data();
    void extensionFollowsThePolicy();
    void extensionAlreadyTold();
    void noticeAfterTheOwnDeadlineSaysSo();
    void acknowledgementSaysWhatFollowsIdentification();
    void lawsExtensionBeyondOwnPolicy();
    void coverLetterSaysWhatTheReportSays();
    void oldCoverTemplateStillSaysIt();
    void changedKindsAsPdf();
    void lateAnswerSaysSo_data();
    void lateAnswerSaysSo();
    void oldDecisionTemplateStillSaysItIsLate();
    void coverLetterSaysWhatWasLeftOut();

private:
    // An erasure request received on `received`, identified, granted on `answered`, whose
    // person received data from two recipients before: a contractor and, under a disclosure
    // the law forbids telling the person of, the police.
    std::optional<Case> erasedWithRecipients(const QString &name, const QString &klantnummer,
                                             QDate received, QDate answered);
    bool disclose(qint64 personId, const QString &recipient, RecipientCategory category, QDate day,
                  InformedStatus informed);
    QString lastPdfText(const QString &html, const QString &name);

    QTemporaryDir m_tmp;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<test::DocumentFixture> m_fixture;
};

void TestLetterFacts::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    m_store = test::createServiceStore(m_tmp.filePath(u"store"_s));
    QVERIFY(m_store);
    m_fixture = std::make_unique<test::DocumentFixture>(*m_store);
    QVERIFY2(m_fixture->setOrganisation(), qPrintable(m_fixture->error()));
}

bool TestLetterFacts::disclose(qint64 personId, const QString &recipient,
                               RecipientCategory category, QDate day, InformedStatus informed)
{
    m_fixture->at(day);
    RecipientService recipients(Session { *m_store, m_fixture->clock() });
    ServiceError error;
    std::optional<Recipient> found = recipients.findByName(recipient);
    if (!found) {
        Recipient r;
        r.name = recipient;
        r.category = category;
        found = recipients.add(r, BsnCheck::Refuse, &error);
        if (!found) {
            qWarning() << error.message;
            return false;
        }
    }
    Disclosure d;
    d.date = day;
    d.recipientId = found->id;
    d.persons = { { personId, {}, {} } };
    d.data = { DataCategory::Naw };
    d.purpose = u"Uitvoeren van een opdracht"_s;
    d.basis = LegalBasis::LegalObligation;
    d.basisText = u"Art. 126nd Wetboek van Strafvordering"_s;
    d.informed = informed;
    if (informed == InformedStatus::Informed)
        d.informedOn = day;
    if (informed == InformedStatus::Prohibited)
        d.notInformedReason = u"Lopend strafrechtelijk onderzoek"_s;
    if (!DisclosureService(Session { *m_store, m_fixture->clock() })
             .add(d, BsnCheck::Refuse, &error)) {
        qWarning() << error.message;
        return false;
    }
    return true;
}

std::optional<Case> TestLetterFacts::erasedWithRecipients(const QString &name,
                                                          const QString &klantnummer,
                                                          QDate received, QDate answered)
{
    const auto c = m_fixture->addCase(name, klantnummer, { RequestType::Verwijdering }, received);
    if (!c || !m_fixture->identify(c->number, received, received.addDays(1))
        || !disclose(c->person.id, u"Aannemersbedrijf Vakwerk"_s, RecipientCategory::Aannemer,
                     received.addDays(2), InformedStatus::Informed)
        || !disclose(c->person.id, u"Politie Midden-Nederland"_s,
                     RecipientCategory::PolitieJustitie, received.addDays(3),
                     InformedStatus::Prohibited)
        || !m_fixture->complete(c->number, Outcome::Toegewezen, {}, answered))
        return std::nullopt;
    return c;
}

QString TestLetterFacts::lastPdfText(const QString &html, const QString &name)
{
    const QString path = m_tmp.filePath(name + u".pdf"_s);
    QString error;
    int pages = 0;
    if (!LetterService::writePdf(html, name, PrintedDocument::Marking::Real, path, &error,
                                 &pages)) {
        qWarning() << error;
        return {};
    }
    if (const QString keep = qEnvironmentVariable("PRIVACYDESK_KEEP_PDF"); !keep.isEmpty()) {
        QFile::remove(keep + u'-' + name + u".pdf"_s);
        QFile::copy(path, keep + u'-' + name + u".pdf"_s);
    }
    return test::DocumentFixture::pdfPages(path).join(u' ').simplified();
}

// Art. 19 AVG: a confirmation names whom the change was passed on to, and cannot be made while
// a recipient of the person's data was not recorded as told of it.
void TestLetterFacts::confirmationNamesTheRecipientsTold()
{
    const auto c
        = erasedWithRecipients(u"E. Wissel"_s, u"K300001"_s, QDate(2026, 3, 2), QDate(2026, 3, 20));
    QVERIFY2(c, qPrintable(m_fixture->error()));
    LetterService letters(Session { *m_store, m_fixture->clock() });
    ServiceError error;
    QVERIFY(!letters.render(c->number, LetterKind::BevestigingVerwijdering, &error));
    QCOMPARE(error.code, ServiceError::Code::Invalid);
    QVERIFY2(error.message.contains(u"art. 19"_s), qPrintable(error.message));
    QVERIFY2(error.message.contains(u"Aannemersbedrijf Vakwerk"_s), qPrintable(error.message));
    // The officer must tell the police too: named to the officer, never to the tenant.
    QVERIFY2(error.message.contains(u"Politie Midden-Nederland"_s), qPrintable(error.message));
    QVERIFY2(error.message.contains(u"Disclosures"_s), qPrintable(error.message));
    QVERIFY(!letters.generate(c->number, LetterKind::BevestigingVerwijdering, BsnCheck::Refuse,
                              &error));
    QVERIFY(letters.letters(c->number).isEmpty());
    for (const LetterAvailability &a : letters.availability(c->number)) {
        if (a.kind == LetterKind::BevestigingVerwijdering) {
            QVERIFY(!a.available);
            QVERIFY(a.reason.contains(u"Aannemersbedrijf Vakwerk"_s));
        }
        if (a.kind == LetterKind::Besluit) // a decision does not claim anyone was told
            QVERIFY2(a.available, qPrintable(a.reason));
    }

    // One told: the refusal names only the other.
    DisclosureService disclosures(Session { *m_store, m_fixture->clock() });
    const QList<Art19Notification> recipients = disclosures.art19Notifications(c->number, &error);
    QVERIFY(!error.isError());
    QCOMPARE(recipients.size(), 2);
    m_fixture->at(QDate(2026, 3, 23));
    QVERIFY2(disclosures.markNotified(c->number, recipients.at(0).recipientId, QDate(2026, 3, 23),
                                      &error),
             qPrintable(error.message));
    QVERIFY(!letters.render(c->number, LetterKind::BevestigingVerwijdering, &error));
    QVERIFY(!error.message.contains(u"Aannemersbedrijf Vakwerk"_s));
    QVERIFY2(error.message.contains(u"Politie Midden-Nederland"_s), qPrintable(error.message));

    m_fixture->at(QDate(2026, 3, 24));
    QVERIFY2(disclosures.markNotified(c->number, recipients.at(1).recipientId, QDate(2026, 3, 24),
                                      &error),
             qPrintable(error.message));
    const auto letter = letters.generate(c->number, LetterKind::BevestigingVerwijdering,
                                         BsnCheck::Refuse, &error);
    QVERIFY2(letter, qPrintable(error.message));
    const QString text = plain(letter->html);
    QVERIFY2(text.contains(u"Wij hebben de verwijdering ook doorgegeven aan deze organisaties. Zij "
                           "hebben uw gegevens eerder van ons gekregen (artikel 19 AVG):"_s),
             qPrintable(text));
    QVERIFY2(text.contains(u"Aannemersbedrijf Vakwerk (op 23 maart 2026)"_s), qPrintable(text));
    // A disclosure the law forbids telling the person of stays untold here as well.
    QVERIFY2(!text.contains(u"Politie"_s), qPrintable(text));
    QVERIFY(!text.contains(u"ingelicht"_s));
    QVERIFY(!text.contains(u"{{"_s));
}

// Only a recipient that had the data before the answer must be told; a later disclosure is
// not part of the change.
void TestLetterFacts::onlyDisclosuresBeforeTheChangeCount()
{
    const auto c = m_fixture->addCase(u"R. Recht"_s, u"K300002"_s, { RequestType::Rectificatie },
                                      QDate(2026, 4, 1));
    QVERIFY2(c, qPrintable(m_fixture->error()));
    QVERIFY(m_fixture->identify(c->number, QDate(2026, 4, 1), QDate(2026, 4, 2)));
    QVERIFY(m_fixture->complete(c->number, Outcome::Toegewezen, {}, QDate(2026, 4, 10)));
    QVERIFY(disclose(c->person.id, u"Aannemersbedrijf Vakwerk"_s, RecipientCategory::Aannemer,
                     QDate(2026, 4, 14), InformedStatus::Informed));
    ServiceError error;
    const auto letter = LetterService(Session { *m_store, m_fixture->clock() })
                            .render(c->number, LetterKind::BevestigingRectificatie, &error);
    QVERIFY2(letter, qPrintable(error.message));
    const QString text = plain(letter->html);
    QVERIFY2(!text.contains(u"artikel 19"_s), qPrintable(text));
    QVERIFY(!text.contains(u"Aannemersbedrijf"_s));
}

// A confirmation template of the organisation's own from the first releases keeps its conditional
// sentence: the refusal keeps it true (everyone who had the data was told), and the officer is
// told that the recipients are not named.
void TestLetterFacts::oldTemplateKeepsItsSentence()
{
    const auto c = erasedWithRecipients(u"O. Oudsjabloon"_s, u"K300003"_s, QDate(2026, 5, 4),
                                        QDate(2026, 5, 22));
    QVERIFY2(c, qPrintable(m_fixture->error()));
    QString old = LetterTemplates::defaultHtml(LetterKind::BevestigingVerwijdering);
    QVERIFY(old.contains(u"{{art19.ontvangers}}"_s));
    old.replace(u"{{art19.ontvangers}}"_s, oldArt19Sentence);
    QSqlQuery query(m_store->database());
    query.prepare(u"INSERT INTO letter_templates (kind, body, changed_at, changed_by) VALUES "
                  "('bevestiging-verwijdering', ?, '2026-01-05T10:00:00.000Z', 'x')"_s);
    query.addBindValue(old);
    QVERIFY(query.exec());

    LetterService letters(Session { *m_store, m_fixture->clock() });
    ServiceError error;
    QVERIFY(!letters.render(c->number, LetterKind::BevestigingVerwijdering, &error));
    QVERIFY2(error.message.contains(u"art. 19"_s), qPrintable(error.message));
    QVERIFY2(m_fixture->notifyRecipients(c->number, QDate(2026, 5, 25)),
             qPrintable(m_fixture->error()));
    const auto letter = letters.render(c->number, LetterKind::BevestigingVerwijdering, &error);
    QVERIFY2(letter, qPrintable(error.message));
    QVERIFY(plain(letter->html).contains(u"dan hebben wij hen over de verwijdering ingelicht"_s));
    QVERIFY2(letter->warning.contains(u"{{art19.ontvangers}}"_s), qPrintable(letter->warning));
    QVERIFY(query.exec(u"DELETE FROM letter_templates"_s));
    const auto fresh = letters.render(c->number, LetterKind::BevestigingVerwijdering, &error);
    QVERIFY2(fresh, qPrintable(error.message));
    QVERIFY(fresh->warning.isEmpty());
    QVERIFY(plain(fresh->html).contains(u"Aannemersbedrijf Vakwerk (op 25 mei 2026)"_s));
}

// The command-line tool refuses the same letter with exit code 1 and the reason on stderr.
void TestLetterFacts::refusedOnTheCommandLine()
{
    // The tool runs on the system's clock: dates relative to today.
    const QDate today = pd::systemClock().today();
    const QString folder = m_tmp.filePath(u"cli-store"_s);
    QString number;
    {
        auto store = test::createServiceStore(folder);
        QVERIFY(store);
        test::DocumentFixture fixture(*store);
        QVERIFY2(fixture.setOrganisation(), qPrintable(fixture.error()));
        const auto c = fixture.addCase(u"C. Opdrachtregel"_s, u"K300004"_s,
                                       { RequestType::Verwijdering }, today.addDays(-12));
        QVERIFY2(c, qPrintable(fixture.error()));
        QVERIFY(fixture.identify(c->number, today.addDays(-12), today.addDays(-11)));
        QVERIFY(fixture.addDisclosures(c->person.id, c->number, 1, today.addDays(-10)));
        QVERIFY(fixture.complete(c->number, Outcome::Toegewezen, {}, today.addDays(-2)));
        number = c->number;
    }
    const QString passwordFile = m_tmp.filePath(u"cli-password.txt"_s);
    QFile file(passwordFile);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(test::testPassword.toUtf8() + '\n');
    file.close();
    const test::CliRunner cli(QStringLiteral(CLI_PATH), m_tmp.path(), u"en"_s);
    const QString pdf = m_tmp.filePath(u"cli-bevestiging.pdf"_s);
    const auto result
        = cli.run(test::serviceStoreArguments(folder)
                  + QStringList { u"--password-file"_s, passwordFile, u"letter"_s, number,
                                  u"--kind"_s, u"bevestiging-verwijdering"_s, u"--pdf"_s, pdf });
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(u"Aannemersbedrijf Bouwkracht B.V."_s), qPrintable(result.err));
    QVERIFY2(result.err.contains(u"art. 19"_s), qPrintable(result.err));
    QVERIFY(!QFile::exists(pdf));
    const auto kinds = cli.run(
        test::serviceStoreArguments(folder)
        + QStringList { u"--password-file"_s, passwordFile, u"letter"_s, u"kinds"_s, number });
    QCOMPARE(kinds.exitCode, 0);
    QVERIFY2(kinds.out.contains(u"Aannemersbedrijf Bouwkracht B.V."_s), qPrintable(kinds.out));
}

// The letter dialog marks the confirmation as not possible now, with the reason as its tooltip
// and, chosen, as its message.
void TestLetterFacts::refusedInTheDialog()
{
    const auto c = erasedWithRecipients(u"D. Dialoog"_s, u"K300005"_s, QDate(2026, 6, 1),
                                        QDate(2026, 6, 19));
    QVERIFY2(c, qPrintable(m_fixture->error()));
    ui::LetterDialog dialog(Session { *m_store, m_fixture->clock() }, c->number, nullptr);
    QVERIFY(!dialog.isAvailable(LetterKind::BevestigingVerwijdering));
    auto *kinds = dialog.findChild<QComboBox *>(u"kind"_s);
    QVERIFY(kinds);
    auto *model = qobject_cast<QStandardItemModel *>(kinds->model());
    QVERIFY(model);
    bool found = false;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QStandardItem *item = model->item(row);
        if (static_cast<LetterKind>(item->data(Qt::UserRole).toInt())
            != LetterKind::BevestigingVerwijdering)
            continue;
        found = true;
        QVERIFY(item->text() != codes::label(LetterKind::BevestigingVerwijdering));
        QVERIFY2(item->toolTip().contains(u"Politie Midden-Nederland"_s),
                 qPrintable(item->toolTip()));
    }
    QVERIFY(found);
    dialog.setKind(LetterKind::BevestigingVerwijdering);
    QVERIFY(!dialog.rendered());
    QVERIFY2(dialog.message().contains(u"art. 19"_s), qPrintable(dialog.message()));
}

// No letter while the organisation's privacy e-mail address is empty (a phone number
// is not enough: every letter says where to send what, by e-mail and by post). The tool refuses
// with exit code 1 and says where to fill it in.
void TestLetterFacts::organisationIncompleteOnTheCommandLine()
{
    const QDate today = pd::systemClock().today();
    const QString folder = m_tmp.filePath(u"cli-store-organisation"_s);
    QString number;
    {
        auto store = test::createServiceStore(folder);
        QVERIFY(store);
        test::DocumentFixture fixture(*store);
        QVERIFY2(fixture.setOrganisation(), qPrintable(fixture.error()));
        const auto c = fixture.addCase(u"C. Contact"_s, u"K300020"_s, { RequestType::Inzage },
                                       today.addDays(-2));
        QVERIFY2(c, qPrintable(fixture.error()));
        number = c->number;
        OrganisationSettings settings(Session { *store });
        OrganisationDetails details = settings.details();
        details.privacyEmail.clear();
        details.phone = u"030 123 45 67"_s;
        ServiceError error;
        QVERIFY2(settings.save(details, BsnCheck::Refuse, &error), qPrintable(error.message));
    }
    const QString passwordFile = m_tmp.filePath(u"cli-password-organisation.txt"_s);
    QFile file(passwordFile);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(test::testPassword.toUtf8() + '\n');
    file.close();
    const QString pdf = m_tmp.filePath(u"cli-ontvangstbevestiging.pdf"_s);
    const QStringList args = test::serviceStoreArguments(folder)
        + QStringList { u"--password-file"_s,      passwordFile, u"letter"_s, number, u"--kind"_s,
                        u"ontvangstbevestiging"_s, u"--pdf"_s,   pdf };
    const auto english = test::CliRunner(QStringLiteral(CLI_PATH), m_tmp.path(), u"en"_s).run(args);
    QCOMPARE(english.exitCode, 1);
    QVERIFY2(english.err.contains(u"the privacy e-mail address"_s), qPrintable(english.err));
    QVERIFY2(english.err.contains(u"Extra → Settings → Organisation"_s), qPrintable(english.err));
    QVERIFY2(english.err.contains(u"settings set"_s), qPrintable(english.err));
    QVERIFY(!QFile::exists(pdf));
    const auto dutch = test::CliRunner(QStringLiteral(CLI_PATH), m_tmp.path(), u"nl"_s).run(args);
    QCOMPARE(dutch.exitCode, 1);
    QVERIFY2(dutch.err.contains(u"Instellingen"_s), qPrintable(dutch.err));
    QVERIFY(!QFile::exists(pdf));
}

// The letter dialog shows the same refusal and offers no letter; with the address back, it does.
void TestLetterFacts::organisationIncompleteInTheDialog()
{
    const auto c = m_fixture->addCase(u"D. Dialoogcontact"_s, u"K300021"_s, { RequestType::Inzage },
                                      QDate(2026, 9, 1));
    QVERIFY2(c, qPrintable(m_fixture->error()));
    OrganisationSettings settings(Session { *m_store, m_fixture->clock() });
    const OrganisationDetails complete = settings.details();
    OrganisationDetails details = complete;
    details.privacyEmail.clear();
    details.phone = u"030 123 45 67"_s;
    ServiceError error;
    QVERIFY2(settings.save(details, BsnCheck::Refuse, &error), qPrintable(error.message));
    {
        ui::LetterDialog dialog(Session { *m_store, m_fixture->clock() }, c->number, nullptr);
        for (LetterKind kind : LetterCodes::kinds())
            QVERIFY(!dialog.isAvailable(kind));
        dialog.setKind(LetterKind::Ontvangstbevestiging);
        QVERIFY(!dialog.rendered());
        QVERIFY2(dialog.message().contains(u"privacy e-mail address"_s),
                 qPrintable(dialog.message()));
        QVERIFY2(dialog.message().contains(u"Settings"_s), qPrintable(dialog.message()));
    }
    QVERIFY2(settings.save(complete, BsnCheck::Refuse, &error), qPrintable(error.message));
    ui::LetterDialog dialog(Session { *m_store, m_fixture->clock() }, c->number, nullptr);
    QVERIFY(dialog.isAvailable(LetterKind::Ontvangstbevestiging));
    dialog.setKind(LetterKind::Ontvangstbevestiging);
    QVERIFY(dialog.rendered());
}

void TestLetterFacts::extensionFollowsThePolicy_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("extension");
    QTest::addColumn<bool>("move");
    QTest::addColumn<QStringList>("says");
    QTest::addColumn<QStringList>("neverSays");
    // Received 1 October 2026: one month → 1 November, a Sunday → 2 November.
    // The date is the organisation's own when its term ends first: the sentence names that term
    // and the law's month as the most allowed, never "De wet geeft ons hiervoor één maand"
    // beside a four-week date (seed 003).
    const QString ownTerm = u"Dat is onze eigen termijn van %1. De wet geeft ons hiervoor ten "
                            "hoogste één maand (artikel 12 lid 3 AVG)."_s;
    const QString lawsMonth = u"De wet geeft ons hiervoor één maand (artikel 12 lid 3 AVG)"_s;
    // The own 30 days end on Saturday 31 October, a day nobody works: by default moved to
    // Monday 2 November, the legal date.
    QTest::newRow("30 + 30 days (default)")
        << u"30d"_s << u"30d"_s << true
        << QStringList { u"uiterlijk op 2 november 2026. "_s + lawsMonth,
                         u"De wet staat dan toe dat de termijn met ten hoogste twee maanden "
                         "wordt verlengd."_s,
                         u"Wij verlengen alleen als dat echt nodig is. U krijgt ons antwoord dan "
                         "uiterlijk op 30 november 2026."_s,
                         u"Als wij verlengen, laten wij u dat uiterlijk op 2 november 2026 weten, "
                         "en waarom."_s }
        << QStringList { u"Wij verlengen niet"_s, u"31 oktober"_s };
    // The organisation says otherwise: Saturday 31 October binds, and an extension is told by
    // then, never after the answer it would postpone (it said 2 November).
    QTest::newRow("30 + 30 days, not moved")
        << u"30d"_s << u"30d"_s << false
        << QStringList { u"uiterlijk op 31 oktober 2026."_s + u' ' + ownTerm.arg(u"30 dagen"_s),
                         u"Als wij verlengen, laten wij u dat uiterlijk op 31 oktober 2026 weten, "
                         "en waarom."_s }
        << QStringList { u"Wij verlengen niet"_s, u"2 november"_s, lawsMonth };
    // No extension of its own: the law's stays available, told by the own four weeks, and
    // means the own term is not met.
    QTest::newRow("four weeks, no extension")
        << u"4w"_s << u"0"_s << true
        << QStringList { u"uiterlijk op 29 oktober 2026."_s + u' ' + ownTerm.arg(u"vier weken"_s),
                         u"Onze eigen termijn van vier weken verlengen wij niet. Lukt het ons echt "
                         "niet om op tijd te antwoorden, dan mogen wij volgens de wet toch "
                         "verlengen. Dan laten wij u dat uiterlijk op 29 oktober 2026 weten, en "
                         "waarom. U krijgt ons antwoord dan uiterlijk op 4 januari 2027."_s }
        << QStringList { u"Wij verlengen niet"_s, u"2 november"_s, lawsMonth };
    // One month ends on Sunday 1 November, three months on Nieuwjaarsdag 2027: both moved.
    QTest::newRow("one month + two months")
        << u"1m"_s << u"2m"_s << true
        << QStringList { u"uiterlijk op 2 november 2026. "_s + lawsMonth,
                         u"U krijgt ons antwoord dan uiterlijk op 4 januari 2027."_s }
        << QStringList { u"Wij verlengen niet"_s, u"eigen termijn"_s, u"1 november"_s,
                         u"1 januari"_s };
}

// The acknowledgement states the legal possibility (art. 12 lid 3 AVG) and what the
// organisation's own policy does with it, never more.
void TestLetterFacts::extensionFollowsThePolicy()
{
    QFETCH(QString, base);
    QFETCH(QString, extension);
    QFETCH(bool, move);
    QFETCH(QStringList, says);
    QFETCH(QStringList, neverSays);
    CaseService cases(Session { *m_store, m_fixture->clock() });
    const DeadlinePolicy before = cases.policy(nullptr).value();
    DeadlinePolicy policy = before;
    const auto period = [](const QString &text) {
        const QChar unit = text.back();
        const int amount = text.chopped(1).toInt();
        return Period { amount,
                        unit == u'd'       ? PeriodUnit::Days
                            : unit == u'w' ? PeriodUnit::Weeks
                                           : PeriodUnit::Months };
    };
    policy.base = period(base);
    policy.extension = extension == u"0"_s ? Period { 0, PeriodUnit::Days } : period(extension);
    policy.moveToWorkingDay = move;
    ServiceError error;
    QVERIFY2(cases.setPolicy(policy, &error), qPrintable(error.message));
    static int row = 0;
    const auto c = m_fixture->addCase(u"T. Termijn"_s, u"K3100%1"_s.arg(++row),
                                      { RequestType::Inzage }, QDate(2026, 10, 1));
    QVERIFY2(c, qPrintable(m_fixture->error()));
    const auto letter = LetterService(Session { *m_store, m_fixture->clock() })
                            .render(c->number, LetterKind::Ontvangstbevestiging, &error);
    QVERIFY(cases.setPolicy(before, &error));
    QVERIFY2(letter, qPrintable(error.message));
    const QString text = plain(letter->html);
    QVERIFY2(text.contains(u"artikel 12 lid 3 AVG"_s), qPrintable(text));
    for (const QString &sentence : says)
        QVERIFY2(text.contains(sentence), qPrintable(sentence + u"\n\n"_s + text));
    for (const QString &sentence : neverSays)
        QVERIFY2(!text.contains(sentence), qPrintable(sentence + u"\n\n"_s + text));
    QVERIFY(!text.contains(u"{{"_s));
}

// Seed 000 (Domijn, R3): the acknowledgement says what follows once the organisation knows who
// asks, as the request's kinds say: an erasure is told that its data will be erased, not
// "geven wij u uw gegevens of veranderen wij ze".
void TestLetterFacts::acknowledgementSaysWhatFollowsIdentification()
{
    const auto says = [this](const QString &klantnummer, const QList<RequestType> &types) {
        const auto c = m_fixture->addCase(u"A. Wissel"_s, klantnummer, types, QDate(2026, 10, 1));
        if (!c)
            return m_fixture->error();
        ServiceError error;
        const auto letter = LetterService(Session { *m_store, m_fixture->clock() })
                                .render(c->number, LetterKind::Ontvangstbevestiging, &error);
        return letter ? plain(letter->html) : error.message;
    };
    QString text = says(u"K300060"_s, { RequestType::Verwijdering });
    QVERIFY2(text.contains(u"Pas dan verwijderen wij uw gegevens. Daarom"_s), qPrintable(text));
    QVERIFY2(!text.contains(u"geven wij u"_s), qPrintable(text));
    text = says(u"K300061"_s, { RequestType::Inzage, RequestType::Rectificatie });
    QVERIFY2(text.contains(u"Pas dan geven wij u uw gegevens of veranderen wij ze. Daarom"_s),
             qPrintable(text));
    text = says(u"K300062"_s, { RequestType::Rectificatie, RequestType::Beperking });
    QVERIFY2(text.contains(u"Pas dan veranderen wij uw gegevens of beperken wij het gebruik "
                           "ervan. Daarom"_s),
             qPrintable(text));
}

// Once the extension was told, the acknowledgement says so instead of announcing it.
void TestLetterFacts::extensionAlreadyTold()
{
    const auto c = m_fixture->addCase(u"V. Verlengd"_s, u"K300006"_s, { RequestType::Inzage },
                                      QDate(2026, 10, 1));
    QVERIFY2(c, qPrintable(m_fixture->error()));
    QVERIFY(m_fixture->identify(c->number, QDate(2026, 10, 1), QDate(2026, 10, 2)));
    QVERIFY(m_fixture->extend(c->number, u"Veel gegevens in drie systemen"_s, QDate(2026, 10, 20)));
    ServiceError error;
    const auto letter = LetterService(Session { *m_store, m_fixture->clock() })
                            .render(c->number, LetterKind::Ontvangstbevestiging, &error);
    QVERIFY2(letter, qPrintable(error.message));
    const QString text = plain(letter->html);
    QVERIFY2(text.contains(u"uiterlijk op 1 december 2026"_s), qPrintable(text));
    QVERIFY2(text.contains(u"Op 20 oktober 2026 hebben wij u laten weten dat wij meer tijd nodig "
                           "hebben, en waarom."_s),
             qPrintable(text));
    QVERIFY(!text.contains(u"antwoord dan uiterlijk"_s));
}

// An extension told after the organisation's own deadline (but within the
// legal month) says in its notice that it comes later than promised, made that day or later;
// one told in time does not.
void TestLetterFacts::noticeAfterTheOwnDeadlineSaysSo()
{
    // Received 2 March 2026: the own 30 days end on 1 April, the legal month on 2 April.
    const auto c = m_fixture->addCase(u"T. Termijn"_s, u"K300038"_s, { RequestType::Inzage },
                                      QDate(2026, 3, 2));
    QVERIFY2(c, qPrintable(m_fixture->error()));
    QVERIFY(m_fixture->identify(c->number, QDate(2026, 3, 2), QDate(2026, 3, 2)));
    QVERIFY2(m_fixture->extend(c->number, u"Veel gegevens in vier systemen"_s, QDate(2026, 4, 2)),
             qPrintable(m_fixture->error()));
    ServiceError error;
    const auto notice = [&] {
        const auto letter = LetterService(Session { *m_store, m_fixture->clock() })
                                .render(c->number, LetterKind::Verlengingsbericht, &error);
        return letter ? plain(letter->html) : error.message;
    };
    QString text = notice();
    QVERIFY2(text.contains(u"Daarom verlengen wij de termijn. Wij laten u dit later weten dan wij "
                           "beloven: onze eigen termijn van 30 dagen liep al af op 1 april 2026. "
                           "U krijgt ons antwoord uiterlijk op 1 mei 2026."_s),
             qPrintable(text));
    // No acknowledgement after it: "De datum hierboven houdt daar al rekening mee" would stand
    // beside the own date of 1 April, which was missed, not moved.
    const auto acknowledgement = LetterService(Session { *m_store, m_fixture->clock() })
                                     .render(c->number, LetterKind::Ontvangstbevestiging, &error);
    QVERIFY(!acknowledgement);
    QVERIFY2(error.message.contains(u"has passed"_s), qPrintable(error.message));
    m_fixture->at(QDate(2026, 4, 7));
    text = notice();
    QVERIFY2(text.contains(u"Met deze brief bevestigen wij dat. Dat bericht kwam later dan wij "
                           "beloven: onze eigen termijn van 30 dagen liep al af op 1 april "
                           "2026."_s),
             qPrintable(text));

    // Told in time: no such sentence.
    const auto inTime = m_fixture->addCase(u"T. Tijdig"_s, u"K300039"_s, { RequestType::Inzage },
                                           QDate(2026, 3, 2));
    QVERIFY2(inTime, qPrintable(m_fixture->error()));
    QVERIFY(m_fixture->identify(inTime->number, QDate(2026, 3, 2), QDate(2026, 3, 2)));
    QVERIFY(m_fixture->extend(inTime->number, u"Veel gegevens"_s, QDate(2026, 3, 30)));
    const auto letter = LetterService(Session { *m_store, m_fixture->clock() })
                            .render(inTime->number, LetterKind::Verlengingsbericht, &error);
    QVERIFY2(letter, qPrintable(error.message));
    QVERIFY2(!plain(letter->html).contains(u"later dan wij beloven"_s),
             qPrintable(plain(letter->html)));
}

// "Binnen vier weken" without an extension of its own (seed 003): the law's extension stays
// available (art. 12(3) AVG). Only the legal deadline moves; the notice says the own term is not
// met and why, the acknowledgement and the decision keep to the date told, and the AP dossier
// shows the departure from the own policy.
void TestLetterFacts::lawsExtensionBeyondOwnPolicy()
{
    CaseService cases(Session { *m_store, m_fixture->clock() });
    const DeadlinePolicy before = cases.policy(nullptr).value();
    DeadlinePolicy fourWeeks = before;
    fourWeeks.base = { 4, PeriodUnit::Weeks };
    fourWeeks.extension = { 0, PeriodUnit::Days };
    ServiceError error;
    QVERIFY2(cases.setPolicy(fourWeeks, &error), qPrintable(error.message));
    const auto restore = qScopeGuard([&] { cases.setPolicy(before, &error); });
    // Received 1 October 2026: own four weeks 29 October; legal 2 November; three months
    // 1 January 2027, Nieuwjaarsdag, so 4 January.
    const auto c = m_fixture->addCase(u"N. Nietverlengd"_s, u"K300010"_s,
                                      { RequestType::Verwijdering }, QDate(2026, 10, 1));
    QVERIFY2(c, qPrintable(m_fixture->error()));
    QVERIFY(m_fixture->identify(c->number, QDate(2026, 10, 1), QDate(2026, 10, 1)));
    QVERIFY2(
        m_fixture->extend(c->number, u"Uw gegevens staan in vier systemen."_s, QDate(2026, 10, 20)),
        qPrintable(m_fixture->error()));
    const CaseDeadlines d = cases.deadlines(*cases.find(c->number), nullptr).value();
    QVERIFY(d.extensionBeyondOwnPolicy);
    QVERIFY(!d.extensionAfterOwnDeadline && !d.extensionLegallyLate);
    QCOMPARE(d.all.policy, QDate(2026, 10, 29));
    QCOMPARE(d.all.effectiveExtended, QDate(2027, 1, 4));
    // The own term, not extended, stays the request's deadline: it is late against it.
    QCOMPARE(d.current, QDate(2026, 10, 29));
    QCOMPARE(d.currentBinding, Binding::Policy);
    const QJsonObject payload = cases.timeline(c->number).constLast().payload;
    QCOMPARE(payload.value(u"beyond_own_policy"_s).toBool(), true);
    QCOMPARE(payload.value(u"legal_deadline"_s).toString(), u"2027-01-04"_s);

    const auto render = [&](LetterKind kind) {
        const auto letter = LetterService(Session { *m_store, m_fixture->clock() })
                                .render(c->number, kind, &error);
        return letter ? plain(letter->html) : u"REFUSED: "_s + error.message;
    };
    const QString notice = render(LetterKind::Verlengingsbericht);
    QVERIFY2(notice.contains(u"Daarom verlengen wij de termijn. Wij beloven u te antwoorden "
                             "binnen onze eigen termijn van vier weken, dus uiterlijk op 29 "
                             "oktober 2026. Die termijn halen wij nu niet, om de redenen "
                             "hieronder. Onze eigen regels kennen geen verlenging. De wet staat "
                             "een verlenging wel toe (artikel 12 lid 3 AVG). Daarom verlengen wij "
                             "toch. U krijgt ons antwoord uiterlijk op 4 januari 2027."_s),
             qPrintable(notice));
    QVERIFY2(notice.contains(u"Uw gegevens staan in vier systemen."_s), qPrintable(notice));
    // No acknowledgement after it: it would promise the own 29 October beside 4 January.
    const QString acknowledgement = render(LetterKind::Ontvangstbevestiging);
    QVERIFY2(acknowledgement.startsWith(u"REFUSED: "_s)
                 && acknowledgement.contains(u"extension notice"_s),
             qPrintable(acknowledgement));

    // Answered on 10 November: within the date told, twelve days after the own term.
    QVERIFY2(m_fixture->complete(c->number, Outcome::Toegewezen, {}, QDate(2026, 11, 10)),
             qPrintable(m_fixture->error()));
    const Case done = *cases.find(c->number);
    const Lateness late = Lateness::of(done, cases.deadlines(done, nullptr).value(), {});
    QCOMPARE(late.legalDays, 0);
    QCOMPARE(late.policyDays, 12);
    const QString decision = render(LetterKind::Besluit);
    QVERIFY2(decision.contains(u"Onze eigen termijn van vier weken liep af op 29 oktober 2026. Wij "
                               "hebben u dus later geantwoord dan wij beloven. Op 20 oktober 2026 "
                               "hebben wij u laten weten dat u ons antwoord uiterlijk op 4 januari "
                               "2027 krijgt. Die datum hebben wij gehaald."_s),
             qPrintable(decision));
    const auto dossier
        = ComplaintDossier(Session { *m_store, m_fixture->clock() }).collect(c->number, &error);
    QVERIFY2(dossier, qPrintable(error.message));
    const QString dossierText = test::DocumentFixture::dossierText(*dossier);
    QVERIFY2(dossierText.contains(u"Departure from the own policy, which has no extension: only "
                                  "the legal deadline was extended"_s),
             qPrintable(dossierText));
    QVERIFY2(dossierText.contains(u"departing from the own policy"_s), qPrintable(dossierText));
}

// The cover letter and the report in the same envelope say the same about what the export
// holds: what Privacydesk records, not the other systems (AccessScope).
void TestLetterFacts::coverLetterSaysWhatTheReportSays()
{
    const auto c = m_fixture->addCase(u"I. Inzage"_s, u"K300007"_s,
                                      { RequestType::Inzage, RequestType::Overdraagbaarheid },
                                      QDate(2026, 7, 1));
    QVERIFY2(c, qPrintable(m_fixture->error()));
    QVERIFY(m_fixture->identify(c->number, QDate(2026, 7, 1), QDate(2026, 7, 2)));
    ServiceError error;
    const auto letter = LetterService(Session { *m_store, m_fixture->clock() })
                            .render(c->number, LetterKind::BegeleidendeBriefExport, &error);
    QVERIFY2(letter, qPrintable(error.message));
    const QString text = plain(letter->html);
    QVERIFY2(text.contains(plain(AccessScope::letterHtml(true, true))), qPrintable(text));
    QVERIFY(text.contains(u"Het overzicht bevat alles wat wij over u vastleggen in Privacydesk"_s));
    // The files hold only what art. 20 covers, never "alles" (seed 001, Mijande).
    QVERIFY2(text.contains(u"De bestanden bevatten alleen een deel van die gegevens."_s),
             qPrintable(text));
    QVERIFY(!text.contains(u"bestanden bevatten alles"_s));
    QVERIFY(!plain(AccessScope::letterHtml(false, true)).contains(u"alles"_s));
    QVERIFY(text.contains(u"huuradministratie"_s));
    // No systems search recorded: never a promise that the data follow, nor that
    // there are none (the old expectation "Die gegevens sturen wij u apart toe." stood in every
    // answer, whatever the search found).
    QVERIFY2(text.contains(u"Vinden wij daar gegevens over u, dan sturen wij die u apart toe."_s),
             qPrintable(text));
    // It never claims to hold everything the organisation processes.
    QVERIFY2(!text.contains(u"alle persoonsgegevens die wij van u verwerken"_s), qPrintable(text));
    // The scope statement comes right after the list of what is enclosed.
    QVERIFY(text.indexOf(u"JSON en CSV"_s) < text.indexOf(u"Het overzicht bevat alles"_s));

    // The report says the same and sends the reader to this letter.
    const auto report
        = PersonReportLoader(Session { *m_store, m_fixture->clock() }).load(c->person.id, &error);
    QVERIFY2(report, qPrintable(error.message));
    const QString reportHtml = PersonReportDocument::toHtml(*report);
    QVERIFY2(reportHtml.contains(AccessScope::reportText().toHtmlEscaped())
                 || reportHtml.contains(PrintedDocument::html(AccessScope::reportText())),
             "the inzage report no longer says what AccessScope::reportText() says: make both "
             "say it from AccessScope");

    // Inzage alone: the overview; portability alone: the files.
    QCOMPARE(plain(AccessScope::letterHtml(true, false)).left(19), u"Het overzicht bevat"_s);
    QCOMPARE(plain(AccessScope::letterHtml(false, true)).left(21), u"De bestanden bevatten"_s);
    QVERIFY(AccessScope::letterHtml(false, false).isEmpty());
}

// A cover template saved before {{export.overige_systemen}} existed still says it, right after
// the contents.
void TestLetterFacts::oldCoverTemplateStillSaysIt()
{
    const auto c = m_fixture->addCase(u"S. Sjabloon"_s, u"K300008"_s, { RequestType::Inzage },
                                      QDate(2026, 7, 6));
    QVERIFY2(c, qPrintable(m_fixture->error()));
    QVERIFY(m_fixture->identify(c->number, QDate(2026, 7, 6), QDate(2026, 7, 7)));
    QSqlQuery query(m_store->database());
    QVERIFY(query.exec(u"INSERT INTO letter_templates (kind, body, changed_at, changed_by) VALUES "
                       "('begeleidende-brief-export', '<p>Bijgaand:</p>{{export.inhoud}}<p>EINDE "
                       "{{organisatie.naam}}</p>', '2026-01-05T10:00:00.000Z', 'x')"_s));
    ServiceError error;
    const auto letter = LetterService(Session { *m_store, m_fixture->clock() })
                            .render(c->number, LetterKind::BegeleidendeBriefExport, &error);
    QVERIFY(query.exec(u"DELETE FROM letter_templates"_s));
    QVERIFY2(letter, qPrintable(error.message));
    const QString text = plain(letter->html);
    const qsizetype scope = text.indexOf(u"Het overzicht bevat alles"_s);
    QVERIFY2(scope > 0, qPrintable(text));
    QVERIFY(text.indexOf(u"Privacydesk"_s) < scope); // the contents first
    QVERIFY(scope < text.indexOf(u"EINDE"_s));
    QCOMPARE(text.count(u"huuradministratie"_s), 1);
}

// Every kind changed here, as the tenant reads it on paper.
void TestLetterFacts::changedKindsAsPdf()
{
    PD_REQUIRE_PDFTOTEXT();
    ServiceError error;
    LetterService letters(Session { *m_store, m_fixture->clock() });

    const auto erased
        = erasedWithRecipients(u"P. Papier"_s, u"K300009"_s, QDate(2026, 8, 3), QDate(2026, 8, 21));
    QVERIFY2(erased, qPrintable(m_fixture->error()));
    QVERIFY(m_fixture->notifyRecipients(erased->number, QDate(2026, 8, 24)));
    const auto erasure
        = letters.render(erased->number, LetterKind::BevestigingVerwijdering, &error);
    QVERIFY2(erasure, qPrintable(error.message));
    QString pdf = lastPdfText(erasure->html, u"bevestiging-verwijdering"_s);
    QVERIFY2(pdf.contains(u"Wij hebben de verwijdering ook doorgegeven aan deze organisaties"_s),
             qPrintable(pdf));
    QVERIFY2(pdf.contains(u"Aannemersbedrijf Vakwerk (op 24 augustus 2026)"_s), qPrintable(pdf));
    QVERIFY(!pdf.contains(u"Politie"_s));

    const auto rectified = m_fixture->addCase(u"P. Papier"_s, u"K300009"_s,
                                              { RequestType::Rectificatie }, QDate(2026, 9, 1));
    QVERIFY2(rectified, qPrintable(m_fixture->error()));
    QVERIFY(m_fixture->identify(rectified->number, QDate(2026, 9, 1), QDate(2026, 9, 2)));
    QVERIFY(m_fixture->complete(rectified->number, Outcome::Toegewezen, {}, QDate(2026, 9, 10)));
    QVERIFY(m_fixture->notifyRecipients(rectified->number, QDate(2026, 9, 11)));
    const auto correction
        = letters.render(rectified->number, LetterKind::BevestigingRectificatie, &error);
    QVERIFY2(correction, qPrintable(error.message));
    pdf = lastPdfText(correction->html, u"bevestiging-rectificatie"_s);
    QVERIFY2(pdf.contains(u"Wij hebben de correctie ook doorgegeven aan deze organisaties"_s),
             qPrintable(pdf));
    QVERIFY2(pdf.contains(u"Aannemersbedrijf Vakwerk (op 11 september 2026)"_s), qPrintable(pdf));

    const auto open = m_fixture->addCase(u"P. Papier"_s, u"K300009"_s,
                                         { RequestType::Inzage, RequestType::Overdraagbaarheid },
                                         QDate(2026, 10, 1));
    QVERIFY2(open, qPrintable(m_fixture->error()));
    const auto acknowledgement
        = letters.render(open->number, LetterKind::Ontvangstbevestiging, &error);
    QVERIFY2(acknowledgement, qPrintable(error.message));
    pdf = lastPdfText(acknowledgement->html, u"ontvangstbevestiging"_s);
    QVERIFY2(pdf.contains(u"U krijgt ons antwoord dan uiterlijk op 30 november 2026"_s),
             qPrintable(pdf));
    CaseService cases(Session { *m_store, m_fixture->clock() });
    const DeadlinePolicy before = cases.policy(nullptr).value();
    DeadlinePolicy fourWeeks = before;
    fourWeeks.base = { 4, PeriodUnit::Weeks };
    fourWeeks.extension = { 0, PeriodUnit::Days };
    QVERIFY(cases.setPolicy(fourWeeks, &error));
    const auto strict = letters.render(open->number, LetterKind::Ontvangstbevestiging, &error);
    QVERIFY(cases.setPolicy(before, &error));
    QVERIFY2(strict, qPrintable(error.message));
    pdf = lastPdfText(strict->html, u"ontvangstbevestiging-vier-weken"_s);
    QVERIFY2(pdf.contains(u"onze eigen termijn van vier weken"_s), qPrintable(pdf));

    QVERIFY(m_fixture->identify(open->number, QDate(2026, 10, 1), QDate(2026, 10, 2)));
    const auto cover = letters.render(open->number, LetterKind::BegeleidendeBriefExport, &error);
    QVERIFY2(cover, qPrintable(error.message));
    pdf = lastPdfText(cover->html, u"begeleidende-brief-export"_s);
    QVERIFY2(pdf.contains(u"Vinden wij daar gegevens over u, dan sturen wij die u apart toe."_s),
             qPrintable(pdf));
}

void TestLetterFacts::lateAnswerSaysSo_data()
{
    QTest::addColumn<QDate>("answered");
    QTest::addColumn<QString>("says");
    QTest::addColumn<QDate>("extended"); // the day the extension was told; invalid: none
    // Received 2 March 2026: the policy's 30 days end on 1 April, the legal month on 2 April.
    QTest::newRow("in time") << QDate(2026, 3, 20) << QString() << QDate();
    QTest::newRow("late against the promise")
        << QDate(2026, 4, 2)
        << u"Wij hebben u later geantwoord dan wij beloven. Wij hadden uiterlijk op 1 april 2026 "
           "moeten antwoorden. Dat spijt ons."_s
        << QDate();
    QTest::newRow("late against the law")
        << QDate(2026, 4, 20)
        << u"Wij hebben u later geantwoord dan de wet toestaat (artikel 12 lid 3 AVG). Wij "
           "hadden uiterlijk op 2 april 2026 moeten antwoorden. Dat spijt ons."_s
        << QDate();
    // Told on 2 April, after the own 30 days, the extension moves only the
    // legal deadline; the notice gave 1 May (60 days). An answer before that date is no apology
    // for a date the tenant was not last told, but says plainly that the own term was missed.
    QTest::newRow("after the own deadline, before the date told")
        << QDate(2026, 4, 20)
        << u"Onze eigen termijn van 30 dagen liep af op 1 april 2026. Wij hebben u dus later "
           "geantwoord dan wij beloven. Op 2 april 2026 hebben wij u laten weten dat u ons "
           "antwoord uiterlijk op 1 mei 2026 krijgt. Die datum hebben wij gehaald."_s
        << QDate(2026, 4, 2);
    QTest::newRow("after the date told")
        << QDate(2026, 5, 4)
        << u"Wij hebben u later geantwoord dan wij u hadden laten weten. Wij hadden uiterlijk op "
           "1 mei 2026 moeten antwoorden. Dat spijt ons."_s
        << QDate(2026, 4, 2);
}

// A decision sent after its deadline says so, with the day it was due (seed 000:
// "Wij hebben uw verzoek toegewezen" eight days after the extended date, as if in time).
void TestLetterFacts::lateAnswerSaysSo()
{
    QFETCH(QDate, answered);
    QFETCH(QString, says);
    QFETCH(QDate, extended);
    static int row = 0;
    const auto c = m_fixture->addCase(u"L. Laat"_s, u"K3200%1"_s.arg(++row),
                                      { RequestType::Verwijdering }, QDate(2026, 3, 2));
    QVERIFY2(c, qPrintable(m_fixture->error()));
    QVERIFY(m_fixture->identify(c->number, QDate(2026, 3, 2), QDate(2026, 3, 2)));
    if (extended.isValid())
        QVERIFY2(m_fixture->extend(c->number, u"Veel gegevens in vier systemen"_s, extended),
                 qPrintable(m_fixture->error()));
    QVERIFY2(m_fixture->complete(c->number, Outcome::Toegewezen, {}, answered),
             qPrintable(m_fixture->error()));
    ServiceError error;
    const auto letter = LetterService(Session { *m_store, m_fixture->clock() })
                            .render(c->number, LetterKind::Besluit, &error);
    QVERIFY2(letter, qPrintable(error.message));
    const QString text = plain(letter->html);
    if (says.isEmpty())
        QVERIFY2(!text.contains(u"later geantwoord"_s), qPrintable(text));
    else
        QVERIFY2(text.contains(says), qPrintable(text));
    // The apology only for a date missed that the tenant was last told.
    if (says.contains(u"Die datum hebben wij gehaald"_s))
        QVERIFY2(!text.contains(u"spijt ons"_s), qPrintable(text));
    QVERIFY(!text.contains(u"{{"_s));
}

// A decision template saved before {{besluit.te_laat}} existed still says the answer is late.
void TestLetterFacts::oldDecisionTemplateStillSaysItIsLate()
{
    const auto c = m_fixture->addCase(u"O. Oudlaat"_s, u"K320099"_s, { RequestType::Verwijdering },
                                      QDate(2026, 3, 2));
    QVERIFY2(c, qPrintable(m_fixture->error()));
    QVERIFY(m_fixture->identify(c->number, QDate(2026, 3, 2), QDate(2026, 3, 2)));
    QVERIFY2(m_fixture->complete(c->number, Outcome::Toegewezen, {}, QDate(2026, 4, 20)),
             qPrintable(m_fixture->error()));
    QString old = LetterTemplates::defaultHtml(LetterKind::Besluit);
    QVERIFY(old.contains(u"{{besluit.te_laat}}\n"_s));
    old.remove(u"{{besluit.te_laat}}\n"_s);
    QSqlQuery query(m_store->database());
    query.prepare(u"INSERT INTO letter_templates (kind, body, changed_at, changed_by) VALUES "
                  "('besluit', ?, '2026-01-05T10:00:00.000Z', 'x')"_s);
    query.addBindValue(old);
    QVERIFY(query.exec());
    ServiceError error;
    const auto letter = LetterService(Session { *m_store, m_fixture->clock() })
                            .render(c->number, LetterKind::Besluit, &error);
    QVERIFY(query.exec(u"DELETE FROM letter_templates"_s));
    QVERIFY2(letter, qPrintable(error.message));
    const QString text = plain(letter->html);
    QVERIFY2(text.contains(u"Wij hadden uiterlijk op 2 april 2026 moeten antwoorden."_s),
             qPrintable(text));
}

// The cover letter says other people's data were left out only when the export left some out
// (seed 000: "Dan hebben wij die weggelaten" beside an export made with --keep-all); before any
// export it asks, as it always did.
void TestLetterFacts::coverLetterSaysWhatWasLeftOut()
{
    const auto c = m_fixture->addCase(u"W. Weglaten"_s, u"K330001"_s, { RequestType::Inzage },
                                      QDate(2026, 10, 1));
    QVERIFY2(c, qPrintable(m_fixture->error()));
    QVERIFY(m_fixture->identify(c->number, QDate(2026, 10, 1), QDate(2026, 10, 2)));
    QVERIFY2(m_fixture->note(c->number,
                             u"Buurman Jan belde over geluidsoverlast, bereikbaar op "
                             "jan.buur@example.nl of 06-12345678."_s,
                             QDate(2026, 10, 3)),
             qPrintable(m_fixture->error()));
    LetterService letters(Session { *m_store, m_fixture->clock() });
    ServiceError error;
    const auto cover = [&] {
        const auto letter = letters.render(c->number, LetterKind::BegeleidendeBriefExport, &error);
        return letter ? plain(letter->html) : error.message;
    };
    const QString asked = u"Staan er in uw gegevens ook gegevens van andere mensen? Dan hebben "
                          "wij die weggelaten."_s;
    const QString said = u"In uw gegevens stonden ook gegevens van andere mensen. Die hebben wij "
                         "weggelaten. Zo beschermen wij hun privacy (artikel 15 lid 4 AVG)."_s;
    QString text = cover();
    QVERIFY2(text.contains(asked), qPrintable(text));

    const auto exportWith = [&](bool redactAll) {
        const auto report = PersonReportLoader(Session { *m_store, m_fixture->clock() })
                                .load(c->person.id, &error);
        if (!report)
            return error.message;
        const auto findings = PersonReview(Session { *m_store }).findings(*report, &error);
        if (!findings)
            return error.message;
        if (findings->isEmpty())
            return u"no findings in the neighbour's note"_s;
        QSet<QString> chosen;
        if (redactAll)
            for (const ReviewFinding &f : *findings)
                chosen << f.id;
        PersonExportTargets targets;
        targets.forRequest = c->number;
        targets.pdfPath = m_tmp.filePath(u"weglaten-%1.pdf"_s.arg(redactAll));
        const PersonExportResult done = PersonExport(Session { *m_store, m_fixture->clock() })
                                            .write(*report, *findings, chosen, targets);
        return done.ok() ? QString() : done.error;
    };
    // Everything kept: the letter says nothing about others' data.
    QString failed = exportWith(false);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    text = cover();
    QVERIFY2(!text.contains(u"gegevens van andere mensen"_s), qPrintable(text));
    // The neighbour left out: the letter says it was done, not "Staan er …?".
    failed = exportWith(true);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    text = cover();
    QVERIFY2(text.contains(said), qPrintable(text));
    QVERIFY(!text.contains(asked));
}

QTEST_MAIN(TestLetterFacts)
#include "tst_letterfacts.moc"
