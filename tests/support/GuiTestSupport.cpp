#include "GuiTestSupport.h"

#include <QAbstractButton>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QMessageBox>
#include <QTest>

namespace pd::test {

QAbstractButton *destructiveButton(QMessageBox *box)
{
    for (QAbstractButton *button : box->buttons()) {
        if (box->buttonRole(button) == QMessageBox::DestructiveRole)
            return button;
    }
    return nullptr;
}

bool saveShot(QWidget *widget, const QString &dir, const QString &name)
{
    if (dir.isEmpty() || !widget)
        return true;
    QDir().mkpath(dir);
    QTest::qWait(150); // let layouts settle and the window manager map the window
    return widget->grab().save(QDir(dir).filePath(name + u".png"), "PNG");
}

QString shotsDir()
{
    const QString dir = qEnvironmentVariable("PRIVACYDESK_SHOTS_DIR");
    return dir.isEmpty() ? qEnvironmentVariable("PRIVACYDESK_SHOTS") : dir;
}

void shot(QWidget *widget, const char *name)
{
    if (widget)
        saveShot(widget->window(), shotsDir(), QString::fromUtf8(name));
}

JsonTranslator::JsonTranslator(const QString &path)
{
    QFile file(path);
    if (!path.isEmpty() && file.open(QIODevice::ReadOnly))
        m_map = QJsonDocument::fromJson(file.readAll()).object();
}

QString JsonTranslator::translate(const char *, const char *source, const char *, int n) const
{
    const QJsonValue value = m_map.value(QString::fromUtf8(source));
    if (value.isString())
        return value.toString();
    if (value.isArray())
        return value.toArray().at(n == 1 ? 0 : 1).toString();
    return {};
}

} // namespace pd::test
