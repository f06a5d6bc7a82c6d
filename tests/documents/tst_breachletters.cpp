// The letter "kennisgeving datalek" (art. 34 AVG): what art. 34(2) asks of it (what
// happened, the FG's contact, the consequences, the measures) and advice in B1 Dutch with
// "u heeft"; only to a linked person; refused while the breach lacks what it must say; recorded
// with its hash, and its dispatch marks the person informed; its template has its own
// placeholders; a request never offers it.

#include "BreachDocumentFixture.h"
#include "DocumentFixture.h"
#include "TestSupport.h"
#include "letters/BreachLetters.h"
#include "letters/Letters.h"
#include "organisation/OrganisationSettings.h"
#include "session/Session.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace pd;
using namespace pd::test;

namespace {

QStringList breachActions(const Store &store, const QString &number)
{
    QSqlQuery query(store.database());
    query.prepare(u"SELECT action FROM audit_events WHERE entity_type = 'breach' AND entity_id = ? "
                  "ORDER BY seq"_s);
    query.addBindValue(number);
    QStringList actions;
    if (!query.exec())
        return { u"<read failed>"_s };
    while (query.next())
        actions << query.value(0).toString();
    return actions;
}

} // namespace

class TestBreachLetters final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void saysWhatArticle34Asks();
    void plainDutch();
    void onlyToALinkedPerson();
    void refusedWhileContentIsMissing();
    void recordedAndSent();
    void ownPlaceholders();
    void notOfferedForARequest();
    void pdfForTheTenant();
    void apTextsOnlyWithAWarning();
    void bankAdviceForAnAccountNumber();
    void adviceNeverDeniesWhatWeAsk();
    void article34OnlyAtAHighRisk();
    void phoneNumberIsNoEmailAddress();
    void nameAloneIsNoAddress();
    void otherDataInOurWords();

private:
    QString prepare()
    {
        BreachDocumentFixture fixture(*m_store);
        const QString number = fixture.breach();
        if (number.isEmpty())
            qWarning("fixture: %s", qPrintable(fixture.error()));
        m_linked = fixture.linkedPerson();
        m_other = fixture.otherPerson();
        m_clock.set(QDateTime(QDate(2026, 4, 2), QTime(10, 0), Qt::UTC));
        return number;
    }

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Store> m_store;
    FixedClock m_clock { QDateTime(QDate(2026, 4, 2), QTime(10, 0), Qt::UTC) };
    qint64 m_linked = 0;
    qint64 m_other = 0;
    int m_count = 0;
};

void TestBreachLetters::initTestCase()
{
    QVERIFY(initSodium());
    QVERIFY(m_dir.isValid());
}

void TestBreachLetters::init()
{
    m_path = m_dir.filePath(u"kluis%1"_s.arg(++m_count));
    m_store = createServiceStore(m_path);
    QVERIFY(m_store);
}

void TestBreachLetters::cleanup()
{
    m_store.reset();
}

void TestBreachLetters::saysWhatArticle34Asks()
{
    const QString number = prepare();
    QVERIFY(!number.isEmpty());
    ServiceError error;
    const auto letter
        = BreachLetterService(Session { *m_store, m_clock }).render(number, m_linked, &error);
    QVERIFY2(letter, qPrintable(error.message));
    QCOMPARE(letter->title, u"Kennisgeving datalek "_s + number);
    QCOMPARE(letter->date, QDate(2026, 4, 2));
    const QString text = LetterTemplates::plainText(letter->html).simplified();
    // Addressed to the person, dated, with our reference.
    QVERIFY(text.contains(DocumentFixture::personName()));
    // At the tenant's postal address, in the address block.
    QVERIFY2(text.contains(DocumentFixture::personName()
                           + u" Lange Nieuwstraat 117 bis 3512 PN Utrecht"_s),
             qPrintable(text));
    // Greeted by the surname, without first names (seed 003).
    QVERIFY2(text.contains(u"Geachte heer of mevrouw Van der Plas-Hoogeveen,"_s), qPrintable(text));
    QVERIFY(text.contains(u"2 april 2026"_s));
    QVERIFY(text.contains(u"Ons kenmerk "_s + number));
    // The nature of the breach, in plain words and as recorded.
    QVERIFY(text.contains(u"Wij ontdekten het op 27 maart 2026."_s));
    QVERIFY(text.contains(u"Iemand die uw gegevens niet mocht zien, heeft ze misschien gezien"_s));
    // The letter's own text for the people, not the one written for the AP.
    QVERIFY(text.contains(BreachDocumentFixture::subjectsDescription().simplified()));
    QVERIFY(!text.contains(BreachDocumentFixture::description().simplified()));
    QVERIFY(text.contains(u"Uw naam en adres."_s));
    QVERIFY(text.contains(u"Gegevens over uw gezondheid. Dit zijn bijzondere persoonsgegevens"_s));
    // The FG's name and contact (art. 33(3)(b)), the consequences (c), the measures (d).
    QVERIFY2(text.contains(u"onze functionaris gegevensbescherming, Petra de Boer, via "
                           "fg@voorbeeldhaven.nl of telefoonnummer 030 123 45 67."_s),
             qPrintable(text));
    QVERIFY(text.contains(BreachDocumentFixture::subjectsConsequences().simplified()));
    QVERIFY(!text.contains(BreachDocumentFixture::consequences().simplified()));
    // What was done, in the people's own words (not the AP's "controleren adressen").
    QVERIFY2(text.contains(u"Wat hebben wij gedaan? "_s
                           + BreachDocumentFixture::subjectsMeasures().simplified()),
             qPrintable(text));
    QVERIFY(!text.contains(BreachDocumentFixture::measuresTaken().simplified()));
    // Advice chosen by the data: payments without an account number → no bank advice,
    // but the warning about payment requests; sensitive data → talk to us.
    QVERIFY(!text.contains(u"bankrekening"_s));
    QVERIFY(text.contains(u"Wij vragen u nooit om geld naar een ander rekeningnummer"_s));
    QVERIFY(text.contains(u"Het gaat om gevoelige gegevens."_s));
    QVERIFY(text.contains(u"artikel 34 AVG"_s));
    QVERIFY(text.contains(u"www.autoriteitpersoonsgegevens.nl"_s));
    // Decided to inform (high risk): no warning.
    QVERIFY2(letter->warning.isEmpty(), qPrintable(letter->warning));
    QVERIFY(letter->bsnFindings.isEmpty());

    // No FG, a Privacy Officer named in the settings (organisation.officer_name): the
    // letter names the officer by that title and name.
    OrganisationSettings settings(Session { *m_store, m_clock });
    OrganisationDetails details = settings.details();
    details.fgName.clear();
    details.fgEmail.clear();
    details.signatureRole = u"Privacy Officer"_s;
    details.officerName = u"M. Hendriks"_s;
    QVERIFY2(settings.save(details, BsnCheck::Refuse, &error), qPrintable(error.message));
    const auto named
        = BreachLetterService(Session { *m_store, m_clock }).render(number, m_linked, &error);
    QVERIFY2(named, qPrintable(error.message));
    const QString namedText = LetterTemplates::plainText(named->html).simplified();
    QVERIFY2(
        namedText.contains(u"Neem dan contact op met onze Privacy Officer, M. Hendriks, via "_s),
        qPrintable(namedText));
    QVERIFY2(!namedText.contains(u"functionaris gegevensbescherming"_s), qPrintable(namedText));
}

void TestBreachLetters::plainDutch()
{
    const QString number = prepare();
    QVERIFY(!number.isEmpty());
    ServiceError error;
    const auto letter
        = BreachLetterService(Session { *m_store, m_clock }).render(number, m_linked, &error);
    QVERIFY2(letter, qPrintable(error.message));
    const QString text = LetterTemplates::plainText(letter->html);
    QVERIFY(!letter->html.contains(u"{{"_s));
    QVERIFY(!text.contains(u"hebt"_s));
    QVERIFY(!text.contains(u"art. "_s)); // a tenant reads "artikel"
    QVERIFY(!text.contains(u"gemeld"_s));
    QVERIFY(text.contains(u"Heeft u vragen?"_s));
    // The template itself passes the template checks.
    QVERIFY(LetterTemplates::check(LetterKind::KennisgevingDatalek,
                                   LetterTemplates::defaultHtml(LetterKind::KennisgevingDatalek))
                .isEmpty());
}

void TestBreachLetters::onlyToALinkedPerson()
{
    const QString number = prepare();
    QVERIFY(!number.isEmpty());
    ServiceError error;
    QVERIFY(!BreachLetterService(Session { *m_store, m_clock }).render(number, m_other, &error));
    QCOMPARE(error.code, ServiceError::Code::Invalid);
    QVERIFY(!BreachLetterService(Session { *m_store, m_clock })
                 .render(u"DL-2026-0099"_s, m_linked, &error));
    QCOMPARE(error.code, ServiceError::Code::NotFound);
}

void TestBreachLetters::refusedWhileContentIsMissing()
{
    const QString number = prepare();
    QVERIFY(!number.isEmpty());
    ServiceError error;
    BreachService service(Session { *m_store, m_clock });
    auto breach = service.get(number, &error);
    QVERIFY(breach);
    // The consequences written for the people are enough: the AP's text may be missing (the
    // letter tells the people's text first).
    breach->consequences.clear();
    QVERIFY2(service.update(*breach, BsnCheck::Refuse, &error), qPrintable(error.message));
    QVERIFY2(BreachLetterService(Session { *m_store, m_clock }).render(number, m_linked, &error),
             qPrintable(error.message));
    breach->subjectsConsequences.clear();
    breach->measuresTaken.clear();
    // The measures written for the people are enough too.
    QVERIFY2(service.update(*breach, BsnCheck::Refuse, &error), qPrintable(error.message));
    QVERIFY(!BreachLetterService(Session { *m_store, m_clock }).render(number, m_linked, &error));
    QVERIFY(!error.message.contains(BreachLetterService::tr("the measures taken")));
    breach->subjectsMeasures.clear();
    QVERIFY2(service.update(*breach, BsnCheck::Refuse, &error), qPrintable(error.message));
    QVERIFY(!BreachLetterService(Session { *m_store, m_clock }).render(number, m_linked, &error));
    QCOMPARE(error.code, ServiceError::Code::Invalid);
    QCOMPARE(error.message, BreachLetterService::contentRefusal(*breach));
    QVERIFY(error.message.contains(BreachLetterService::tr("the likely consequences")));
    QVERIFY(error.message.contains(BreachLetterService::tr("the measures taken")));
    QVERIFY(!error.message.contains(BreachLetterService::tr("what happened")));
}

void TestBreachLetters::recordedAndSent()
{
    const QString number = prepare();
    QVERIFY(!number.isEmpty());
    BreachLetterService letters(Session { *m_store, m_clock });
    ServiceError error;
    const auto letter = letters.generate(number, m_linked, BsnCheck::Refuse, &error);
    QVERIFY2(letter, qPrintable(error.message));
    QCOMPARE(
        letter->sha256,
        QString::fromLatin1(
            QCryptographicHash::hash(letter->html.toUtf8(), QCryptographicHash::Sha256).toHex()));
    QVERIFY(!letter->isSent());
    const QList<BreachLetter> stored = letters.letters(number, MustRead());
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored.first().html, letter->html);
    QCOMPARE(stored.first().personId, m_linked);
    // Made is not sent: the person is not informed yet.
    auto breach = BreachService(Session { *m_store, m_clock }).get(number, MustRead());
    QVERIFY(breach);
    QVERIFY(!breach->linkedPersons.first().informedOn.isValid());

    QVERIFY(!letters.recordDispatch(number, letter->id, QDate(2026, 4, 3), u"per post"_s,
                                    BsnCheck::Refuse,
                                    &error)); // tomorrow
    QCOMPARE(error.code, ServiceError::Code::Invalid);
    QVERIFY2(letters.recordDispatch(number, letter->id, QDate(2026, 4, 2), u"per post"_s,
                                    BsnCheck::Refuse, &error),
             qPrintable(error.message));
    QVERIFY(!letters.recordDispatch(number, letter->id, QDate(2026, 4, 2), u"per post"_s,
                                    BsnCheck::Refuse,
                                    &error)); // once
    breach = BreachService(Session { *m_store, m_clock }).get(number, MustRead());
    QCOMPARE(breach->linkedPersons.first().informedOn, QDate(2026, 4, 2));
    QCOMPARE(letters.letters(number, MustRead()).first().sentHow, u"per post"_s);
    const QStringList actions = breachActions(*m_store, number);
    QVERIFY2(actions.contains(u"breach.letter"_s), qPrintable(actions.join(u' ')));
    const auto sent = actions.indexOf(u"breach.letter_sent"_s);
    QVERIFY(sent > actions.indexOf(u"breach.letter"_s));
    QCOMPARE(actions.value(sent + 1), u"breach.person-informed"_s);
    // On a server the letter, its dispatch and the person
    // marked informed are each described by their own event, in the maker's own name: none is
    // taken for a change by hand.
    if (m_store->isServer()) {
        QSqlQuery query(m_store->database());
        QVERIFY(query.exec(u"SELECT count(*) FROM audit_events WHERE action = 'sql.changed'"_s)
                && query.next());
        QCOMPARE(query.value(0).toInt(), 0);
    }
}

void TestBreachLetters::ownPlaceholders()
{
    const LetterKind breach = LetterKind::KennisgevingDatalek;
    QVERIFY(LetterCodes::isBreachLetter(breach));
    QCOMPARE(codes::from<LetterKind>(u"kennisgeving-datalek"_s), breach);
    QVERIFY(!LetterCodes::kinds().contains(breach));
    QVERIFY(codes::all<LetterKind>().contains(breach));
    QCOMPARE(LetterTemplates::unknownPlaceholders(breach, u"<p>{{verzoek.nummer}}</p>"_s),
             QStringList { u"verzoek.nummer"_s });
    QVERIFY(LetterTemplates::unknownPlaceholders(breach,
                                                 u"<p>{{datalek.gevolgen}} "
                                                 "{{betrokkene.naam}}</p>"_s)
                .isEmpty());
    QCOMPARE(
        LetterTemplates::unknownPlaceholders(LetterKind::Besluit, u"<p>{{datalek.gevolgen}}</p>"_s),
        QStringList { u"datalek.gevolgen"_s });
    // The organisation can keep its own wording of it, checked like every template.
    const QString own = LetterTemplates::defaultHtml(breach).replace(
        u"Het spijt ons dat dit is gebeurd."_s, u"Onze excuses."_s);
    ServiceError error;
    QVERIFY2(LetterService(Session { *m_store, m_clock })
                 .saveTemplate(breach, own, BsnCheck::Refuse, &error),
             qPrintable(error.message));
    QVERIFY(!LetterService(Session { *m_store, m_clock })
                 .saveTemplate(breach, own + u"{{verzoek.nummer}}"_s, BsnCheck::Refuse, &error));
    QCOMPARE(error.code, ServiceError::Code::Invalid);
}

void TestBreachLetters::notOfferedForARequest()
{
    DocumentFixture fixture(*m_store);
    QVERIFY(fixture.setOrganisation());
    const auto request = fixture.addCase(u"Bram Kooistra"_s, u"K2001"_s, { RequestType::Inzage },
                                         QDate(2026, 2, 3));
    QVERIFY(request);
    LetterService letters(Session { *m_store, fixture.clock() });
    for (const LetterAvailability &a : letters.availability(request->number, MustRead()))
        QVERIFY(a.kind != LetterKind::KennisgevingDatalek);
    ServiceError error;
    QVERIFY(!letters.render(request->number, LetterKind::KennisgevingDatalek, &error));
    QCOMPARE(error.code, ServiceError::Code::Invalid);
}

void TestBreachLetters::pdfForTheTenant()
{
    PD_REQUIRE_PDFTOTEXT();
    const QString number = prepare();
    QVERIFY(!number.isEmpty());
    ServiceError error;
    const auto letter
        = BreachLetterService(Session { *m_store, m_clock }).render(number, m_linked, &error);
    QVERIFY2(letter, qPrintable(error.message));
    const QString pdf = m_dir.filePath(u"kennisgeving-%1.pdf"_s.arg(m_count));
    QString writeError;
    int pages = 0;
    QVERIFY2(LetterService::writePdf(letter->html, letter->title, PrintedDocument::Marking::Real,
                                     OutputTarget(pdf, false, m_path), &writeError, &pages),
             qPrintable(writeError));
    if (const QString keep = qEnvironmentVariable("PRIVACYDESK_TEST_KEEP"); !keep.isEmpty()) {
        QFile::remove(keep + u"/kennisgeving.pdf"_s);
        QFile::copy(pdf, keep + u"/kennisgeving.pdf"_s);
    }
    const QString text = DocumentFixture::pdfPages(pdf).join(u'\n').simplified();
    QVERIFY(text.contains(u"Er is iets misgegaan met uw gegevens"_s));
    QVERIFY(text.contains(u"Wat kunt u zelf doen?"_s));
    // The tenant's letter: no "Vertrouwelijk" stamp, Dutch page numbers.
    const QStringList margins = DocumentFixture::pdfMargins(pdf);
    for (int p = 0; p < pages; ++p) {
        QVERIFY(!margins.at(p).contains(PrintedDocument::confidentialText()));
        QVERIFY(margins.at(p).contains(u"pagina %1 van %2"_s.arg(p + 1).arg(pages)));
    }
}

// Without texts of its own for the people the letter falls back to the AP's texts,
// and the officer is told.
void TestBreachLetters::apTextsOnlyWithAWarning()
{
    const QString number = prepare();
    QVERIFY(!number.isEmpty());
    ServiceError error;
    BreachService breaches(Session { *m_store, m_clock });
    std::optional<Breach> b = breaches.get(number, &error);
    QVERIFY2(b, qPrintable(error.message));
    b->subjectsDescription.clear();
    b->subjectsConsequences.clear();
    b->subjectsMeasures.clear();
    QVERIFY2(breaches.update(*b, BsnCheck::Refuse, &error), qPrintable(error.message));
    const auto letter
        = BreachLetterService(Session { *m_store, m_clock }).render(number, m_linked, &error);
    QVERIFY2(letter, qPrintable(error.message));
    const QString text = LetterTemplates::plainText(letter->html).simplified();
    QVERIFY(text.contains(BreachDocumentFixture::description().simplified()));
    QVERIFY(text.contains(BreachDocumentFixture::consequences().simplified()));
    QVERIFY(text.contains(BreachDocumentFixture::measuresTaken().simplified()));
    QVERIFY2(letter->warning.contains(u"written for the AP"_s)
                 && letter->warning.contains(
                     u"what happened, the likely consequences and what we did"_s),
             qPrintable(letter->warning));
    b->subjectsMeasures = BreachDocumentFixture::subjectsMeasures();
    // One of the two written: the warning names the other.
    b->subjectsDescription = BreachDocumentFixture::subjectsDescription();
    QVERIFY2(breaches.update(*b, BsnCheck::Refuse, &error), qPrintable(error.message));
    const auto half
        = BreachLetterService(Session { *m_store, m_clock }).render(number, m_linked, &error);
    QVERIFY2(half, qPrintable(error.message));
    QVERIFY2(half->warning.contains(u"about the likely consequences"_s), qPrintable(half->warning));
    QVERIFY(!half->warning.contains(u"what happened"_s));
}

// The advice to watch the bank account only when an account number leaked.
void TestBreachLetters::bankAdviceForAnAccountNumber()
{
    Breach b;
    b.data = { DataCategory::Rekeningnummer };
    const QString advice
        = BreachLetterService::values(b, OrganisationDetails {}).value(u"datalek.advies"_s);
    QVERIFY2(advice.contains(u"Kijk de komende maanden goed naar uw bankrekening."_s),
             qPrintable(advice));
    b.data = { DataCategory::Betaalgegevens, DataCategory::Inkomen };
    const QString payments
        = BreachLetterService::values(b, OrganisationDetails {}).value(u"datalek.advies"_s);
    QVERIFY(!payments.contains(u"bankrekening"_s));
    QVERIFY(payments.contains(u"Wij vragen u nooit om geld naar een ander rekeningnummer"_s));
    b.data = { DataCategory::Naw };
    QVERIFY(!BreachLetterService::values(b, OrganisationDetails {})
                 .value(u"datalek.advies"_s)
                 .contains(u"rekeningnummer"_s));
    QCOMPARE(codes::from<DataCategory>(u"rekeningnummer"), DataCategory::Rekeningnummer);
}

// The advice said "Wij vragen u nooit per e-mail of telefoon om ...
// een kopie van uw identiteitsbewijs" while the organisation's own identification request asks
// for that copy by e-mail. No sentence of the letter that says what we never ask may name what
// our own requests ask for.
void TestBreachLetters::adviceNeverDeniesWhatWeAsk()
{
    // The template's fixed sentences and the advice for every kind of data.
    Breach b;
    b.data = codes::all<DataCategory>();
    const QString text
        = LetterTemplates::plainText(
              LetterTemplates::defaultHtml(LetterKind::KennisgevingDatalek)
              + BreachLetterService::values(b, OrganisationDetails {}).value(u"datalek.advies"_s))
              .simplified();
    QString asked;
    for (LetterKind kind : { LetterKind::VerzoekIdentificatie, LetterKind::VerzoekMachtiging })
        asked += LetterTemplates::plainText(LetterTemplates::defaultHtml(kind)).toLower();
    // The identification request does ask for a copy of the ID, by e-mail too.
    QVERIFY(asked.contains(u"stuur de kopie per e-mail"_s));
    const QStringList sentences = text.split(u". "_s);
    int nevers = 0;
    for (const QString &sentence : sentences) {
        if (!sentence.contains(u"nooit"_s))
            continue;
        ++nevers;
        for (const QString &thing : { u"identiteitsbewijs"_s, u"wachtwoord"_s, u"pincode"_s }) {
            if (asked.contains(thing))
                QVERIFY2(!sentence.contains(thing), qPrintable(sentence));
        }
    }
    QVERIFY(nevers > 0);
    // Still warned against: someone asking for a copy of the ID out of the blue.
    QVERIFY2(text.contains(u"Vraagt iemand u om een kopie van uw identiteitsbewijs, terwijl u zelf "
                           "niets bij ons heeft aangevraagd? Stuur die dan niet"_s),
             qPrintable(text));
    QVERIFY(text.contains(u"Wij vragen u nooit per e-mail of telefoon om een wachtwoord of een "
                          "pincode."_s));
}

// The letter said "Daarom krijgt u deze brief (artikel 34 AVG)"
// while the risk was assessed as "risico" and the officer chose to inform the people anyway.
// Art. 34 obliges only at a high risk: then the letter says plainly why it comes.
void TestBreachLetters::article34OnlyAtAHighRisk()
{
    const QString number = prepare();
    QVERIFY(!number.isEmpty());
    ServiceError error;
    BreachLetterService letters(Session { *m_store, m_clock });
    const auto high = letters.render(number, m_linked, &error);
    QVERIFY2(high, qPrintable(error.message));
    QVERIFY(LetterTemplates::plainText(high->html)
                .simplified()
                .contains(u"Daarom krijgt u deze brief (artikel 34 AVG)."_s));

    BreachService breaches(Session { *m_store, m_clock });
    QVERIFY2(breaches.assess(number,
                             { BreachRisk::Risico,
                               u"Naam en adres, geen bijzondere gegevens."_s,
                               { BreachCriterion::SeverityOfConsequences } },
                             BsnCheck::Refuse, &error),
             qPrintable(error.message));
    QVERIFY2(breaches.recordSubjectsDecision(number, true,
                                             u"Wij willen huurders waarschuwen voor oplichters."_s,
                                             BsnCheck::Refuse, &error),
             qPrintable(error.message));
    const auto chosen = letters.render(number, m_linked, &error);
    QVERIFY2(chosen, qPrintable(error.message));
    const QString text = LetterTemplates::plainText(chosen->html).simplified();
    QVERIFY2(!text.contains(u"artikel 34"_s), qPrintable(text));
    QVERIFY2(text.contains(u"Wij denken niet dat het grote gevolgen voor u heeft. Toch willen wij "
                           "dat u het weet. Dan kunt u goed opletten."_s),
             qPrintable(text));
    QVERIFY2(chosen->warning.isEmpty(), qPrintable(chosen->warning));

    // An organisation's own template from before still cites art. 34: the officer is told.
    QString old = LetterTemplates::defaultHtml(LetterKind::KennisgevingDatalek);
    old.replace(u"{{datalek.reden}}"_s,
                u"Het kan voor u gevolgen hebben. Daarom krijgt u deze brief (artikel 34 AVG)."_s);
    QVERIFY2(LetterService(Session { *m_store, m_clock })
                 .saveTemplate(LetterKind::KennisgevingDatalek, old, BsnCheck::Refuse, &error),
             qPrintable(error.message));
    const auto own = letters.render(number, m_linked, &error);
    QVERIFY2(own, qPrintable(error.message));
    QVERIFY2(own->warning.contains(u"article 34 does not oblige this letter"_s),
             qPrintable(own->warning));
}

// A leaked phone number was told as "Uw telefoonnummer en
// e-mailadres." (the only code was contact). Each is its own category; contact still means both.
void TestBreachLetters::phoneNumberIsNoEmailAddress()
{
    Breach b;
    b.data = { DataCategory::Naw, DataCategory::Telefoonnummer };
    QHash<QString, QString> values = BreachLetterService::values(b, OrganisationDetails {});
    QString data = LetterTemplates::plainText(values.value(u"datalek.gegevens"_s));
    QVERIFY2(data.contains(u"Uw telefoonnummer."_s), qPrintable(data));
    QVERIFY2(!data.contains(u"e-mailadres"_s), qPrintable(data));
    QVERIFY(values.value(u"datalek.advies"_s).contains(u"voordoen als u"_s));
    b.data = { DataCategory::Emailadres };
    values = BreachLetterService::values(b, OrganisationDetails {});
    data = LetterTemplates::plainText(values.value(u"datalek.gegevens"_s));
    QVERIFY2(data.contains(u"Uw e-mailadres."_s) && !data.contains(u"telefoonnummer"_s),
             qPrintable(data));
    QVERIFY(values.value(u"datalek.advies"_s).contains(u"voordoen als u"_s));
    b.data = { DataCategory::Contact };
    data = LetterTemplates::plainText(
        BreachLetterService::values(b, OrganisationDetails {}).value(u"datalek.gegevens"_s));
    QVERIFY2(data.contains(u"Uw telefoonnummer en e-mailadres."_s), qPrintable(data));
}

// A list of names leaked; "naam en adres" was the only choice, so the letter
// told 412 tenants their address leaked. The name is a category of its own, and so is the
// address; naw still means both.
void TestBreachLetters::nameAloneIsNoAddress()
{
    QCOMPARE(codes::from<DataCategory>(u"naam"), DataCategory::Naam);
    QCOMPARE(codes::from<DataCategory>(u"adres"), DataCategory::Adres);
    QCOMPARE(codes::from<DataCategory>(u"naw"), DataCategory::Naw);
    Breach b;
    b.data = { DataCategory::Naam };
    QHash<QString, QString> values = BreachLetterService::values(b, OrganisationDetails {});
    QString data = LetterTemplates::plainText(values.value(u"datalek.gegevens"_s));
    QVERIFY2(data.contains(u"Uw naam."_s), qPrintable(data));
    QVERIFY2(!data.contains(u"adres"_s), qPrintable(data));
    QVERIFY(values.value(u"datalek.advies"_s).contains(u"voordoen als u"_s));
    b.data = { DataCategory::Adres };
    data = LetterTemplates::plainText(
        BreachLetterService::values(b, OrganisationDetails {}).value(u"datalek.gegevens"_s));
    QVERIFY2(data.contains(u"Uw adres."_s) && !data.contains(u"naam"_s), qPrintable(data));
    // Art. 19: a disclosure of name and address holds the name, and the name is part of it.
    QVERIFY(DataCategoryCodes::overlapping(DataCategory::Naam).contains(DataCategory::Naw));
    QVERIFY(DataCategoryCodes::overlapping(DataCategory::Naw).contains(DataCategory::Adres));
    QVERIFY(!DataCategoryCodes::overlapping(DataCategory::Naam).contains(DataCategory::Adres));
}

// "overig" could not be described, so the letter said "andere gegevens: zie
// hierboven wat er is gebeurd". The officer's words for the other data are printed (art. 34(2)
// with art. 33(3)(a) AVG); without them the letter warns the officer.
void TestBreachLetters::otherDataInOurWords()
{
    Breach b;
    b.data = { DataCategory::Naam, DataCategory::Overig };
    b.dataText = u"de datum en het onderwerp van uw gesprek met de wijkconsulent."_s;
    const QString data = LetterTemplates::plainText(
        BreachLetterService::values(b, OrganisationDetails {}).value(u"datalek.gegevens"_s));
    QVERIFY2(data.contains(u"Andere gegevens: de datum en het onderwerp van uw gesprek met de "
                           "wijkconsulent."_s),
             qPrintable(data));
    QVERIFY2(!data.contains(u"zie hierboven"_s) && !data.contains(u".."_s), qPrintable(data));

    const QString number = prepare();
    QVERIFY(!number.isEmpty());
    ServiceError error;
    auto breach = BreachService(Session { *m_store, m_clock }).get(number, &error);
    QVERIFY2(breach, qPrintable(error.message));
    breach->data = { DataCategory::Naam, DataCategory::Overig };
    breach->dataText.clear();
    QVERIFY2(BreachService(Session { *m_store, m_clock }).update(*breach, BsnCheck::Refuse, &error),
             qPrintable(error.message));
    BreachLetterService letters(Session { *m_store, m_clock });
    auto rendered = letters.render(number, m_linked, &error);
    QVERIFY2(rendered, qPrintable(error.message));
    QVERIFY2(rendered->warning.contains(u"'Other' without a description"_s),
             qPrintable(rendered->warning));
    breach->dataText = u"de datum van uw gesprek"_s;
    QVERIFY2(BreachService(Session { *m_store, m_clock }).update(*breach, BsnCheck::Refuse, &error),
             qPrintable(error.message));
    rendered = letters.render(number, m_linked, &error);
    QVERIFY2(rendered, qPrintable(error.message));
    QVERIFY2(!rendered->warning.contains(u"'Other'"_s), qPrintable(rendered->warning));
    QVERIFY2(LetterTemplates::plainText(rendered->html)
                 .contains(u"Andere gegevens: de datum van uw gesprek."_s),
             qPrintable(rendered->html));
    // Read back as stored; words without "overig" are refused.
    QCOMPARE(BreachService(Session { *m_store, m_clock }).get(number, &error)->dataText,
             u"de datum van uw gesprek"_s);
    breach->data = { DataCategory::Naam };
    QVERIFY(
        !BreachService(Session { *m_store, m_clock }).update(*breach, BsnCheck::Refuse, &error));
    QCOMPARE(error.code, ServiceError::Code::Invalid);
}

QTEST_MAIN(TestBreachLetters)
#include "tst_breachletters.moc"
