#include "SensitiveClipboard.h"

#include <QGuiApplication>
#include <QMimeData>
#include <QPointer>
#include <QRandomGenerator>
#include <QTimer>

namespace pd::ui {

namespace {

QClipboard *systemClipboard()
{
    return QGuiApplication::clipboard();
}

#ifdef Q_OS_WIN
// Windows' own clipboard formats for "not for history, cloud or monitors", as Qt names a raw
// Windows format. CanInclude…/CanUpload… want a DWORD 0; the first one only has to be there.
QString windowsFormat(QLatin1StringView name)
{
    return u"application/x-qt-windows-mime;value=\"" + name + u'"';
}
const QLatin1StringView windowsExclusions[] = {
    QLatin1StringView("ExcludeClipboardContentFromMonitorProcessing"),
    QLatin1StringView("CanIncludeInClipboardHistory"),
    QLatin1StringView("CanUploadToCloudClipboard"),
};
#endif

// Whether the data in that mode was put there by this process. The offscreen and minimal
// platforms keep the clipboard inside the process and never report owning it: everything on
// them came from here.
bool ownedByThisProcess(QClipboard::Mode mode)
{
    const QString platform = QGuiApplication::platformName();
    if (platform == QLatin1StringView("offscreen") || platform == QLatin1StringView("minimal"))
        return true;
    return mode == QClipboard::Selection ? systemClipboard()->ownsSelection()
                                         : systemClipboard()->ownsClipboard();
}

QByteArray newToken()
{
    quint64 words[2];
    QRandomGenerator::system()->fillRange(words);
    return QByteArray(reinterpret_cast<const char *>(words), sizeof words).toHex();
}

} // namespace

SensitiveClipboard::SensitiveClipboard(QObject *parent)
    : QObject(parent)
{
    for (Slot *s : { &m_clipboard, &m_selection }) {
        s->timer = new QTimer(this);
        s->timer->setSingleShot(true);
    }
    connect(m_clipboard.timer, &QTimer::timeout, this,
            [this] { clearMode(QClipboard::Clipboard); });
    connect(m_selection.timer, &QTimer::timeout, this,
            [this] { clearMode(QClipboard::Selection); });
}

SensitiveClipboard::~SensitiveClipboard() = default;

SensitiveClipboard *SensitiveClipboard::instance()
{
    static QPointer<SensitiveClipboard> one;
    if (!one) {
        one = new SensitiveClipboard(QCoreApplication::instance());
        // On X11 Qt hands the clipboard to the desktop's clipboard manager when it exits:
        // our copy must be gone before that.
        connect(qApp, &QCoreApplication::aboutToQuit, one, &SensitiveClipboard::clear);
    }
    return one;
}

void SensitiveClipboard::copy(const QString &text)
{
    put(QClipboard::Clipboard, text, {});
}

void SensitiveClipboard::clear()
{
    clearMode(QClipboard::Clipboard);
    if (systemClipboard()->supportsSelection())
        clearMode(QClipboard::Selection);
}

void SensitiveClipboard::watch()
{
    if (m_watching)
        return;
    m_watching = true;
    connect(systemClipboard(), &QClipboard::changed, this, &SensitiveClipboard::changed);
}

bool SensitiveClipboard::isClearPending() const
{
    return m_clipboard.timer->isActive() || m_selection.timer->isActive();
}

SensitiveClipboard::Slot &SensitiveClipboard::slot(QClipboard::Mode mode)
{
    return mode == QClipboard::Selection ? m_selection : m_clipboard;
}

const SensitiveClipboard::Slot &SensitiveClipboard::slot(QClipboard::Mode mode) const
{
    return mode == QClipboard::Selection ? m_selection : m_clipboard;
}

void SensitiveClipboard::put(QClipboard::Mode mode, const QString &text, const QString &html)
{
    auto *mime = new QMimeData;
    mime->setText(text);
    if (!html.isEmpty())
        mime->setHtml(html);
    mime->setData(QLatin1StringView(passwordManagerHintFormat), QByteArrayLiteral("secret"));
#ifdef Q_OS_WIN
    for (const QLatin1StringView name : windowsExclusions)
        mime->setData(windowsFormat(name), QByteArray(4, '\0'));
#endif
    Slot &s = slot(mode);
    // Set before the clipboard changes: changed() sees the marker and leaves this copy alone.
    s.token = newToken();
    mime->setData(QLatin1StringView(markerFormat), s.token);
    systemClipboard()->setMimeData(mime, mode);
    s.timer->start(m_delay);
}

bool SensitiveClipboard::holdsOurCopy(QClipboard::Mode mode) const
{
    const Slot &s = slot(mode);
    if (s.token.isEmpty() || !ownedByThisProcess(mode))
        return false;
    const QMimeData *data = systemClipboard()->mimeData(mode);
    return data && data->hasFormat(QLatin1StringView(markerFormat))
        && data->data(QLatin1StringView(markerFormat)) == s.token;
}

void SensitiveClipboard::clearMode(QClipboard::Mode mode)
{
    Slot &s = slot(mode);
    s.timer->stop();
    if (holdsOurCopy(mode))
        systemClipboard()->clear(mode);
    s.token.clear();
}

void SensitiveClipboard::changed(QClipboard::Mode mode)
{
    if (mode != QClipboard::Clipboard && mode != QClipboard::Selection)
        return;
    if (!ownedByThisProcess(mode))
        return; // another program's copy: not ours to mark or clear
    const QMimeData *data = systemClipboard()->mimeData(mode);
    if (!data || data->hasFormat(QLatin1StringView(markerFormat)) || !data->hasText())
        return;
    const QString text = data->text();
    const QString html = data->hasHtml() ? data->html() : QString();
    if (text.isEmpty())
        return;
    put(mode, text, html); // replaces (and deletes) data
}

void copySensitive(const QString &text)
{
    SensitiveClipboard::instance()->copy(text);
}

void clearSensitiveClipboard()
{
    SensitiveClipboard::instance()->clear();
}

bool isMarkedSensitive(const QMimeData *data)
{
    if (!data
        || data->data(QLatin1StringView(SensitiveClipboard::passwordManagerHintFormat))
            != QByteArrayLiteral("secret"))
        return false;
#ifdef Q_OS_WIN
    for (const QLatin1StringView name : windowsExclusions) {
        if (!data->hasFormat(windowsFormat(name)))
            return false;
    }
#endif
    return true;
}

} // namespace pd::ui
