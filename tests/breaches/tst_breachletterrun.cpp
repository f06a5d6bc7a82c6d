// The art. 34 letter to everyone linked to a breach at once (BreachLetterRun), on both
// backends: one letter per person with an address, recorded each, in one PDF by postcode (then
// name); the people without a complete address listed and left out; a cancelled run leaves its
// letters and no PDF, and the run that goes on gives no one a second letter; a run over earlier
// letters needs resume; a number the BSN guard stops refuses the letter, never confirmed by the
// batch; and every letter made and not sent is recorded as sent at once.

#include "BreachDocumentFixture.h"
#include "BreachPeople.h"
#include "DocumentFixture.h"
#include "TestSupport.h"
#include "letters/BreachLetterRun.h"
#include "letters/BreachLetters.h"
#include "letters/LetterRepository.h"
#include "session/Session.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;
using namespace pd;
using namespace pd::test;

namespace {

const QStringList surnames
    = { u"Aalders"_s,   u"Bakker"_s,   u"Claassen"_s, u"Dekker"_s, u"Evers"_s,    u"Fransen"_s,
        u"Gerritsen"_s, u"Hendriks"_s, u"Jacobs"_s,   u"Kok"_s,    u"Leenders"_s, u"Mulder"_s,
        u"Nijhof"_s,    u"Ootes"_s,    u"Peters"_s,   u"Quint"_s,  u"Rutten"_s,   u"Smit"_s,
        u"Timmer"_s,    u"Verbeek"_s,  u"Wouters"_s,  u"Yilmaz"_s, u"Zwart"_s,    u"Brouwer"_s,
        u"Visser"_s,    u"Meijer"_s };

// 26 people with an address (two share a postcode, the later name in the file first), and three
// without a complete one: no address at all, no postcode or city, no city.
QList<ImportedPerson> people()
{
    QList<ImportedPerson> list;
    for (int i = 0; i < surnames.size(); ++i) {
        // Postcodes falling while the file goes on: the file's order is not the post's.
        const QString postcode = u"%1AB"_s.arg(9800 - 300 * i);
        list << ImportedPerson { u"R%1"_s.arg(i + 1, 3, 10, QChar(u'0')),
                                 u"Bewoner "_s + surnames.at(i), u"Meeuwlaan %1"_s.arg(i + 1),
                                 postcode, u"Utrecht"_s };
    }
    list[4].postcode = u"5000XY"_s; // "Bewoner Evers"
    list[3].postcode = u"5000XY"_s; // "Bewoner Dekker", before Evers by name
    list << ImportedPerson { u"R101"_s, u"Zonder Adres"_s, {}, {}, {} };
    list << ImportedPerson { u"R102"_s, u"Alleen Straat"_s, u"Duinweg 4"_s, {}, {} };
    list << ImportedPerson { u"R103"_s, u"Zonder Plaats"_s, u"Duinweg 6"_s, u"1200CD"_s, {} };
    return list;
}

// The names of the people with an address, as the post sorts them.
QStringList postOrder()
{
    QList<QPair<QString, QString>> sorted;
    for (const ImportedPerson &p : people()) {
        if (!p.street.isEmpty() && !p.postcode.isEmpty() && !p.city.isEmpty())
            sorted << qMakePair(p.postcode, p.name);
    }
    sorted << qMakePair(u"3512PN"_s, DocumentFixture::personName());
    std::sort(sorted.begin(), sorted.end());
    QStringList names;
    for (const auto &p : sorted)
        names << p.second;
    return names;
}

int countEvents(const Store &store, const QString &number, const QString &action)
{
    QSqlQuery query(store.database());
    query.prepare(u"SELECT count(*) FROM audit_events WHERE entity_type = 'breach' AND "
                  "entity_id = ? AND action = ?"_s);
    query.addBindValue(number);
    query.addBindValue(action);
    return query.exec() && query.next() ? query.value(0).toInt() : -1;
}

} // namespace

class TestBreachLetterRun final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void everyoneByPostcode();
    void cancelledThenResumed();
    void earlierLettersNeedResume();
    void lettersSentAtOnce();
    void bsnRefusesTheLetter();
    void emailWithoutAddressesIsThePost();
    void addressDecidesThePost();

private:
    QString prepare()
    {
        BreachDocumentFixture fixture(*m_store);
        const QString number = fixture.breach();
        if (number.isEmpty()) {
            qWarning("fixture: %s", qPrintable(fixture.error()));
            return {};
        }
        m_clock.set(QDateTime(QDate(2026, 4, 2), QTime(10, 0), Qt::UTC));
        QString error;
        if (!importAndLink(session(), number, people(), &error)) {
            qWarning("people: %s", qPrintable(error));
            return {};
        }
        return number;
    }
    Session session() const { return Session { *m_store, m_clock }; }
    BreachLetterRunOptions options(const QString &number, const QString &file,
                                   bool resume = false) const
    {
        BreachLetterRunOptions o;
        o.number = number;
        o.pdf = OutputTarget(m_dir.filePath(file), false, m_store->directory());
        o.resume = resume;
        return o;
    }
    // Per person, how many letters the breach has.
    QHash<qint64, int> lettersPerPerson(const QString &number) const
    {
        ServiceError error;
        QHash<qint64, int> count;
        const auto letters
            = LetterRepository::breachLettersTo(m_store->database(), number, {}, false, &error);
        for (const BreachLetter &letter : letters.value_or(QList<BreachLetter> {}))
            ++count[letter.personId];
        return count;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    FixedClock m_clock { QDateTime(QDate(2026, 4, 2), QTime(10, 0), Qt::UTC) };
    int m_count = 0;
};

void TestBreachLetterRun::initTestCase()
{
    QVERIFY(initSodium());
    QVERIFY(m_dir.isValid());
    PD_REQUIRE_PDFTOTEXT();
}

void TestBreachLetterRun::init()
{
    m_store = createServiceStore(m_dir.filePath(u"kluis%1"_s.arg(++m_count)));
    QVERIFY(m_store);
}

void TestBreachLetterRun::cleanup()
{
    m_store.reset();
}

void TestBreachLetterRun::everyoneByPostcode()
{
    const QString number = prepare();
    QVERIFY(!number.isEmpty());
    ServiceError error;
    QList<int> progress;
    const auto result = BreachLetterRun::run(
        session(), options(number, u"brieven.pdf"_s),
        [&progress](int done, int total) { progress << done * 100 + total; }, nullptr, &error);
    QVERIFY2(result, qPrintable(error.message));
    QCOMPARE(result->total, 30);
    QCOMPARE(progress.size(), 30);
    QCOMPARE(progress.constLast(), 30 * 100 + 30);
    QCOMPARE(result->made, 27);
    QCOMPARE(result->alreadyMade, 0);
    QCOMPARE(result->inPdf, 27);
    QVERIFY(result->pdfWritten);
    QVERIFY(result->refused.isEmpty());
    QStringList without;
    for (const BreachLetterRunPerson &p : result->withoutAddress)
        without << p.klantnummer;
    without.sort();
    QCOMPARE(without, QStringList({ u"R101"_s, u"R102"_s, u"R103"_s }));
    QVERIFY(!result->everyoneServed());

    // One letter each, recorded as the single letter is.
    const QHash<qint64, int> perPerson = lettersPerPerson(number);
    QCOMPARE(perPerson.size(), 27);
    for (int n : perPerson)
        QCOMPARE(n, 1);
    QCOMPARE(countEvents(*m_store, number, u"breach.letter"_s), 27);

    // One PDF, a letter after another, by postcode and then name.
    const QStringList pages = DocumentFixture::pdfPages(m_dir.filePath(u"brieven.pdf"_s));
    QCOMPARE(pages.size(), result->pages);
    QVERIFY(result->pages >= 27);
    const QString text = pages.join(u'\n').simplified();
    qsizetype at = -1;
    for (const QString &name : postOrder()) {
        const qsizetype found = text.indexOf(name);
        QVERIFY2(found > at, qPrintable(name + u" is not after the letter before it"_s));
        at = found;
    }
    for (const QString &left : { u"Zonder Adres"_s, u"Alleen Straat"_s, u"Zonder Plaats"_s })
        QVERIFY2(!text.contains(left), qPrintable(left));
    // Each letter starts a page of its own and says its own page count.
    QCOMPARE(text.count(u"Geachte "_s), 27);
    QVERIFY(pages.constFirst().contains(u"pagina 1 van"_s));
    QCOMPARE(QFile::permissions(m_dir.filePath(u"brieven.pdf"_s))
                 & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
             QFileDevice::Permissions());
    // Never over a file it did not make.
    QVERIFY(!BreachLetterRun::run(session(), options(number, u"brieven.pdf"_s, true), {}, nullptr,
                                  &error));
    QVERIFY2(error.message.contains(u"exists already"_s), qPrintable(error.message));
}

void TestBreachLetterRun::cancelledThenResumed()
{
    const QString number = prepare();
    QVERIFY(!number.isEmpty());
    ServiceError error;
    int madeFirst = 0;
    {
        BreachLetterRun run(session(), options(number, u"eerst.pdf"_s));
        QVERIFY2(run.start(&error), qPrintable(error.message));
        for (int i = 0; i < 10; ++i)
            QVERIFY2(run.step(&error), qPrintable(error.message));
        QCOMPARE(run.done(), 10);
        run.cancel();
        QVERIFY(run.result().cancelled);
        madeFirst = run.result().made;
        // The first by postcode has no city: nine letters.
        QCOMPARE(madeFirst, 9);
        QCOMPARE(run.result().withoutAddress.size(), 1);
    }
    QVERIFY(!QFile::exists(m_dir.filePath(u"eerst.pdf"_s)));
    QCOMPARE(QDir(m_dir.path()).entryList({ u"eerst.pdf*"_s }, QDir::Files), QStringList());
    QCOMPARE(lettersPerPerson(number).size(), madeFirst);

    const auto resumed = BreachLetterRun::run(session(), options(number, u"daarna.pdf"_s, true), {},
                                              nullptr, &error);
    QVERIFY2(resumed, qPrintable(error.message));
    QCOMPARE(resumed->made, 27 - madeFirst);
    QCOMPARE(resumed->alreadyMade, madeFirst);
    // The PDF holds every letter not yet sent: those of the cancelled run too.
    QCOMPARE(resumed->inPdf, 27);
    const QHash<qint64, int> perPerson = lettersPerPerson(number);
    QCOMPARE(perPerson.size(), 27);
    for (int n : perPerson)
        QCOMPARE(n, 1);
    const QString text
        = DocumentFixture::pdfPages(m_dir.filePath(u"daarna.pdf"_s)).join(u'\n').simplified();
    QCOMPARE(text.count(u"Geachte "_s), 27);
    // The stored text is what is printed: the letters of the first run keep their date.
    QVERIFY(text.contains(u"2 april 2026"_s));
}

void TestBreachLetterRun::earlierLettersNeedResume()
{
    const QString number = prepare();
    QVERIFY(!number.isEmpty());
    ServiceError error;
    // One letter made alone, as `breach letter` makes it.
    QVERIFY(lettersPerPerson(number).isEmpty());
    const auto breach = BreachService(session()).get(number, &error);
    QVERIFY(breach);
    const auto tenant
        = std::find_if(breach->linkedPersons.cbegin(), breach->linkedPersons.cend(),
                       [](const BreachPerson &p) { return p.klantnummer == u"K1001"_s; });
    QVERIFY(tenant != breach->linkedPersons.cend());
    const qint64 first = tenant->id;
    QVERIFY2(BreachLetterService(session()).generate(number, first, BsnCheck::Refuse, &error),
             qPrintable(error.message));
    QVERIFY(!BreachLetterRun::run(session(), options(number, u"x.pdf"_s), {}, nullptr, &error));
    QCOMPARE(error.code, ServiceError::Code::Invalid);
    QVERIFY2(error.message.contains(u"--resume"_s), qPrintable(error.message));
    QVERIFY(!QFile::exists(m_dir.filePath(u"x.pdf"_s)));
    QCOMPARE(lettersPerPerson(number).size(), 1);
    const auto resumed
        = BreachLetterRun::run(session(), options(number, u"x.pdf"_s, true), {}, nullptr, &error);
    QVERIFY2(resumed, qPrintable(error.message));
    QCOMPARE(resumed->alreadyMade, 1);
    QCOMPARE(resumed->made + resumed->alreadyMade, 27);
    QCOMPARE(lettersPerPerson(number).value(first), 1);
}

void TestBreachLetterRun::lettersSentAtOnce()
{
    const QString number = prepare();
    QVERIFY(!number.isEmpty());
    ServiceError error;
    QVERIFY2(BreachLetterRun::run(session(), options(number, u"post.pdf"_s), {}, nullptr, &error),
             qPrintable(error.message));
    m_clock.set(QDateTime(QDate(2026, 4, 3), QTime(12, 0), Qt::UTC));
    BreachLetterService letters(session());
    // Not before the letters were made.
    QVERIFY(!letters.recordDispatchAll(number, QDate(2026, 4, 1), u"per post"_s, BsnCheck::Refuse,
                                       &error));
    QCOMPARE(countEvents(*m_store, number, u"breach.letter_sent"_s), 0);
    const auto sent = letters.recordDispatchAll(number, QDate(2026, 4, 3), u"per post"_s,
                                                BsnCheck::Refuse, &error);
    QVERIFY2(sent, qPrintable(error.message));
    QCOMPARE(*sent, 27);
    QCOMPARE(countEvents(*m_store, number, u"breach.letter_sent"_s), 27);
    QCOMPARE(countEvents(*m_store, number, u"breach.person-informed"_s), 27);
    const auto breach = BreachService(session()).get(number, &error);
    QVERIFY(breach);
    int informed = 0;
    for (const BreachPerson &p : breach->linkedPersons)
        informed += p.informedOn == QDate(2026, 4, 3) ? 1 : 0;
    QCOMPARE(informed, 27);
    for (const BreachLetter &letter : letters.letters(number))
        QCOMPARE(letter.sentHow, u"per post"_s);
    // Nothing left to send: none twice.
    QVERIFY(!letters.recordDispatchAll(number, QDate(2026, 4, 3), u"per post"_s, BsnCheck::Refuse,
                                       &error));
    QCOMPARE(error.code, ServiceError::Code::Invalid);
    // A run after it prints nothing and makes nothing.
    const auto again
        = BreachLetterRun::run(session(), options(number, u"nog.pdf"_s, true), {}, nullptr, &error);
    QVERIFY2(again, qPrintable(error.message));
    QCOMPARE(again->made, 0);
    QCOMPARE(again->alreadySent, 27);
    QCOMPARE(again->inPdf, 0);
    QVERIFY(!again->pdfWritten);
    QVERIFY(!QFile::exists(m_dir.filePath(u"nog.pdf"_s)));
}

void TestBreachLetterRun::bsnRefusesTheLetter()
{
    const QString number = prepare();
    QVERIFY(!number.isEmpty());
    ServiceError error;
    BreachService breaches(session());
    std::optional<Breach> breach = breaches.get(number, &error);
    QVERIFY(breach);
    // Confirmed once by the officer for the register: the letters are checked again.
    breach->subjectsDescription += u" Zaaknummer "_s + elfProefNumber() + u'.';
    QVERIFY2(breaches.update(*breach, BsnCheck::ConfirmedNotBsn, &error),
             qPrintable(error.message));
    const auto result
        = BreachLetterRun::run(session(), options(number, u"bsn.pdf"_s), {}, nullptr, &error);
    QVERIFY2(result, qPrintable(error.message));
    QCOMPARE(result->made, 0);
    QCOMPARE(result->refused.size(), 27);
    QVERIFY2(result->refused.constFirst().reason.contains(u"BSN"_s),
             qPrintable(result->refused.constFirst().reason));
    QVERIFY(!result->refused.constFirst().reason.contains(elfProefNumber()));
    QVERIFY(!result->pdfWritten);
    QVERIFY(lettersPerPerson(number).isEmpty());
}

void TestBreachLetterRun::emailWithoutAddressesIsThePost()
{
    // Nobody here has an e-mail address: with e-mail asked, everyone with an address is in the
    // PDF all the same, and nothing is left for e-mail (sending/BreachLetterMail sends the rest).
    const QString number = prepare();
    QVERIFY(!number.isEmpty());
    BreachLetterRunOptions o = options(number, u"mail.pdf"_s);
    o.email = true;
    ServiceError error;
    const auto result = BreachLetterRun::run(session(), o, {}, nullptr, &error);
    QVERIFY2(result, qPrintable(error.message));
    QCOMPARE(result->byEmail, 0);
    QCOMPARE(result->inPdf, int(postOrder().size()));
}

void TestBreachLetterRun::addressDecidesThePost()
{
    Person person;
    person.street = u"Meeuwlaan 3"_s;
    person.postcode = u"3512PN"_s;
    person.city = u"Utrecht"_s;
    QCOMPARE(BreachLetterRun::route(person, false), BreachLetterRoute::Post);
    person.email = u"bewoner@example.nl"_s;
    QCOMPARE(BreachLetterRun::route(person, false), BreachLetterRoute::Post);
    QCOMPARE(BreachLetterRun::route(person, true), BreachLetterRoute::Email);
    person.email.clear();
    person.city = u"  "_s;
    QCOMPARE(BreachLetterRun::route(person, false), BreachLetterRoute::None);
    QCOMPARE(BreachLetterRun::route(person, true), BreachLetterRoute::None);
}

QTEST_MAIN(TestBreachLetterRun)
#include "tst_breachletterrun.moc"
