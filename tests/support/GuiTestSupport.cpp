#include "GuiTestSupport.h"

#include "TestSupport.h"

#include <QAbstractButton>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

namespace pd::test {

bool startDeskTest(const QTemporaryDir &tmp)
{
    if (!startServiceTest(tmp))
        return false;
    QCoreApplication::setOrganizationName(QStringLiteral("Privacydesk"));
    QCoreApplication::setApplicationName(QStringLiteral("Privacydesk"));
    QSettings().clear();
    return true;
}

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

void useOffscreenScreen(QSize size)
{
    const QByteArray platform = qgetenv("QT_QPA_PLATFORM");
    if (platform != "offscreen")
        return;
    const QJsonObject screen { { u"name"_s, u"Offscreen"_s },
                               { u"x"_s, 0 },
                               { u"y"_s, 0 },
                               { u"width"_s, size.width() },
                               { u"height"_s, size.height() },
                               { u"logicalDpi"_s, 96 },
                               { u"logicalBaseDpi"_s, 96 },
                               { u"dpr"_s, 1 } };
    const QJsonObject config { { u"screens"_s, QJsonArray { screen } } };
    // One file per process: tests running in parallel do not write each other's.
    const QString path
        = QDir::temp().filePath(u"privacydesk-screen-%1x%2-%3.json"_s.arg(size.width())
                                    .arg(size.height())
                                    .arg(QCoreApplication::applicationPid()));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || file.write(QJsonDocument(config).toJson()) < 0) {
        qWarning("the offscreen screen's configuration could not be written to %s",
                 qPrintable(path));
        return;
    }
    file.close();
    qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + QFile::encodeName(path));
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

bool wholeInWindow(const QWidget *widget)
{
    if (!widget || !widget->isVisible())
        return false;
    const QWidget *window = widget->window();
    return window->rect().contains(QRect(widget->mapTo(window, QPoint(0, 0)), widget->size()));
}

void addLanguageRows()
{
    QTest::addColumn<UiLanguage>("language");
    QTest::addRow("nl") << UiLanguage::Dutch;
    QTest::addRow("en") << UiLanguage::English;
}

bool installRowLanguage()
{
    const UiLanguage language
        = *static_cast<const UiLanguage *>(QTest::qData("language", qMetaTypeId<UiLanguage>()));
    if (!installTranslations(language))
        return false;
    QCoreApplication::processEvents(); // LanguageChange reaches the widgets as posted events
    return true;
}

QString tagged(const char *what)
{
    return QString::fromLatin1(what) + u'-' + QString::fromLatin1(QTest::currentDataTag());
}

} // namespace pd::test
