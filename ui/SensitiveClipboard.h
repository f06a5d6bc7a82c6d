#pragma once

#include <QByteArray>
#include <QClipboard>
#include <QObject>
#include <QString>

#include <chrono>

class QMimeData;
class QTimer;

namespace pd::ui {

// Whatever leaves through the clipboard is treated as personal data. Each copy is marked for
// clipboard managers and histories (the KDE password-manager hint; Windows' history exclusion
// formats) and taken off again after clearDelay() or at clear() (lock, quit), but only while the
// clipboard still holds this copy (a random token per copy). watch() marks the copies Qt's own
// widgets make. Not covered: macOS; a manager ignoring the hint may read it before the clear.
class SensitiveClipboard final : public QObject
{
    Q_OBJECT
public:
    // Long enough to paste into a mail or a form; short enough not to linger for the next user.
    static constexpr std::chrono::milliseconds defaultClearDelay { 30000 };

    static constexpr auto passwordManagerHintFormat = "x-kde-passwordManagerHint";
    static constexpr auto markerFormat = "application/x-privacydesk-copy";

    explicit SensitiveClipboard(QObject *parent = nullptr);
    ~SensitiveClipboard() override;

    // A child of qApp; also clears on aboutToQuit.
    static SensitiveClipboard *instance();

    void setClearDelay(std::chrono::milliseconds delay) { m_delay = delay; }
    std::chrono::milliseconds clearDelay() const { return m_delay; }

    void copy(const QString &text);
    // Only our copies, if they are still there.
    void clear();
    void watch();

    bool isClearPending() const;

private:
    struct Slot
    {
        QTimer *timer = nullptr;
        QByteArray token; // empty: nothing of ours pending in this mode
    };

    void put(QClipboard::Mode mode, const QString &text, const QString &html);
    void clearMode(QClipboard::Mode mode);
    void changed(QClipboard::Mode mode);
    bool holdsOurCopy(QClipboard::Mode mode) const;
    Slot &slot(QClipboard::Mode mode);
    const Slot &slot(QClipboard::Mode mode) const;

    std::chrono::milliseconds m_delay = defaultClearDelay;
    Slot m_clipboard;
    Slot m_selection;
    bool m_watching = false;
};

// For every copy action of personal data.
void copySensitive(const QString &text);
void clearSensitiveClipboard();

// The password-manager hint is present (and on Windows the history exclusion formats).
bool isMarkedSensitive(const QMimeData *data);

} // namespace pd::ui
