// The privacydesk GUI executable: sets up the application and hands over to pd::ui::Application.
#include "Application.h"
#include "CommandLine.h"
#include "Settings.h"
#include "util/Translations.h"

#include <QApplication>
#include <QDir>
#include <QPixmap>
#include <QTimer>
#include <QWidget>

namespace {

// Hidden hook for looking at the GUI without a person at the screen (used under xvfb-run):
//   PRIVACYDESK_SCREENSHOT=/tmp/shot.png [PRIVACYDESK_SCREENSHOT_DELAY=ms] privacydesk --demo
// grabs the active window (or else the first visible top-level window) after the delay
// (default 4000 ms), saves it as PNG and quits. It reads nothing from the store.
void scheduleScreenshot(QApplication &app)
{
    const QString path = qEnvironmentVariable("PRIVACYDESK_SCREENSHOT");
    if (path.isEmpty())
        return;
    bool ok = false;
    int delay = qEnvironmentVariableIntValue("PRIVACYDESK_SCREENSHOT_DELAY", &ok);
    if (!ok)
        delay = 4000;
    QTimer::singleShot(delay, &app, [path] {
        QWidget *window = QApplication::activeWindow();
        if (!window) {
            for (QWidget *candidate : QApplication::topLevelWidgets()) {
                if (candidate->isVisible() && candidate->isWindow()) {
                    window = candidate;
                    break;
                }
            }
        }
        if (window)
            window->grab().save(path, "PNG");
        QCoreApplication::exit(window ? 0 : 1);
    });
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Privacydesk"));
    QApplication::setApplicationName(QStringLiteral("Privacydesk"));
    QApplication::setApplicationDisplayName(QStringLiteral("Privacydesk"));
    QApplication::setApplicationVersion(QStringLiteral(PRIVACYDESK_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("nl.privacydesk.Privacydesk"));

    const QStringList arguments = QApplication::arguments();
    pd::installTranslations(
        pd::ui::CommandLine::peekLanguage(arguments).value_or(pd::ui::settings::language()));
    const auto options = pd::ui::CommandLine::parse(arguments);
    if (!options)
        return 2;

    pd::ui::Application controller;
    QObject::connect(&controller, &pd::ui::Application::quitRequested, &app, &QApplication::quit,
                     Qt::QueuedConnection);
    controller.start({ options->storeDirectory, options->demo });
    scheduleScreenshot(app);
    return QApplication::exec();
}
