// The AP complaint dossier: rendered from a fixture store and read back (the PDF's text with
// pdftotext, the document's own text): cover page, summary with the deadlines and whether they
// were met, the full chronology, the letters as appendices, the disclosures, the closing
// statement with the verified audit-chain position, the warning when the chain is broken,
// "Vertrouwelijk" and "pagina X van Y" on every page, and never a BSN.

#include "DocumentFixture.h"
#include "ServerStoreFixture.h"
#include "TestSupport.h"
#include "documents/ComplaintDossier.h"
#include "documents/EventText.h"
#include "documents/PersonReportDocument.h"
#include "print/PrintedDocument.h"
#include "session/Session.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

using namespace pd;
using namespace Qt::StringLiterals;

namespace {

QString textOf(const ComplaintDossierContent &content)
{
    return test::DocumentFixture::dossierText(content);
}

} // namespace

class TestComplaintDossier final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void unknownRequest();
    void contentOfTheFullCase();
    void summarySaysWhetherDeadlinesWereMet();
    void pdfPages();
    void apReference();
    void apReferenceOfAnUnreadableRequest();
    void brokenChainWarns();
    void resumesFromTheCheckpoint();
    void hashesNeverReadAsBsn();
    void decidedWithoutIdentification();
    void lateAgainstEachClock();
    void receivedIsTheDayOfReceipt();
    void changeByHandInTheChronology();
    void extensionAfterTheOwnDeadlineIsNotMet();
    void missingNumbersAreSaid();
    void handlerAssignedByName();

private:
    QTemporaryDir m_tmp;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<test::DocumentFixture> m_fixture;
    QString m_number;
    QString m_other; // another person's request, left open
};

void TestComplaintDossier::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    m_store = test::createServiceStore(m_tmp.filePath(u"store"_s));
    QVERIFY(m_store);
    m_fixture = std::make_unique<test::DocumentFixture>(*m_store);
    m_number = m_fixture->fullCase();
    QVERIFY2(!m_number.isEmpty(), qPrintable(m_fixture->error()));
    // On a server the letters the application made, and their
    // dispatch, are each described by their own events: none is taken for a change by hand.
    if (m_store->isServer()) {
        QSqlQuery byHand(m_store->database());
        QVERIFY(byHand.exec(u"SELECT count(*) FROM audit_events WHERE action = 'sql.changed'"_s)
                && byHand.next());
        QCOMPARE(byHand.value(0).toInt(), 0);
    }
    // Another request of the same person, and somebody else's: neither belongs in the dossier.
    const auto other = m_fixture->addCase(u"H. Vermeulen"_s, u"K777001"_s, { RequestType::Inzage },
                                          QDate(2026, 12, 16));
    QVERIFY2(other, qPrintable(m_fixture->error()));
    m_other = other->number;
    QVERIFY(
        m_fixture->note(other->number, u"Notitie over een ander verzoek"_s, QDate(2026, 12, 17)));
    m_fixture->at(QDate(2027, 1, 11));
}

void TestComplaintDossier::unknownRequest()
{
    ServiceError error;
    QVERIFY(!ComplaintDossier(Session { *m_store, m_fixture->clock() })
                 .collect(u"AVG-1999-0001"_s, &error));
    QCOMPARE(error.code, ServiceError::Code::NotFound);
}

void TestComplaintDossier::contentOfTheFullCase()
{
    ServiceError error;
    const int reads = Session::roleReads();
    const auto content
        = ComplaintDossier(Session { *m_store, m_fixture->clock() }).collect(m_number, &error);
    QVERIFY2(content, qPrintable(error.message));
    // Every part of the dossier under the one role read at its start.
    QCOMPARE(Session::roleReads() - reads, 1);
    QCOMPARE(content->request.number, m_number);
    QCOMPARE(content->letters.size(), 6);
    QCOMPARE(content->disclosures.size(), 3);
    QVERIFY(content->disclosures.first().date <= content->disclosures.last().date);
    QVERIFY(content->verification.ok);
    QCOMPARE(content->preparedBy, test::testUser);
    QCOMPARE(content->preparedAt, m_fixture->clock().now());
    for (const AuditEvent &event : content->events)
        QCOMPARE(event.entityId, m_number);

    const QString text = textOf(*content);
    QVERIFY(text.contains(ComplaintDossier::tr("Complaint dossier for the Autoriteit "
                                               "Persoonsgegevens")));
    QVERIFY(text.contains(test::DocumentFixture::organisationName()));
    QVERIFY(text.contains(u"privacy@voorbeeldhaven.nl"_s));
    QVERIFY(text.contains(test::DocumentFixture::personName()));
    QVERIFY(text.contains(u"K100234"_s));
    // The full chronology: every event's sentence, with its number.
    QVERIFY(content->events.size() >= 11);
    for (const AuditEvent &event : content->events)
        QVERIFY2(text.contains(EventText::sentence(event, content->events).simplified()),
                 qPrintable(EventText::sentence(event, content->events)));
    QVERIFY(!text.contains(u"Notitie over een ander verzoek"_s));
    QVERIFY(!text.contains(u"H. Vermeulen"_s));
    // Every letter in full, as appendix.
    for (const Letter &letter : content->letters) {
        QVERIFY(text.contains(ComplaintDossier::formatHash(letter.sha256.toLatin1())));
        const QString first
            = LetterTemplates::plainText(letter.html).simplified().left(200).section(u' ', 0, 20);
        QVERIFY2(text.contains(first), qPrintable(first));
    }
    QVERIFY(text.contains(u"Maak uw BSN en pasfoto onleesbaar"_s));
    QVERIFY(text.contains(test::DocumentFixture::extensionReason()));
    // The disclosures, without the other persons they concerned.
    QVERIFY(text.contains(u"Aannemersbedrijf Bouwkracht B.V."_s));
    QVERIFY(text.contains(u"Convenant Aanpak Woonoverlast Voorbeeldstad 2025"_s));
    // The closing statement with the verified position of the chain.
    const AuditLog::Verification &v = content->verification;
    QVERIFY(text.contains(ComplaintDossier::tr("event %1").arg(v.headSeq)));
    QVERIFY(text.contains(ComplaintDossier::formatHash(v.headHash)));
    QVERIFY(text.contains(ComplaintDossier::tr("We declare that this chronology is complete and "
                                               "unaltered.")));
    QVERIFY(!text.contains(u"WARNING"_s));
    QVERIFY(!text.contains(u"{{"_s));
    QVERIFY(findBsnNumbers(text).isEmpty());
}

void TestComplaintDossier::summarySaysWhetherDeadlinesWereMet()
{
    ServiceError error;
    const auto content
        = ComplaintDossier(Session { *m_store, m_fixture->clock() }).collect(m_number, &error);
    QVERIFY(content);
    const Deadlines &d = content->deadlines.all;
    const QDate answered(2026, 12, 15);
    QVERIFY(d.pauseDays > 0);
    QVERIFY(d.legalExtended >= answered);
    QVERIFY(d.policyExtended < answered);
    const QString text = textOf(*content);
    QVERIFY(text.contains(
        ComplaintDossier::tr("met: answered on %1").arg(PersonReportDocument::longDate(answered))));
    const auto late = static_cast<int>(d.policyExtended.daysTo(answered));
    QVERIFY2(
        text.contains(ComplaintDossier::tr("not met: answered on %1, %n day(s) late", nullptr, late)
                          .arg(PersonReportDocument::longDate(answered))),
        qPrintable(text));
    // Both clocks apart, in the words of the case list and the detail: answered in
    // time for the law (validly extended), late against the own deadline.
    const Lateness lateness = Lateness::of(content->request, content->deadlines, answered);
    QCOMPARE(lateness.legalDays, 0);
    QCOMPARE(lateness.policyDays, late);
    QVERIFY2(text.contains(ComplaintDossier::tr("Late") + u' ' + lateness.text()),
             qPrintable(text));
    // The summary writes its dates out, as the letters in the appendices do.
    QVERIFY(text.contains(PersonReportDocument::longDate(d.legal)));
    QVERIFY(text.contains(PersonReportDocument::longDate(d.legalExtended)));
    QVERIFY(text.contains(PersonReportDocument::longDate(QDate(2026, 10, 20)))); // extension told
    QVERIFY(text.contains(codes::label(IdMethod::Balie)));
    QVERIFY(text.contains(codes::label(Outcome::DeelsToegewezen)));
    QVERIFY(text.contains(codes::label(RefusalGround::Art15_4)));
    QVERIFY(text.contains(codes::label(RefusalGround::Art17_3b)));
    // The reasons of the partial grant in words (art. 12(4) AVG).
    QVERIFY2(text.contains(ComplaintDossier::tr("Reasons (art. 12(4) GDPR): %1")
                               .arg(test::DocumentFixture::motivation())),
             qPrintable(text));
    QVERIFY(text.contains(PersonReportDocument::channelPhrase(Channel::Email)));
}

void TestComplaintDossier::pdfPages()
{
    PD_REQUIRE_PDFTOTEXT();
    const QString path = m_tmp.filePath(u"dossier.pdf"_s);
    ServiceError error;
    int pages = 0;
    const ComplaintDossier dossier(Session { *m_store, m_fixture->clock() });
    const auto content = dossier.collect(m_number, &error);
    QVERIFY2(content && dossier.write(*content, path, &error, &pages), qPrintable(error.message));
    if (const QString keep = qEnvironmentVariable("PRIVACYDESK_KEEP_PDF"); !keep.isEmpty()) {
        QFile::remove(keep + u"-dossier.pdf"_s);
        QFile::copy(path, keep + u"-dossier.pdf"_s);
    }
    const QStringList text = test::DocumentFixture::pdfPages(path);
    QCOMPARE(text.size(), pages);
    // Cover, summary, chronology (and the rest), one page per letter at least.
    QVERIFY2(pages >= 9, qPrintable(QString::number(pages)));
    for (int i = 0; i < pages; ++i) {
        QVERIFY2(text.at(i).contains(PrintedDocument::confidentialText()),
                 qPrintable(u"page %1"_s.arg(i + 1)));
        QVERIFY2(text.at(i).contains(PrintedDocument::pageText(i + 1, pages)),
                 qPrintable(text.at(i).right(300)));
        QVERIFY2(text.at(i).contains(ComplaintDossier::documentTitle(m_number)),
                 qPrintable(u"page %1"_s.arg(i + 1)));
    }
    // The cover page alone on the first page; the summary starts the second.
    QVERIFY(text.at(0).contains(test::DocumentFixture::personName()));
    QVERIFY(text.at(1).simplified().startsWith(ComplaintDossier::documentTitle(m_number)));
    QVERIFY(text.at(1).contains(u"1. "_s + ComplaintDossier::tr("Summary")));
    const QString all = text.join(u' ');
    QVERIFY(!all.contains(u"{{"_s));
    QVERIFY(findBsnNumbers(all).isEmpty());
    QVERIFY(all.contains(u"zes weken"_s)); // the decision's appendix
    // Nothing runs past the page's right edge: the letters' SHA-256 in their table did, as one
    // word of 79 characters.
    const QStringList past = test::DocumentFixture::pdfWordsPastTheRightEdge(path);
    QVERIFY2(past.isEmpty(), qPrintable(past.join(u"; "_s)));
}

void TestComplaintDossier::apReference()
{
    ComplaintDossier dossier(Session { *m_store, m_fixture->clock() });
    // As the dossier the desk shows reads it.
    const auto recorded = [&] {
        return dossier.collect(m_number, test::MustRead())
            .value_or(ComplaintDossierContent {})
            .apReference;
    };
    QVERIFY(recorded().isEmpty());
    ServiceError error;
    const auto trail = [this] {
        return CaseService(Session { *m_store, m_fixture->clock() }).timeline(m_number);
    };
    const auto before = trail().size();
    QVERIFY(!dossier.setApReference(m_number, u"kenmerk %1"_s.arg(test::elfProefNumber()),
                                    BsnCheck::Refuse, &error));
    QCOMPARE(error.code, ServiceError::Code::BsnRefused);
    QVERIFY(
        !dossier.setApReference(u"AVG-1999-0001"_s, u"z2027-00412"_s, BsnCheck::Refuse, &error));
    QCOMPARE(error.code, ServiceError::Code::NotFound);
    QCOMPARE(trail().size(), before);

    QVERIFY2(dossier.setApReference(m_number, u"  z2027-00412 "_s, BsnCheck::Refuse, &error),
             qPrintable(error.message));
    QCOMPARE(recorded(), u"z2027-00412"_s);
    QCOMPARE(trail().size(), before + 1);
    QCOMPARE(trail().constLast().action, u"case.ap_reference"_s);
    QVERIFY(EventText::sentence(trail().constLast(), trail()).contains(u"z2027-00412"_s));
    QVERIFY(dossier.setApReference(m_number, u"z2027-00412"_s, BsnCheck::Refuse, &error));
    QCOMPARE(trail().size(), before + 1); // unchanged: no event

    const auto content = dossier.collect(m_number, &error);
    QVERIFY(content);
    QCOMPARE(content->apReference, u"z2027-00412"_s);
    const QString text = textOf(*content);
    QVERIFY(text.contains(ComplaintDossier::tr("AP reference") + u' ' + u"z2027-00412"_s));
    QVERIFY(text.contains(EventText::sentence(trail().constLast(), trail()).simplified()));

    QVERIFY(dossier.setApReference(m_number, QString(), BsnCheck::Refuse, &error));
    QVERIFY(recorded().isEmpty());
    QCOMPARE(trail().size(), before + 2);
    QVERIFY(dossier.setApReference(m_number, u"z2027-00412"_s, BsnCheck::Refuse, &error));
}

void TestComplaintDossier::apReferenceOfAnUnreadableRequest()
{
    // A request that could not be read is that error, never "there is no request",
    // and nothing is written.
    ComplaintDossier dossier(Session { *m_store, m_fixture->clock() });
    ServiceError error;
    const auto before
        = CaseService(Session { *m_store, m_fixture->clock() }).timeline(m_number).size();
    QVERIFY(test::changeByHand(*m_store, { u"ALTER TABLE case_decisions RENAME TO gone"_s }));
    const bool set = dossier.setApReference(m_number, u"z2027-00413"_s, BsnCheck::Refuse, &error);
    QVERIFY(test::changeByHand(*m_store, { u"ALTER TABLE gone RENAME TO case_decisions"_s }));
    QVERIFY(!set);
    QCOMPARE(error.code, ServiceError::Code::Storage);
    QCOMPARE(CaseService(Session { *m_store, m_fixture->clock() }).timeline(m_number).size(),
             before);
    const auto content = dossier.collect(m_number, &error);
    QVERIFY2(content, qPrintable(error.message));
    QVERIFY(content->apReference != u"z2027-00413"_s);
}

void TestComplaintDossier::resumesFromTheCheckpoint()
{
    // A dossier walks the chain from its verified checkpoint on, and checks each of
    // the request's own events whatever the checkpoint covers.
    QTemporaryDir dir;
    auto store = test::createServiceStore(dir.filePath(u"s"_s));
    QVERIFY(store);
    test::DocumentFixture fixture(*store);
    QVERIFY(fixture.setOrganisation());
    const auto c = fixture.addCase(u"W. Brouwer"_s, u"K900002"_s, { RequestType::Inzage },
                                   QDate(2026, 10, 5));
    QVERIFY2(c, qPrintable(fixture.error()));
    QVERIFY(fixture.note(c->number, u"Eerste notitie"_s, QDate(2026, 10, 6)));
    fixture.at(QDate(2026, 10, 8));
    ServiceError error;
    ComplaintDossier dossier(Session { *store, fixture.clock() });
    const auto first = dossier.collect(c->number, &error);
    QVERIFY2(first, qPrintable(error.message));
    QVERIFY(first->verification.ok);
    QCOMPARE(first->verification.resumedAfter, 0); // no checkpoint yet: the whole chain
    QVERIFY(fixture.note(c->number, u"Tweede notitie"_s, QDate(2026, 10, 7)));

    const auto second = dossier.collect(c->number, &error);
    QVERIFY2(second, qPrintable(error.message));
    QVERIFY(second->verification.ok);
    QCOMPARE(second->verification.resumedAfter, first->verification.headSeq);
    QCOMPARE(second->verification.eventsChecked, 1); // the note written since
    const QString text = textOf(*second);
    QVERIFY2(text.contains(u"%1"_s.arg(first->verification.headSeq)), qPrintable(text));
    QVERIFY(text.contains(ComplaintDossier::tr("We declare that this chronology is complete and "
                                               "unaltered.")));

    // One of the request's events before the checkpoint changed: still found.
    QVERIFY(test::tamperWithTrail(*store,
                                  u"UPDATE audit_events SET actor = 'iemand.anders' WHERE seq = "
                                  "(SELECT min(seq) FROM audit_events WHERE action = "
                                  "'case.note_added')"_s));
    const auto changed = dossier.collect(c->number, &error);
    QVERIFY2(changed, qPrintable(error.message));
    QVERIFY(changed->verification.resumedAfter > 0);
    QVERIFY(!changed->verification.ok);
    QSqlQuery note(store->database());
    QVERIFY(note.exec(u"SELECT min(seq) FROM audit_events WHERE action = 'case.note_added'"_s));
    QVERIFY(note.next());
    QCOMPARE(changed->verification.firstBrokenSeq, note.value(0).toLongLong());
    QVERIFY(textOf(*changed).contains(
        ComplaintDossier::tr("WARNING: the audit trail did not pass verification.")));
}

void TestComplaintDossier::brokenChainWarns()
{
    // A store of its own: tampering breaks it for good.
    QTemporaryDir dir;
    auto store = test::createServiceStore(dir.filePath(u"s"_s));
    QVERIFY(store);
    test::DocumentFixture fixture(*store);
    QVERIFY(fixture.setOrganisation());
    const auto c = fixture.addCase(u"W. Brouwer"_s, u"K900001"_s, { RequestType::Inzage },
                                   QDate(2026, 10, 5));
    QVERIFY2(c, qPrintable(fixture.error()));
    QVERIFY(fixture.note(c->number, u"Eerste notitie"_s, QDate(2026, 10, 6)));
    QVERIFY(fixture.note(c->number, u"Tweede notitie"_s, QDate(2026, 10, 7)));
    QVERIFY(test::tamperWithTrail(
        *store,
        u"UPDATE audit_events SET actor = 'iemand.anders' WHERE action = "
        "'case.note_added' AND seq = (SELECT min(seq) FROM audit_events WHERE "
        "action = 'case.note_added')"_s));
    fixture.at(QDate(2026, 10, 8));
    ServiceError error;
    ComplaintDossier dossier(Session { *store, fixture.clock() });
    const auto content = dossier.collect(c->number, &error);
    QVERIFY2(content, qPrintable(error.message));
    QVERIFY(!content->verification.ok);
    QVERIFY(content->verification.firstBrokenSeq > 0);
    const QString text = textOf(*content);
    QVERIFY(text.contains(ComplaintDossier::tr("WARNING: the audit trail did not pass "
                                               "verification.")));
    QVERIFY(!text.contains(ComplaintDossier::tr("We declare that this chronology is complete and "
                                                "unaltered.")));
    QVERIFY(text.contains(ComplaintDossier::tr("The audit trail is broken at event %1: the events "
                                               "from that number on (shaded) cannot be vouched "
                                               "for; see section 5.")
                              .arg(content->verification.firstBrokenSeq)));
    PD_REQUIRE_PDFTOTEXT();
    const QString path = dir.filePath(u"broken.pdf"_s);
    int pages = 0;
    const auto printed = dossier.collect(c->number, &error);
    QVERIFY2(printed && dossier.write(*printed, path, &error, &pages), qPrintable(error.message));
    if (const QString keep = qEnvironmentVariable("PRIVACYDESK_KEEP_PDF"); !keep.isEmpty()) {
        QFile::remove(keep + u"-broken.pdf"_s);
        QFile::copy(path, keep + u"-broken.pdf"_s);
    }
    const QStringList pdf = test::DocumentFixture::pdfPages(path);
    QCOMPARE(pdf.size(), pages);
    // On the cover and in the statement.
    QVERIFY(pdf.first().contains(u"WARNING"_s));
    QVERIFY(pdf.join(u' ').simplified().contains(
        ComplaintDossier::tr("WARNING: the audit trail did not pass verification.")));
}

void TestComplaintDossier::hashesNeverReadAsBsn()
{
    const QByteArray hex = QByteArrayLiteral("ab") + test::elfProefNumber().toLatin1()
        + QByteArrayLiteral("cd01234567890123456789012345678901234567890123456789abcdef").left(53);
    QCOMPARE(hex.size(), 64);
    QVERIFY(!findBsnNumbers(QString::fromLatin1(hex)).isEmpty());
    const QString printed = ComplaintDossier::formatHash(hex);
    QVERIFY(findBsnNumbers(printed).isEmpty());
    QCOMPARE(printed.size(), 64 + 15);
    QCOMPARE(QString(printed).remove(u':'), QString::fromLatin1(hex));
}

// A request decided without a recorded identification: the summary says why, where the
// identification would be; a partial grant completed by the first releases says its reasons are
// missing.
void TestComplaintDossier::decidedWithoutIdentification()
{
    const auto c = m_fixture->addCase(u"J. Koster"_s, u"K777002"_s, { RequestType::Inzage },
                                      QDate(2027, 1, 11));
    QVERIFY2(c, qPrintable(m_fixture->error()));
    QVERIFY2(m_fixture->complete(c->number, Outcome::Toegewezen, {}, QDate(2027, 1, 12)),
             qPrintable(m_fixture->error()));
    ServiceError error;
    auto content
        = ComplaintDossier(Session { *m_store, m_fixture->clock() }).collect(c->number, &error);
    QVERIFY2(content, qPrintable(error.message));
    QString text = textOf(*content);
    QVERIFY2(text.contains(ComplaintDossier::tr("Decided without a recorded identification: %1")
                               .arg(test::knownDataSubject)),
             qPrintable(text));
    QVERIFY(!text.contains(ComplaintDossier::tr("not needed")));

    QVERIFY(test::execSql(m_store->database(),
                          u"UPDATE cases SET outcome = 'deels-toegewezen', refusal_grounds = "
                          "'art-17-3', motivation = NULL WHERE number = '%1'"_s.arg(c->number)));
    content = ComplaintDossier(Session { *m_store, m_fixture->clock() }).collect(c->number, &error);
    QVERIFY2(content, qPrintable(error.message));
    text = textOf(*content);
    QVERIFY(text.contains(codes::label(RefusalGround::Art17_3)));
    QVERIFY2(text.contains(ComplaintDossier::tr("Reasons (art. 12(4) GDPR): %1")
                               .arg(ComplaintDossier::tr("(destroyed or not recorded)"))),
             qPrintable(text));
}

// An open request late against both clocks says each with its own count, and both in the
// words of the case list; one waiting for an identification asked in time is late against
// neither, though its earliest deadline has passed.
void TestComplaintDossier::lateAgainstEachClock()
{
    const auto waiting = m_fixture->addCase(u"P. Wachters"_s, u"K777003"_s, { RequestType::Inzage },
                                            QDate(2027, 1, 20));
    QVERIFY2(waiting, qPrintable(m_fixture->error()));
    QVERIFY2(m_fixture->identify(waiting->number, QDate(2027, 1, 21), {}),
             qPrintable(m_fixture->error()));
    m_fixture->at(QDate(2027, 3, 1));

    // H. Vermeulen (initTestCase), received 16 December 2026, still open: own deadline 30 days,
    // 15 January; legal one month, 16 January, a Saturday: Monday 18 January.
    ServiceError error;
    const auto open
        = ComplaintDossier(Session { *m_store, m_fixture->clock() }).collect(m_other, &error);
    QVERIFY2(open, qPrintable(error.message));
    QCOMPARE(open->deadlines.all.legal, QDate(2027, 1, 18));
    QCOMPARE(open->deadlines.all.policy, QDate(2027, 1, 15));
    const Lateness lateness = Lateness::of(open->request, open->deadlines, QDate(2027, 3, 1));
    QCOMPARE(lateness.legalDays, 42);
    QCOMPARE(lateness.policyDays, 45);
    QString text = textOf(*open);
    QVERIFY2(
        text.contains(ComplaintDossier::tr("not met: open and %n day(s) overdue", nullptr, 42)),
        qPrintable(text));
    QVERIFY(
        text.contains(ComplaintDossier::tr("not met: open and %n day(s) overdue", nullptr, 45)));
    QVERIFY2(text.contains(ComplaintDossier::tr("Late") + u' ' + lateness.text()),
             qPrintable(text));

    const auto paused = ComplaintDossier(Session { *m_store, m_fixture->clock() })
                            .collect(waiting->number, &error);
    QVERIFY2(paused, qPrintable(error.message));
    QVERIFY(paused->deadlines.all.suspended);
    QVERIFY(paused->deadlines.current < QDate(2027, 3, 1));
    text = textOf(*paused);
    QVERIFY2(!text.contains(
                 ComplaintDossier::tr("not met: open and %n day(s) overdue", nullptr,
                                      int(paused->deadlines.all.legal.daysTo(QDate(2027, 3, 1))))),
             qPrintable(text));
    QVERIFY(!text.contains(ComplaintDossier::tr("Late") + u' '));
    QVERIFY(text.contains(
        ComplaintDossier::tr("The deadline stands still until the identification is received.")));
}

// A letter received on 1 October and typed in on 22 November. The row
// "Received" states the day it arrived, written out, and how; when and by whom it was registered
// is its own row, with the user's name rather than the login. A time of receipt that is not of
// that day (here: the moment of typing) never takes the place of the day of receipt.
void TestComplaintDossier::receivedIsTheDayOfReceipt()
{
    QVERIFY(
        test::execSql(m_store->database(),
                      u"UPDATE users SET display_name = 'Jan de Vries' WHERE login = '%1'"_s.arg(
                          test::testUser)));
    const QDate arrived(2026, 10, 1);
    const QDate typed(2026, 11, 22);
    for (const bool timeOfTyping : { false, true }) {
        m_fixture->at(typed);
        NewCase request;
        request.person.name = u"R. Brievenbus"_s;
        request.person.klantnummer = timeOfTyping ? u"K880002"_s : u"K880001"_s;
        request.types = { RequestType::Inzage };
        request.channel = Channel::Brief;
        request.receivedDate = arrived;
        if (timeOfTyping)
            request.receivedAt = m_fixture->clock().now();
        ServiceError error;
        const auto c = CaseService(Session { *m_store, m_fixture->clock() })
                           .add(request, BsnCheck::Refuse, &error);
        QVERIFY2(c, qPrintable(error.message));
        const auto content
            = ComplaintDossier(Session { *m_store, m_fixture->clock() }).collect(c->number, &error);
        QVERIFY2(content, qPrintable(error.message));
        const QString text = textOf(*content);
        const qsizetype from = text.indexOf(ComplaintDossier::tr("Received") + u' ');
        const qsizetype to = text.indexOf(ComplaintDossier::tr("Registered in Privacydesk"));
        QVERIFY2(from >= 0 && to > from, qPrintable(text));
        const QString received = text.mid(from, to - from);
        QVERIFY2(received.contains(ComplaintDossier::tr("%1, %2").arg(
                     PersonReportDocument::longDate(arrived),
                     PersonReportDocument::channelPhrase(Channel::Brief))),
                 qPrintable(received));
        QVERIFY2(!received.contains(PersonReportDocument::longDate(typed)), qPrintable(received));
        QVERIFY2(!received.contains(test::testUser), qPrintable(received));
        const QString registered = text.mid(to, 120);
        QVERIFY2(registered.contains(PersonReportDocument::longDate(typed)),
                 qPrintable(registered));
        QVERIFY2(registered.contains(u"Jan de Vries"_s), qPrintable(registered));
        QVERIFY2(!registered.contains(test::testUser), qPrintable(registered));
        // The chronology names the staff as the summary does, never by login.
        const qsizetype chronology
            = text.lastIndexOf(ComplaintDossier::tr("Chronology from the audit trail"));
        QVERIFY2(chronology > 0 && text.indexOf(u"Jan de Vries"_s, chronology) > 0,
                 qPrintable(text.mid(chronology)));
        QVERIFY2(!text.contains(test::testUser), qPrintable(text));
        // The deadlines in the same summary count from the day of receipt.
        QVERIFY(text.contains(PersonReportDocument::longDate(content->deadlines.all.legal)));
        QCOMPARE(content->deadlines.all.legal, QDate(2026, 11, 2)); // 1 November is a Sunday
        // The handler and the preparer by name too.
        QVERIFY(text.contains(ComplaintDossier::tr("Prepared by") + u" Jan de Vries"_s));
    }
    m_fixture->at(QDate(2027, 1, 11));
}

// On a server a change made by hand to the request's row (psql with a user's login)
// is chained by the server as an event of the table; the dossier's chronology holds it in its
// place, so that "every event of the audit trail for this request" stays true. A store folder
// records no such event (its verify compares the rows with their trail instead).
void TestComplaintDossier::changeByHandInTheChronology()
{
    const auto c = m_fixture->addCase(u"H. Handwerk"_s, u"K777010"_s, { RequestType::Inzage },
                                      QDate(2027, 1, 11));
    QVERIFY2(c, qPrintable(m_fixture->error()));
    QVERIFY(m_fixture->note(c->number, u"Teruggebeld"_s, QDate(2027, 1, 11)));
    QVERIFY(test::execSql(
        m_store->database(),
        u"UPDATE cases SET description = 'Anders' WHERE number = '%1'"_s.arg(c->number)));
    ServiceError error;
    const auto content
        = ComplaintDossier(Session { *m_store, m_fixture->clock() }).collect(c->number, &error);
    QVERIFY2(content, qPrintable(error.message));
    QVERIFY2(content->verification.ok, qPrintable(content->verification.reason));
    const auto byHand
        = std::find_if(content->events.cbegin(), content->events.cend(),
                       [](const AuditEvent &e) { return e.action == u"sql.changed"; });
    QCOMPARE(byHand != content->events.cend(), m_store->isServer());
    for (qsizetype i = 1; i < content->events.size(); ++i)
        QVERIFY(content->events.at(i - 1).seq < content->events.at(i).seq);
    if (!m_store->isServer())
        return;
    // Filed under the request itself, the table in its details.
    QCOMPARE(byHand->entityType, u"case"_s);
    QCOMPARE(byHand->entityId, c->number);
    QCOMPARE(byHand->payload.value(u"table"_s).toString(), u"cases"_s);
    QCOMPARE(byHand->actor, test::testUser);
    QVERIFY(byHand == content->events.cend() - 1); // after the note, in its place
    const QString sentence = EventText::sentence(*byHand, {});
    QVERIFY2(sentence.contains(u"outside Privacydesk"_s) && sentence.contains(u"description"_s)
                 && !sentence.contains(u"Anders"_s),
             qPrintable(sentence));
    // The dossier names the login by the user's name.
    AuditEvent named = *byHand;
    named.actor = content->nameOf(byHand->actor);
    const QString text = textOf(*content);
    QVERIFY2(text.contains(EventText::sentence(named, {}).simplified()), qPrintable(text));
    QVERIFY(text.contains(ComplaintDossier::tr("We declare that this chronology is complete and "
                                               "unaltered.")));

    // A note written by hand in someone else's name, backdated, is in the request's
    // chronology too (the server files it under the request), however its row says when.
    QVERIFY(test::execSql(m_store->database(),
                          u"INSERT INTO case_notes (case_id, written_at, author, body) VALUES (%1, "
                          "'2020-01-01T09:00:00.000Z', 'iemand', 'Achteraf')"_s.arg(c->id)));
    const auto again
        = ComplaintDossier(Session { *m_store, m_fixture->clock() }).collect(c->number, &error);
    QVERIFY2(again, qPrintable(error.message));
    const auto note
        = std::find_if(again->events.cbegin(), again->events.cend(), [](const AuditEvent &e) {
              return e.action == u"sql.changed" && e.payload.value(u"table"_s) == u"case_notes"_s;
          });
    QVERIFY(note != again->events.cend());
    QCOMPARE(note->actor, test::testUser);
    AuditEvent noteNamed = *note;
    noteNamed.actor = again->nameOf(note->actor);
    QVERIFY(textOf(*again).contains(EventText::sentence(noteNamed, {}).simplified()));
}

// An extension told after the organisation's own deadline (30 days) but
// within the legal month. The dossier said the own deadline was extended and met; it was not:
// the notice came after it. The legal deadline is extended and met.
void TestComplaintDossier::extensionAfterTheOwnDeadlineIsNotMet()
{
    // Received 1 March 2027: own deadline 31 March, legal 1 April (a Thursday); told 1 April,
    // answered 20 April, before the own extended date (30 April).
    const auto c = m_fixture->addCase(u"I. Laatverlengd"_s, u"K777010"_s, { RequestType::Inzage },
                                      QDate(2027, 3, 1));
    QVERIFY2(c, qPrintable(m_fixture->error()));
    QVERIFY2(m_fixture->extend(c->number, u"Veel gegevens"_s, QDate(2027, 4, 1)),
             qPrintable(m_fixture->error()));
    QVERIFY2(m_fixture->complete(c->number, Outcome::Toegewezen, {}, QDate(2027, 4, 20)),
             qPrintable(m_fixture->error()));
    m_fixture->at(QDate(2027, 5, 3));
    ServiceError error;
    const auto content
        = ComplaintDossier(Session { *m_store, m_fixture->clock() }).collect(c->number, &error);
    QVERIFY2(content, qPrintable(error.message));
    QVERIFY(content->deadlines.extensionAfterOwnDeadline);
    const QString text = textOf(*content);
    const QString ownDeadline = PersonReportDocument::longDate(QDate(2027, 3, 31));
    QVERIFY2(text.contains(ComplaintDossier::tr("The notice was sent after the organisation's own "
                                                "deadline of %1: the own deadline was not "
                                                "extended and not met.")
                               .arg(ownDeadline)),
             qPrintable(text));
    QVERIFY2(
        text.contains(ComplaintDossier::tr("not met: answered on %1, %n day(s) late", nullptr, 20)
                          .arg(PersonReportDocument::longDate(QDate(2027, 4, 20)))),
        qPrintable(text));
    QVERIFY2(!text.contains(ComplaintDossier::tr("; extended to %1")
                                .arg(PersonReportDocument::longDate(QDate(2027, 4, 30)))),
             qPrintable(text));
    QVERIFY2(
        !text.contains(ComplaintDossier::tr("no: answered within the legal and the own deadline")),
        qPrintable(text));
    // The legal deadline was extended in time, and met.
    QVERIFY2(text.contains(ComplaintDossier::tr("Told within the first month (legal deadline %1).")
                               .arg(PersonReportDocument::longDate(QDate(2027, 4, 1)))),
             qPrintable(text));
}

// The chronology numbers its events with the audit trail's numbers: where numbers are missing
// between two of its rows, it says which and why, in the complete version (about something
// else) and in the complainant's (that, or a part the complainant may not see: the same words
// for every gap). Consecutive rows have none between them.
void TestComplaintDossier::missingNumbersAreSaid()
{
    const auto c = m_fixture->addCase(u"G. Gatenvrij"_s, u"K777300"_s, { RequestType::Inzage },
                                      QDate(2027, 1, 4));
    QVERIFY2(c, qPrintable(m_fixture->error()));
    QVERIFY(m_fixture->note(c->number, u"Eerste notitie"_s, QDate(2027, 1, 5)));
    QVERIFY(m_fixture->note(c->number, u"Tweede notitie"_s, QDate(2027, 1, 5)));
    // Another request's events in between: three numbers not in this chronology.
    for (int i = 0; i < 3; ++i)
        QVERIFY(m_fixture->note(m_other, u"Over iets anders"_s, QDate(2027, 1, 6)));
    QVERIFY(m_fixture->note(c->number, u"Derde notitie"_s, QDate(2027, 1, 7)));
    ServiceError error;
    auto content
        = ComplaintDossier(Session { *m_store, m_fixture->clock() }).collect(c->number, &error);
    QVERIFY2(content, qPrintable(error.message));
    const QList<AuditEvent> &events = content->events;
    QCOMPARE(events.size(), 4);
    QCOMPARE(events.at(2).seq, events.at(1).seq + 1);
    QVERIFY2(events.at(3).seq > events.at(2).seq + 1, "another request's notes in between");
    const int missing = static_cast<int>(events.at(3).seq - events.at(2).seq - 1);
    const QString range = u"%1–%2"_s.arg(events.at(2).seq + 1).arg(events.at(3).seq - 1);
    const QString complete
        = ComplaintDossier::tr("%n event(s) of the audit trail about something other than this "
                               "request (other requests, the registers, the settings): not part "
                               "of this chronology.",
                               nullptr, missing);
    QString text = textOf(*content);
    const qsizetype chronology
        = text.lastIndexOf(ComplaintDossier::tr("Chronology from the audit trail"));
    QVERIFY(chronology > 0);
    QVERIFY2(text.indexOf(range, chronology) > 0, qPrintable(text.mid(chronology, 2000)));
    QVERIFY2(text.contains(complete.simplified()), qPrintable(text.mid(chronology, 2000)));
    QVERIFY(!text.contains(u"Over iets anders"_s));
    // One such row per gap: before the first event none, between adjacent events none.
    int gaps = 0;
    for (qsizetype i = 1; i < events.size(); ++i)
        gaps += events.at(i).seq > events.at(i - 1).seq + 1 ? 1 : 0;
    QCOMPARE(text.count(u"not part of this chronology"_s), gaps);

    content->version = DossierVersion::Complainant;
    text = textOf(*content);
    QVERIFY(text.contains(range));
    QVERIFY(!text.contains(u"not part of this chronology"_s));
    QVERIFY2(text.contains(ComplaintDossier::tr("Not in this version for the complainant: %n "
                                                "event(s) about something other than this "
                                                "request (other requests, the registers, the "
                                                "settings), or a part the complainant may not "
                                                "see.",
                                                nullptr, missing)
                               .simplified()),
             qPrintable(text));
    m_fixture->at(QDate(2027, 1, 11));
}

// The handler, assigned after the intake: the summary and the chronology name them by their
// name, never by login.
void TestComplaintDossier::handlerAssignedByName()
{
    QVERIFY(
        test::execSql(m_store->database(),
                      u"UPDATE users SET display_name = 'Jan de Vries' WHERE login = '%1'"_s.arg(
                          test::testUser)));
    const auto c = m_fixture->addCase(u"B. Handelaar"_s, u"K777400"_s, { RequestType::Inzage },
                                      QDate(2027, 1, 4));
    QVERIFY2(c, qPrintable(m_fixture->error()));
    // Handled by the user since the intake (the fixture's): released, then taken up again.
    QCOMPARE(c->handler, test::testUser);
    ServiceError error;
    CaseService cases(Session { *m_store, m_fixture->clock() });
    QVERIFY2(cases.assign(c->number, {}, &error), qPrintable(error.message));
    QVERIFY2(cases.assign(c->number, test::testUser, &error), qPrintable(error.message));
    const auto content
        = ComplaintDossier(Session { *m_store, m_fixture->clock() }).collect(c->number, &error);
    QVERIFY2(content, qPrintable(error.message));
    const QString text = textOf(*content);
    QVERIFY2(text.contains(ComplaintDossier::tr("Handler") + u" Jan de Vries"_s), qPrintable(text));
    const QString chronology
        = text.mid(text.lastIndexOf(ComplaintDossier::tr("Chronology from the audit trail")));
    QVERIFY2(
        chronology.contains(
            u"Handler Jan de Vries released by Jan de Vries: nobody handles the request now"_s),
        qPrintable(chronology));
    QVERIFY2(chronology.contains(u"Handler assigned by Jan de Vries: Jan de Vries (was nobody)"_s),
             qPrintable(chronology));
    QVERIFY2(!text.contains(test::testUser), qPrintable(text));
    m_fixture->at(QDate(2027, 1, 11));
}

QTEST_MAIN(TestComplaintDossier)
#include "tst_complaintdossier.moc"
