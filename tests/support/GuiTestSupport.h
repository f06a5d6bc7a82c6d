#pragma once

// Helpers for the desk's widget tests. Header-only, so that privacydesk_testsupport need not
// link Qt Widgets: the GUI tests get Widgets through privacydesk_ui.

#include "TestSupport.h"
#include "crypto/SecureBytes.h"
#include "demo/DemoData.h"
#include "store/Store.h"

#include <QAnyStringView>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageBox>
#include <QTest>
#include <QTranslator>
#include <QWidget>

#include <memory>

namespace pd::test {

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
inline QAbstractButton *destructiveButton(QMessageBox *box)
{
    for (QAbstractButton *button : box->buttons()) {
        if (box->buttonRole(button) == QMessageBox::DestructiveRole)
            return button;
    }
    return nullptr;
}

// Saves widget as dir/name.png once layouts have settled. An empty dir means no screenshots
// were asked for: nothing is saved and that counts as success.
inline bool saveShot(QWidget *widget, const QString &dir, const QString &name)
{
    if (dir.isEmpty() || !widget)
        return true;
    QDir().mkpath(dir);
    QTest::qWait(150); // let layouts settle and the window manager map the window
    return widget->grab().save(QDir(dir).filePath(name + u".png"), "PNG");
}

// Where screenshots go: PRIVACYDESK_SHOTS_DIR (PRIVACYDESK_SHOTS is the older name), empty when
// none were asked for. A test that makes screenshots runs every assertion either way: only the
// pictures (and, at most, the size of the demo store behind them) depend on it.
inline QString shotsDir()
{
    const QString dir = qEnvironmentVariable("PRIVACYDESK_SHOTS_DIR");
    return dir.isEmpty() ? qEnvironmentVariable("PRIVACYDESK_SHOTS") : dir;
}

// With a shots folder: the window holding widget as dir/name.png.
inline void shot(QWidget *widget, const char *name)
{
    if (widget)
        saveShot(widget->window(), shotsDir(), QString::fromUtf8(name));
}

// Translations from the JSON the lead merges into the .ts files ({"English": "Nederlands"},
// plurals as ["enkelvoud", "meervoud"]), for screenshots before that.
class JsonTranslator final : public QTranslator
{
public:
    explicit JsonTranslator(const QString &path)
    {
        QFile file(path);
        if (!path.isEmpty() && file.open(QIODevice::ReadOnly))
            m_map = QJsonDocument::fromJson(file.readAll()).object();
    }
    bool isEmpty() const override { return m_map.isEmpty(); }
    QString translate(const char *, const char *source, const char *, int n) const override
    {
        const QJsonValue value = m_map.value(QString::fromUtf8(source));
        if (value.isString())
            return value.toString();
        if (value.isArray())
            return value.toArray().at(n == 1 ? 0 : 1).toString();
        return {};
    }

private:
    QJsonObject m_map;
};

} // namespace pd::test
