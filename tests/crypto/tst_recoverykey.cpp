#include "crypto/RecoveryKey.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <array>

using namespace Qt::StringLiterals;
using pd::SecureBytes;

namespace {

QByteArray toQByteArray(const SecureBytes &bytes)
{
    return QByteArray(reinterpret_cast<const char *>(bytes.data()),
                      static_cast<qsizetype>(bytes.size()));
}

SecureBytes fromQByteArray(const QByteArray &bytes)
{
    return SecureBytes::copyOf(reinterpret_cast<const unsigned char *>(bytes.constData()),
                               static_cast<std::size_t>(bytes.size()));
}

} // namespace

class tst_RecoveryKey final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(pd::initSodium()); }

    void generate()
    {
        const SecureBytes a = pd::RecoveryKey::generate();
        const SecureBytes b = pd::RecoveryKey::generate();
        QCOMPARE(a.size(), std::size_t(25));
        QVERIFY(!a.equals(b));
    }

    void formatShape()
    {
        static const QRegularExpression shape(
            u"^[0-9ABCDEFGHJKMNPQRSTVWXYZ]{5}(-[0-9ABCDEFGHJKMNPQRSTVWXYZ]{5}){7}$"_s);
        for (int i = 0; i < 50; ++i) {
            const QString text = pd::RecoveryKey::format(pd::RecoveryKey::generate());
            QCOMPARE(text.size(), 47);
            QVERIFY2(shape.match(text).hasMatch(), qPrintable(text));
        }
    }

    void knownAnswers_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("text");
        QTest::newRow("zeros") << QByteArray(25, '\0')
                               << u"00000-00000-00000-00000-00000-00000-00000-00000"_s;
        QTest::newRow("ones") << QByteArray(25, '\xff')
                              << u"ZZZZZ-ZZZZZ-ZZZZZ-ZZZZZ-ZZZZZ-ZZZZZ-ZZZZZ-ZZZZZ"_s;
        QByteArray counting;
        for (char c = 0; c < 25; ++c)
            counting.append(c);
        // Computed independently (Python, big-endian bit order).
        QTest::newRow("0..24") << counting << u"000G4-0R40M-30E20-9185G-R38E1-W8124-GK2GA-HC5RR"_s;
        QByteArray edges(25, '\0');
        edges[0] = '\x80';
        edges[24] = '\x01';
        QTest::newRow("first and last bit")
            << edges << u"G0000-00000-00000-00000-00000-00000-00000-00001"_s;
    }

    void knownAnswers()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, text);
        QCOMPARE(pd::RecoveryKey::format(fromQByteArray(bytes)), text);
        QCOMPARE(toQByteArray(pd::RecoveryKey::parse(text)), bytes);
    }

    void roundTrip()
    {
        QSet<QString> seen;
        for (int i = 0; i < 500; ++i) {
            const SecureBytes key = pd::RecoveryKey::generate();
            const QString text = pd::RecoveryKey::format(key);
            QVERIFY(!seen.contains(text));
            seen.insert(text);
            const SecureBytes parsed = pd::RecoveryKey::parse(text);
            QVERIFY2(parsed.equals(key), qPrintable(text));
        }
    }

    void formatRejectsWrongSize()
    {
        QVERIFY(pd::RecoveryKey::format(SecureBytes()).isEmpty());
        QVERIFY(pd::RecoveryKey::format(SecureBytes::random(24)).isEmpty());
        QVERIFY(pd::RecoveryKey::format(SecureBytes::random(26)).isEmpty());
        QVERIFY(pd::RecoveryKey::format(SecureBytes::random(32)).isEmpty());
    }

    void normalisation_data()
    {
        QTest::addColumn<QString>("typed");
        const QString canonical = u"01ABC-DEFGH-JKMNP-QRSTV-WXYZ0-11111-00000-98765"_s;
        QTest::newRow("canonical") << canonical;
        QTest::newRow("lower case") << canonical.toLower();
        QTest::newRow("no dashes") << QString(canonical).remove(u'-');
        QTest::newRow("spaces") << QString(canonical).replace(u'-', u' ');
        QTest::newRow("surrounding whitespace") << u"  \t"_s + canonical + u"\n"_s;
        QTest::newRow("odd grouping") << u"01 ABCDE FGHJKMNP-QRSTVWXYZ0--1111100000 98765"_s;
        QTest::newRow("O for 0") << u"O1ABC-DEFGH-JKMNP-QRSTV-WXYZo-11111-OoOOO-98765"_s;
        QTest::newRow("I and L for 1") << u"0IABC-DEFGH-JKMNP-QRSTV-WXYZ0-iLlI1-00000-98765"_s;
    }

    void normalisation()
    {
        QFETCH(QString, typed);
        const SecureBytes expected
            = pd::RecoveryKey::parse(u"01ABC-DEFGH-JKMNP-QRSTV-WXYZ0-11111-00000-98765");
        QCOMPARE(expected.size(), std::size_t(25));
        const SecureBytes parsed = pd::RecoveryKey::parse(typed);
        QVERIFY(parsed.equals(expected));
    }

    void malformed_data()
    {
        QTest::addColumn<QString>("typed");
        const QString valid = u"01ABC-DEFGH-JKMNP-QRSTV-WXYZ0-11111-00000-98765"_s;
        QTest::newRow("empty") << QString();
        QTest::newRow("only separators") << u" - - -  "_s;
        QTest::newRow("39 characters") << valid.left(valid.size() - 1);
        QTest::newRow("41 characters") << valid + u"0"_s;
        QTest::newRow("80 characters") << valid + valid;
        QTest::newRow("U is not Crockford") << u"U"_s + valid.mid(1);
        QTest::newRow("punctuation") << u"*"_s + valid.mid(1);
        QTest::newRow("underscore separator") << QString(valid).replace(u'-', u'_');
        QTest::newRow("non-ASCII letter") << u"\u00c4"_s + valid.mid(1);
        QTest::newRow("fullwidth digit") << u"\uff10"_s + valid.mid(1);
        QTest::newRow("Arabic-Indic digit") << u"\u0660"_s + valid.mid(1);
        QTest::newRow("embedded NUL") << valid.left(20) + QChar(u'\0') + valid.mid(21);
        QTest::newRow("lone surrogate") << QChar(0xd800) + valid.mid(1);
        QTest::newRow("very long") << QString(100000, u'A');
    }

    void malformed()
    {
        QFETCH(QString, typed);
        QVERIFY(pd::RecoveryKey::parse(typed).isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_RecoveryKey)
#include "tst_recoverykey.moc"
