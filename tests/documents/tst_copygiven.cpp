// An inzage is answered when the copy is given (the inzage report exported for the request, and
// what a system found recorded as sent with its day; the answer's day not before the last of
// them), the letters never promise to send what was sent, and a portability answer names what
// its files hold and what comes separately (a systems checklist for portability too); nothing
// goes to a representative before the mandate is in hand. On both backends, through the
// completion rule the desk and the CLI set (CompletionGate).

#include "DocumentFixture.h"
#include "RegisterSupport.h"
#include "TestSupport.h"
#include "cases/CaseService.h"
#include "demo/DemoData.h"
#include "documents/CompletionGate.h"
#include "documents/PersonExport.h"
#include "documents/PersonReport.h"
#include "documents/PersonReview.h"
#include "letters/AccessScope.h"
#include "letters/Letters.h"
#include "registers/ProcessingRegister.h"
#include "registers/SystemChecklist.h"
#include "session/Session.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;
using namespace Qt::StringLiterals;

namespace {

QString plain(const QString &html)
{
    return LetterTemplates::plainText(html).simplified();
}

SystemCheck check(const QString &system, SystemSearchResult result, QDate sentOn = {})
{
    SystemCheck c;
    c.system = system;
    c.searched = true;
    c.result = result;
    c.sentOn = sentOn;
    return c;
}

} // namespace

class TestCopyGiven final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void inzageCompletesWithTheCopy();
    void lettersSayWhatWasSent();
    void portabilityNamesWhatTheFilesHold();
    void demoAnswersGiveTheCopy();
    void representativeWaitsForTheMandate();

private:
    // The inzage report (a PDF) exported for c on day, or with files the portability files (JSON);
    // empty when made, else why not.
    QString exportFor(const Case &c, QDate day, bool files = false);

    QTemporaryDir m_tmp;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<test::DocumentFixture> m_fixture;
};

void TestCopyGiven::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    m_store = test::createServiceStore(m_tmp.filePath(u"store"_s));
    QVERIFY(m_store);
    m_fixture = std::make_unique<test::DocumentFixture>(*m_store);
    QVERIFY2(m_fixture->setOrganisation(), qPrintable(m_fixture->error()));
    ServiceError error;
    QVERIFY2(ProcessingRegister(Session { *m_store, m_fixture->clock() })
                 .add(test::processingActivity(u"A.1"_s, u"Huurovereenkomsten"_s, { u"huurders"_s },
                                               { u"ERP"_s, u"Klantmailbox"_s }),
                      BsnCheck::Refuse, &error),
             qPrintable(error.message));
}

QString TestCopyGiven::exportFor(const Case &c, QDate day, bool files)
{
    ServiceError error;
    const auto report
        = PersonReportLoader(Session { *m_store, m_fixture->clock() }).load(c.person.id, &error);
    if (!report)
        return error.message;
    const auto findings = PersonReview(Session { *m_store }).findings(*report, &error);
    if (!findings)
        return error.message;
    PersonExportTargets targets;
    (files ? targets.jsonPath : targets.pdfPath)
        = m_tmp.filePath(c.number + (files ? u".json"_s : u".pdf"_s));
    targets.forRequest = c.number;
    m_fixture->at(day);
    const PersonExportResult exported = PersonExport(Session { *m_store, m_fixture->clock() })
                                            .write(*report, *findings, {}, targets);
    return exported.ok() ? QString() : exported.error;
}

// Completion waits for the report, then for every system that found data to be recorded as
// sent, and its day is not before the last of those; nothing of it is sent after the answer.
void TestCopyGiven::inzageCompletesWithTheCopy()
{
    const QDate received(2026, 10, 1);
    const auto c = m_fixture->addCase(u"K. Kopie"_s, u"K700"_s, { RequestType::Inzage }, received);
    QVERIFY2(c, qPrintable(m_fixture->error()));
    QVERIFY(m_fixture->identify(c->number, received, received.addDays(1)));
    ServiceError error;
    SystemChecklist checklist(Session { *m_store, m_fixture->clock() });
    QVERIFY2(checklist.tick(c->number, { u"ERP"_s, SystemSearchResult::Gevonden, {}, 0 },
                            BsnCheck::Refuse, &error),
             qPrintable(error.message));
    QVERIFY2(checklist.tick(c->number,
                            { u"Klantmailbox"_s, SystemSearchResult::NietsGevonden, {}, 0 },
                            BsnCheck::Refuse, &error),
             qPrintable(error.message));
    CaseService cases(Session { *m_store, m_fixture->clock() });
    cases.setCompletionRule(CompletionGate::rule(Session { *m_store, m_fixture->clock() }));
    Completion done;
    done.outcome = Outcome::Toegewezen;
    const auto complete = [&](QDate answered) {
        m_fixture->at(std::max(answered, m_fixture->clock().today()));
        done.answered = answered;
        error = {};
        return cases.complete(c->number, done, BsnCheck::Refuse, &error);
    };

    QVERIFY(!complete(QDate(2026, 10, 10)));
    QVERIFY2(error.message.contains(u"inzage report"_s), qPrintable(error.message));
    const QString exportError = exportFor(*c, QDate(2026, 10, 12));
    QVERIFY2(exportError.isEmpty(), qPrintable(exportError));
    QVERIFY(!complete(QDate(2026, 10, 12)));
    QVERIFY2(error.message.contains(u"ERP"_s), qPrintable(error.message));
    QVERIFY2(!error.message.contains(u"Klantmailbox"_s), qPrintable(error.message));
    m_fixture->at(QDate(2026, 10, 15));
    QVERIFY2(checklist.recordSent(c->number, u"ERP"_s, QDate(2026, 10, 14), &error),
             qPrintable(error.message));
    QVERIFY(!complete(QDate(2026, 10, 13))); // before ERP's data went
    QVERIFY2(error.message.contains(u"enter that day or later"_s), qPrintable(error.message));
    QVERIFY2(complete(QDate(2026, 10, 14)), qPrintable(error.message));
    const auto answered = cases.find(c->number, &error);
    QVERIFY(answered);
    QCOMPARE(answered->answeredOn, QDate(2026, 10, 14));
    // Nothing of the copy goes after the answer.
    m_fixture->at(QDate(2026, 10, 20));
    QVERIFY(!checklist.recordSent(c->number, u"ERP"_s, QDate(2026, 10, 19), &error));
    QVERIFY2(checklist.recordSent(c->number, u"ERP"_s, QDate(2026, 10, 13), &error),
             qPrintable(error.message));

    // The decision says the data were sent, never that they will be.
    const auto decision = LetterService(Session { *m_store, m_fixture->clock() })
                              .render(c->number, LetterKind::Besluit, &error);
    QVERIFY2(decision, qPrintable(error.message));
    const QString text = plain(decision->html);
    QVERIFY2(text.contains(u"Die gegevens hebben wij u op 13 oktober 2026 apart gestuurd."_s),
             qPrintable(text));
    QVERIFY2(!text.contains(u"sturen wij u apart toe"_s), qPrintable(text));
}

// What went, with its day, is said as sent; what still follows as following.
void TestCopyGiven::lettersSayWhatWasSent()
{
    const QString both = plain(AccessScope::letterHtml(
        true, false, {},
        { check(u"ERP"_s, SystemSearchResult::ApartVerstrekt, QDate(2026, 3, 3)),
          check(u"Klantmailbox"_s, SystemSearchResult::Gevonden) }));
    QVERIFY2(both.contains(u"De gegevens uit ERP op 3 maart 2026 hebben wij u apart gestuurd. De "
                           "gegevens uit Klantmailbox sturen wij u apart toe."_s),
             qPrintable(both));
    const QString gone = plain(AccessScope::letterHtml(
        true, false, {},
        { check(u"ERP"_s, SystemSearchResult::ApartVerstrekt, QDate(2026, 3, 3)) }));
    QVERIFY2(gone.contains(u"Die gegevens hebben wij u op 3 maart 2026 apart gestuurd."_s),
             qPrintable(gone));
    QVERIFY2(!gone.contains(u"apart toe"_s), qPrintable(gone));
    // The pure rule: a partly granted inzage without a report is refused as well.
    Case c;
    c.number = u"AVG-2026-0099"_s;
    c.types = { RequestType::Inzage };
    c.receivedDate = QDate(2026, 3, 1);
    Completion partly;
    partly.outcome = Outcome::DeelsToegewezen;
    partly.answered = QDate(2026, 3, 10);
    partly.grounds = { RefusalGround::Art15_4 };
    partly.motivation = u"De notitie over de buurvrouw gaat over haar."_s;
    partly.granted = u"Het overzicht zonder die notitie."_s;
    QVERIFY(!CompletionGate::copyRefusal(c, partly, {}, {}).isEmpty());
    QVERIFY(CompletionGate::copyRefusal(c, partly, {}, QDate(2026, 3, 10)).isEmpty());
    Completion refused = partly;
    refused.outcome = Outcome::Afgewezen;
    QVERIFY(CompletionGate::copyRefusal(c, refused, {}, {}).isEmpty());
    QCOMPARE(CompletionGate::copyDay(
                 QDate(2026, 3, 5),
                 { check(u"ERP"_s, SystemSearchResult::ApartVerstrekt, QDate(2026, 3, 8)) }),
             QDate(2026, 3, 8));
}

// Portability has a systems checklist too, and is answered when its files are given: it
// completes only with the portability export recorded for it and what a system found recorded as
// sent, not dated before the last of those. Its decision names what the recorded files held (this
// tenant gave no phone number or e-mail address, so the files hold neither and the letter names
// neither) and says that what the search found was sent separately, with its day.
void TestCopyGiven::portabilityNamesWhatTheFilesHold()
{
    const QDate received(2026, 10, 1);
    const auto c = m_fixture->addCase(u"O. Overdracht"_s, u"K710"_s,
                                      { RequestType::Overdraagbaarheid }, received);
    QVERIFY2(c, qPrintable(m_fixture->error()));
    QVERIFY(m_fixture->identify(c->number, received, received.addDays(1)));
    ServiceError error;
    SystemChecklist checklist(Session { *m_store, m_fixture->clock() });
    const auto list = checklist.of(c->number, &error);
    QVERIFY2(list, qPrintable(error.message));
    QCOMPARE(list->size(), 2);
    QVERIFY2(checklist.tick(c->number, { u"ERP"_s, SystemSearchResult::Gevonden, {}, 0 },
                            BsnCheck::Refuse, &error),
             qPrintable(error.message));
    QVERIFY2(checklist.tick(c->number,
                            { u"Klantmailbox"_s, SystemSearchResult::NietsGevonden, {}, 0 },
                            BsnCheck::Refuse, &error),
             qPrintable(error.message));
    CaseService cases(Session { *m_store, m_fixture->clock() });
    cases.setCompletionRule(CompletionGate::rule(Session { *m_store, m_fixture->clock() }));
    Completion done;
    done.outcome = Outcome::Toegewezen;
    const auto complete = [&](QDate answered) {
        m_fixture->at(std::max(answered, m_fixture->clock().today()));
        done.answered = answered;
        error = {};
        return cases.complete(c->number, done, BsnCheck::Refuse, &error);
    };

    QVERIFY(!complete(QDate(2026, 10, 10)));
    QVERIFY2(error.message.contains(u"portability export"_s), qPrintable(error.message));
    const QString inzageOnly = exportFor(*c, QDate(2026, 10, 11)); // a PDF holds no files
    QVERIFY2(inzageOnly.isEmpty(), qPrintable(inzageOnly));
    QVERIFY(!complete(QDate(2026, 10, 11)));
    QVERIFY2(error.message.contains(u"portability export"_s), qPrintable(error.message));
    const QString exportError = exportFor(*c, QDate(2026, 10, 12), true);
    QVERIFY2(exportError.isEmpty(), qPrintable(exportError));
    QVERIFY(!complete(QDate(2026, 10, 12)));
    QVERIFY2(error.message.contains(u"ERP"_s), qPrintable(error.message));
    QVERIFY2(!error.message.contains(u"Klantmailbox"_s), qPrintable(error.message));
    m_fixture->at(QDate(2026, 10, 15));
    QVERIFY2(checklist.recordSent(c->number, u"ERP"_s, QDate(2026, 10, 14), &error),
             qPrintable(error.message));
    QVERIFY(!complete(QDate(2026, 10, 13))); // before ERP's data went
    QVERIFY2(error.message.contains(u"enter that day or later"_s), qPrintable(error.message));
    QVERIFY2(complete(QDate(2026, 10, 14)), qPrintable(error.message));
    const auto answered = cases.find(c->number, &error);
    QVERIFY(answered);
    QCOMPARE(answered->answeredOn, QDate(2026, 10, 14));

    const auto decision = LetterService(Session { *m_store, m_fixture->clock() })
                              .render(c->number, LetterKind::Besluit, &error);
    QVERIFY2(decision, qPrintable(error.message));
    const QString text = plain(decision->html);
    QVERIFY2(text.contains(u"In de bestanden staan uw gegevens: naam, adres, klantnummer en de "
                           "relatie tot ons. Het gaat alleen om de gegevens die wij gebruiken met "
                           "uw toestemming of voor een overeenkomst met u (artikel 20 lid 1 "
                           "AVG)."_s),
             qPrintable(text));
    QVERIFY2(!text.contains(u"telefoonnummer"_s), qPrintable(text));
    QVERIFY2(!text.contains(u"e-mailadres"_s), qPrintable(text));
    QVERIFY2(text.contains(u"LEESMIJ.txt"_s), qPrintable(text));
    QVERIFY2(text.contains(u"Wij hebben ook gegevens over u in andere systemen: ERP. Die staan "
                           "niet in de bestanden. Die gegevens hebben wij u op 14 oktober 2026 "
                           "apart gestuurd."_s),
             qPrintable(text));
    QVERIFY2(!text.contains(u"sturen wij u apart toe"_s), qPrintable(text));
}

// The demo store answers as the desk does: every granted (or partly granted) inzage has its
// inzage report exported and every system that found data sent, every granted portability its
// files, and each answer is dated on or after the day its copy was complete. A demo store is
// always a folder of its own, on either run.
void TestCopyGiven::demoAnswersGiveTheCopy()
{
    StoreCreateOptions options;
    options.demo = true;
    options.kdf = KdfParams::minimum();
    StoreError storeError;
    const auto demo
        = Store::create(m_tmp.filePath(u"demo"_s), test::testUser,
                        SecureBytes::fromUtf8(test::testPassword), options, nullptr, &storeError);
    QVERIFY(demo);
    QString failure;
    QVERIFY2(DemoData::generate(*demo, { .cases = 160, .seed = 11, .today = QDate(2026, 11, 21) },
                                {}, &failure),
             qPrintable(failure));
    ServiceError error;
    const QList<Case> all = CaseService(Session { *demo }).list({}, &error);
    QVERIFY2(!error.isError(), qPrintable(error.message));
    int inzages = 0;
    int portabilities = 0;
    int sent = 0;
    for (const Case &c : all) {
        const QList<TypeDecision> parts = CaseWorkflow::decisionsOf(c);
        const auto granted = [&parts](RequestType type) {
            return std::any_of(parts.cbegin(), parts.cend(), [type](const TypeDecision &d) {
                return d.type == type
                    && (d.outcome == Outcome::Toegewezen || d.outcome == Outcome::DeelsToegewezen);
            });
        };
        if (!c.answeredOn.isValid()
            || (!granted(RequestType::Inzage) && !granted(RequestType::Overdraagbaarheid)))
            continue;
        const auto made
            = CompletionGate::exported(Session { *demo, systemClock() }, c.number, &error);
        const auto systems = SystemChecklist(Session { *demo }).of(c.number, &error);
        QVERIFY2(made && systems, qPrintable(error.message));
        QDate copy;
        if (granted(RequestType::Inzage)) {
            ++inzages;
            QVERIFY2(made->report.isValid(), qPrintable(c.number));
            copy = CompletionGate::copyDay(made->report, *systems);
        }
        if (granted(RequestType::Overdraagbaarheid)) {
            ++portabilities;
            QVERIFY2(made->portability.isValid(), qPrintable(c.number));
            copy = std::max(copy, CompletionGate::copyDay(made->portability, *systems));
        }
        for (const SystemCheck &check : *systems) {
            const bool found = check.searched
                && (check.result == SystemSearchResult::Gevonden
                    || check.result == SystemSearchResult::ApartVerstrekt);
            QVERIFY2(!found || check.sentOn.isValid(), qPrintable(c.number + u' ' + check.system));
            sent += found ? 1 : 0;
        }
        QVERIFY2(c.answeredOn >= copy, qPrintable(c.number));
    }
    QVERIFY2(inzages > 20, qPrintable(QString::number(inzages)));
    QVERIFY2(portabilities > 0, qPrintable(QString::number(portabilities)));
    QVERIFY2(sent > 0, qPrintable(QString::number(sent)));
}

// A representative's request is neither granted nor exported for before the mandate (or the
// court's decision) is recorded as received.
void TestCopyGiven::representativeWaitsForTheMandate()
{
    const QDate received(2026, 10, 1);
    NewCase request = test::DocumentFixture::newCase(u"B. Bewind"_s, u"K720"_s,
                                                     { RequestType::Inzage }, received);
    request.representative = u"mr. P. Hendriks"_s;
    request.representativeAuthority = RepresentativeAuthority::Bewindvoerder;
    const auto c = m_fixture->addCase(request);
    QVERIFY2(c, qPrintable(m_fixture->error()));
    ServiceError error;
    CaseService cases(Session { *m_store, m_fixture->clock() });
    cases.setCompletionRule(CompletionGate::rule(Session { *m_store, m_fixture->clock() }));
    Completion done;
    done.outcome = Outcome::Toegewezen;
    done.answered = QDate(2026, 10, 12);
    done.noIdentificationReason = test::knownDataSubject;
    m_fixture->at(QDate(2026, 10, 12));
    QVERIFY(!cases.complete(c->number, done, BsnCheck::Refuse, &error));
    QVERIFY2(error.message.contains(u"mandate"_s), qPrintable(error.message));
    const QString refused = exportFor(*c, QDate(2026, 10, 12));
    QVERIFY2(refused.contains(u"mandate"_s), qPrintable(refused));
    QVERIFY(!QFile::exists(m_tmp.filePath(c->number + u".pdf"_s)));
    // Identified "through the representative" rests on the mandate as well.
    QVERIFY(!cases.receiveIdentification(c->number, QDate(2026, 10, 5), IdMethod::Gemachtigde, true,
                                         &error));
    QVERIFY2(error.message.contains(u"mandate"_s), qPrintable(error.message));
    QVERIFY2(cases.receiveMandate(c->number, QDate(2026, 10, 5), &error),
             qPrintable(error.message));
    QVERIFY2(cases.receiveIdentification(c->number, QDate(2026, 10, 5), IdMethod::Gemachtigde, true,
                                         &error),
             qPrintable(error.message));
    done.noIdentificationReason.clear();
    const QString exported = exportFor(*c, QDate(2026, 10, 12));
    QVERIFY2(exported.isEmpty(), qPrintable(exported));
    QVERIFY2(cases.complete(c->number, done, BsnCheck::Refuse, &error), qPrintable(error.message));
}

QTEST_MAIN(TestCopyGiven)
#include "tst_copygiven.moc"
