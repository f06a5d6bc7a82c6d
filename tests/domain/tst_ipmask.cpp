#include "domain/IpMask.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString Rest6 = u":XXXX:XXXX:XXXX:XXXX:XXXX"_s;

} // namespace

class tst_IpMask final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void inText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("masked");

        // IPv4 (domain.md: Domijn "192.168.1.1 wijzigen in 192.168.1.XXX")
        QTest::newRow("domain example") << u"192.168.1.1"_s << u"192.168.1.XXX"_s;
        QTest::newRow("in a sentence") << u"Verzonden vanaf 192.168.1.1 om 10:15"_s
                                       << u"Verzonden vanaf 192.168.1.XXX om 10:15"_s;
        QTest::newRow("full stop after") << u"IP: 10.0.0.1."_s << u"IP: 10.0.0.XXX."_s;
        QTest::newRow("two full stops after") << u"1.1.1.1.."_s << u"1.1.1.XXX.."_s;
        QTest::newRow("colon before") << u"ip:10.0.0.1"_s << u"ip:10.0.0.XXX"_s;
        QTest::newRow("parentheses") << u"(8.8.8.8)"_s << u"(8.8.8.XXX)"_s;
        QTest::newRow("query string") << u"ip=127.0.0.1&x=1"_s << u"ip=127.0.0.XXX&x=1"_s;
        QTest::newRow("with port") << u"192.168.1.1:8080"_s << u"192.168.1.XXX:8080"_s;
        QTest::newRow("URL") << u"http://203.0.113.7:8080/form"_s
                             << u"http://203.0.113.XXX:8080/form"_s;
        QTest::newRow("two addresses")
            << u"van 10.0.0.1 naar 10.0.0.2"_s << u"van 10.0.0.XXX naar 10.0.0.XXX"_s;
        QTest::newRow("comma list") << u"1.1.1.1,2.2.2.2"_s << u"1.1.1.XXX,2.2.2.XXX"_s;
        QTest::newRow("CSV row") << u"2024-03-12;198.51.100.23;webformulier"_s
                                 << u"2024-03-12;198.51.100.XXX;webformulier"_s;
        QTest::newRow("lowest") << u"0.0.0.0"_s << u"0.0.0.XXX"_s;
        QTest::newRow("highest") << u"255.255.255.255"_s << u"255.255.255.XXX"_s;
        QTest::newRow("leading zeros") << u"010.020.003.004"_s << u"010.020.003.XXX"_s;
        QTest::newRow("label glued to a hex word")
            << u"interface:10.0.0.1"_s << u"interface:10.0.0.XXX"_s;
        QTest::newRow("leading dots") << u"...10.0.0.1"_s << u"...10.0.0.XXX"_s;
        QTest::newRow("after a time") << u"10:15:192.0.2.1"_s << u"10:15:192.0.2.XXX"_s;
        QTest::newRow("after a non-ASCII letter and space")
            << u"Müller 1.2.3.4"_s << u"Müller 1.2.3.XXX"_s;
        QTest::newRow("no-break space before") << u"IP\u00A01.2.3.4"_s << u"IP\u00A01.2.3.XXX"_s;
        QTest::newRow("version of four numbers (known false positive)")
            << u"Qt 6.4.2.1"_s << u"Qt 6.4.2.XXX"_s;
        // Not IPv4 addresses
        QTest::newRow("five numbers") << u"versie 1.2.3.4.5"_s << u"versie 1.2.3.4.5"_s;
        QTest::newRow("octet above 255") << u"300.1.1.1"_s << u"300.1.1.1"_s;
        QTest::newRow("last octet above 255") << u"1.2.3.256"_s << u"1.2.3.256"_s;
        QTest::newRow("four digits") << u"1234.1.1.1"_s << u"1234.1.1.1"_s;
        QTest::newRow("three numbers") << u"1.2.3"_s << u"1.2.3"_s;
        QTest::newRow("date") << u"12.03.2024"_s << u"12.03.2024"_s;
        QTest::newRow("empty octet") << u"1.2..3.4"_s << u"1.2..3.4"_s;
        QTest::newRow("letter before") << u"v1.2.3.4"_s << u"v1.2.3.4"_s;
        QTest::newRow("underscore before") << u"_1.2.3.4"_s << u"_1.2.3.4"_s;
        QTest::newRow("letter after") << u"1.2.3.4a"_s << u"1.2.3.4a"_s;
        QTest::newRow("dot and letter after") << u"1.2.3.4.x"_s << u"1.2.3.4.x"_s;
        QTest::newRow("amount") << u"€ 1.250,00"_s << u"€ 1.250,00"_s;
        QTest::newRow("time") << u"om 10:15:30 gebeld"_s << u"om 10:15:30 gebeld"_s;
        QTest::newRow("postcode") << u"1234 AB"_s << u"1234 AB"_s;
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("no address") << u"Geen adres."_s << u"Geen adres."_s;

        // IPv6: the /48 stays, the rest becomes XXXX
        QTest::newRow("v6 full") << u"2001:0DB8:85A3:0000:0000:8A2E:0370:7334"_s
                                 << u"2001:db8:85a3"_s + Rest6;
        QTest::newRow("v6 compressed")
            << u"2001:db8:85a3::8a2e:370:7334"_s << u"2001:db8:85a3"_s + Rest6;
        QTest::newRow("v6 short") << u"vanaf 2001:db8::1 ingediend"_s
                                  << u"vanaf 2001:db8:0"_s + Rest6 + u" ingediend"_s;
        QTest::newRow("v6 trailing ::") << u"2001:db8::"_s << u"2001:db8:0"_s + Rest6;
        QTest::newRow("v6 1:2:3:4:5:6:7::") << u"1:2:3:4:5:6:7::"_s << u"1:2:3"_s + Rest6;
        QTest::newRow("v6 eight groups") << u"1:2:3:4:5:6:7:8"_s << u"1:2:3"_s + Rest6;
        QTest::newRow("loopback") << u"::1"_s << u"0:0:0"_s + Rest6;
        QTest::newRow("loopback in text") << u"vanaf ::1."_s << u"vanaf 0:0:0"_s + Rest6 + u"."_s;
        QTest::newRow("link-local with zone")
            << u"fe80::1%eth0"_s << u"fe80:0:0"_s + Rest6 + u"%eth0"_s;
        QTest::newRow("IPv4-mapped") << u"::ffff:192.168.1.1"_s << u"::ffff:192.168.1.XXX"_s;
        QTest::newRow("IPv4-mapped upper case") << u"::FFFF:10.0.0.1"_s << u"::ffff:10.0.0.XXX"_s;
        QTest::newRow("IPv4-mapped in hex") << u"::ffff:c0a8:101"_s << u"::ffff:192.168.1.XXX"_s;
        QTest::newRow("IPv4-mapped full")
            << u"0:0:0:0:0:ffff:192.168.1.1"_s << u"::ffff:192.168.1.XXX"_s;
        QTest::newRow("NAT64 with IPv4 tail") << u"64:ff9b::192.0.2.33"_s << u"64:ff9b:0"_s + Rest6;
        QTest::newRow("bracketed with port")
            << u"[2001:db8::1]:443"_s << u"[2001:db8:0"_s + Rest6 + u"]:443"_s;
        QTest::newRow("bracketed loopback") << u"[::1]:8080"_s << u"[0:0:0"_s + Rest6 + u"]:8080"_s;
        QTest::newRow("URL") << u"https://[2001:db8:1:2::5]/formulier"_s
                             << u"https://[2001:db8:1"_s + Rest6 + u"]/formulier"_s;
        QTest::newRow("label before") << u"IP:2001:db8::1"_s << u"IP:2001:db8:0"_s + Rest6;
        QTest::newRow("label glued to a hex word")
            << u"interface:2001:db8::1"_s << u"interface:2001:db8:0"_s + Rest6;
        // Glued to a word, the part after the first colon is read on its own (harmless).
        QTest::newRow("glued to a word") << u"x2001:db8::1"_s << u"x2001:db8:0:0"_s + Rest6;
        QTest::newRow("colon after")
            << u"adres 2001:db8::1: onbekend"_s << u"adres 2001:db8:0"_s + Rest6 + u": onbekend"_s;
        QTest::newRow("v6 and v4 in one text")
            << u"2001:db8::5 en 192.0.2.1"_s << u"2001:db8:0"_s + Rest6 + u" en 192.0.2.XXX"_s;
        // Not IPv6 addresses
        QTest::newRow("C++ scope") << u"std::vector"_s << u"std::vector"_s;
        QTest::newRow("scope after space") << u"zie Foo::bar"_s << u"zie Foo::bar"_s;
        QTest::newRow("hex word pair without digits") << u"dead::beef"_s << u"dead::beef"_s;
        QTest::newRow("double colon alone") << u"a :: b"_s << u"a :: b"_s;
        QTest::newRow("MAC address") << u"00:1a:2b:3c:4d:5e"_s << u"00:1a:2b:3c:4d:5e"_s;
        QTest::newRow("two gaps") << u"1::2::3"_s << u"1::2::3"_s;
        QTest::newRow("nine groups") << u"1:2:3:4:5:6:7:8:9"_s << u"1:2:3:4:5:6:7:8:9"_s;
        QTest::newRow("group of five hex digits") << u"12345::1"_s << u"12345::1"_s;
        QTest::newRow("letter after") << u"2001:db8::1g"_s << u"2001:db8::1g"_s;
        QTest::newRow("C++ scope in a sentence")
            << u"zie QString::arg()"_s << u"zie QString::arg()"_s;
        QTest::newRow("MAC address with label")
            << u"mac:00:1a:2b:3c:4d:5e"_s << u"mac:00:1a:2b:3c:4d:5e"_s;
        QTest::newRow("triple colon") << u"1:::2"_s << u"1:::2"_s;
        QTest::newRow("score") << u"uitslag 2:1"_s << u"uitslag 2:1"_s;
    }

    void inText()
    {
        QFETCH(QString, text);
        QFETCH(QString, masked);
        QCOMPARE(pd::maskIpAddresses(text), masked);
        // Masking is stable: a masked text is left as it is.
        QCOMPARE(pd::maskIpAddresses(masked), masked);
    }

    void single_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("masked");

        QTest::newRow("v4") << u"192.168.1.1"_s << u"192.168.1.XXX"_s;
        QTest::newRow("v4 whitespace") << u"  10.0.0.1 \n"_s << u"10.0.0.XXX"_s;
        QTest::newRow("v4 port") << u"192.168.1.1:8080"_s << u"192.168.1.XXX:8080"_s;
        QTest::newRow("v4 port 65535") << u"1.2.3.4:65535"_s << u"1.2.3.XXX:65535"_s;
        QTest::newRow("v6") << u"2001:db8:85a3::8a2e:370:7334"_s << u"2001:db8:85a3"_s + Rest6;
        QTest::newRow("v6 upper case") << u"2001:DB8:ABCD:0012::1"_s << u"2001:db8:abcd"_s + Rest6;
        QTest::newRow("v6 loopback") << u"::1"_s << u"0:0:0"_s + Rest6;
        QTest::newRow("v6 unbracketed 443 is a group")
            << u"2001:db8::1:443"_s << u"2001:db8:0"_s + Rest6;
        QTest::newRow("v6 bracketed") << u"[2001:db8::1]"_s << u"[2001:db8:0"_s + Rest6 + u"]"_s;
        QTest::newRow("v6 bracketed port")
            << u"[2001:db8::1]:443"_s << u"[2001:db8:0"_s + Rest6 + u"]:443"_s;
        QTest::newRow("v6 zone") << u"fe80::1%eth0"_s << u"fe80:0:0"_s + Rest6 + u"%eth0"_s;
        QTest::newRow("v6 mapped") << u"::ffff:192.168.1.1"_s << u"::ffff:192.168.1.XXX"_s;
        QTest::newRow("v6 mapped bracketed port")
            << u"[::ffff:10.1.2.3]:80"_s << u"[::ffff:10.1.2.XXX]:80"_s;
    }

    // One address alone, as a log line or a form field holds it.
    void single()
    {
        QFETCH(QString, address);
        QFETCH(QString, masked);
        QCOMPARE(pd::maskIpAddresses(address.trimmed()), masked);
    }

    void randomIpv4()
    {
        auto *random = QRandomGenerator::global();
        for (int k = 0; k < 2000; ++k) {
            const QString prefix = u"%1.%2.%3."_s.arg(random->bounded(256))
                                       .arg(random->bounded(256))
                                       .arg(random->bounded(256));
            const QString address = prefix + QString::number(random->bounded(256));
            const QString expected = prefix + u"XXX"_s;
            QCOMPARE(pd::maskIpAddresses(address), expected);
            QCOMPARE(pd::maskIpAddresses(QString(u"IP " + address + u", ok")),
                     QString(u"IP " + expected + u", ok"));
        }
    }

    // Rough numbers only (never asserted).
    void performance()
    {
        QStringList rows;
        rows.reserve(100'000);
        for (int k = 0; k < 100'000; ++k) {
            rows.append(
                u"%1;2024-03-12 10:15:30;10.%2.%3.%4;2001:db8:%5::1;std::string;versie 6.4.2"_s
                    .arg(k)
                    .arg(k % 256)
                    .arg(k / 256 % 256)
                    .arg(k % 7)
                    .arg(k % 4096, 0, 16));
        }
        QElapsedTimer timer;
        timer.start();
        qsizetype size = 0;
        for (const QString &row : rows)
            size += pd::maskIpAddresses(row).size();
        qDebug("100000 rows: %lld ms (%lld characters out)",
               static_cast<long long>(timer.elapsed()), static_cast<long long>(size));
        QVERIFY(size > 0);
    }
};

QTEST_GUILESS_MAIN(tst_IpMask)
#include "tst_ipmask.moc"
