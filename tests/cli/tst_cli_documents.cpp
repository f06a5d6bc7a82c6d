// privacydesk-cli letter … and dossier end to end: the real executable against a real store
// that the documents' fixture filled (a request with a letter of every kind that applied, and
// an open one), with --lang en so that the texts do not depend on the translation.

#include "CliRunner.h"
#include "DocumentFixture.h"
#include "TestSupport.h"
#include "documents/ComplaintDossier.h"
#include "letters/Letters.h"
#include "print/PrintedDocument.h"
#include "session/Session.h"
#include "store/ServiceSupport.h"
#include "util/Clock.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;
using namespace Qt::StringLiterals;

namespace {

using Result = test::CliRunner::Result;

} // namespace

class TestCliDocuments final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void help();
    void letterKinds();
    void letterAsPdfIsRecorded();
    void letterCommandLineErrors();
    void pdfWithoutRuntimeFolderSaysNothingElse();
    void templates();
    void dossier();
    void dossierCommandLineErrors();
    void outputsNeverGoIntoTheStore();
    void verifyFullFindsAChangeBeforeTheCheckpoint(); // breaks the chain too
    void dossierWithABrokenChain(); // last: it breaks the store's audit chain

private:
    Result onStore(const QStringList &arguments) const;
    QString path(const QString &name) const { return m_tmp.filePath(name); }

    QTemporaryDir m_tmp;
    test::CliRunner m_cli { QStringLiteral(CLI_PATH), m_tmp.path(), u"en"_s };
    QString m_store;
    QString m_passwordFile;
    QString m_full; // completed, with letters
    QString m_open; // received, nothing else
};

Result TestCliDocuments::onStore(const QStringList &arguments) const
{
    return m_cli.run(QStringList { u"--store"_s, m_store, u"--password-file"_s, m_passwordFile }
                     + arguments);
}

void TestCliDocuments::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    m_store = path(u"kluis"_s);
    {
        auto store = test::createTestStore(m_store);
        QVERIFY(store);
        test::DocumentFixture fixture(*store);
        m_full = fixture.fullCase();
        QVERIFY2(!m_full.isEmpty(), qPrintable(fixture.error()));
        // Received two days before the day the tool runs (its clock is the system's): an
        // acknowledgement of receipt never promises a date already past.
        const auto open = fixture.addCase(u"O. Openstaand"_s, u"K500500"_s, { RequestType::Inzage },
                                          pd::systemClock().today().addDays(-2));
        QVERIFY2(open, qPrintable(fixture.error()));
        m_open = open->number;
    }
    m_passwordFile = path(u"wachtwoord.txt"_s);
    QFile file(m_passwordFile);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(test::testPassword.toUtf8() + '\n');
}

void TestCliDocuments::help()
{
    Result result = m_cli.run({ u"letter"_s, u"--help"_s });
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.contains(u"--kind"_s));
    QVERIFY(result.out.contains(u"--pdf"_s));
    // --kind names every kind of a request's letter (seed 001: the mandate's and the lifted
    // restriction's were missing).
    const QString help = result.out.simplified();
    for (LetterKind kind : LetterCodes::kinds())
        QVERIFY2(help.contains(codes::code(kind)), qPrintable(codes::code(kind)));
    result = m_cli.run({ u"dossier"_s, u"--help"_s });
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.contains(u"--ap-reference"_s));
    result = m_cli.run({ u"letter"_s, u"template"_s, u"set"_s, u"--help"_s });
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.contains(u"--file"_s));
    result = m_cli.run({ u"--help"_s });
    QVERIFY(result.out.contains(u"letter templates"_s));
    QVERIFY(result.out.contains(u"dossier"_s));
}

void TestCliDocuments::letterKinds()
{
    Result result = onStore({ u"letter"_s, u"kinds"_s, m_open, u"--json"_s });
    QCOMPARE(result.exitCode, 0);
    const QJsonArray kinds = QJsonDocument::fromJson(result.out.toUtf8()).array();
    QCOMPARE(kinds.size(), LetterCodes::kinds().size());
    QHash<QString, QJsonObject> byKind;
    for (const QJsonValue &value : kinds)
        byKind.insert(value[u"kind"_s].toString(), value.toObject());
    QVERIFY(byKind.value(u"ontvangstbevestiging"_s)[u"available"_s].toBool());
    QVERIFY(!byKind.value(u"besluit"_s)[u"available"_s].toBool());
    QVERIFY(!byKind.value(u"besluit"_s)[u"reason"_s].toString().isEmpty());

    result = onStore({ u"letter"_s, u"kinds"_s, m_full });
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.contains(u"besluit"_s));

    result = onStore({ u"letter"_s, u"kinds"_s, u"AVG-1999-0001"_s });
    QCOMPARE(result.exitCode, 1);
    result = onStore({ u"letter"_s, u"kinds"_s });
    QCOMPARE(result.exitCode, 2);
}

void TestCliDocuments::letterAsPdfIsRecorded()
{
    const QString pdf = path(u"ontvangst.pdf"_s);
    const Result result = onStore({ u"letter"_s, m_open.toLower(), u"--kind"_s,
                                    u"ontvangstbevestiging"_s, u"--pdf"_s, pdf, u"--json"_s });
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    const QJsonObject json = QJsonDocument::fromJson(result.out.toUtf8()).object();
    QCOMPARE(json[u"number"_s].toString(), m_open);
    QCOMPARE(json[u"kind"_s].toString(), u"ontvangstbevestiging"_s);
    QCOMPARE(json[u"sha256"_s].toString().size(), 64);
    QCOMPARE(json[u"pages"_s].toInt(), 1);
    QVERIFY(QFile::exists(pdf));

    PD_REQUIRE_PDFTOTEXT();
    const QStringList pages = test::DocumentFixture::pdfPages(pdf);
    QCOMPARE(pages.size(), 1);
    const QString text = pages.first().simplified();
    QVERIFY(text.contains(u"Geachte heer of mevrouw Openstaand,"_s));
    QVERIFY(text.contains(test::DocumentFixture::organisationName()));
    QVERIFY(text.contains(u"pagina 1 van 1"_s)); // the letter's language, not the tool's
    QVERIFY(!text.contains(PrintedDocument::confidentialText()));
    QVERIFY(!text.contains(u"{{"_s));

    // Recorded on the request, with the same hash in the letter and in the audit trail.
    StoreError error;
    auto store = test::openTestStore(m_store, &error);
    QVERIFY2(store, qPrintable(error.message()));
    const QList<Letter> letters = LetterService(Session { *store }).letters(m_open);
    QCOMPARE(letters.size(), 1);
    QCOMPARE(letters.first().sha256, json[u"sha256"_s].toString());
    QCOMPARE(letters.first().id, json[u"letter"_s].toInteger());
    const QList<AuditEvent> trail = CaseService(Session { *store }).timeline(m_open);
    QCOMPARE(trail.constLast().action, u"case.letter"_s);
    QCOMPARE(trail.constLast().payload[u"sha256"_s].toString(), letters.first().sha256);
}

void TestCliDocuments::letterCommandLineErrors()
{
    const QString pdf = path(u"fout.pdf"_s);
    const auto letter = [&](const QStringList &arguments) {
        return onStore(QStringList { u"letter"_s } + arguments);
    };
    QCOMPARE(letter({ m_open, u"--pdf"_s, pdf }).exitCode, 2); // no --kind
    QCOMPARE(letter({ m_open, u"--kind"_s, u"brief"_s, u"--pdf"_s, pdf }).exitCode, 2);
    QCOMPARE(letter({ m_open, u"--kind"_s, u"besluit"_s }).exitCode, 2); // no --pdf
    QCOMPARE(letter({ u"--kind"_s, u"besluit"_s, u"--pdf"_s, pdf }).exitCode, 2); // no number
    // The kind given as a second argument: the message names the real cause.
    Result positional = letter({ m_open, u"besluit"_s, u"--pdf"_s, pdf });
    QCOMPARE(positional.exitCode, 2);
    QVERIFY2(positional.err.contains(u"--kind besluit"_s), qPrintable(positional.err));
    QVERIFY(!positional.err.contains(u"needs a request number"_s));
    positional = letter({ m_open, u"iets"_s, u"--pdf"_s, pdf });
    QCOMPARE(positional.exitCode, 2);
    QVERIFY2(positional.err.contains(u"one request number, not 2 arguments"_s),
             qPrintable(positional.err));
    Result result = letter({ u"AVG-1999-0001"_s, u"--kind"_s, u"besluit"_s, u"--pdf"_s, pdf });
    QCOMPARE(result.exitCode, 1);
    // Not sensible for an open request: refused with the reason, no file left behind.
    result = letter({ m_open, u"--kind"_s, u"besluit"_s, u"--pdf"_s, pdf });
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(u"complete"_s), qPrintable(result.err));
    QVERIFY(!QFile::exists(pdf));
    // The password is never asked for a command line that is wrong.
    result = m_cli.run({ u"letter"_s, m_open, u"--kind"_s, u"nope"_s, u"--pdf"_s, pdf });
    QCOMPARE(result.exitCode, 2);
}

// Under cron or root there is no XDG_RUNTIME_DIR: a PDF command prints its result and nothing
// from Qt on stderr, and its temporary files do not land in /tmp.
void TestCliDocuments::pdfWithoutRuntimeFolderSaysNothingElse()
{
    test::CliRunner cron(QStringLiteral(CLI_PATH), m_tmp.path(), u"en"_s);
    cron.unsetEnvironment(u"XDG_RUNTIME_DIR"_s);
    const QString pdf = path(u"cron.pdf"_s);
    const Result result
        = cron.run({ u"--store"_s, m_store, u"--password-file"_s, m_passwordFile, u"letter"_s,
                     m_open, u"--kind"_s, u"ontvangstbevestiging"_s, u"--pdf"_s, pdf });
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QVERIFY2(result.err.isEmpty(), qPrintable(result.err));
    QVERIFY(QFile::exists(pdf));
}

void TestCliDocuments::templates()
{
    Result result = onStore({ u"letter"_s, u"templates"_s, u"--json"_s });
    QCOMPARE(result.exitCode, 0);
    QJsonArray list = QJsonDocument::fromJson(result.out.toUtf8()).array();
    QCOMPARE(list.size(), LetterCodes::kinds().size());
    for (const QJsonValue &t : list)
        QVERIFY(!t[u"customised"_s].toBool());

    result = onStore({ u"letter"_s, u"template"_s, u"show"_s, u"besluit"_s });
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.contains(u"{{rechtsmiddelen}}"_s));
    result = m_cli.run({ u"letter"_s, u"template"_s, u"show"_s, u"besluit"_s, u"--default"_s });
    QCOMPARE(result.exitCode, 0); // the default needs no store
    QVERIFY(result.out.contains(u"{{rechtsmiddelen}}"_s));
    QCOMPARE(onStore({ u"letter"_s, u"template"_s, u"show"_s, u"nope"_s }).exitCode, 2);

    const QString file = path(u"sjabloon.html"_s);
    const auto write = [&file](const QString &html) {
        QFile out(file);
        return out.open(QIODevice::WriteOnly | QIODevice::Truncate)
            && out.write(html.toUtf8()) == html.toUtf8().size();
    };
    QVERIFY(write(u"<p>Beste {{betrokkene.naam}}, {{onbekend}}</p>"_s));
    result = onStore(
        { u"letter"_s, u"template"_s, u"set"_s, u"ontvangstbevestiging"_s, u"--file"_s, file });
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(u"{{onbekend}}"_s), qPrintable(result.err));
    QCOMPARE(onStore({ u"letter"_s, u"template"_s, u"set"_s, u"ontvangstbevestiging"_s }).exitCode,
             2);

    QVERIFY(write(u"<p>Beste {{betrokkene.naam}}, wij antwoorden uiterlijk {{termijn.geldend}}."
                  "</p>"_s));
    result = onStore(
        { u"letter"_s, u"template"_s, u"set"_s, u"ontvangstbevestiging"_s, u"--file"_s, file });
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    result = onStore({ u"letter"_s, u"templates"_s, u"--json"_s });
    list = QJsonDocument::fromJson(result.out.toUtf8()).array();
    bool customised = false;
    for (const QJsonValue &t : list) {
        if (t[u"kind"_s].toString() == u"ontvangstbevestiging"_s) {
            customised = t[u"customised"_s].toBool();
            QCOMPARE(t[u"changed_by"_s].toString(), test::testUser);
        }
    }
    QVERIFY(customised);
    result = onStore({ u"letter"_s, u"template"_s, u"show"_s, u"ontvangstbevestiging"_s });
    QVERIFY(result.out.startsWith(u"<p>Beste {{betrokkene.naam}}"_s));

    result = onStore({ u"letter"_s, u"template"_s, u"reset"_s, u"ontvangstbevestiging"_s });
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    result = onStore({ u"letter"_s, u"templates"_s });
    QCOMPARE(result.exitCode, 0);
    QVERIFY(!result.out.contains(u"changed by"_s));
}

void TestCliDocuments::dossier()
{
    const QString pdf = path(u"dossier.pdf"_s);
    const Result result = onStore({ u"dossier"_s, m_full, u"--pdf"_s, pdf, u"--ap-reference"_s,
                                    u"z2027-00412"_s, u"--json"_s });
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    const QJsonObject json = QJsonDocument::fromJson(result.out.toUtf8()).object();
    QCOMPARE(json[u"number"_s].toString(), m_full);
    QVERIFY(json[u"audit_chain_ok"_s].toBool());
    QCOMPARE(json[u"letters"_s].toInt(), 6);
    QCOMPARE(json[u"disclosures"_s].toInt(), 3);
    QCOMPARE(json[u"ap_reference"_s].toString(), u"z2027-00412"_s);
    QVERIFY(json[u"audit_head_seq"_s].toInteger() > 0);
    const int pages = json[u"pages"_s].toInt();
    QVERIFY(pages >= 9);
    PD_REQUIRE_PDFTOTEXT();
    const QStringList text = test::DocumentFixture::pdfPages(pdf);
    QCOMPARE(text.size(), pages);
    for (int i = 0; i < pages; ++i) {
        QVERIFY(text.at(i).contains(PrintedDocument::confidentialText()));
        QVERIFY(text.at(i).contains(PrintedDocument::pageText(i + 1, pages)));
    }
    QVERIFY(text.first().contains(u"z2027-00412"_s));
    const QString all = text.join(u' ').simplified();
    // The verified head of the chain, as the store itself verifies it.
    QVERIFY(
        all.contains(ComplaintDossier::tr("event %1").arg(json[u"audit_head_seq"_s].toInteger())));
    {
        StoreError error;
        auto store = test::openTestStore(m_store, &error);
        QVERIFY2(store, qPrintable(error.message()));
        const AuditLog::Verification v = CaseService(Session { *store }).verifyAuditTrail();
        // Making the dossier is recorded after it was verified: the store's head is
        // that event, linked to the position the dossier printed.
        QCOMPARE(json[u"audit_head_seq"_s].toInteger() + 1, v.headSeq);
        const AuditEvent made = CaseService(Session { *store }).timeline(m_full).constLast();
        QCOMPARE(made.seq, v.headSeq);
        QCOMPARE(made.action, u"case.dossier_made"_s);
        QCOMPARE(made.payload.value(u"version"_s).toString(), u"complete"_s);
        QCOMPARE(made.payload.value(u"sha256"_s).toString(), json[u"sha256"_s].toString());
        const AuditLog::Verification linked
            = support::auditLog(*store, systemClock())
                  .verifyFrom(
                      json[u"audit_head_seq"_s].toInteger(),
                      QByteArray::fromHex(json[u"audit_head_hash"_s].toString().toLatin1()));
        QVERIFY2(linked.ok, qPrintable(linked.reason));
        QCOMPARE(linked.headSeq, v.headSeq);
    }
    QVERIFY(findBsnNumbers(all).isEmpty());

    // An existing file is never replaced without --overwrite: exit 1, the file as
    // it was.
    QFile existing(pdf);
    QVERIFY(existing.open(QIODevice::ReadOnly));
    const QByteArray before = existing.readAll();
    existing.close();
    const Result again = onStore({ u"dossier"_s, m_full, u"--pdf"_s, pdf });
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(again.err.contains(u"exists already"_s), qPrintable(again.err));
    QVERIFY(existing.open(QIODevice::ReadOnly));
    QCOMPARE(existing.readAll(), before);
    existing.close();
    // Without --json, replacing on request: one line.
    const Result plain = onStore({ u"dossier"_s, m_full, u"--pdf"_s, pdf, u"--overwrite"_s });
    QCOMPARE(plain.exitCode, 0);
    QVERIFY(plain.out.contains(m_full));
}

// "letter --pdf STORE/keyring.pdk" destroyed the store and reported success: an
// output never goes into the store's folder, not even with --overwrite, and a letter that was
// not written is not recorded.
void TestCliDocuments::outputsNeverGoIntoTheStore()
{
    const QString keyring = m_store + u"/keyring.pdk"_s;
    QFile file(keyring);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray before = file.readAll();
    file.close();
    const auto letters = [this] {
        const Result listed = onStore({ u"letter"_s, u"list"_s, m_full, u"--json"_s });
        return QJsonDocument::fromJson(listed.out.toUtf8()).array().size();
    };
    const auto made = letters();
    for (const QStringList &command :
         { QStringList { u"letter"_s, m_full, u"--kind"_s, u"besluit"_s, u"--pdf"_s, keyring },
           QStringList { u"letter"_s, m_full, u"--kind"_s, u"besluit"_s, u"--pdf"_s, keyring,
                         u"--overwrite"_s },
           QStringList { u"dossier"_s, m_full, u"--pdf"_s, keyring, u"--overwrite"_s },
           QStringList { u"register"_s, u"export"_s, u"--pdf"_s, m_store + u"/register.pdf"_s },
           QStringList { u"register"_s, u"export"_s, u"--csv"_s, keyring, u"--overwrite"_s } }) {
        const Result refused = onStore(command);
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(u"store's own folder"_s), qPrintable(refused.err));
    }
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), before);
    file.close();
    QVERIFY(!QFile::exists(m_store + u"/register.pdf"_s));
    QCOMPARE(letters(), made);
    QCOMPARE(onStore({ u"verify"_s }).exitCode, 0);
}

void TestCliDocuments::dossierCommandLineErrors()
{
    const QString pdf = path(u"geen.pdf"_s);
    QCOMPARE(onStore({ u"dossier"_s, m_full }).exitCode, 2);
    QCOMPARE(onStore({ u"dossier"_s, u"--pdf"_s, pdf }).exitCode, 2);
    QCOMPARE(onStore({ u"dossier"_s, u"AVG-1999-0001"_s, u"--pdf"_s, pdf }).exitCode, 1);
    const Result bsn = onStore({ u"dossier"_s, m_full, u"--pdf"_s, pdf, u"--ap-reference"_s,
                                 u"kenmerk "_s + test::elfProefNumber() });
    QCOMPARE(bsn.exitCode, 1);
    QVERIFY(!bsn.err.contains(test::elfProefNumber()));
    QVERIFY(!QFile::exists(pdf));
}

void TestCliDocuments::verifyFullFindsAChangeBeforeTheCheckpoint()
{
    // `verify` resumes from the last verified position; `verify --full` walks it all.
    const Result first = onStore({ u"verify"_s });
    QVERIFY2(first.exitCode == 0, qPrintable(first.err));
    const Result second = onStore({ u"verify"_s });
    QVERIFY2(second.exitCode == 0, qPrintable(second.err));
    QVERIFY2(second.out.contains(u"--full"_s), qPrintable(second.out)); // says it resumed
    {
        StoreError error;
        auto store = test::openTestStore(m_store, &error);
        QVERIFY2(store, qPrintable(error.message()));
        const QSqlDatabase db = store->database();
        QSqlQuery trigger(db);
        QVERIFY(trigger.exec(u"SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = "
                             "'audit_events_no_update'"_s));
        QVERIFY(trigger.next());
        const QString recreate = trigger.value(0).toString();
        trigger.finish();
        QVERIFY(test::execSql(db, u"DROP TRIGGER audit_events_no_update"_s));
        QVERIFY(test::execSql(db,
                              u"UPDATE audit_events SET actor = 'iemand.anders' "
                              "WHERE seq = 1"_s));
        QVERIFY(test::execSql(db, recreate)); // as the next test expects to find it
    }
    // Before the checkpoint: the everyday verify cannot see it; a backup (which walks the whole
    // trail) and --full do ...
    QCOMPARE(onStore({ u"verify"_s }).exitCode, 0);
    const Result backup = onStore({ u"backup"_s, u"--to"_s, path(u"backups"_s) });
    QCOMPARE(backup.exitCode, 1);
    QVERIFY2(backup.err.contains(u"[audit-chain-broken]"_s), qPrintable(backup.err));
    QVERIFY(!QDir(path(u"backups"_s)).isEmpty()); // the backup itself was made
    const Result full = onStore({ u"verify"_s, u"--full"_s, u"--json"_s });
    QCOMPARE(full.exitCode, 1);
    const QJsonObject json = QJsonDocument::fromJson(full.out.toUtf8()).object();
    QCOMPARE(json.value(u"audit_full"_s).toBool(), true);
    QVERIFY2(json.value(u"problems"_s).toArray().first().toString().contains(u"audit trail"_s),
             qPrintable(full.out));
    // ... and from then on the everyday verify reports it as well.
    const Result after = onStore({ u"verify"_s });
    QCOMPARE(after.exitCode, 1);
    QVERIFY2(after.err.contains(u"audit trail"_s), qPrintable(after.err));
}

void TestCliDocuments::dossierWithABrokenChain()
{
    {
        StoreError error;
        auto store = test::openTestStore(m_store, &error);
        QVERIFY2(store, qPrintable(error.message()));
        const QSqlDatabase db = store->database();
        QVERIFY(test::execSql(db, u"DROP TRIGGER audit_events_no_update"_s));
        QVERIFY(test::execSql(db,
                              u"UPDATE audit_events SET actor = 'iemand.anders' WHERE seq = "
                              "(SELECT min(seq) FROM audit_events WHERE action = "
                              "'case.note_added')"_s));
    }
    const QString pdf = path(u"gebroken.pdf"_s);
    const Result result = onStore({ u"dossier"_s, m_full, u"--pdf"_s, pdf });
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(u"[audit-chain-broken]"_s), qPrintable(result.err));
    QVERIFY(QFile::exists(pdf)); // written, with the warning in it
    PD_REQUIRE_PDFTOTEXT();
    QVERIFY(test::DocumentFixture::pdfPages(pdf).first().contains(u"WARNING"_s));
}

QTEST_MAIN(TestCliDocuments)
#include "tst_cli_documents.moc"
