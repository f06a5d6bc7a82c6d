// The BSN guard on attachment names and AP references: a file whose name holds a
// number that passes the BSN 11-proef — plain, grouped, in full-width digits, with invisible
// characters or underscores between the groups — is refused with the bsn-refused code before
// anything is stored, at intake and when added later; so is such an AP reference, which only
// the logged override lets through.

#include "TestSupport.h"
#include "cases/Attachments.h"
#include "cases/CaseService.h"
#include "documents/ComplaintDossier.h"
#include "session/Session.h"
#include "store/Store.h"
#include "util/Clock.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pd;
using namespace pd::test;

namespace {

// The test number written the ways the guard must see through.
QStringList disguised()
{
    const QString n = elfProefNumber();
    QString fullWidth;
    for (const QChar c : n)
        fullWidth += QChar(0xFF10 + c.digitValue());
    return {
        n,
        n.left(4) + u'.' + n.mid(4, 2) + u'.' + n.mid(6),
        n.left(3) + u'_' + n.mid(3, 3) + u'_' + n.mid(6),
        n.left(3) + u'\u200B' + n.mid(3, 3) + u'\u200B' + n.mid(6),
        fullWidth,
        n.left(3) + u'\u00A0' + n.mid(3, 3) + u" - "_s + n.mid(6),
    };
}

} // namespace

class TestBsnNames final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void attachmentNamesAreGuarded();
    void intakeWithSuchAFileStoresNothing();
    void apReferenceIsGuarded();

private:
    int rows(const QString &table) const { return countRows(m_store->database(), table); }

    QTemporaryDir m_tmp;
    std::unique_ptr<Store> m_store;
    QString m_number;
};

void TestBsnNames::initTestCase()
{
    QVERIFY(initSodium());
    QVERIFY(m_tmp.isValid());
    m_store = createTestStore(m_tmp.filePath(u"kluis"_s));
    QVERIFY(m_store);
    NewCase request;
    request.types = { RequestType::Inzage };
    request.person.name = u"Fenna Wijnberg"_s;
    request.person.relation = Relation::Huurder;
    request.receivedDate = pd::systemClock().today().addDays(-2);
    ServiceError error;
    const auto c = CaseService(Session { *m_store }).add(request, BsnCheck::Refuse, &error);
    QVERIFY2(c, qPrintable(error.message));
    m_number = c->number;
}

void TestBsnNames::attachmentNamesAreGuarded()
{
    AttachmentService files(Session { *m_store });
    const int before = rows(u"case_attachments"_s);
    for (const QString &number : disguised()) {
        for (const QString &name : { u"scan_%1.pdf"_s.arg(number), u"%1 brief.pdf"_s.arg(number),
                                     u"kopie-BSN-%1.eml"_s.arg(number) }) {
            NewAttachment file;
            file.name = name;
            file.content = minimalPdf();
            ServiceError error;
            QVERIFY(!files.add(m_number, file, &error));
            QCOMPARE(error.code, ServiceError::Code::BsnRefused);
            QVERIFY(!error.bsnFindings.isEmpty());
            QVERIFY(!error.message.contains(elfProefNumber()));
            QVERIFY(error.message.contains(u"File name"_s));
        }
    }
    QCOMPARE(rows(u"case_attachments"_s), before);
    // Other numbers in a name stay allowed: a date, a phone number, our own request number.
    for (const QString &name : { u"brief 2026-04-01.pdf"_s, u"teruggebeld 06-12345678.pdf"_s,
                                 u"%1 ontvangst.pdf"_s.arg(m_number) }) {
        NewAttachment file;
        file.name = name;
        file.content = minimalPdf();
        ServiceError error;
        QVERIFY2(files.add(m_number, file, &error), qPrintable(name + u": "_s + error.message));
    }
}

void TestBsnNames::intakeWithSuchAFileStoresNothing()
{
    const int cases = rows(u"cases"_s);
    const int persons = rows(u"persons"_s);
    const int attachments = rows(u"case_attachments"_s);
    NewCase request;
    request.types = { RequestType::Inzage };
    request.person.name = u"Henk de Vries"_s;
    request.person.relation = Relation::Huurder;
    request.receivedDate = pd::systemClock().today().addDays(-1);
    NewAttachment original;
    original.name = u"verzoek %1.eml"_s.arg(disguised().at(3));
    original.content = "From: h@example.nl\r\n\r\nGraag inzage.\r\n";
    request.attachments << original;
    ServiceError error;
    QVERIFY(!CaseService(Session { *m_store }).add(request, BsnCheck::Refuse, &error));
    QCOMPARE(error.code, ServiceError::Code::BsnRefused);
    QCOMPARE(rows(u"cases"_s), cases);
    QCOMPARE(rows(u"persons"_s), persons);
    QCOMPARE(rows(u"case_attachments"_s), attachments);
}

void TestBsnNames::apReferenceIsGuarded()
{
    ComplaintDossier dossier(Session { *m_store });
    // As the dossier the desk shows reads it.
    const auto recorded = [&] {
        return dossier.collect(m_number, MustRead())
            .value_or(ComplaintDossierContent {})
            .apReference;
    };
    for (const QString &number : disguised()) {
        ServiceError error;
        QVERIFY(!dossier.setApReference(m_number, u"AP-kenmerk: %1"_s.arg(number), BsnCheck::Refuse,
                                        &error));
        QCOMPARE(error.code, ServiceError::Code::BsnRefused);
        QVERIFY(!error.message.contains(elfProefNumber()));
        QVERIFY(recorded().isEmpty());
    }
    ServiceError error;
    QVERIFY2(dossier.setApReference(m_number, u"z2026-00412"_s, BsnCheck::Refuse, &error),
             qPrintable(error.message));
    QCOMPARE(recorded(), u"z2026-00412"_s);
}

QTEST_GUILESS_MAIN(TestBsnNames)
#include "tst_bsn_names.moc"
