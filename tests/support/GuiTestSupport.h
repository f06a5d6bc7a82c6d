#pragma once

// Helpers for the desk's widget tests (privacydesk_guitestsupport, which the GUI tests link: it
// brings Qt Widgets and privacydesk_ui, which privacydesk_testsupport does not link).

#include "TestSupport.h"
#include "crypto/SecureBytes.h"
#include "demo/DemoData.h"
#include "store/Store.h"
#include "util/Translations.h"

#include <QAnyStringView>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QWidget>

#include <memory>

namespace pd::test {

// What a desk test's initTestCase does first: temporary files only in tmp (TMPDIR),
// QStandardPaths' test mode, the application's names as the desk sets them, empty settings, and
// libsodium. False when tmp is not usable or libsodium failed. The language is the test's own.
bool startDeskTest(const QTemporaryDir &tmp);

// A password the way Store and UserService take it.
inline SecureBytes pw(const QString &text)
{
    return SecureBytes::fromUtf8(text);
}

// The child of parent with this object name, or null with a warning that names it.
template<typename T> T *child(const QObject *parent, QAnyStringView name)
{
    T *found = parent->findChild<T *>(name.toString());
    if (!found)
        qWarning("no child %s", qPrintable(name.toString()));
    return found;
}

// The button of box that does the irreversible thing (DestructiveRole), or null.
QAbstractButton *destructiveButton(QMessageBox *box);

// Saves widget as dir/name.png once layouts have settled. An empty dir means no screenshots
// were asked for: nothing is saved and that counts as success.
bool saveShot(QWidget *widget, const QString &dir, const QString &name);

// Where screenshots go: PRIVACYDESK_SHOTS_DIR (PRIVACYDESK_SHOTS is the older name), empty when
// none were asked for. A test that makes screenshots runs every assertion either way: only the
// pictures (and, at most, the size of the demo store behind them) depend on it.
QString shotsDir();

// With a shots folder: the window holding widget as dir/name.png.
void shot(QWidget *widget, const char *name);

// The widget is shown and lies wholly inside its window (not cut by the window's edge).
bool wholeInWindow(const QWidget *widget);

// Both languages of the desk as a test's data rows: a column "language" (UiLanguage), rows "nl"
// and "en"; installRowLanguage installs the current row's and lets the widgets take it in.
void addLanguageRows();
bool installRowLanguage();
// what-<the current data row's tag>: a screenshot's name per row.
QString tagged(const char *what);

// Before the QApplication is made: the offscreen platform's one screen becomes size
// ("fits 1200×800" is measured against a screen of 1200×800, not the platform's default
// 800×600). Nothing changes on another platform (xcb: the real screen counts). A test that uses
// it has its own main(): QTEST_MAIN makes the application first.
void useOffscreenScreen(QSize size);

// Translations from the JSON the lead merges into the .ts files ({"English": "Nederlands"},
// plurals as ["enkelvoud", "meervoud"]), for screenshots before that.
class JsonTranslator final : public QTranslator
{
public:
    explicit JsonTranslator(const QString &path);
    bool isEmpty() const override { return m_map.isEmpty(); }
    QString translate(const char *context, const char *source, const char *disambiguation,
                      int n) const override;

private:
    QJsonObject m_map;
};

} // namespace pd::test
