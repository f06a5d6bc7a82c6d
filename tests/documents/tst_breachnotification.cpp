// The prepared notification of a data breach to the AP: the sections of the AP's form
// in its order in the text and in the PDF, "Vertrouwelijk" and the page numbers on every page,
// the reasons for the delay when late (and none when on time), estimates said as such, special
// data flagged, moments in Dutch time, the processor outside the EEA, no person named and no
// BSN, and the roles that may prepare it.

#include "BreachDocumentFixture.h"
#include "DocumentFixture.h"
#include "ServerStoreFixture.h"
#include "TestSupport.h"
#include "crypto/SecureBytes.h"
#include "documents/BreachNotification.h"
#include "domain/BsnGuard.h"
#include "registers/Disclosures.h"
#include "session/Session.h"
#include "users/UserService.h"
#include "util/Translations.h"

#include <QFile>
#include <QLocale>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <memory>

using namespace Qt::StringLiterals;
using namespace pd;
using namespace pd::test;

namespace {

using N = BreachNotification;

// PRIVACYDESK_TEST_QM=file.qm: Dutch not yet merged into the tree, to read it before the merge.
// PRIVACYDESK_TEST_KEEP=folder: the PDF is copied there to be looked at.
void useUnmergedDutch()
{
    static QTranslator extra;
    const QString qm = qEnvironmentVariable("PRIVACYDESK_TEST_QM");
    if (!qm.isEmpty() && extra.load(qm))
        QCoreApplication::installTranslator(&extra);
}

// Whether every needle occurs in haystack, each after the one before.
bool inOrder(const QString &haystack, const QStringList &needles, QString *problem)
{
    qsizetype from = 0;
    for (const QString &needle : needles) {
        const qsizetype at = haystack.indexOf(needle, from);
        if (at < 0) {
            *problem = u"missing or out of order: "_s + needle;
            return false;
        }
        from = at + needle.size();
    }
    return true;
}

} // namespace

class TestBreachNotification final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void sectionsInOrder();
    void pdfFollowsTheForm();
    void lateReasonWhenLate();
    void noLateReasonWhenOnTime();
    void estimatesSaidAsSuch();
    void specialDataFlagged();
    void momentsInDutchTime();
    void processorOutsideTheEea();
    void noPersonNamedAndNoBsn();
    void rolesThatMayPrepareIt();
    void organisationWithoutAnFg();
    void officerReachedThroughTheOrganisation();
    void lastPageNeverOnlyTheClosing();
    void processorAddressFromTheCatalogue();
    void phoneNumberIsNoEmailAddress();
    void nameAndOtherDataInOurWords();

    // Last: it installs the translations.
    void delayInHoursAndMinutes();

private:
    std::optional<BreachNotificationContent> prepare(bool late = true)
    {
        BreachDocumentFixture fixture(*m_store);
        m_number = fixture.breach(late);
        if (m_number.isEmpty()) {
            qWarning("fixture: %s", qPrintable(fixture.error()));
            return std::nullopt;
        }
        m_clock.set(QDateTime(QDate(2026, 4, 2), QTime(10, 0), Qt::UTC));
        ServiceError error;
        auto content = N(Session { *m_store, m_clock }).collect(m_number, &error);
        if (!content)
            qWarning("collect: %s", qPrintable(error.message));
        return content;
    }
    // Prepared for an organisation without an FG that signs as its "Privacy Officer"
    // (organisation.signature_role, art. 37 AVG), with the officer's own e-mail and phone.
    std::optional<BreachNotificationContent> withoutAnFg(const QString &officerEmail,
                                                         const QString &officerPhone)
    {
        auto content = prepare();
        if (!content)
            return std::nullopt;
        content->organisation.fgName.clear();
        content->organisation.fgEmail.clear();
        content->organisation.signatureRole = u"Privacy Officer"_s;
        content->organisation.officerEmail = officerEmail;
        content->organisation.officerPhone = officerPhone;
        return content;
    }

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Store> m_store;
    FixedClock m_clock { QDateTime(QDate(2026, 4, 2), QTime(10, 0), Qt::UTC) };
    QString m_number;
    int m_count = 0;
};

void TestBreachNotification::initTestCase()
{
    QVERIFY(initSodium());
    QVERIFY(m_dir.isValid());
    // The desk in Dutch, as at a corporation: dates written out in Dutch.
    QLocale::setDefault(QLocale(QLocale::Dutch, QLocale::Netherlands));
    useUnmergedDutch();
}

void TestBreachNotification::init()
{
    m_path = m_dir.filePath(u"kluis%1"_s.arg(++m_count));
    m_store = createServiceStore(m_path);
    QVERIFY(m_store);
}

void TestBreachNotification::cleanup()
{
    m_store.reset();
}

void TestBreachNotification::sectionsInOrder()
{
    const auto content = prepare();
    QVERIFY(content);
    const QStringList titles = N::sectionTitles();
    QCOMPARE(titles.size(), 11);
    QString problem;
    const QString text = N::text(*content);
    QVERIFY2(inOrder(text, titles, &problem), qPrintable(problem + u"\n"_s + text));
    const QString html = N::html(*content);
    QStringList escaped;
    for (const QString &title : titles)
        escaped << title.toHtmlEscaped();
    QVERIFY2(inOrder(html, escaped, &problem), qPrintable(problem));
    // The contact details come first: the FG and the organisation's address.
    QVERIFY(inOrder(text,
                    { titles.at(0), DocumentFixture::organisationName(), u"Petra de Boer"_s,
                      u"fg@voorbeeldhaven.nl"_s, titles.at(1) },
                    &problem));
    // What happened, measures and consequences each under their own heading.
    QVERIFY2(inOrder(text,
                     { titles.at(2), BreachDocumentFixture::description(), titles.at(6),
                       BreachDocumentFixture::consequences(), titles.at(7),
                       BreachDocumentFixture::measuresTaken(), titles.at(8) },
                     &problem),
             qPrintable(problem));
}

void TestBreachNotification::pdfFollowsTheForm()
{
    PD_REQUIRE_PDFTOTEXT();
    const auto content = prepare();
    QVERIFY(content);
    const QString pdf = m_dir.filePath(u"melding-%1.pdf"_s.arg(m_count));
    QString error;
    int pages = 0;
    QVERIFY2(N::writePdf(*content, PrintedDocument::Marking::Real, OutputTarget(pdf, false, m_path),
                         &error, &pages),
             qPrintable(error));
    QVERIFY(pages >= 2);
    if (const QString keep = qEnvironmentVariable("PRIVACYDESK_TEST_KEEP"); !keep.isEmpty()) {
        QFile::remove(keep + u"/melding.pdf"_s);
        QFile::copy(pdf, keep + u"/melding.pdf"_s);
    }
    const QStringList text = DocumentFixture::pdfPages(pdf);
    QCOMPARE(text.size(), pages);
    const QString all = text.join(u'\n').simplified();
    QString problem;
    QStringList titles;
    for (const QString &title : N::sectionTitles())
        titles << title.simplified();
    QVERIFY2(inOrder(all, titles, &problem), qPrintable(problem + u"\n"_s + all));
    QVERIFY(all.contains(u"M-2026-0417"_s));
    // Every page says it is confidential and which page of how many it is.
    const QStringList margins = DocumentFixture::pdfMargins(pdf);
    QCOMPARE(margins.size(), pages);
    for (int p = 0; p < pages; ++p) {
        QVERIFY2(margins.at(p).contains(PrintedDocument::confidentialText()),
                 qPrintable(margins.at(p)));
        QVERIFY2(margins.at(p).contains(PrintedDocument::pageText(p + 1, pages)),
                 qPrintable(margins.at(p)));
        QVERIFY(margins.at(p).contains(m_number));
    }
}

void TestBreachNotification::lateReasonWhenLate()
{
    const auto content = prepare(true);
    QVERIFY(content);
    QVERIFY(content->breach.apNotifiedLate());
    const QString text = N::text(*content);
    QString problem;
    // Deadline Monday 30 March 15:30 (72 hours after the processor's report), notified Tuesday
    // 31 March 10:00: 18 hours and 30 minutes late.
    QVERIFY2(
        inOrder(
            text,
            { N::tr("Notified to the AP"),
              N::tr("LATE: %1 after the deadline").arg(BreachCodes::delayText(18 * 3600 + 1800)),
              N::tr("Reasons for the delay (art. 33(1) GDPR)"),
              BreachDocumentFixture::lateReason() },
            &problem),
        qPrintable(problem + u"\n"_s + text));
    QVERIFY(N::html(*content).contains(
        u"<b>%1</b>"_s.arg(BreachDocumentFixture::lateReason().toHtmlEscaped())));
}

// The delay is said exactly: half an hour after the deadline is 30 minutes, not "1 hour"; a
// part of a minute counts as a minute, so it is never told shorter than it was.
void TestBreachNotification::delayInHoursAndMinutes()
{
    QVERIFY(installTranslations(UiLanguage::Dutch));
    QCOMPARE(BreachCodes::delayText(30 * 60), u"30 minuten"_s);
    QCOMPARE(BreachCodes::delayText(3600), u"1 uur"_s);
    QCOMPARE(BreachCodes::delayText(2 * 3600 + 5 * 60), u"2 uur en 5 minuten"_s);
    QCOMPARE(BreachCodes::delayText(61), u"2 minuten"_s);
    QVERIFY(installTranslations(UiLanguage::English));
    QCOMPARE(BreachCodes::delayText(30 * 60), u"30 minutes"_s);
    QCOMPARE(BreachCodes::delayText(30 * 60 + 1), u"31 minutes"_s);
    QCOMPARE(BreachCodes::delayText(3600), u"1 hour"_s);
    QCOMPARE(BreachCodes::delayText(2 * 3600 + 5 * 60), u"2 hours and 5 minutes"_s);
    QCOMPARE(BreachCodes::delayText(73 * 3600), u"73 hours"_s);
    QCOMPARE(BreachCodes::delayText(0), u"0 minutes"_s);
}

void TestBreachNotification::noLateReasonWhenOnTime()
{
    const auto content = prepare(false);
    QVERIFY(content);
    QVERIFY(!content->breach.apNotifiedLate());
    const QString text = N::text(*content);
    QVERIFY(text.contains(u"M-2026-0417"_s));
    QVERIFY(!text.contains(N::tr("Reasons for the delay (art. 33(1) GDPR)")));
    QVERIFY(!N::html(*content).contains(
        N::tr("Notified after the 72 hours: the reasons for the delay are in section 2.")
            .toHtmlEscaped()));
}

void TestBreachNotification::estimatesSaidAsSuch()
{
    const auto content = prepare();
    QVERIFY(content);
    const QString text = N::text(*content);
    const QString persons
        = N::tr("about %1 (an estimate, not a count)").arg(QLocale().toString(120));
    QVERIFY2(text.contains(N::tr("Number of people concerned") + u": "_s + persons),
             qPrintable(text));
    // A count is a count: 340 records, no "about".
    QVERIFY2(text.contains(N::tr("Number of records") + u": "_s + QLocale().toString(340) + u'\n'),
             qPrintable(text));
}

void TestBreachNotification::specialDataFlagged()
{
    const auto content = prepare();
    QVERIFY(content);
    const QString text = N::text(*content);
    QVERIFY(text.contains(N::tr("%1 — art. 9 GDPR").arg(codes::label(DataCategory::Gezondheid))));
    QVERIFY(text.contains(N::tr("Special categories of personal data or criminal-offence data")
                          + u": "_s + N::tr("yes (see the kinds above)")));
    QVERIFY(text.contains(codes::label(DataCategory::Betaalgegevens)));
    QVERIFY(
        !text.contains(N::tr("%1 — art. 9 GDPR").arg(codes::label(DataCategory::Betaalgegevens))));
}

void TestBreachNotification::momentsInDutchTime()
{
    const auto content = prepare();
    QVERIFY(content);
    const QString text = N::text(*content);
    // Discovered on Friday 16:00 CET, but the processor told us at 14:30: the 72 hours run from
    // its report (art. 33(2)), to Monday 15:30 CEST (before, from the discovery: 17:00, which
    // made a late notice look on time).
    QVERIFY2(text.contains(N::tr("When we discovered it") + u": "_s
                           + N::tr("%1 at %2").arg(u"vrijdag 27 maart 2026"_s, u"16:00"_s)),
             qPrintable(text));
    QVERIFY2(text.contains(N::tr("Deadline for the notification to the AP (72 hours)") + u": "_s
                           + N::tr("%1 at %2").arg(u"maandag 30 maart 2026"_s, u"15:30"_s)),
             qPrintable(text));
    QVERIFY2(
        text.contains(N::tr("The 72 hours run from") + u": "_s
                      + N::tr("%1: the processor's report (art. 33(2) GDPR)")
                            .arg(N::tr("%1 at %2").arg(u"vrijdag 27 maart 2026"_s, u"14:30"_s))),
        qPrintable(text));
    QVERIFY(text.contains(N::tr("%1 at %2").arg(u"donderdag 26 maart 2026"_s, u"10:15"_s)));
    QCOMPARE(N::momentText({}), u"—"_s);
}

void TestBreachNotification::processorOutsideTheEea()
{
    const auto content = prepare();
    QVERIFY(content);
    QVERIFY(content->processor);
    const QString text = N::text(*content);
    QVERIFY2(text.contains(N::tr("%1: established outside the EEA (%2): a transfer outside the EEA "
                                 "(chapter V GDPR)")
                               .arg(u"Mailhuis Cloud Inc."_s, u"US"_s)),
             qPrintable(text));
    // When the processor told us, in the timeline.
    QVERIFY(text.contains(N::tr("%1, by %2")
                              .arg(N::tr("%1 at %2").arg(u"vrijdag 27 maart 2026"_s, u"14:30"_s),
                                   u"Mailhuis Cloud Inc."_s)));
}

void TestBreachNotification::noPersonNamedAndNoBsn()
{
    const auto content = prepare();
    QVERIFY(content);
    QCOMPARE(content->breach.linkedPersons.size(), 1);
    for (const QString &document : { N::text(*content), N::html(*content) }) {
        QVERIFY(!document.contains(DocumentFixture::personName()));
        QVERIFY(!document.contains(u"K1001"_s));
        QVERIFY(findBsnNumbers(document).isEmpty());
    }
    // Said how many are known by name, without the names.
    QVERIFY(N::text(*content).contains(
        N::tr("%n person(s); their names are not given to the AP here", nullptr, 1)));
}

void TestBreachNotification::rolesThatMayPrepareIt()
{
    const auto content = prepare();
    QVERIFY(content);
    const QString kcc = u"k.smit"_s;
    const QString auditor = u"a.visser"_s;
    {
        UserService users(*m_store, Session { *m_store, m_clock });
        UserError userError;
        QVERIFY(
            users.add(kcc, {}, Role::Kcc, SecureBytes::fromUtf8(u"wachtwoord-smit"_s), &userError));
        QVERIFY(users.add(auditor, {}, Role::Auditor, SecureBytes::fromUtf8(u"wachtwoord-visser"_s),
                          &userError));
    }
    // The refusals are counted as the beheerder: a KCC login does not read the audit trail on a
    // server.
    const int before = denials(*m_store);
    m_store.reset();
    StoreError storeError;
    {
        auto store = openServiceStore(m_path, kcc, u"wachtwoord-smit"_s, &storeError);
        QVERIFY2(store, qPrintable(storeError.detail()));
        ServiceError error;
        QVERIFY(!N(Session { *store, m_clock }).collect(m_number, &error));
        QCOMPARE(error.code, ServiceError::Code::Denied);
    }
    {
        auto store = openServiceStore(m_path, testUser, testPassword, &storeError);
        QVERIFY2(store, qPrintable(storeError.detail()));
        QCOMPARE(denials(*store), before + 1);
    }
    {
        auto store = openServiceStore(m_path, auditor, u"wachtwoord-visser"_s, &storeError);
        QVERIFY2(store, qPrintable(storeError.detail()));
        ServiceError error;
        QVERIFY2(N(Session { *store, m_clock }).collect(m_number, &error),
                 qPrintable(error.message));
        QVERIFY(!N(Session { *store, m_clock }).collect(u"DL-2026-0099"_s, &error));
        QCOMPARE(error.code, ServiceError::Code::NotFound);
    }
}

// Seed 003 (Oosterpoort): an organisation without an FG signs as its "Privacy Officer"
// (organisation.signature_role, art. 37 AVG). The AP reads whom to contact, with the privacy
// officer's own e-mail and phone, not an FG "not recorded in the settings".
void TestBreachNotification::organisationWithoutAnFg()
{
    const auto content = withoutAnFg(u"m.hendriks@oosterpoort.example"_s, u"(024) 399 55 12"_s);
    QVERIFY(content);
    const QString text = N::text(*content);
    QVERIFY2(!text.contains(N::tr("not recorded in the settings (Settings → Organisation)")),
             qPrintable(text));
    QVERIFY2(!text.contains(N::tr("E-mail address of the data protection officer")),
             qPrintable(text));
    QString problem;
    QVERIFY2(
        inOrder(text,
                { N::tr("Data protection officer"),
                  N::tr("none; questions about privacy go to our %1").arg(u"Privacy Officer"_s),
                  N::tr("Contact details of the %1").arg(u"Privacy Officer"_s),
                  u"m.hendriks@oosterpoort.example, (024) 399 55 12"_s },
                &problem),
        qPrintable(problem + u"\n"_s + text));

    // The officer named in the settings (organisation.officer_name): the AP reads whom
    // to contact by name, still without an FG claimed.
    auto named = *content;
    named.organisation.officerName = u"M. Hendriks"_s;
    const QString withName = N::text(named);
    QVERIFY2(
        inOrder(withName,
                { N::tr("none; questions about privacy go to our %1").arg(u"Privacy Officer"_s),
                  N::tr("Contact details of the %1").arg(u"Privacy Officer"_s),
                  u"M. Hendriks, m.hendriks@oosterpoort.example, (024) 399 55 12"_s },
                &problem),
        qPrintable(problem + u"\n"_s + withName));
    QVERIFY2(!withName.contains(N::tr("E-mail address of the data protection officer")),
             qPrintable(withName));
}

// Page 3 of 3 held only the closing line "Voorbereid door ... om
// 17:35 uur." after section 11 had filled page 2, and, once that line was gone, only "13:00 uur",
// the last line of section 11's last row. However long the texts before it, the last page holds
// the last row whole, and who prepared it and when stands once, in section 1.
void TestBreachNotification::lastPageNeverOnlyTheClosing()
{
    PD_REQUIRE_PDFTOTEXT();
    auto content = prepare();
    QVERIFY(content);
    // A last row of a few lines, as Domijn's Dutch one ("ja, besloten door ... om" / "13:00 uur").
    content->breach.apDecision.reason
        = u"De betrokkenen zijn huurders van één complex; wij melden ook bij twijfel."_s;
    const QString moment = N::momentText(content->preparedAt);
    // The document ends with the last row of section 11: its answer's last words end the PDF.
    const QStringList rows = N::text(*content).trimmed().split(u'\n');
    QVERIFY(rows.constLast().startsWith(N::tr("Decision to notify the AP")));
    const QString lastWords = rows.constLast().right(12).simplified();
    const QString measures = content->breach.measuresBefore;
    // One line more each time: some length ends section 11 at the foot of a page.
    for (int lines = 0; lines < 72; ++lines) {
        content->breach.measuresBefore = measures + QString(u"\nMaatregel"_s).repeated(lines);
        const QString pdf = m_dir.filePath(u"melding-%1-%2.pdf"_s.arg(m_count).arg(lines));
        QString error;
        int pages = 0;
        QVERIFY2(N::writePdf(*content, PrintedDocument::Marking::Real,
                             OutputTarget(pdf, false, m_path), &error, &pages),
                 qPrintable(error));
        const QStringList text = DocumentFixture::pdfPages(pdf);
        QCOMPARE(text.size(), pages);
        const QString last = text.constLast().simplified();
        // The last row whole on the last page: its question and its answer's last words.
        QVERIFY2(last.contains(lastWords) && last.contains(N::tr("Decision to notify the AP")),
                 qPrintable(u"%1 lines: %2"_s.arg(lines).arg(last)));
        QCOMPARE(text.join(u' ').simplified().count(moment), 1);
    }
}

// "waar deze verwerker is gevestigd, is niet vastgelegd in de lijst
// van ontvangers" while the catalogue had the processor's address: it is given.
void TestBreachNotification::processorAddressFromTheCatalogue()
{
    auto content = prepare();
    QVERIFY(content);
    QVERIFY(content->processor);
    content->processor->agreement = {};
    const QString address = u"Hengelosestraat 5, 7521 AN Enschede"_s;
    content->processor->contact = address;
    const QString text = N::text(*content);
    QVERIFY2(text.contains(N::tr("%1: whether it is established in the EEA is not recorded in the "
                                 "recipients catalogue; its address and contact details there: %2")
                               .arg(u"Mailhuis Cloud Inc."_s, address)),
             qPrintable(text));
    // Without an address in the catalogue either: said so.
    content->processor->contact.clear();
    QVERIFY(N::text(*content).contains(
        N::tr("%1: where it is established is not recorded in the recipients catalogue")
            .arg(u"Mailhuis Cloud Inc."_s)));
}

// Art. 33(3)(a) asks for the categories of data; a leaked phone
// number was "Telefoonnummer en e-mailadres" (the only code was contact).
void TestBreachNotification::phoneNumberIsNoEmailAddress()
{
    auto content = prepare();
    QVERIFY(content);
    content->breach.data = { DataCategory::Naw, DataCategory::Telefoonnummer };
    const QString text = N::text(*content);
    const QString phone = codes::label(DataCategory::Telefoonnummer);
    QCOMPARE(phone, u"Phone number"_s);
    // The row names exactly the two categories: no "and e-mail".
    const QString row = N::tr("Kinds of personal data") + u":\n"_s + codes::label(DataCategory::Naw)
        + u'\n' + phone + u'\n';
    QVERIFY2(text.contains(row), qPrintable(text));
    QVERIFY(!text.contains(codes::label(DataCategory::Contact)));
}

// A name alone is a category of its own, and the other data are said in the
// officer's words (art. 33(3)(a) AVG), not as "Other" alone.
void TestBreachNotification::nameAndOtherDataInOurWords()
{
    auto content = prepare();
    QVERIFY(content);
    content->breach.data = { DataCategory::Naam, DataCategory::Overig };
    content->breach.dataText = u"datum en onderwerp van het gesprek"_s;
    const QString text = N::text(*content);
    const QString row = N::tr("Kinds of personal data") + u":\n"_s
        + codes::label(DataCategory::Naam) + u'\n' + codes::label(DataCategory::Overig)
        + u": datum en onderwerp van het gesprek\n"_s;
    QVERIFY2(text.contains(row), qPrintable(text));
    QVERIFY(!text.contains(codes::label(DataCategory::Naw)));
}

// Seed 000 (Domijn): no FG, a "Privacy Officer" without an e-mail address or phone number of
// their own, and the organisation's privacy e-mail and phone filled in. The notification said
// "Contactgegevens van de Privacy Officer: niet vastgelegd"; it gives the organisation's privacy
// contact, saying whose it is.
void TestBreachNotification::officerReachedThroughTheOrganisation()
{
    auto content = withoutAnFg({}, {});
    QVERIFY(content);
    content->organisation.privacyEmail = u"privacy@domijn.example"_s;
    content->organisation.phone = u"053 480 00 00"_s;
    const QString text = N::text(*content);
    QString problem;
    QVERIFY2(
        inOrder(
            text,
            { N::tr("Contact details of the %1").arg(u"Privacy Officer"_s),
              N::tr("%1 (the organisation's)").arg(u"privacy@domijn.example, 053 480 00 00"_s) },
            &problem),
        qPrintable(problem + u"\n"_s + text));
    QVERIFY2(!text.contains(N::tr("Contact details of the %1").arg(u"Privacy Officer"_s) + u": "_s
                            + N::tr("not recorded")),
             qPrintable(text));
}

QTEST_MAIN(TestBreachNotification)
#include "tst_breachnotification.moc"
