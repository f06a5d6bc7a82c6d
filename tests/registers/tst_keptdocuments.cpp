// The document kept with a DPIA (its report) and with a processor (the processing agreement),
// encrypted in the store with its SHA-256 as a covenant keeps its signed copy: added, a
// replacement only when asked, saved again, removed, each on the owner's trail; a recipient that
// is not a processor keeps none; a read-only role reads but never changes. The DPIA itself as a
// printed PDF. On both backends (BOTH_BACKENDS): on a server, no row of the new tables is taken
// for a change by hand.

#include "RegisterSupport.h"
#include "ServerStoreFixture.h"
#include "TestSupport.h"
#include "audit/AuditLog.h"
#include "cases/CaseService.h"
#include "crypto/SecureBytes.h"
#include "documents/DpiaDocument.h"
#include "registers/Dpia.h"
#include "registers/KeptDocuments.h"
#include "registers/ProcessingRegister.h"
#include "registers/Recipients.h"
#include "session/Session.h"
#include "store/ServiceSupport.h"
#include "store/Store.h"
#include "users/UserService.h"
#include "util/Clock.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pd;
using namespace pd::test;

namespace {

const QString auditor = u"a.bakker"_s;
const QString auditorPassword = u"auditor-wachtwoord-2026"_s;

NewAttachment file(const QString &name, const QByteArray &bytes)
{
    NewAttachment f;
    f.name = name;
    f.content = bytes;
    return f;
}

QString sha256(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

const QByteArray report = QByteArrayLiteral("%PDF-1.4\n% DPIA cameratoezicht 2026\n%%EOF\n");
const QByteArray report2 = QByteArrayLiteral("%PDF-1.4\n% DPIA cameratoezicht, herzien\n%%EOF\n");

} // namespace

class TestKeptDocuments final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void dpiaDocumentKeptReplacedSavedRemoved();
    void processorAgreement();
    void onlyAProcessorKeepsAnAgreement();
    void aReadOnlyRoleReadsAndSaves();
    void dpiaAsPdf();

private:
    QList<AuditEvent> events(const QString &entity, const QString &id) const
    {
        ServiceError error;
        return support::auditLog(*m_store, m_clock).eventsFor(entity, id, &error);
    }

    QTemporaryDir m_tmp;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    qint64 m_dpiaId = 0;
    FixedClock m_clock { QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC) };
};

void TestKeptDocuments::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    QVERIFY(initSodium());
}

void TestKeptDocuments::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = createServiceStore(m_dir->filePath(u"kluis"_s));
    QVERIFY(m_store);
    ServiceError error;
    QVERIFY2(ProcessingRegister(Session { *m_store, m_clock })
                 .add(test::processingActivity(u"C.1"_s, u"Cameratoezicht"_s, { u"huurders"_s },
                                               { u"Camerasysteem"_s }),
                      BsnCheck::Refuse, &error),
             qPrintable(error.message));
    Dpia d;
    d.activityCode = u"C.1"_s;
    d.needed = true;
    d.apList = { u"cameratoezicht"_s };
    d.reason = u"Camera's in portieken"_s;
    d.assessedOn = QDate(2026, 3, 1);
    d.outcome = u"Beelden 4 weken bewaren"_s;
    d.residualRisk = ResidualRisk::Laag;
    d.reviewOn = QDate(2027, 3, 1);
    const auto added = DpiaRegister(Session { *m_store, m_clock }).add(d, BsnCheck::Refuse, &error);
    QVERIFY2(added, qPrintable(error.message));
    m_dpiaId = added->id;
}

void TestKeptDocuments::cleanup()
{
    if (m_store) {
        const AuditLog::Verification verification
            = CaseService(Session { *m_store, m_clock }).verifyAuditTrail();
        QVERIFY2(verification.ok, qPrintable(verification.reason));
    }
    if (m_store && m_store->isServer() && !QTest::currentTestFailed()) {
        QSqlQuery query(m_store->database());
        QVERIFY(query.exec(u"SELECT count(*) FROM audit_events WHERE action = 'sql.changed'"_s)
                && query.next());
        QCOMPARE(query.value(0).toInt(), 0);
    }
    m_store.reset();
    m_dir.reset();
}

void TestKeptDocuments::dpiaDocumentKeptReplacedSavedRemoved()
{
    KeptDocumentService documents(Session { *m_store, m_clock }, KeptDocumentOwner::Dpia);
    ServiceError error;
    QVERIFY(!documents.find(m_dpiaId, &error)->present());
    QVERIFY(!documents.content(m_dpiaId, &error));
    QCOMPARE(error.code, ServiceError::Code::NotFound);

    QVERIFY2(documents.keep(m_dpiaId, file(u"/tmp/map/dpia-camera.pdf"_s, report), false, &error),
             qPrintable(error.message));
    const KeptDocument kept = *documents.find(m_dpiaId, &error);
    QCOMPARE(kept.name, u"dpia-camera.pdf"_s); // never the folder it came from
    QCOMPARE(kept.mediaType, u"application/pdf"_s);
    QCOMPARE(kept.size, report.size());
    QCOMPARE(kept.sha256, sha256(report));
    QCOMPARE(*documents.content(m_dpiaId, &error), report);

    // A second document replaces the first only when asked.
    QVERIFY(!documents.keep(m_dpiaId, file(u"herzien.pdf"_s, report2), false, &error));
    QCOMPARE(error.code, ServiceError::Code::Invalid);
    QCOMPARE(*documents.content(m_dpiaId, &error), report);
    QVERIFY2(documents.keep(m_dpiaId, file(u"herzien.pdf"_s, report2), true, &error),
             qPrintable(error.message));
    QCOMPARE(documents.find(m_dpiaId, &error)->name, u"herzien.pdf"_s);

    // Saved again: the same bytes, never into the store's folder, never over a file unasked.
    const QString copy = m_tmp.filePath(u"kopie.pdf"_s);
    QVERIFY2(documents.exportCopy(m_dpiaId, copy, false, &error), qPrintable(error.message));
    QFile saved(copy);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QCOMPARE(saved.readAll(), report2);
    QVERIFY(!documents.exportCopy(m_dpiaId, copy, false, &error));
    QVERIFY(!documents.exportCopy(m_dpiaId, m_dir->filePath(u"kluis/x.pdf"_s), true, &error));

    QVERIFY2(documents.remove(m_dpiaId, &error), qPrintable(error.message));
    QVERIFY(!documents.find(m_dpiaId, &error)->present());
    QVERIFY(!documents.remove(m_dpiaId, &error));
    QCOMPARE(error.code, ServiceError::Code::NotFound);

    // Each step on the DPIA's trail, by its activity's sub-code; the fingerprints, never bytes.
    QStringList actions;
    for (const AuditEvent &e : events(u"dpia"_s, u"C.1"_s))
        actions << e.action;
    QCOMPARE(actions,
             (QStringList { u"dpia.created"_s, u"dpia.document_added"_s, u"dpia.document_added"_s,
                            u"dpia.document_exported"_s, u"dpia.document_removed"_s }));
    const QList<AuditEvent> trail = events(u"dpia"_s, u"C.1"_s);
    QCOMPARE(trail.at(1).payload.value(u"sha256"_s).toString(), sha256(report));
    QCOMPARE(trail.at(2).payload.value(u"replaced_sha256"_s).toString(), sha256(report));
    QCOMPARE(trail.at(3).payload.value(u"sha256"_s).toString(), sha256(report2));
    QCOMPARE(trail.at(4).payload.value(u"sha256"_s).toString(), sha256(report2));

    // An unknown DPIA keeps nothing.
    QVERIFY(!documents.keep(m_dpiaId + 100, file(u"x.pdf"_s, report), false, &error));
    QCOMPARE(error.code, ServiceError::Code::NotFound);
}

void TestKeptDocuments::processorAgreement()
{
    const Session session { *m_store, m_clock };
    Recipient hosting;
    hosting.name = u"Hosting Noord BV"_s;
    hosting.category = RecipientCategory::Verwerker;
    hosting.role = RecipientRole::Verwerker;
    ServiceError error;
    const auto added = RecipientService(session).add(hosting, BsnCheck::Refuse, &error);
    QVERIFY2(added, qPrintable(error.message));
    KeptDocumentService agreements(session, KeptDocumentOwner::Processor);
    const QByteArray word = QByteArrayLiteral("PK\x03\x04 verwerkersovereenkomst");
    QVERIFY2(agreements.keep(added->id, file(u"vwo-hosting.docx"_s, word), false, &error),
             qPrintable(error.message));
    QCOMPARE(*agreements.content(added->id, &error), word);
    // A processor whose agreement is kept is archived, not deleted: the agreement stays with it.
    QVERIFY2(RecipientService(session).remove(added->id, &error), qPrintable(error.message));
    QVERIFY(RecipientService(session).find(added->id, &error)->archived);
    QCOMPARE(*agreements.content(added->id, &error), word);
    QVERIFY2(agreements.remove(added->id, &error), qPrintable(error.message));
    QStringList actions;
    for (const AuditEvent &e : events(u"recipient"_s, QString::number(added->id)))
        actions << e.action;
    QVERIFY(actions.contains(u"recipient.agreement_added"_s));
    QVERIFY(actions.contains(u"recipient.agreement_removed"_s));
}

void TestKeptDocuments::onlyAProcessorKeepsAnAgreement()
{
    const Session session { *m_store, m_clock };
    Recipient municipality;
    municipality.name = u"Gemeente Groningen"_s;
    municipality.category = RecipientCategory::Gemeente;
    ServiceError error;
    const auto added = RecipientService(session).add(municipality, BsnCheck::Refuse, &error);
    QVERIFY2(added, qPrintable(error.message));
    KeptDocumentService agreements(session, KeptDocumentOwner::Processor);
    QVERIFY(!agreements.keep(added->id, file(u"x.pdf"_s, report), false, &error));
    QCOMPARE(error.code, ServiceError::Code::Invalid);
    QVERIFY(error.message.contains(municipality.name));
    // Too large a file is refused as the attachments refuse it, nothing written.
    Recipient hosting;
    hosting.name = u"Back-up BV"_s;
    hosting.category = RecipientCategory::Verwerker;
    hosting.role = RecipientRole::Verwerker;
    const auto processor = RecipientService(session).add(hosting, BsnCheck::Refuse, &error);
    QVERIFY(processor);
    QVERIFY(!agreements.keep(processor->id, file(u"leeg.pdf"_s, {}), false, &error));
    QCOMPARE(error.code, ServiceError::Code::Invalid);
    QVERIFY(!agreements.find(processor->id, &error)->present());
}

void TestKeptDocuments::aReadOnlyRoleReadsAndSaves()
{
    {
        UserService users(*m_store, Session { *m_store, m_clock });
        UserError userError;
        QVERIFY(users.add(auditor, {}, Role::Auditor, SecureBytes::fromUtf8(auditorPassword),
                          &userError));
        ServiceError error;
        QVERIFY(KeptDocumentService(Session { *m_store, m_clock }, KeptDocumentOwner::Dpia)
                    .keep(m_dpiaId, file(u"dpia.pdf"_s, report), false, &error));
    }
    const QString path = m_dir->filePath(u"kluis"_s);
    m_store.reset();
    {
        auto store = openServiceStoreAs(path, auditor, auditorPassword);
        QVERIFY(store);
        KeptDocumentService documents(Session { *store, m_clock }, KeptDocumentOwner::Dpia);
        ServiceError error;
        QVERIFY(documents.find(m_dpiaId, &error)->present());
        QVERIFY2(documents.exportCopy(m_dpiaId, m_tmp.filePath(u"auditor.pdf"_s), true, &error),
                 qPrintable(error.message));
        QVERIFY(!documents.keep(m_dpiaId, file(u"ander.pdf"_s, report2), true, &error));
        QCOMPARE(error.code, ServiceError::Code::Denied);
        QVERIFY(!documents.remove(m_dpiaId, &error));
        QCOMPARE(error.code, ServiceError::Code::Denied);
    }
    m_store = openServiceStoreAs(path, testUser, testPassword);
    QVERIFY(m_store);
}

void TestKeptDocuments::dpiaAsPdf()
{
    ServiceError error;
    const auto dpia = DpiaRegister(Session { *m_store, m_clock }).find(u"C.1"_s, &error);
    QVERIFY(dpia);
    KeptDocument kept { u"dpia-camera.pdf"_s, u"application/pdf"_s, report.size(), sha256(report) };
    OrganisationDetails organisation;
    organisation.name = u"Woonstichting Oosterpoort"_s;
    const QString html = DpiaDocument::toHtml(*dpia, organisation, kept, QDate(2026, 11, 20));
    for (const QString &text :
         { u"C.1"_s, u"Cameratoezicht"_s, dpia->reason, dpia->outcome, kept.name, kept.sha256,
           organisation.name, DpiaDocument::tr("DPIA needed") })
        QVERIFY2(html.contains(text.toHtmlEscaped()), qPrintable(text));
    QVERIFY(DpiaDocument::toHtml(*dpia, organisation, {}, QDate(2026, 11, 20))
                .contains(DpiaDocument::tr("no document kept")));
    const QString pdf = m_tmp.filePath(u"dpia.pdf"_s);
    QString writeError;
    QVERIFY2(DpiaDocument::writePdf(*dpia, organisation, kept, QDate(2026, 11, 20),
                                    PrintedDocument::Marking::Real,
                                    OutputTarget(pdf, true, m_store->directory()), &writeError),
             qPrintable(writeError));
    QFile written(pdf);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QVERIFY(written.readAll().startsWith("%PDF"));
}

QTEST_MAIN(TestKeptDocuments)
#include "tst_keptdocuments.moc"
