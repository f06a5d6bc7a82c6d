// PasswordLineEdit::clearSecret zeroes the field's own text buffer, not a copy of it: a
// reference to the text taken before (QLineEdit::text() hands out its buffer) reads zeros
// afterwards. If Qt ever handed out a copy instead, this test fails: the wipe would then no
// longer reach the password.

#include "PasswordLineEdit.h"

#include <QApplication>
#include <QTest>

using namespace Qt::StringLiterals;
using pd::ui::PasswordLineEdit;

class TestPasswordLineEdit final : public QObject
{
    Q_OBJECT

private slots:
    void clearSecretWipesTheFieldsBuffer()
    {
        PasswordLineEdit edit;
        QTest::keyClicks(&edit, u"geheim-wachtwoord"_s);
        const QString before = edit.text();
        QCOMPARE(before, u"geheim-wachtwoord"_s);
        edit.clearSecret();
        QVERIFY(edit.text().isEmpty());
        QVERIFY(!edit.isModified());
        QCOMPARE(before, QString(17, QChar(0)));
    }

    void revealedFieldToo()
    {
        PasswordLineEdit edit;
        edit.setRevealed(true);
        QTest::keyClicks(&edit, u"correct horse"_s);
        const QString before = edit.text();
        edit.clearSecret();
        QVERIFY(edit.text().isEmpty());
        QCOMPARE(before, QString(13, QChar(0)));
    }
};

QTEST_MAIN(TestPasswordLineEdit)
#include "tst_passwordlineedit.moc"
