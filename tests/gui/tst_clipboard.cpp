// Copies of personal data on the clipboard (ui/SensitiveClipboard): marked for clipboard
// managers, cleared after the (here shortened) delay or at once on lock, and left alone when
// something else was copied meanwhile; the copies that Qt's own widgets make (a line edit, a
// table's Ctrl+C, a text browser) are marked and cleared the same way once watch() is on.
//
// The offscreen platform's clipboard lives inside this process, so "something else was copied"
// is simulated by a plain QClipboard::setText while no watcher runs; with a watcher that same
// call is (rightly) taken for one of our widgets' copies.

#include "SensitiveClipboard.h"

#include <QApplication>
#include <QClipboard>
#include <QLineEdit>
#include <QMimeData>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using pd::ui::SensitiveClipboard;

namespace {

QClipboard *clipboard()
{
    return QGuiApplication::clipboard();
}

const QString personName = u"Annemarie van der Plas-Hoogeveen"_s;

} // namespace

class TestClipboard final : public QObject
{
    Q_OBJECT

private slots:
    void init() { clipboard()->clear(); }

    void copyIsMarked()
    {
        SensitiveClipboard sensitive;
        sensitive.copy(personName);
        QCOMPARE(clipboard()->text(), personName);
        const QMimeData *data = clipboard()->mimeData();
        QVERIFY(pd::ui::isMarkedSensitive(data));
        QCOMPARE(data->data(QLatin1StringView(SensitiveClipboard::passwordManagerHintFormat)),
                 "secret"_ba);
        QVERIFY(data->hasFormat(QLatin1StringView(SensitiveClipboard::markerFormat)));
        QVERIFY(sensitive.isClearPending());
        QCOMPARE(SensitiveClipboard::defaultClearDelay, 30000ms);
        QCOMPARE(sensitive.clearDelay(), SensitiveClipboard::defaultClearDelay);

        // A plain copy is not marked: the check can fail.
        clipboard()->setText(personName);
        QVERIFY(!pd::ui::isMarkedSensitive(clipboard()->mimeData()));
    }

    void clearedAfterTheDelay()
    {
        SensitiveClipboard sensitive;
        sensitive.setClearDelay(20ms);
        sensitive.copy(personName);
        QCOMPARE(clipboard()->text(), personName);
        QTRY_VERIFY(!sensitive.isClearPending());
        QCOMPARE(clipboard()->text(), QString());
    }

    void otherCopyIsLeftAlone()
    {
        SensitiveClipboard sensitive;
        sensitive.setClearDelay(20ms);
        sensitive.copy(personName);
        clipboard()->setText(u"iets anders"_s); // another program's copy
        QTRY_VERIFY(!sensitive.isClearPending());
        QCOMPARE(clipboard()->text(), u"iets anders"_s);

        // Nor does clearing at once (the lock) touch it.
        sensitive.copy(personName);
        clipboard()->setText(u"nog iets anders"_s);
        sensitive.clear();
        QCOMPARE(clipboard()->text(), u"nog iets anders"_s);
    }

    void laterCopyOfOursIsTheOneCleared()
    {
        // The second copy replaces the first and its token: clearing takes the second away.
        SensitiveClipboard sensitive;
        sensitive.setClearDelay(1h);
        sensitive.copy(u"eerste"_s);
        sensitive.copy(personName);
        QCOMPARE(clipboard()->text(), personName);
        sensitive.clear();
        QCOMPARE(clipboard()->text(), QString());
        QVERIFY(!sensitive.isClearPending());
    }

    void clearedAtOnceOnLock()
    {
        SensitiveClipboard sensitive;
        sensitive.setClearDelay(1h);
        sensitive.copy(personName);
        sensitive.clear();
        QCOMPARE(clipboard()->text(), QString());
        QVERIFY(!sensitive.isClearPending());
        sensitive.clear(); // twice is fine

        pd::ui::copySensitive(personName); // the application's instance
        QVERIFY(pd::ui::isMarkedSensitive(clipboard()->mimeData()));
        pd::ui::clearSensitiveClipboard();
        QCOMPARE(clipboard()->text(), QString());
    }

    void widgetCopiesAreMarkedWhenWatched()
    {
        SensitiveClipboard sensitive;
        sensitive.setClearDelay(20ms);

        QLineEdit edit(personName);
        edit.selectAll();
        edit.copy();
        QCOMPARE(clipboard()->text(), personName);
        QVERIFY(!pd::ui::isMarkedSensitive(clipboard()->mimeData())); // not watched yet
        QVERIFY(!sensitive.isClearPending());

        sensitive.watch();
        edit.copy();
        QCOMPARE(clipboard()->text(), personName);
        QVERIFY(pd::ui::isMarkedSensitive(clipboard()->mimeData()));
        QVERIFY(sensitive.isClearPending());
        QTRY_VERIFY(!sensitive.isClearPending());
        QCOMPARE(clipboard()->text(), QString());
    }

    void tableCopyIsMarked()
    {
        SensitiveClipboard sensitive;
        sensitive.setClearDelay(1h);
        sensitive.watch();
        QStandardItemModel model(1, 2);
        model.setItem(0, 0, new QStandardItem(u"AVG-2026-0001"_s));
        model.setItem(0, 1, new QStandardItem(personName));
        QTableView view;
        view.setModel(&model);
        view.setCurrentIndex(model.index(0, 1));
        QTest::keySequence(&view, QKeySequence::Copy); // QAbstractItemView copies the cell
        QCOMPARE(clipboard()->text(), personName);
        QVERIFY(pd::ui::isMarkedSensitive(clipboard()->mimeData()));
        sensitive.clear();
        QCOMPARE(clipboard()->text(), QString());
    }

    void richTextKeepsItsHtml()
    {
        SensitiveClipboard sensitive;
        sensitive.setClearDelay(1h);
        sensitive.watch();
        QTextBrowser browser;
        browser.setHtml(u"<p><b>"_s + personName + u"</b></p>"_s);
        browser.selectAll();
        browser.copy();
        const QMimeData *data = clipboard()->mimeData();
        QVERIFY(pd::ui::isMarkedSensitive(data));
        QCOMPARE(data->text(), personName);
        QVERIFY(data->hasHtml());
        QVERIFY(data->html().contains(personName));
        sensitive.clear();
        QCOMPARE(clipboard()->text(), QString());
    }
};

QTEST_MAIN(TestClipboard)
#include "tst_clipboard.moc"
