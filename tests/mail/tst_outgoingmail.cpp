// The messages Privacydesk sends: composed once, 7-bit with CRLF, and read back by the intake's
// own parser exactly as written (subject, names, text, attachment byte for byte, the thread).

#include "mail/MailMessage.h"
#include "mail/OutgoingMail.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

using namespace pd;
using namespace Qt::StringLiterals;

class TestOutgoingMail : public QObject
{
    Q_OBJECT

private:
    static OutgoingMail sample()
    {
        OutgoingMail mail;
        mail.from = { u"Woonstichting ‘De Zuid’ – Privacy"_s, u"privacy@woonstad.example"_s };
        mail.to = { u"José Çelik-de Vries"_s, u"jose@huurder.example"_s };
        mail.subject = u"Besluit AVG-2026-0001 over uw verzoek — één lange regel met ĳ en € "
                       "die langer is dan vijfenzeventig tekens om het vouwen te proeven"_s;
        mail.text = u"Geachte heer of mevrouw Çelik-de Vries,\n\n.Een regel die met een punt "
                    "begint.\nEen regel met spaties aan het eind   \n"_s
            + QString(300, u'x') + u"\n=3D is geen code\n\nMet vriendelijke groet,\n"_s;
        QByteArray pdf(70000, Qt::Uninitialized);
        for (char &c : pdf)
            c = char(QRandomGenerator::global()->bounded(256));
        mail.attachments = { { u"Besluit AVG-2026-0001.pdf"_s, u"application/pdf"_s, pdf } };
        mail.messageId = outgoing::newMessageId(mail.from.address);
        mail.inReplyTo = u"inzage-1@mail.example"_s;
        mail.references = { mail.inReplyTo };
        mail.date = QDateTime(QDate(2026, 11, 28), QTime(18, 40), Qt::UTC);
        return mail;
    }

private slots:
    void readBackAsWritten()
    {
        const OutgoingMail mail = sample();
        const QByteArray bytes = outgoing::compose(mail);
        const std::optional<MailMessage> read = MailMessage::parse(bytes);
        QVERIFY(read);
        QCOMPARE(read->subject, mail.subject);
        QCOMPARE(read->from.name, mail.from.name);
        QCOMPARE(read->from.address, mail.from.address);
        QCOMPARE(read->to.size(), 1);
        QCOMPARE(read->to.first().name, mail.to.name);
        QCOMPARE(read->messageId, mail.messageId);
        QCOMPARE(read->text.trimmed(), mail.text.trimmed());
        QCOMPARE(read->attachments.size(), 1);
        QCOMPARE(read->attachments.first().fileName, mail.attachments.first().fileName);
        QCOMPARE(read->attachments.first().content, mail.attachments.first().bytes);
        QCOMPARE(read->date.toUTC(), mail.date);
        QVERIFY(bytes.contains("\r\nIn-Reply-To: <inzage-1@mail.example>\r\n"));
        QVERIFY(bytes.contains("\r\nReferences: <inzage-1@mail.example>\r\n"));
        // Winter: the Netherlands are an hour ahead of UTC.
        QVERIFY(bytes.contains("\r\nDate: Sat, 28 Nov 2026 19:40:00 +0100\r\n"));
    }

    void sevenBitWithShortLines()
    {
        const QByteArray bytes = outgoing::compose(sample());
        for (const char c : bytes)
            QVERIFY2(uchar(c) < 0x80 && c != '\0', "a byte outside 7-bit ASCII");
        QVERIFY(!bytes.contains("\n\n"));
        QVERIFY(!bytes.contains("\r\r"));
        for (const QByteArray &line : bytes.split('\n')) {
            QVERIFY2(line.isEmpty() || line.endsWith('\r'), "a line without CRLF");
            QVERIFY2(line.size() <= 79, line.constData());
            // A leading dot would be taken as the end of DATA by a careless relay.
            QVERIFY(!line.startsWith('.'));
        }
    }

    void aFileNameOutsideAsciiKeepsItsName()
    {
        OutgoingMail mail = sample();
        mail.attachments.first().fileName = u"Besluit Çelik – AVG-2026-0001.pdf"_s;
        const std::optional<MailMessage> read = MailMessage::parse(outgoing::compose(mail));
        QVERIFY(read);
        QCOMPARE(read->attachments.first().fileName, mail.attachments.first().fileName);
    }

    void newMessageIdsAreUniqueAndOfTheSendersDomain()
    {
        const QString a = outgoing::newMessageId(u"privacy@woonstad.example"_s);
        const QString b = outgoing::newMessageId(u"privacy@woonstad.example"_s);
        QVERIFY(a != b);
        QVERIFY(a.endsWith(u"@woonstad.example"_s));
        // No digit that the BSN guard could read where the id is recorded.
        QVERIFY(!a.contains(QRegularExpression(u"[0-9]"_s)));
    }

    void addresses_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<bool>("valid");
        QTest::newRow("plain") << u"jan@huurder.example"_s << true;
        QTest::newRow("plus") << u"jan+avg@huurder.nl"_s << true;
        QTest::newRow("name") << u"Jan <jan@huurder.nl>"_s << false;
        QTest::newRow("space") << u"jan @huurder.nl"_s << false;
        QTest::newRow("no domain dot") << u"jan@localhost"_s << false;
        QTest::newRow("two ats") << u"jan@a@huurder.nl"_s << false;
        QTest::newRow("newline") << u"jan@huurder.nl\r\nBcc: x@y.nl"_s << false;
        QTest::newRow("double dot") << u"jan..de@huurder.nl"_s << false;
        QTest::newRow("full-width") << u"jan＠huurder.nl"_s << false;
    }

    void addresses()
    {
        QFETCH(QString, address);
        QFETCH(bool, valid);
        QCOMPARE(outgoing::validAddress(address), valid);
    }
};

QTEST_GUILESS_MAIN(TestOutgoingMail)
#include "tst_outgoingmail.moc"
