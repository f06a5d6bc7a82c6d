// The privacydesk GUI executable: sets up the application and hands over to pd::ui::Application.
#include "Application.h"
#include "CommandLine.h"
#include "Settings.h"
#include "util/LogFilter.h"
#include "util/ProcessHardening.h"
#include "util/Translations.h"

#include <QApplication>
#include <QByteArray>
#include <QDir>
#include <QPixmap>
#include <QTimer>
#include <QWidget>

#include <optional>

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

void setNames()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Privacydesk"));
    QCoreApplication::setApplicationName(QStringLiteral("Privacydesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PRIVACYDESK_VERSION));
}

// Parses the command line with translated help; --help and --version exit inside.
std::optional<pd::ui::CommandLine> parseCommandLine()
{
    const QStringList arguments = QCoreApplication::arguments();
    pd::installTranslations(
        pd::ui::CommandLine::peekLanguage(arguments).value_or(pd::ui::settings::language()));
    return pd::ui::CommandLine::parse(arguments);
}

} // namespace

int main(int argc, char **argv)
{
    // Before anything can log or crash: no personal data in log lines, no core dumps.
    pd::hardenProcess();
    pd::forgetLibpqEnvironment();
    pd::providePrivateRuntimeDir(); // a print job never spools into /tmp on disk
    pd::keepTemporaryFilesInMemory();
    pd::installLogFilter();

    // --help and --version must work without a display (over ssh, in scripts): answer them
    // from a QCoreApplication before the GUI connects to the window system.
    for (int i = 1; i < argc; ++i) {
        const QByteArray argument(argv[i]);
        if (argument == "-h" || argument == "--help" || argument == "-?" || argument == "-v"
            || argument == "--version" || argument == "--help-all") {
            QCoreApplication core(argc, argv);
            setNames();
            return parseCommandLine() ? 0 : 2;
        }
    }

    QApplication app(argc, argv);
    setNames();
    QApplication::setApplicationDisplayName(QStringLiteral("Privacydesk"));
    QApplication::setDesktopFileName(QStringLiteral("nl.privacydesk.Privacydesk"));
    const auto options = parseCommandLine();
    if (!options)
        return 2;

    pd::ui::Application controller;
    QObject::connect(&controller, &pd::ui::Application::quitRequested, &app, &QApplication::quit,
                     Qt::QueuedConnection);
    controller.start({ options->storeDirectory, options->demo });
    scheduleScreenshot(app);
    return QApplication::exec();
}
