// Letters to the data subject: the default templates, which kinds apply when, every kind
// rendered to a PDF and read back with pdftotext, the decision's legal remedies, editable
// templates (unknown placeholders, the BSN guard, audit, reset), recording with the text's
// hash and a case.letter event, late extension notices, and the texts destroyed with the
// request files under the retention rules.

#include "DocumentFixture.h"
#include "TestSupport.h"
#include "cases/CaseService.h"
#include "cases/TrailRows.h"
#include "documents/ComplaintDossier.h"
#include "documents/EventText.h"
#include "letters/AccessScope.h"
#include "letters/Letters.h"
#include "organisation/OrganisationSettings.h"
#include "print/PrintedDocument.h"
#include "retention/Retention.h"
#include "session/Session.h"
#include "users/UserService.h"

#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;
using namespace Qt::StringLiterals;

namespace {

QString sha256(const QString &text)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QString plain(const QString &html)
{
    return LetterTemplates::plainText(html).simplified();
}

} // namespace

class TestLetters final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void defaultTemplatesAreValid();
    void placeholdersAreFound();
    void availabilityFollowsTheRequest();
    void everyKindAsPdf();
    void rectificationConfirmed();
    void decisionAlwaysNamesRemedies_data();
    void decisionAlwaysNamesRemedies();
    void valuesAreEscaped();
    void recordStoresTextHashAndEvent();
    void recordRefusesWhatWasNotShown();
    void lateExtensionNotice();
    void refusedWithoutOrganisationDetails();
    void noAcknowledgementAfterTheDeadline();
    void signedByTheUserWithTheirFunction();
    void signedWithTheDisplayNameNotTheLogin();
    void partialConfirmationFollowsTheOutcome();
    void fullGrantSaysWhatWasDone();
    void transmittedExportIsNotReceived();
    void objectionLetterNamesItsSubjects();
    void surveysAreNotAdvertising();
    void portabilityCitesArticle20();
    void portabilitySentToAnotherController();
    void madeIsNotSent();
    void templateEditing();
    void storedDecisionWithoutRemediesStillNamesThem();
    void bsnInLetterNeedsOverride();
    void destroyedWithTheRequestFiles();
    void hostileTemplatesAreRefused();
    void renderingHasABudget();

private:
    std::optional<Case> newCase(const QString &name, const QString &klantnummer,
                                const QList<RequestType> &types, QDate received);
    QList<AuditEvent> events(const QString &entityType, const QString &entityId) const;

    QTemporaryDir m_tmp;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<test::DocumentFixture> m_fixture;
    QString m_full; // the fixture's request with a letter of every kind that applied
    int m_counter = 0;
};

void TestLetters::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    m_store = test::createServiceStore(m_tmp.filePath(u"store"_s));
    QVERIFY(m_store);
    m_fixture = std::make_unique<test::DocumentFixture>(*m_store);
    m_full = m_fixture->fullCase();
    QVERIFY2(!m_full.isEmpty(), qPrintable(m_fixture->error()));
}

std::optional<Case> TestLetters::newCase(const QString &name, const QString &klantnummer,
                                         const QList<RequestType> &types, QDate received)
{
    return m_fixture->addCase(name, klantnummer, types, received);
}

QList<AuditEvent> TestLetters::events(const QString &entityType, const QString &entityId) const
{
    return AuditLog(m_store->database(), m_store->info().storeId.toString(QUuid::WithoutBraces))
        .eventsFor(entityType, entityId);
}

void TestLetters::defaultTemplatesAreValid()
{
    for (LetterKind kind : LetterCodes::kinds()) {
        const QString html = LetterTemplates::defaultHtml(kind);
        QVERIFY2(!html.isEmpty(), qPrintable(codes::code(kind)));
        QCOMPARE(LetterTemplates::check(kind, html), QStringList());
        QVERIFY(findBsnNumbers(LetterTemplates::plainText(html)).isEmpty());
        QCOMPARE(codes::from<LetterKind>(codes::code(kind)), kind);
        QVERIFY(!codes::label(kind).isEmpty());
    }
    QVERIFY(!codes::from<LetterKind>(u"brief"_s));
    QVERIFY(LetterTemplates::defaultHtml(LetterKind::VerzoekIdentificatie)
                .contains(u"Maak uw BSN en pasfoto onleesbaar"_s));
    QVERIFY(LetterTemplates::placeholdersIn(LetterTemplates::defaultHtml(LetterKind::Besluit))
                .contains(u"rechtsmiddelen"_s));
}

void TestLetters::placeholdersAreFound()
{
    const QString html = u"<p>{{datum}} {{ betrokkene.naam }} {{datum}} {{onbekend.veld}}</p>"
                         "<!-- {{in.commentaar}} -->"_s;
    QCOMPARE(LetterTemplates::placeholdersIn(html),
             QStringList({ u"datum"_s, u"betrokkene.naam"_s, u"onbekend.veld"_s }));
    QCOMPARE(LetterTemplates::unknownPlaceholders(LetterKind::Ontvangstbevestiging, html),
             QStringList({ u"onbekend.veld"_s }));
    QCOMPARE(LetterTemplates::fill(u"a {{x}} b {{ y }} {{z}}"_s,
                                   { { u"x"_s, u"1"_s }, { u"y"_s, u"&lt;2&gt;"_s } }),
             u"a 1 b &lt;2&gt; "_s);
    QCOMPARE(LetterTemplates::plainText(u"<p>A&amp;B<br>C&#233;&#x20AC;</p><td>x</td>"_s),
             u"A&B\nCé€\nx "_s);
}

void TestLetters::availabilityFollowsTheRequest()
{
    const auto c = newCase(u"P. Bakker"_s, u"K200001"_s,
                           { RequestType::Inzage, RequestType::Rectificatie }, QDate(2026, 9, 1));
    QVERIFY2(c, qPrintable(m_fixture->error()));
    LetterService letters(Session { *m_store, m_fixture->clock() });
    // Available, or not with a reason why.
    const auto available = [&](LetterKind kind) {
        for (const LetterAvailability &a : letters.availability(c->number)) {
            if (a.kind == kind)
                return a.available || a.reason.isEmpty();
        }
        return false;
    };
    QCOMPARE(letters.availability(c->number).size(), LetterCodes::kinds().size());
    QVERIFY(letters.availability(u"AVG-1999-0001"_s).isEmpty());
    QVERIFY(available(LetterKind::Ontvangstbevestiging));
    QVERIFY(available(LetterKind::VerzoekIdentificatie));
    QVERIFY(!available(LetterKind::Verlengingsbericht));
    QVERIFY(!available(LetterKind::Besluit));
    QVERIFY(!available(LetterKind::BevestigingRectificatie));
    QVERIFY(!available(LetterKind::BevestigingVerwijdering));
    QVERIFY(!available(LetterKind::BegeleidendeBriefExport));

    QVERIFY2(m_fixture->identify(c->number, QDate(2026, 9, 2), QDate(2026, 9, 3)),
             qPrintable(m_fixture->error()));
    QVERIFY(!available(LetterKind::VerzoekIdentificatie));
    QVERIFY(available(LetterKind::BegeleidendeBriefExport));
    QVERIFY2(m_fixture->extend(c->number, u"Veel gegevens"_s, QDate(2026, 9, 20)),
             qPrintable(m_fixture->error()));
    QVERIFY(available(LetterKind::Verlengingsbericht));
    QVERIFY2(m_fixture->complete(c->number, Outcome::Toegewezen, {}, QDate(2026, 10, 15)),
             qPrintable(m_fixture->error()));
    QVERIFY(!available(LetterKind::Ontvangstbevestiging));
    QVERIFY(!available(LetterKind::Verlengingsbericht));
    QVERIFY(available(LetterKind::Besluit));
    QVERIFY(available(LetterKind::BevestigingRectificatie));
    QVERIFY(!available(LetterKind::BevestigingVerwijdering)); // not asked for
    QVERIFY(available(LetterKind::BegeleidendeBriefExport));

    ServiceError error;
    QVERIFY(!letters.render(c->number, LetterKind::Ontvangstbevestiging, &error));
    QCOMPARE(error.code, ServiceError::Code::Invalid);
    QVERIFY(!error.message.isEmpty());
    QVERIFY(!letters.render(u"AVG-1999-0001"_s, LetterKind::Besluit, &error));
    QCOMPARE(error.code, ServiceError::Code::NotFound);
}

void TestLetters::everyKindAsPdf()
{
    PD_REQUIRE_PDFTOTEXT();
    LetterService service(Session { *m_store, m_fixture->clock() });
    const QList<Letter> letters = service.letters(m_full);
    QList<LetterKind> kinds;
    for (const Letter &letter : letters)
        kinds << letter.kind;
    QCOMPARE(kinds,
             QList<LetterKind>({ LetterKind::Ontvangstbevestiging, LetterKind::VerzoekIdentificatie,
                                 LetterKind::Verlengingsbericht, LetterKind::Besluit,
                                 LetterKind::BevestigingVerwijdering,
                                 LetterKind::BegeleidendeBriefExport }));
    for (const Letter &letter : letters) {
        const QString code = codes::code(letter.kind);
        const QString path = m_tmp.filePath(code + u".pdf"_s);
        QString error;
        int pages = 0;
        QVERIFY2(LetterService::writePdf(letter.html, letter.title(),
                                         PrintedDocument::marking(*m_store), path, &error, &pages),
                 qPrintable(error));
        if (const QString keep = qEnvironmentVariable("PRIVACYDESK_KEEP_PDF"); !keep.isEmpty()) {
            QFile::remove(keep + u'-' + code + u".pdf"_s);
            QFile::copy(path, keep + u'-' + code + u".pdf"_s);
        }
        const QStringList text = test::DocumentFixture::pdfPages(path);
        QCOMPARE(text.size(), pages);
        QVERIFY2(pages >= 1 && pages <= 2, qPrintable(code));
        // A letter is the data subject's: no "Vertrouwelijk" stamp, Dutch page numbers
        // whatever the desk's language.
        for (int i = 0; i < pages; ++i) {
            QVERIFY(!text.at(i).contains(PrintedDocument::confidentialText()));
            QVERIFY(!text.at(i).contains(u"Vertrouwelijk"_s));
            QVERIFY(text.at(i).contains(u"pagina %1 van %2"_s.arg(i + 1).arg(pages)));
        }
        const QString flat = text.join(u' ').simplified();
        QVERIFY2(!flat.contains(u"{{"_s) && !flat.contains(u"}}"_s), qPrintable(code));
        QVERIFY2(flat.contains(test::DocumentFixture::organisationName()), qPrintable(code));
        QVERIFY2(flat.contains(u"Geachte heer of mevrouw Van der Plas-Hoogeveen,"_s),
                 qPrintable(code));
        QVERIFY2(flat.contains(u"Ons kenmerk "_s + m_full), qPrintable(code));
        QVERIFY2(flat.contains(u"3512 PN Utrecht"_s), qPrintable(code));
        QVERIFY2(flat.contains(u"1 oktober 2026"_s), qPrintable(code)); // received
        if (letter.kind != LetterKind::BevestigingVerwijdering)
            QVERIFY2(flat.contains(u"Uw verzoek gaat over inzage in uw gegevens en verwijdering "
                                   "van uw gegevens."_s),
                     qPrintable(code));
        QVERIFY(findBsnNumbers(flat).isEmpty());
        // One vocabulary in what the tenant reads. "Beslissing", never the
        // administrative-law "besluit"; "niet in behandeling genomen", never "niet-ontvankelijk";
        // never a claim to hold all personal data; always "u heeft"; "identiteitsbewijs".
        for (const QString &word : { u"besluit"_s, u"ontvankelijk"_s, u"alle persoonsgegevens"_s,
                                     u"u hebt"_s, u"legitimatiebewijs"_s, u"verzonden"_s })
            QVERIFY2(!flat.contains(word, Qt::CaseInsensitive),
                     qPrintable(code + u": "_s + word + u"\n"_s + flat));
        // Every letter says where to send what: the e-mail address and the postal address.
        QVERIFY2(flat.contains(u"privacy@voorbeeldhaven.nl"_s), qPrintable(code));
        QVERIFY2(flat.contains(u"Havenstraat 12, 1234 AB Voorbeeldstad"_s), qPrintable(flat));

        switch (letter.kind) {
        case LetterKind::Ontvangstbevestiging:
            // Received 1 Oct: one month → 1 Nov 2026, a Sunday → Monday 2 Nov; the policy's 30
            // days end on Saturday 31 Oct, a day nobody works: moved to Monday 2 Nov as well.
            QVERIFY2(flat.contains(u"uiterlijk op 2 november 2026"_s), qPrintable(flat));
            QVERIFY2(!flat.contains(u"31 oktober 2026"_s), qPrintable(flat));
            break;
        case LetterKind::VerzoekIdentificatie:
            QVERIFY(flat.contains(u"Maak uw BSN en pasfoto onleesbaar"_s));
            QVERIFY(flat.contains(u"balie"_s));
            // The organisation has no portal that identifies: none is offered.
            QVERIFY2(!flat.contains(u"huurdersportaal"_s), qPrintable(flat));
            QVERIFY2(!flat.contains(u"Log in op"_s), qPrintable(flat));
            break;
        case LetterKind::Verlengingsbericht:
            QVERIFY(flat.contains(test::DocumentFixture::extensionReason()));
            QVERIFY(flat.contains(u"artikel 12 lid 3 AVG"_s));
            break;
        case LetterKind::Besluit:
            // Decided per kind: each kind with its outcome, grounds and reasons.
            QVERIFY2(flat.contains(u"Inzage in uw persoonsgegevens (artikel 15 AVG): voor een "
                                   u"deel toegewezen"_s),
                     qPrintable(flat));
            QVERIFY(flat.contains(u"Verwijdering van uw gegevens (artikel 17 AVG): voor een "
                                  u"deel toegewezen"_s));
            QVERIFY(flat.contains(u"artikel 15 lid 4 AVG"_s));
            QVERIFY(flat.contains(u"artikel 17 lid 3 sub b AVG"_s));
            // A granted inzage mentions the overview; enclosed only when a report was made for
            // the request (none was here, tst_dossierproof has one that was).
            QVERIFY(flat.contains(u"U krijgt een overzicht"_s));
            QVERIFY(flat.contains(u"Wat wij hebben verwijderd"_s));
            QVERIFY(flat.contains(u"Wat wij bewaren en waarom"_s));
            QVERIFY2(flat.contains(test::DocumentFixture::motivation()), qPrintable(flat));
            QVERIFY(flat.contains(u"Autoriteit Persoonsgegevens"_s));
            QVERIFY(flat.contains(u"zes weken"_s));
            break;
        case LetterKind::BevestigingVerwijdering:
            // Only the erasure: what was erased, what is kept and why, on which ground.
            QVERIFY(flat.contains(u"Wat wij hebben verwijderd"_s));
            QVERIFY(flat.contains(u"Wat wij bewaren en waarom"_s));
            QVERIFY(flat.contains(u"artikel 17 lid 3 sub b AVG"_s));
            QVERIFY(!flat.contains(u"artikel 15 lid 4 AVG"_s));
            QVERIFY(flat.contains(u"Autoriteit Persoonsgegevens"_s));
            QVERIFY(flat.contains(u"zes weken"_s));
            break;
        case LetterKind::BegeleidendeBriefExport:
            QVERIFY(flat.contains(u"artikel 15 AVG"_s));
            break;
        case LetterKind::BevestigingRectificatie:
            break;
        case LetterKind::VerzoekMachtiging: // Only for a representative's request
            QFAIL("a request without a representative has a request for a mandate");
        case LetterKind::KennisgevingDatalek: // made from a data breach, never for a request
            QFAIL("a request has a letter of a data breach");
        case LetterKind::KennisgevingOpheffingBeperking: // While a restriction holds
            QFAIL("a person without a restriction has a notice of lifting one");
        }
    }
}

void TestLetters::rectificationConfirmed()
{
    const auto c
        = newCase(u"R. de Wit"_s, u"K200002"_s, { RequestType::Rectificatie }, QDate(2026, 9, 7));
    QVERIFY2(c, qPrintable(m_fixture->error()));
    QVERIFY(m_fixture->identify(c->number, QDate(2026, 9, 7), QDate(2026, 9, 8)));
    QVERIFY(m_fixture->complete(c->number, Outcome::Toegewezen, {}, QDate(2026, 9, 20)));
    LetterService service(Session { *m_store, m_fixture->clock() });
    ServiceError error;
    const auto letter = service.generate(c->number, LetterKind::BevestigingRectificatie,
                                         BsnCheck::Refuse, &error);
    QVERIFY2(letter, qPrintable(error.message));
    const QString text = plain(letter->html);
    QVERIFY(text.contains(u"artikel 16 AVG"_s));
    QVERIFY2(text.contains(u"Wij hebben uw gegevens gecorrigeerd of aangevuld zoals u vroeg."_s),
             qPrintable(text));
    // Nobody received the data: no art. 19 sentence at all (tst_letterfacts).
    QVERIFY2(!text.contains(u"artikel 19 AVG"_s), qPrintable(text));
    QVERIFY(!text.contains(u"{{"_s));
}

void TestLetters::decisionAlwaysNamesRemedies_data()
{
    QTest::addColumn<Outcome>("outcome");
    QTest::addColumn<QList<RefusalGround>>("grounds");
    QTest::addColumn<QString>("motivation");
    QTest::addColumn<QString>("sentence");
    QTest::newRow("toewijzing") << Outcome::Toegewezen << QList<RefusalGround>() << QString()
                                << u"U krijgt een overzicht van uw persoonsgegevens"_s;
    QTest::newRow("gedeeltelijke toewijzing")
        << Outcome::DeelsToegewezen << QList<RefusalGround>({ RefusalGround::Art15_4 })
        << u"Meldingen van uw buren laten wij weg."_s << u"voor een deel toegewezen"_s;
    QTest::newRow("afwijzing")
        << Outcome::Afgewezen
        << QList<RefusalGround>({ RefusalGround::Art12_5, RefusalGround::Art41_1i })
        << u"U vroeg dit in drie maanden vier keer <en> niets is veranderd."_s
        << u"Wij hebben uw verzoek afgewezen."_s;
    QTest::newRow("niet in behandeling")
        << Outcome::NietInBehandeling << QList<RefusalGround>() << QString()
        << u"Wij hebben uw verzoek niet in behandeling genomen."_s;
}

void TestLetters::decisionAlwaysNamesRemedies()
{
    QFETCH(Outcome, outcome);
    QFETCH(QList<RefusalGround>, grounds);
    QFETCH(QString, motivation);
    QFETCH(QString, sentence);
    const auto c = newCase(u"B. Smit"_s, u"K3%1"_s.arg(++m_counter, 5, 10, QChar(u'0')),
                           { RequestType::Inzage }, QDate(2026, 8, 3));
    QVERIFY2(c, qPrintable(m_fixture->error()));
    // Not dealt with: identification was asked for and never came.
    QVERIFY(
        m_fixture->identify(c->number, QDate(2026, 8, 4),
                            outcome == Outcome::NietInBehandeling ? QDate() : QDate(2026, 8, 5)));
    QVERIFY2(m_fixture->complete(c->number, outcome, grounds, QDate(2026, 8, 25), motivation),
             qPrintable(m_fixture->error()));
    ServiceError error;
    const auto letter = LetterService(Session { *m_store, m_fixture->clock() })
                            .render(c->number, LetterKind::Besluit, &error);
    QVERIFY2(letter, qPrintable(error.message));
    const QString text = plain(letter->html);
    QVERIFY2(text.contains(sentence), qPrintable(text));
    QVERIFY(text.contains(u"klacht indienen bij de Autoriteit Persoonsgegevens"_s));
    QVERIFY(text.contains(u"binnen zes weken"_s));
    QVERIFY(text.contains(u"rechtbank"_s));
    QVERIFY(text.contains(u"artikel 35 Uitvoeringswet AVG"_s));
    QCOMPARE(text.contains(u"Wij baseren dit op:"_s), !grounds.isEmpty());
    // Grounds in words a tenant understands, the article after them.
    if (grounds.contains(RefusalGround::Art12_5))
        QVERIFY2(text.contains(u"U heeft in korte tijd vaak hetzelfde gevraagd"_s),
                 qPrintable(text));
    QVERIFY(!text.contains(u"kennelijk"_s));
    QVERIFY(!text.contains(u"inwilliging"_s));
    QVERIFY2(text.contains(u"Bent u het niet eens met onze beslissing?"_s), qPrintable(text));
    QVERIFY(!text.contains(u"besluit"_s, Qt::CaseInsensitive));
    QCOMPARE(letter->title, u"Beslissing op uw AVG-verzoek "_s + c->number);
    // Not dealt with: the reason (art. 12 lid 4 AVG) and the next step, with where to send the
    // copy of the identity document.
    if (outcome == Outcome::NietInBehandeling) {
        QVERIFY2(text.contains(u"(artikel 12 lid 2 en lid 6 AVG)"_s), qPrintable(text));
        QVERIFY(text.contains(u"Wat kunt u nu doen? U kunt uw verzoek opnieuw indienen."_s));
        QVERIFY(text.contains(u"per e-mail naar privacy@voorbeeldhaven.nl of per post naar "
                              "Havenstraat 12, 1234 AB Voorbeeldstad"_s));
    }
    // A granted inzage never claims the overview holds everything: the other systems are sent
    // apart (as the report says).
    if (outcome == Outcome::Toegewezen) {
        QVERIFY(!text.contains(u"alle persoonsgegevens"_s));
        QVERIFY2(text.contains(plain(AccessScope::letterHtml(true, false))), qPrintable(text));
    }
    if (grounds.contains(RefusalGround::Art41_1i))
        QVERIFY(text.contains(u"artikel 41 lid 1 sub i Uitvoeringswet AVG"_s));
    // The reasons in words (art. 12(4) AVG), escaped, after the grounds and before the remedies.
    QVERIFY(!text.contains(u"niet-ontvankelijk"_s));
    if (!motivation.isEmpty()) {
        QVERIFY2(text.contains(motivation), qPrintable(text));
        if (motivation.contains(u'<'))
            QVERIFY(!letter->html.contains(motivation));
        QVERIFY(text.indexOf(motivation) > text.indexOf(sentence));
        QVERIFY(text.indexOf(motivation) < text.indexOf(u"Autoriteit Persoonsgegevens"_s));
    }
    QVERIFY(!text.contains(u"{{"_s));
    QVERIFY(letter->bsnFindings.isEmpty());
}

void TestLetters::valuesAreEscaped()
{
    const auto c = newCase(u"Jan <b>de</b> Vries & Zn {{datum}}"_s, u"K200003"_s,
                           { RequestType::Inzage }, QDate(2026, 9, 14));
    QVERIFY2(c, qPrintable(m_fixture->error()));
    ServiceError error;
    const auto letter = LetterService(Session { *m_store, m_fixture->clock() })
                            .render(c->number, LetterKind::Ontvangstbevestiging, &error);
    QVERIFY2(letter, qPrintable(error.message));
    QVERIFY(letter->html.contains(u"Jan &lt;b&gt;de&lt;/b&gt; Vries &amp; Zn"_s));
    QVERIFY(!letter->html.contains(u"<b>de</b>"_s));
    // A value is never filled in again: the name's own "{{datum}}" stays as typed.
    QVERIFY(plain(letter->html).contains(u"Geachte heer of mevrouw {{datum}},"_s));
}

void TestLetters::recordStoresTextHashAndEvent()
{
    const auto c
        = newCase(u"K. Visser"_s, u"K200004"_s, { RequestType::Inzage }, QDate(2026, 9, 15));
    QVERIFY2(c, qPrintable(m_fixture->error()));
    m_fixture->at(QDate(2026, 9, 16));
    LetterService service(Session { *m_store, m_fixture->clock() });
    ServiceError error;
    const auto letter
        = service.generate(c->number, LetterKind::Ontvangstbevestiging, BsnCheck::Refuse, &error);
    QVERIFY2(letter, qPrintable(error.message));
    QVERIFY(letter->id > 0);
    QCOMPARE(letter->sha256, sha256(letter->html));
    QCOMPARE(letter->generatedBy, test::testUser);
    QCOMPARE(letter->generatedAt, m_fixture->clock().now());

    const QList<Letter> stored = service.letters(c->number);
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored.first().id, letter->id);
    QCOMPARE(stored.first().html, letter->html);
    QCOMPARE(stored.first().sha256, letter->sha256);
    QCOMPARE(stored.first().kind, LetterKind::Ontvangstbevestiging);
    QVERIFY(!stored.first().destroyed);
    QVERIFY(stored.first().title().contains(c->number));

    const QList<AuditEvent> trail = events(u"case"_s, c->number);
    const AuditEvent &event = trail.constLast();
    QCOMPARE(event.action, u"case.letter"_s);
    QCOMPARE(event.payload.value(u"kind"_s).toString(), u"ontvangstbevestiging"_s);
    QCOMPARE(event.payload.value(u"sha256"_s).toString(), letter->sha256);
    QCOMPARE(event.payload.value(u"letter"_s).toInteger(), letter->id);
    const QString sentence = EventText::sentence(event, trail);
    QVERIFY2(sentence.contains(codes::label(LetterKind::Ontvangstbevestiging)),
             qPrintable(sentence));
    QVERIFY(sentence.contains(letter->sha256.left(4) + u':' + letter->sha256.mid(4, 4)));
    QVERIFY(!EventText::title(u"case.letter"_s).contains(u"case.letter"_s));
    QVERIFY(m_store->verify(nullptr, TrailRows::all()));
}

void TestLetters::recordRefusesWhatWasNotShown()
{
    const auto c
        = newCase(u"L. Mulder"_s, u"K200005"_s, { RequestType::Inzage }, QDate(2026, 9, 16));
    QVERIFY2(c, qPrintable(m_fixture->error()));
    LetterService service(Session { *m_store, m_fixture->clock() });
    ServiceError error;
    auto shown = service.render(c->number, LetterKind::Ontvangstbevestiging, &error);
    QVERIFY2(shown, qPrintable(error.message));
    RenderedLetter altered = *shown;
    altered.html.replace(u"Geachte"_s, u"Beste"_s);
    QVERIFY(!service.record(altered, BsnCheck::Refuse, &error));
    QCOMPARE(error.code, ServiceError::Code::Invalid);
    // The request changed after the preview (the day moved on): look again.
    m_fixture->at(QDate(2026, 9, 18));
    QVERIFY(!service.record(*shown, BsnCheck::Refuse, &error));
    QCOMPARE(error.code, ServiceError::Code::Invalid);
    QVERIFY(service.letters(c->number).isEmpty());
    shown = service.render(c->number, LetterKind::Ontvangstbevestiging, &error);
    QVERIFY(service.record(*shown, BsnCheck::Refuse, &error));
    QCOMPARE(service.letters(c->number).size(), 1);
}

void TestLetters::lateExtensionNotice()
{
    // Received 5 January: the legal deadline is 5 February (a Thursday).
    const auto late
        = newCase(u"T. Hendriks"_s, u"K200006"_s, { RequestType::Inzage }, QDate(2026, 1, 5));
    QVERIFY2(late, qPrintable(m_fixture->error()));
    QVERIFY2(m_fixture->extend(late->number, u"Complex verzoek"_s, QDate(2026, 2, 20)),
             qPrintable(m_fixture->error()));
    LetterService service(Session { *m_store, m_fixture->clock() });
    ServiceError error;
    QVERIFY(!service.render(late->number, LetterKind::Verlengingsbericht, &error));
    QCOMPARE(error.code, ServiceError::Code::Invalid);
    QVERIFY2(error.message.contains(u"12(3)"_s), qPrintable(error.message));
    QVERIFY(
        !service.generate(late->number, LetterKind::Verlengingsbericht, BsnCheck::Refuse, &error));
    QVERIFY(service.letters(late->number).isEmpty());

    // Told in time (30 January). A notice made on that day announces the extension; made
    // later, and even after the legal month (10 February), it confirms in writing what was told
    // then and never reads as a late extension. The officer is warned.
    const auto timely
        = newCase(u"S. Dekker"_s, u"K200007"_s, { RequestType::Inzage }, QDate(2026, 1, 5));
    QVERIFY(m_fixture->extend(timely->number, u"Complex verzoek"_s, QDate(2026, 1, 30)));
    const QString announces
        = u"Wij hebben meer tijd nodig om uw verzoek zorgvuldig af te handelen. "
          "Daarom verlengen wij de termijn."_s;
    const QString confirms = u"Op 30 januari 2026 hebben wij u laten weten dat wij meer tijd "
                             "nodig hebben en de termijn verlengen. Met deze brief bevestigen wij "
                             "dat."_s;
    m_fixture->at(QDate(2026, 1, 30));
    auto letter = service.render(timely->number, LetterKind::Verlengingsbericht, &error);
    QVERIFY2(letter, qPrintable(error.message));
    QVERIFY2(plain(letter->html).contains(announces), qPrintable(plain(letter->html)));
    QVERIFY(!plain(letter->html).contains(confirms));
    QVERIFY(letter->warning.isEmpty());
    for (const QDate day : { QDate(2026, 2, 5), QDate(2026, 2, 10) }) {
        m_fixture->at(day);
        letter = service.render(timely->number, LetterKind::Verlengingsbericht, &error);
        QVERIFY2(letter, qPrintable(error.message));
        const QString text = plain(letter->html);
        QVERIFY2(text.contains(confirms), qPrintable(text));
        QVERIFY2(!text.contains(u"Daarom verlengen wij"_s), qPrintable(text));
        QVERIFY(text.contains(u"Complex verzoek"_s));
        QVERIFY(text.contains(u"uiterlijk op"_s));
        QCOMPARE(letter->warning.isEmpty(), day <= QDate(2026, 2, 5));
    }
    QVERIFY2(letter->warning.contains(u"confirms in writing"_s), qPrintable(letter->warning));
    QVERIFY(service.record(*letter, BsnCheck::Refuse, &error));
}

// No letter while the organisation's name, postal address or a way to reach it is
// missing, and none that names a detail its template uses but the settings lack.
void TestLetters::refusedWithoutOrganisationDetails()
{
    const auto c
        = newCase(u"W. Zonder"_s, u"K200031"_s, { RequestType::Inzage }, QDate(2026, 9, 1));
    QVERIFY2(c, qPrintable(m_fixture->error()));
    LetterService service(Session { *m_store, m_fixture->clock() });
    ServiceError error;
    QVERIFY2(service.render(c->number, LetterKind::Ontvangstbevestiging, &error),
             qPrintable(error.message));
    OrganisationSettings settings(Session { *m_store, m_fixture->clock() });
    const OrganisationDetails complete = settings.details();

    OrganisationDetails details = complete;
    details.street.clear();
    details.privacyEmail.clear();
    QVERIFY2(settings.save(details, BsnCheck::Refuse, &error), qPrintable(error.message));
    QVERIFY(!service.render(c->number, LetterKind::Ontvangstbevestiging, &error));
    QCOMPARE(error.code, ServiceError::Code::Invalid);
    QVERIFY2(error.message.contains(u"postal address"_s), qPrintable(error.message));
    QVERIFY2(error.message.contains(u"the privacy e-mail address"_s), qPrintable(error.message));
    QVERIFY2(error.message.contains(u"Settings"_s), qPrintable(error.message));
    QVERIFY(
        !service.generate(c->number, LetterKind::Ontvangstbevestiging, BsnCheck::Refuse, &error));
    for (const LetterAvailability &kind : service.availability(c->number))
        QVERIFY(!kind.available);
    QVERIFY(service.letters(c->number).isEmpty());

    // A phone number instead of the privacy e-mail address is not enough: every
    // letter says where to send what, by e-mail and by post.
    details = complete;
    details.privacyEmail.clear();
    details.phone = u"030 123 45 67"_s;
    QVERIFY2(settings.save(details, BsnCheck::Refuse, &error), qPrintable(error.message));
    QVERIFY(!service.render(c->number, LetterKind::Ontvangstbevestiging, &error));
    QCOMPARE(error.code, ServiceError::Code::Invalid);
    QVERIFY2(error.message.contains(u"the privacy e-mail address"_s), qPrintable(error.message));
    QVERIFY2(!error.message.contains(u"postal address"_s), qPrintable(error.message));
    // With the e-mail address and the phone number, the letter names both.
    details.privacyEmail = complete.privacyEmail;
    QVERIFY2(settings.save(details, BsnCheck::Refuse, &error), qPrintable(error.message));
    const auto withPhone = service.render(c->number, LetterKind::Ontvangstbevestiging, &error);
    QVERIFY2(withPhone, qPrintable(error.message));
    const QString text = plain(withPhone->html);
    QVERIFY2(text.contains(u"contact met ons op via privacy@voorbeeldhaven.nl of telefoonnummer "
                           "030 123 45 67, of stuur ons een brief"_s),
             qPrintable(text));
    QVERIFY(!text.contains(u"via  en"_s));
    // A template of the organisation's own that asks for the phone number is refused without it.
    QString own = service.templateFor(LetterKind::Ontvangstbevestiging).html;
    own.replace(u"{{organisatie.contact}}"_s, u"{{organisatie.telefoon}}"_s);
    QVERIFY2(service.saveTemplate(LetterKind::Ontvangstbevestiging, own, BsnCheck::Refuse, &error),
             qPrintable(error.message));
    QVERIFY2(settings.save(complete, BsnCheck::Refuse, &error), qPrintable(error.message));
    QVERIFY(!service.render(c->number, LetterKind::Ontvangstbevestiging, &error));
    QVERIFY2(error.message.contains(u"{{organisatie.telefoon}}"_s), qPrintable(error.message));
    QVERIFY(service.resetTemplate(LetterKind::Ontvangstbevestiging, &error));
    QVERIFY2(settings.save(complete, BsnCheck::Refuse, &error), qPrintable(error.message));
    const auto both = service.render(c->number, LetterKind::Ontvangstbevestiging, &error);
    QVERIFY2(both, qPrintable(error.message));
    QVERIFY(plain(both->html).contains(complete.privacyEmail));
}

// The letter is signed with the generating user's name as the user list shows it and
// their function, never a login.
void TestLetters::signedByTheUserWithTheirFunction()
{
    const auto c
        = newCase(u"O. Ondertekend"_s, u"K200033"_s, { RequestType::Inzage }, QDate(2026, 9, 1));
    QVERIFY2(c, qPrintable(m_fixture->error()));
    UserService users(*m_store, Session { *m_store, m_fixture->clock() });
    const auto me = users.find(m_store->userName());
    QVERIFY(me);
    LetterService service(Session { *m_store, m_fixture->clock() });
    ServiceError error;
    const auto letter = service.render(c->number, LetterKind::Ontvangstbevestiging, &error);
    QVERIFY2(letter, qPrintable(error.message));
    const QString text = plain(letter->html);
    // The store's first beheerder is its only user and no FG is named: the privacy officer
    // themselves, never "namens" their own role (seed 003).
    QCOMPARE(me->role, Role::Beheerder);
    const QString function = u"Functionaris gegevensbescherming"_s;
    QVERIFY2(text.contains(me->displayName + u" "_s + function), qPrintable(text));
    QVERIFY2(text.contains(function + u" "_s + test::DocumentFixture::organisationName()),
             qPrintable(text));
}

// A user whose display name differs from the login signs with the display name
// ("Marieke Bakker"), never the login ("m.bakker"); a user without one keeps the login.
void TestLetters::signedWithTheDisplayNameNotTheLogin()
{
    const QString folder = m_tmp.filePath(u"store-signature"_s);
    const QString password = u"Ander-wachtwoord-voor-Marieke-42"_s;
    QString number;
    {
        auto store = test::createServiceStore(folder);
        QVERIFY(store);
        test::DocumentFixture fixture(*store);
        QVERIFY2(fixture.setOrganisation(), qPrintable(fixture.error()));
        const auto c = fixture.addCase(u"H. Handtekening"_s, u"K200040"_s, { RequestType::Inzage },
                                       QDate(2026, 9, 1));
        QVERIFY2(c, qPrintable(fixture.error()));
        number = c->number;
        UserError userError;
        QVERIFY2(UserService(*store, Session { *store })
                     .add(u"m.bakker"_s, u"Marieke Bakker"_s, Role::Functionaris,
                          SecureBytes::fromUtf8(password), &userError),
                 qPrintable(userError.message));
        QVERIFY2(UserService(*store, Session { *store })
                     .add(u"p.jansen"_s, {}, Role::Functionaris, SecureBytes::fromUtf8(password),
                          &userError),
                 qPrintable(userError.message));
    }
    const auto signature = [&](const QString &login, const QString &secret = {}) {
        StoreError storeError;
        auto store = test::openServiceStore(folder, login, secret.isEmpty() ? password : secret,
                                            &storeError);
        if (!store)
            return QString();
        const FixedClock clock(QDateTime(QDate(2026, 9, 2), QTime(9, 0), Qt::UTC));
        ServiceError error;
        const auto letter = LetterService(Session { *store, clock })
                                .render(number, LetterKind::Ontvangstbevestiging, &error);
        return letter ? plain(letter->html) : error.message;
    };
    const QString marieke = signature(u"m.bakker"_s);
    QVERIFY2(marieke.contains(u"Met vriendelijke groet, Marieke Bakker Functionaris "
                              "gegevensbescherming"_s),
             qPrintable(marieke));
    QVERIFY2(!marieke.contains(u"m.bakker"_s), qPrintable(marieke));
    const QString piet = signature(u"p.jansen"_s);
    QVERIFY2(piet.contains(u"Met vriendelijke groet, p.jansen Functionaris gegevensbescherming"_s),
             qPrintable(piet));
    // The beheerder of a store where others hold the functionaris role signs on the officer's
    // behalf.
    const QString beheerder = signature(test::testUser, test::testPassword);
    QVERIFY2(beheerder.contains(u"namens de functionaris gegevensbescherming"_s),
             qPrintable(beheerder));
}

// A confirmation of a request granted in part says so first (never "zoals u vroeg"),
// and prints only the grounds of its own kind: no erasure ground in the rectification letter.
void TestLetters::partialConfirmationFollowsTheOutcome()
{
    const auto c
        = newCase(u"C. Correctie"_s, u"K200041"_s,
                  { RequestType::Rectificatie, RequestType::Verwijdering }, QDate(2026, 9, 1));
    QVERIFY2(c, qPrintable(m_fixture->error()));
    QVERIFY(m_fixture->identify(c->number, QDate(2026, 9, 1), QDate(2026, 9, 2)));
    m_fixture->at(QDate(2026, 9, 20));
    Completion done = test::completion(Outcome::DeelsToegewezen, QDate(2026, 9, 20), u"per post"_s);
    done.motivation.clear();
    done.granted.clear();
    done.grounds.clear();
    done.decisions = {
        { RequestType::Rectificatie,
          Outcome::DeelsToegewezen,
          { RefusalGround::Art12_5 },
          u"Uw geboortedatum staat al goed; die veranderen wij niet."_s,
          u"Uw telefoonnummer"_s },
        { RequestType::Verwijdering,
          Outcome::DeelsToegewezen,
          { RefusalGround::Art17_3b },
          u"De huurbetalingen bewaren wij zeven jaar (artikel 52 AWR)."_s,
          u"Uw oude e-mailadres"_s },
    };
    ServiceError error;
    QVERIFY2(CaseService(Session { *m_store, m_fixture->clock() })
                 .complete(c->number, done, BsnCheck::Refuse, &error),
             qPrintable(error.message));
    LetterService service(Session { *m_store, m_fixture->clock() });
    const auto rectification
        = service.render(c->number, LetterKind::BevestigingRectificatie, &error);
    QVERIFY2(rectification, qPrintable(error.message));
    QString text = plain(rectification->html);
    QVERIFY2(text.contains(u"Wij hebben een deel gedaan van wat u vroeg."_s), qPrintable(text));
    QVERIFY(!text.contains(u"zoals u vroeg"_s));
    QVERIFY(text.contains(u"Uw telefoonnummer"_s));
    QVERIFY(text.contains(u"(artikel 12 lid 5 AVG)"_s));
    QVERIFY2(!text.contains(u"artikel 17"_s), qPrintable(text));
    QVERIFY(!text.contains(u"oude e-mailadres"_s));
    QVERIFY2(text.contains(u"Bent u het niet eens met hoe wij uw verzoek hebben afgehandeld?"_s),
             qPrintable(text));
    QVERIFY(!text.contains(u"besluit"_s, Qt::CaseInsensitive));
    QCOMPARE(rectification->title, u"Bevestiging van correctie "_s + c->number);
    const auto erasure = service.render(c->number, LetterKind::BevestigingVerwijdering, &error);
    QVERIFY2(erasure, qPrintable(error.message));
    text = plain(erasure->html);
    QVERIFY(text.contains(u"Wij hebben een deel gedaan van wat u vroeg."_s));
    QVERIFY(text.contains(u"(artikel 17 lid 3 sub b AVG)"_s));
    QVERIFY2(!text.contains(u"artikel 12 lid 5"_s), qPrintable(text));
    QVERIFY(!text.contains(u"Uw telefoonnummer"_s));
}

// A fully granted request says what was done: the correction's old → new value in the
// confirmation and in the decision, never only "zoals u vroeg".
void TestLetters::fullGrantSaysWhatWasDone()
{
    const auto c = newCase(u"T. Correctie"_s, u"K200042"_s, { RequestType::Rectificatie },
                           QDate(2026, 9, 1));
    QVERIFY2(c, qPrintable(m_fixture->error()));
    QVERIFY(m_fixture->identify(c->number, QDate(2026, 9, 1), QDate(2026, 9, 2)));
    m_fixture->at(QDate(2026, 9, 20));
    Completion done = test::completion(Outcome::Toegewezen, QDate(2026, 9, 20), u"per post"_s);
    done.granted = u"Telefoonnummer: 06 1111 2222 → 06 3333 4444"_s;
    done.changedData = { DataCategory::Contact };
    ServiceError error;
    QVERIFY2(CaseService(Session { *m_store, m_fixture->clock() })
                 .complete(c->number, done, BsnCheck::Refuse, &error),
             qPrintable(error.message));
    LetterService service(Session { *m_store, m_fixture->clock() });
    for (LetterKind kind : { LetterKind::BevestigingRectificatie, LetterKind::Besluit }) {
        const auto letter = service.render(c->number, kind, &error);
        QVERIFY2(letter, qPrintable(error.message));
        const QString text = plain(letter->html);
        QVERIFY2(
            text.contains(u"Wij hebben uw gegevens gecorrigeerd zoals hieronder beschreven."_s),
            qPrintable(text));
        QVERIFY(text.contains(u"Wat wij hebben gecorrigeerd of aangevuld"_s));
        QVERIFY(text.contains(u"06 1111 2222 → 06 3333 4444"_s));
        QVERIFY(!text.contains(u"zoals u vroeg"_s));
    }
}

// A portability export sent straight to another controller (art. 20(2)
// GDPR). The decision put "Wat u van ons ontvangt" over "Uw gegevens zijn ... naar Woonbedrijf
// Noordoost gestuurd": the person received nothing, and the heading says where the data went.
void TestLetters::transmittedExportIsNotReceived()
{
    const auto c = newCase(u"K. Overdracht"_s, u"K200097"_s, { RequestType::Overdraagbaarheid },
                           QDate(2026, 9, 1));
    QVERIFY2(c, qPrintable(m_fixture->error()));
    QVERIFY(m_fixture->identify(c->number, QDate(2026, 9, 1), QDate(2026, 9, 2)));
    ServiceError error;
    CaseService cases(Session { *m_store, m_fixture->clock() });
    QVERIFY2(cases.setTransmitTo(c->number,
                                 { u"Woonbedrijf Noordoost"_s, u"Postbus 120, 7600 AC Almelo"_s },
                                 BsnCheck::Refuse, &error),
             qPrintable(error.message));
    m_fixture->at(QDate(2026, 9, 20));
    Completion done = test::completion(Outcome::Toegewezen, QDate(2026, 9, 20), u"per post"_s);
    done.granted = u"Uw gegevens zijn als JSON- en CSV-bestand naar Woonbedrijf Noordoost "
                   "gestuurd"_s;
    QVERIFY2(cases.complete(c->number, done, BsnCheck::Refuse, &error), qPrintable(error.message));
    const auto letter = LetterService(Session { *m_store, m_fixture->clock() })
                            .render(c->number, LetterKind::Besluit, &error);
    QVERIFY2(letter, qPrintable(error.message));
    const QString text = plain(letter->html);
    QVERIFY2(!text.contains(u"Wat u van ons ontvangt"_s), qPrintable(text));
    QVERIFY2(text.contains(u"Waar wij uw gegevens naartoe hebben gestuurd Uw gegevens zijn als "
                           "JSON- en CSV-bestand naar Woonbedrijf Noordoost gestuurd"_s),
             qPrintable(text));
}

// A direct-marketing objection letter names what the tenant objected to, stopped or
// going on, never a fixed "reclame en aanbiedingen" for the newsletter alone.
void TestLetters::objectionLetterNamesItsSubjects()
{
    const auto c
        = newCase(u"B. Bezwaar"_s, u"K200043"_s, { RequestType::Bezwaar }, QDate(2026, 9, 1));
    QVERIFY2(c, qPrintable(m_fixture->error()));
    QVERIFY(m_fixture->identify(c->number, QDate(2026, 9, 1), QDate(2026, 9, 2)));
    m_fixture->at(QDate(2026, 9, 20));
    Completion done = test::completion(Outcome::Toegewezen, QDate(2026, 9, 20), u"per post"_s);
    done.directMarketing = true;
    done.objection = { { ObjectionSubject::Nieuwsbrief, {}, true },
                       { ObjectionSubject::Overig, u"de verjaardagskaart"_s, true } };
    ServiceError error;
    CaseService cases(Session { *m_store, m_fixture->clock() });
    QVERIFY2(cases.complete(c->number, done, BsnCheck::Refuse, &error), qPrintable(error.message));
    QCOMPARE(cases.find(c->number, test::MustRead())->objection, done.objection);
    const auto letter = LetterService(Session { *m_store, m_fixture->clock() })
                            .render(c->number, LetterKind::Besluit, &error);
    QVERIFY2(letter, qPrintable(error.message));
    const QString text = plain(letter->html);
    QVERIFY2(text.contains(u"onze nieuwsbrief"_s), qPrintable(text));
    QVERIFY(text.contains(u"de verjaardagskaart"_s));
    QVERIFY(text.contains(u"artikel 21 lid 3 AVG"_s));
    QVERIFY2(!text.contains(u"reclame en aanbiedingen"_s), qPrintable(text));
    QVERIFY(!text.contains(u"reclame of aanbiedingen"_s));
}

// Seed 001 (Mijande): an objection to the newsletter and to surveys, against direct marketing.
// Surveys are no advertising and art. 21 lid 3 does not cover them: the letter must not call
// everything "de reclame waartegen u bezwaar maakte (artikel 21 lid 3 AVG)".
void TestLetters::surveysAreNotAdvertising()
{
    const auto c
        = newCase(u"E. Enquete"_s, u"K200053"_s, { RequestType::Bezwaar }, QDate(2026, 9, 1));
    QVERIFY2(c, qPrintable(m_fixture->error()));
    QVERIFY(m_fixture->identify(c->number, QDate(2026, 9, 1), QDate(2026, 9, 2)));
    m_fixture->at(QDate(2026, 9, 20));
    Completion done = test::completion(Outcome::Toegewezen, QDate(2026, 9, 20), u"per post"_s);
    done.directMarketing = true;
    done.objection
        = { { ObjectionSubject::Nieuwsbrief, {}, true }, { ObjectionSubject::Enquetes, {}, true } };
    ServiceError error;
    QVERIFY2(CaseService(Session { *m_store, m_fixture->clock() })
                 .complete(c->number, done, BsnCheck::Refuse, &error),
             qPrintable(error.message));
    const auto letter = LetterService(Session { *m_store, m_fixture->clock() })
                            .render(c->number, LetterKind::Besluit, &error);
    QVERIFY2(letter, qPrintable(error.message));
    const QString text = plain(letter->html);
    QVERIFY2(text.contains(u"enquêtes en onderzoeken onder huurders"_s), qPrintable(text));
    QVERIFY2(!text.contains(u"voor de reclame waartegen"_s), qPrintable(text));
    QVERIFY2(text.contains(u"niet meer op de manier waartegen u bezwaar maakte"_s),
             qPrintable(text));
    QVERIFY(text.contains(u"Tegen reclame kunt u altijd bezwaar maken (artikel 21 lid 3 AVG)"_s));
}

// Others' rights limit a portability export by art. 20 lid 4 AVG, not by the inzage
// article 15 lid 4: in the cover letter and as a ground of a refusal.
void TestLetters::portabilityCitesArticle20()
{
    const auto c = newCase(u"O. Overdracht"_s, u"K200044"_s, { RequestType::Overdraagbaarheid },
                           QDate(2026, 9, 1));
    QVERIFY2(c, qPrintable(m_fixture->error()));
    QVERIFY(m_fixture->identify(c->number, QDate(2026, 9, 1), QDate(2026, 9, 2)));
    m_fixture->at(QDate(2026, 9, 20));
    LetterService service(Session { *m_store, m_fixture->clock() });
    ServiceError error;
    const auto cover = service.render(c->number, LetterKind::BegeleidendeBriefExport, &error);
    QVERIFY2(cover, qPrintable(error.message));
    QString text = plain(cover->html);
    QVERIFY2(text.contains(u"(artikel 20 lid 4 AVG)"_s), qPrintable(text));
    QVERIFY(!text.contains(u"15 lid 4"_s));
    Completion done = test::completion(Outcome::DeelsToegewezen, QDate(2026, 9, 20), u"per post"_s,
                                       { RefusalGround::Art20_4 },
                                       u"De meldingen van uw buren geven wij niet mee."_s);
    done.granted = u"Uw huurgegevens als bestand."_s;
    QVERIFY2(CaseService(Session { *m_store, m_fixture->clock() })
                 .complete(c->number, done, BsnCheck::Refuse, &error),
             qPrintable(error.message));
    const auto decision = service.render(c->number, LetterKind::Besluit, &error);
    QVERIFY2(decision, qPrintable(error.message));
    text = plain(decision->html);
    QVERIFY2(text.contains(u"(artikel 20 lid 4 AVG)"_s), qPrintable(text));
    QVERIFY(!text.contains(u"15 lid 4"_s));
}

// A portability request sent directly to another controller (art. 20 lid 2): the
// decision says where the data went, never that they are enclosed.
void TestLetters::portabilitySentToAnotherController()
{
    const auto c = newCase(u"D. Doorsturen"_s, u"K200045"_s, { RequestType::Overdraagbaarheid },
                           QDate(2026, 9, 1));
    QVERIFY2(c, qPrintable(m_fixture->error()));
    QVERIFY(m_fixture->identify(c->number, QDate(2026, 9, 1), QDate(2026, 9, 2)));
    m_fixture->at(QDate(2026, 9, 20));
    CaseService cases(Session { *m_store, m_fixture->clock() });
    ServiceError error;
    QVERIFY2(cases.setTransmitTo(
                 c->number, { u"Woonstichting Nieuw Thuis"_s, u"privacy@nieuwthuis.example"_s },
                 BsnCheck::Refuse, &error),
             qPrintable(error.message));
    QVERIFY2(
        cases.complete(c->number,
                       test::completion(Outcome::Toegewezen, QDate(2026, 9, 20), u"per post"_s),
                       BsnCheck::Refuse, &error),
        qPrintable(error.message));
    const auto decision = LetterService(Session { *m_store, m_fixture->clock() })
                              .render(c->number, LetterKind::Besluit, &error);
    QVERIFY2(decision, qPrintable(error.message));
    const QString text = plain(decision->html);
    QVERIFY2(text.contains(u"rechtstreeks naar Woonstichting Nieuw Thuis"_s), qPrintable(text));
    QVERIFY(text.contains(u"artikel 20 lid 2 AVG"_s));
    QVERIFY(!text.contains(u"Bij deze brief ontvangt u de gegevens"_s));
    // The cover letter says the files went to the other controller, not that they are enclosed.
    const auto cover = LetterService(Session { *m_store, m_fixture->clock() })
                           .render(c->number, LetterKind::BegeleidendeBriefExport, &error);
    QVERIFY2(cover, qPrintable(error.message));
    const QString coverText = plain(cover->html);
    QVERIFY2(coverText.contains(u"een bevestiging dat wij uw gegevens als computerbestanden (JSON "
                                u"en CSV) rechtstreeks aan Woonstichting Nieuw Thuis hebben "
                                u"gestuurd"_s),
             qPrintable(coverText));
    QVERIFY(!coverText.contains(u"Die kunt u aan een andere organisatie geven"_s));
}

// "gemaakt" and "verstuurd" are different facts. A letter is recorded as sent in a
// step of its own (the day and how, once, audited), and the dossier says which letters were only
// made.
void TestLetters::madeIsNotSent()
{
    const auto c
        = newCase(u"V. Verzonden"_s, u"K200034"_s, { RequestType::Inzage }, QDate(2026, 9, 1));
    QVERIFY2(c, qPrintable(m_fixture->error()));
    m_fixture->at(QDate(2026, 9, 2));
    LetterService service(Session { *m_store, m_fixture->clock() });
    ServiceError error;
    const auto letter
        = service.generate(c->number, LetterKind::Ontvangstbevestiging, BsnCheck::Refuse, &error);
    QVERIFY2(letter, qPrintable(error.message));
    QVERIFY(!service.letters(c->number).constFirst().isSent());
    QString dossier = ComplaintDossier::toHtml(
        *ComplaintDossier(Session { *m_store, m_fixture->clock() }).collect(c->number, &error));
    QVERIFY2(dossier.contains(u"only made: its dispatch was not recorded"_s), qPrintable(dossier));

    // Refused: no how, before it was made, in the future, an unknown letter.
    QVERIFY(!service.recordDispatch(c->number, letter->id, QDate(2026, 9, 2), u" "_s,
                                    BsnCheck::Refuse, &error));
    QVERIFY(!service.recordDispatch(c->number, letter->id, QDate(2026, 9, 1), u"per post"_s,
                                    BsnCheck::Refuse, &error));
    QVERIFY2(error.message.contains(u"before it was made"_s), qPrintable(error.message));
    QVERIFY(!service.recordDispatch(c->number, letter->id, QDate(2026, 9, 3), u"per post"_s,
                                    BsnCheck::Refuse, &error));
    QVERIFY(!service.recordDispatch(c->number, letter->id + 100, QDate(2026, 9, 2), u"per post"_s,
                                    BsnCheck::Refuse, &error));
    QCOMPARE(error.code, ServiceError::Code::NotFound);
    // The how passes the BSN guard.
    QVERIFY(!service.recordDispatch(c->number, letter->id, QDate(2026, 9, 2),
                                    u"per post, kenmerk "_s + test::elfProefNumber(),
                                    BsnCheck::Refuse, &error));
    QCOMPARE(error.code, ServiceError::Code::BsnRefused);

    QVERIFY2(service.recordDispatch(c->number, letter->id, QDate(2026, 9, 2), u"per post"_s,
                                    BsnCheck::Refuse, &error),
             qPrintable(error.message));
    const Letter sent = service.letters(c->number).constFirst();
    QCOMPARE(sent.sentOn, QDate(2026, 9, 2));
    QCOMPARE(sent.sentHow, u"per post"_s);
    // Once.
    QVERIFY(!service.recordDispatch(c->number, letter->id, QDate(2026, 9, 2), u"per e-mail"_s,
                                    BsnCheck::Refuse, &error));
    QVERIFY2(error.message.contains(u"already"_s), qPrintable(error.message));
    dossier = ComplaintDossier::toHtml(
        *ComplaintDossier(Session { *m_store, m_fixture->clock() }).collect(c->number, &error));
    QVERIFY(!dossier.contains(u"only made: its dispatch was not recorded"_s));
    QVERIFY(dossier.contains(u"per post"_s));
    QVERIFY2(dossier.contains(u"made, 1 recorded as sent"_s), qPrintable(dossier));
    bool audited = false;
    for (const AuditEvent &event :
         CaseService(Session { *m_store, m_fixture->clock() }).timeline(c->number))
        audited = audited
            || (event.action == u"case.letter_sent"_s
                && event.payload.value(u"sent_on"_s).toString() == u"2026-09-02"_s);
    QVERIFY(audited);
}

// An acknowledgement of receipt never promises a date already past.
void TestLetters::noAcknowledgementAfterTheDeadline()
{
    const auto c = newCase(u"L. Laat"_s, u"K200032"_s, { RequestType::Inzage }, QDate(2026, 1, 5));
    QVERIFY2(c, qPrintable(m_fixture->error()));
    LetterService service(Session { *m_store, m_fixture->clock() });
    ServiceError error;
    m_fixture->at(QDate(2026, 2, 4));
    QVERIFY2(service.render(c->number, LetterKind::Ontvangstbevestiging, &error),
             qPrintable(error.message));
    m_fixture->at(QDate(2026, 3, 1));
    QVERIFY(!service.render(c->number, LetterKind::Ontvangstbevestiging, &error));
    QVERIFY2(error.message.contains(u"passed"_s), qPrintable(error.message));
}

void TestLetters::templateEditing()
{
    LetterService service(Session { *m_store, m_fixture->clock() });
    ServiceError error;
    const LetterKind kind = LetterKind::Ontvangstbevestiging;
    QVERIFY(!service.templateFor(kind).customised);
    const auto templateEvents = [this] {
        return events(u"letter-template"_s, u"ontvangstbevestiging"_s);
    };
    const auto before = templateEvents().size();

    QVERIFY(!service.saveTemplate(kind, u"<p>{{betrokkene.naam}} {{onbekend}}</p>"_s,
                                  BsnCheck::Refuse, &error));
    QCOMPARE(error.code, ServiceError::Code::Invalid);
    QVERIFY2(error.message.contains(u"{{onbekend}}"_s), qPrintable(error.message));
    QVERIFY(!service.saveTemplate(kind, u"<p>{{datum}</p>"_s, BsnCheck::Refuse, &error));
    QCOMPARE(error.code, ServiceError::Code::Invalid);
    QVERIFY(!service.saveTemplate(kind, u"  "_s, BsnCheck::Refuse, &error));
    QVERIFY(!service.saveTemplate(LetterKind::Besluit, u"<p>{{besluit.uitkomst}}</p>"_s,
                                  BsnCheck::Refuse, &error));
    QVERIFY2(error.message.contains(u"{{rechtsmiddelen}}"_s), qPrintable(error.message));
    // A decision gives its reasons (art. 12(4)): the placeholder stays in.
    QVERIFY2(error.message.contains(u"{{besluit.onderdelen}}"_s), qPrintable(error.message));
    // The decision per kind carries the reasons too; a template of before keeps the reasons alone.
    QVERIFY(service.saveTemplate(LetterKind::Besluit,
                                 u"<p>{{besluit.onderdelen}}</p><p>{{rechtsmiddelen}}</p>"_s,
                                 BsnCheck::Refuse, &error));
    QVERIFY(service.saveTemplate(LetterKind::Besluit,
                                 u"<p>{{besluit.uitkomst}}</p><p>{{besluit.motivering}}</p>"
                                 "<p>{{rechtsmiddelen}}</p>"_s,
                                 BsnCheck::Refuse, &error));
    QVERIFY(service.resetTemplate(LetterKind::Besluit, &error));
    // A number that is never printed still travels with the template: comments and attributes
    // are checked too.
    for (const QString &hiddenNumber :
         { u"<p>{{datum}}</p><!-- dossier %1 -->"_s, u"<p title=\"%1\">{{datum}}</p>"_s }) {
        QVERIFY(!service.saveTemplate(kind, hiddenNumber.arg(test::elfProefNumber()),
                                      BsnCheck::Refuse, &error));
        QCOMPARE(error.code, ServiceError::Code::BsnRefused);
        QVERIFY2(error.message.contains(u"HTML"_s), qPrintable(error.message));
    }
    const QString withNumber = u"<p>Kenmerk %1 {{verzoek.nummer}}</p>"_s.arg(
        test::elfProefNumber().insert(3, u'.').insert(6, u'.'));
    QVERIFY(!service.saveTemplate(kind, withNumber, BsnCheck::Refuse, &error));
    QCOMPARE(error.code, ServiceError::Code::BsnRefused);
    QVERIFY(!error.message.contains(test::elfProefNumber()));
    QCOMPARE(templateEvents().size(), before);
    QVERIFY(!service.templateFor(kind).customised);

    const QString own = u"<p>Beste {{betrokkene.naam}}, wij hebben uw verzoek {{verzoek.nummer}} "
                        "ontvangen en antwoorden uiterlijk {{termijn.geldend}}.</p>"_s;
    m_fixture->at(QDate(2026, 9, 21));
    QVERIFY2(service.saveTemplate(kind, own, BsnCheck::Refuse, &error), qPrintable(error.message));
    LetterTemplate stored = service.templateFor(kind);
    QVERIFY(stored.customised);
    QCOMPARE(stored.html, own);
    QCOMPARE(stored.changedBy, test::testUser);
    QCOMPARE(stored.changedAt, m_fixture->clock().now());
    QCOMPARE(templateEvents().size(), before + 1);
    QCOMPARE(templateEvents().constLast().action, u"letter_template.changed"_s);
    QVERIFY(EventText::sentence(templateEvents().constLast(), {})
                .contains(codes::label(LetterKind::Ontvangstbevestiging)));
    // Saving the same text again changes nothing.
    QVERIFY(service.saveTemplate(kind, own, BsnCheck::Refuse, &error));
    QCOMPARE(templateEvents().size(), before + 1);

    const auto c
        = newCase(u"M. Jansen"_s, u"K200008"_s, { RequestType::Inzage }, QDate(2026, 9, 21));
    const auto letter = service.render(c->number, kind, &error);
    QVERIFY2(letter, qPrintable(error.message));
    QVERIFY(
        plain(letter->html).startsWith(u"Beste M. Jansen, wij hebben uw verzoek "_s + c->number));

    // The override of the BSN guard is logged with the change, never the number.
    QVERIFY2(service.saveTemplate(kind, withNumber, BsnCheck::ConfirmedNotBsn, &error),
             qPrintable(error.message));
    QCOMPARE(templateEvents().size(), before + 3);
    QCOMPARE(templateEvents().constLast().action, u"bsn.override"_s);

    QVERIFY(service.resetTemplate(kind, &error));
    stored = service.templateFor(kind);
    QVERIFY(!stored.customised);
    QCOMPARE(stored.html, LetterTemplates::defaultHtml(kind));
    QCOMPARE(templateEvents().constLast().action, u"letter_template.reset"_s);
    QVERIFY(service.resetTemplate(kind, &error)); // already the default: no event
    QCOMPARE(templateEvents().size(), before + 4);
    QVERIFY(m_store->verify(nullptr, TrailRows::all()));
}

void TestLetters::storedDecisionWithoutRemediesStillNamesThem()
{
    // A template that slipped past the check (written into the database directly).
    QSqlQuery query(m_store->database());
    query.prepare(u"INSERT INTO letter_templates (kind, body, changed_at, changed_by) VALUES "
                  "('besluit', '<p>{{besluit.uitkomst}}</p>', '2026-09-01T00:00:00.000Z', 'x')"_s);
    QVERIFY(query.exec());
    const auto c
        = newCase(u"D. Peters"_s, u"K200009"_s, { RequestType::Inzage }, QDate(2026, 9, 1));
    QVERIFY(m_fixture->identify(c->number, QDate(2026, 9, 1), QDate(2026, 9, 2)));
    QVERIFY(m_fixture->complete(c->number, Outcome::Afgewezen, { RefusalGround::Art12_5 },
                                QDate(2026, 9, 22), u"Herhaald verzoek zonder nieuwe vraag"_s));
    ServiceError error;
    const auto letter = LetterService(Session { *m_store, m_fixture->clock() })
                            .render(c->number, LetterKind::Besluit, &error);
    QVERIFY2(letter, qPrintable(error.message));
    const QString text = plain(letter->html);
    QVERIFY(text.contains(u"Autoriteit Persoonsgegevens"_s));
    QVERIFY(text.contains(u"zes weken"_s));
    // Saved before {{besluit.motivering}} existed: the reasons are printed all the same, before
    // the remedies; with {{besluit.gronden}} in the template, right after the grounds.
    QVERIFY2(text.contains(u"Herhaald verzoek zonder nieuwe vraag"_s), qPrintable(text));
    QVERIFY(text.indexOf(u"Herhaald verzoek"_s) < text.indexOf(u"Autoriteit Persoonsgegevens"_s));
    QVERIFY(query.exec(u"UPDATE letter_templates SET body = '<p>{{besluit.gronden}}</p><p>EINDE "
                       "{{rechtsmiddelen}}</p>'"_s));
    const auto withGrounds = LetterService(Session { *m_store, m_fixture->clock() })
                                 .render(c->number, LetterKind::Besluit, &error);
    QVERIFY2(withGrounds, qPrintable(error.message));
    const QString groundsText = plain(withGrounds->html);
    QVERIFY2(groundsText.indexOf(u"kennelijk ongegrond"_s)
                 < groundsText.indexOf(u"Herhaald verzoek zonder nieuwe vraag"_s),
             qPrintable(groundsText));
    QVERIFY(groundsText.indexOf(u"Herhaald verzoek"_s) < groundsText.indexOf(u"EINDE"_s));
    QCOMPARE(groundsText.count(u"Herhaald verzoek zonder nieuwe vraag"_s), 1);
    QVERIFY(query.exec(u"DELETE FROM letter_templates"_s));
}

void TestLetters::bsnInLetterNeedsOverride()
{
    NewCase request;
    request.person.name = u"F. Kok"_s;
    request.person.klantnummer = test::elfProefNumber(); // confirmed not to be a BSN
    request.types = { RequestType::Inzage };
    request.receivedDate = QDate(2026, 9, 22);
    m_fixture->at(QDate(2026, 9, 22));
    ServiceError error;
    const auto c = CaseService(Session { *m_store, m_fixture->clock() })
                       .add(request, BsnCheck::ConfirmedNotBsn, &error);
    QVERIFY2(c, qPrintable(error.message));
    LetterService service(Session { *m_store, m_fixture->clock() });
    QVERIFY(service.saveTemplate(LetterKind::Ontvangstbevestiging,
                                 u"<p>Klantnummer {{betrokkene.klantnummer}}</p>"_s,
                                 BsnCheck::Refuse, &error));
    const auto shown = service.render(c->number, LetterKind::Ontvangstbevestiging, &error);
    QVERIFY(shown);
    QCOMPARE(shown->bsnFindings.size(), 1);
    QVERIFY(!shown->bsnFindings.first().masked.contains(test::elfProefNumber()));
    QVERIFY(!service.record(*shown, BsnCheck::Refuse, &error));
    QCOMPARE(error.code, ServiceError::Code::BsnRefused);
    QVERIFY(service.letters(c->number).isEmpty());
    QVERIFY2(service.record(*shown, BsnCheck::ConfirmedNotBsn, &error), qPrintable(error.message));
    QCOMPARE(events(u"case"_s, c->number).constLast().action, u"bsn.override"_s);
    QVERIFY(service.resetTemplate(LetterKind::Ontvangstbevestiging, &error));
}

void TestLetters::destroyedWithTheRequestFiles()
{
    const auto c
        = newCase(u"G. Bosman"_s, u"K200010"_s, { RequestType::Inzage }, QDate(2026, 9, 1));
    QVERIFY(m_fixture->identify(c->number, QDate(2026, 9, 1), QDate(2026, 9, 2)));
    QVERIFY(m_fixture->complete(c->number, Outcome::Toegewezen, {}, QDate(2026, 9, 23)));
    LetterService service(Session { *m_store, m_fixture->clock() });
    ServiceError error;
    const auto letter = service.generate(c->number, LetterKind::Besluit, BsnCheck::Refuse, &error);
    QVERIFY2(letter, qPrintable(error.message));
    QVERIFY(letter->html.contains(u"G. Bosman"_s));

    // The request files' rule: two years after completion.
    m_fixture->at(QDate(2029, 1, 10));
    RetentionService retention(Session { *m_store, m_fixture->clock() });
    QVERIFY2(retention.destroyRequestFiles(c->person.id, {}, BsnCheck::Refuse, &error),
             qPrintable(error.message));
    const QList<Letter> after = service.letters(c->number);
    QCOMPARE(after.size(), 1);
    QVERIFY(after.first().destroyed);
    QVERIFY(after.first().html.isEmpty());
    QCOMPARE(after.first().destroyedAt, m_fixture->clock().now());
    QCOMPARE(after.first().sha256, letter->sha256);
    QCOMPARE(after.first().kind, LetterKind::Besluit);
    QCOMPARE(after.first().generatedAt, letter->generatedAt);
    QSqlQuery query(m_store->database());
    QVERIFY(query.exec(u"SELECT count(*) FROM letters WHERE body LIKE '%Bosman%'"_s));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 0);
    // Other people's letters are untouched.
    QVERIFY(!service.letters(m_full).first().destroyed);
    QVERIFY(m_store->verify(nullptr, TrailRows::all()));
}

// A template is limited in size, nesting and placeholders when it is saved, and a
// letter that would grow too large is refused when it is rendered, with a clear sentence.
void TestLetters::hostileTemplatesAreRefused()
{
    constexpr LetterKind kind = LetterKind::Ontvangstbevestiging;
    const auto refusedFor = [](const QString &html, const QString &word) {
        const QStringList problems = LetterTemplates::check(kind, html);
        return !problems.isEmpty() && problems.join(u' ').contains(word);
    };
    // Over 256 kB (as UTF-8: 100,000 × "€" is 300 kB).
    QVERIFY(refusedFor(u"<p>"_s + QString(100000, QChar(0x20AC)) + u"</p>"_s, u"kB"_s));
    // HTML nested deeper than QTextDocument should lay out.
    QString deep;
    for (int i = 0; i < 200; ++i)
        deep += u"<table><tr><td>"_s;
    deep += u"{{datum}}"_s;
    QCOMPARE(LetterTemplates::htmlDepth(deep), 600);
    QVERIFY(refusedFor(deep, u"nests"_s));
    // Too many placeholders.
    QString many;
    for (int i = 0; i <= LetterTemplates::maxPlaceholders; ++i)
        many += u"{{betrokkene.naam}} "_s;
    QVERIFY(refusedFor(many, u"placeholders"_s));
    // Thousands of comments that never close are read in one pass (and kept as text).
    QString comments;
    for (int i = 0; i < 50000; ++i)
        comments += u"<!--"_s;
    QVERIFY(LetterTemplates::placeholdersIn(comments + u"{{datum}}"_s).contains(u"datum"_s));
    // Ordinary HTML: void elements, paragraphs and list items left open do not nest.
    QCOMPARE(LetterTemplates::htmlDepth(u"<p>a<br>b<p>c<img src=x><ul><li>1<li>2</ul>"
                                        "<div><b>x</b><br/></div><!-- <div><div> -->"_s),
             3);
    for (LetterKind k : LetterCodes::kinds())
        QVERIFY(LetterTemplates::htmlDepth(LetterTemplates::defaultHtml(k))
                <= LetterTemplates::maxHtmlDepth);

    // The service refuses them with the reasons, and nothing is saved.
    LetterService service(Session { *m_store, m_fixture->clock() });
    ServiceError error;
    QVERIFY(!service.saveTemplate(kind, deep, BsnCheck::Refuse, &error));
    QCOMPARE(error.code, ServiceError::Code::Invalid);
    QVERIFY(!service.templateFor(kind).customised);
}

void TestLetters::renderingHasABudget()
{
    // Filling: 300 placeholders of 20,000 characters each would make a letter of 6 million.
    QString html;
    for (int i = 0; i < 300; ++i)
        html += u"<p>{{x}}</p>"_s;
    const QHash<QString, QString> values { { u"x"_s, QString(20000, u'x') } };
    QString problem;
    QVERIFY(LetterTemplates::fill(html, values, &problem).isEmpty());
    QVERIFY2(problem.contains(u"too large"_s), qPrintable(problem));
    problem.clear();
    QCOMPARE(LetterTemplates::fill(u"<p>{{x}}</p>"_s, values, &problem).size(), 20007);
    QVERIFY(problem.isEmpty());

    // A template stored before the limits (written here straight into the table) with thousands
    // of placeholders: rendering it is refused with that sentence, and no letter is made.
    const auto c = newCase(u"B. Budget"_s, u"K200099"_s, { RequestType::Inzage },
                           m_fixture->clock().today());
    QVERIFY2(c, qPrintable(m_fixture->error()));
    QString hostile;
    for (int i = 0; i < 60000; ++i)
        hostile += u"{{organisatie.naam}}{{betrokkene.naam}}"_s; // over 40 characters each
    QSqlQuery insert(m_store->database());
    QVERIFY(insert.prepare(u"INSERT INTO letter_templates (kind, body, changed_at, changed_by) "
                           "VALUES ('ontvangstbevestiging', ?, '2026-01-01T00:00:00Z', 'x')"_s));
    insert.addBindValue(hostile);
    QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
    LetterService service(Session { *m_store, m_fixture->clock() });
    ServiceError error;
    QVERIFY(!service.render(c->number, LetterKind::Ontvangstbevestiging, &error));
    QCOMPARE(error.code, ServiceError::Code::Invalid);
    QVERIFY2(error.message.contains(u"too large"_s), qPrintable(error.message));
    QVERIFY(
        !service.generate(c->number, LetterKind::Ontvangstbevestiging, BsnCheck::Refuse, &error));
    QVERIFY(service.resetTemplate(LetterKind::Ontvangstbevestiging, &error));
}

QTEST_MAIN(TestLetters)
#include "tst_letters.moc"
