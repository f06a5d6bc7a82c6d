#pragma once

#include <QByteArray>
#include <QClipboard>
#include <QObject>
#include <QString>

#include <chrono>

class QMimeData;
class QTimer;

namespace pd::ui {

// Whatever leaves Privacydesk through the clipboard is treated as personal data: names,
// addresses, case notes, a recovery key. Each copy is
//   - marked for clipboard managers and histories: "x-kde-passwordManagerHint" = "secret"
//     (Klipper and other managers honour it) and, on Windows, the
//     ExcludeClipboardContentFromMonitorProcessing and CanIncludeInClipboardHistory = 0
//     formats (Win+V history, cloud clipboard, monitoring tools);
//   - taken off the clipboard again after clearDelay(), and at once by clear() (lock, quit),
//     but only while the clipboard still holds this copy: a marker format carries a random
//     token per copy, so text the user copied elsewhere meanwhile is never touched.
//
// Two ways in. copy() for a copy action of our own. watch() for the copies Qt's widgets make
// by themselves (Ctrl+C or the context menu in a selectable label, a line edit or a text
// browser, and Ctrl+C in a table, where QAbstractItemView copies the current cell): when the
// clipboard changes and this process put the unmarked data there, the same text (and HTML) is
// put back, marked. The X11 selection (middle click) is treated the same way.
//
// Not covered: macOS has no cheap equivalent of the hint through Qt (its concealed pasteboard
// type needs a native converter); a clipboard manager that ignores the hint may have read the
// data in the moment before it was marked or cleared.
class SensitiveClipboard final : public QObject
{
    Q_OBJECT
public:
    // Long enough to paste a name or an address into a mail, a form or a register; short
    // enough that it does not linger for whoever uses the computer next.
    static constexpr std::chrono::milliseconds defaultClearDelay { 30000 };

    static constexpr auto passwordManagerHintFormat = "x-kde-passwordManagerHint";
    // Random bytes of our own per copy: "is this still what we put there?"
    static constexpr auto markerFormat = "application/x-privacydesk-copy";

    explicit SensitiveClipboard(QObject *parent = nullptr);
    ~SensitiveClipboard() override;

    // The application's one instance (a child of qApp), which also clears on aboutToQuit.
    static SensitiveClipboard *instance();

    void setClearDelay(std::chrono::milliseconds delay) { m_delay = delay; }
    std::chrono::milliseconds clearDelay() const { return m_delay; }

    // Puts text on the clipboard, marked, and starts the clear timer.
    void copy(const QString &text);
    // Takes our copies off the clipboard (and the selection) now, if they are still there.
    void clear();
    // Marks and times the copies that widgets of this process make (see above).
    void watch();

    // True while a copy waits for its clear timer (tests).
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

// SensitiveClipboard::instance()->copy(text): for every copy action of personal data.
void copySensitive(const QString &text);
// SensitiveClipboard::instance()->clear(): when the desk locks.
void clearSensitiveClipboard();

// The marks of a copy, for tests and anyone checking a QMimeData: the password-manager hint is
// present (and, on Windows, the history exclusion formats).
bool isMarkedSensitive(const QMimeData *data);

} // namespace pd::ui
