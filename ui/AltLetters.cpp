#include "AltLetters.h"

#include "Named.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QGroupBox>
#include <QKeyEvent>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QTabBar>
#include <QTextEdit>

namespace pd::ui {

bool isWritableText(const QObject *object)
{
    if (const auto *line = qobject_cast<const QLineEdit *>(object))
        return !line->isReadOnly();
    if (const auto *plain = qobject_cast<const QPlainTextEdit *>(object))
        return !plain->isReadOnly();
    if (const auto *text = qobject_cast<const QTextEdit *>(object))
        return !text->isReadOnly();
    return false;
}

namespace {

constexpr char filterName[] = "pdAltLetters";

bool isTextField(const QObject *object)
{
    if (isWritableText(object))
        return true;
    if (const auto *combo = qobject_cast<const QComboBox *>(object))
        return combo->isEditable();
    return qobject_cast<const QAbstractSpinBox *>(object);
}

// Alt (not AltGr, which Qt reports as a group switch or as Ctrl+Alt) with a plain letter or
// digit: what a mnemonic is pressed with. AltGr's own characters (€, ą, @) stay typed.
bool isAltLetter(const QKeyEvent *key)
{
    const Qt::KeyboardModifiers modifiers = key->modifiers();
    if (!(modifiers & Qt::AltModifier)
        || (modifiers & (Qt::ControlModifier | Qt::MetaModifier | Qt::GroupSwitchModifier)))
        return false;
    const QString text = key->text();
    if (text.size() != 1)
        return false;
    const char16_t c = text.at(0).unicode();
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
}

QChar altLetterOf(const QString &text)
{
    const QKeySequence sequence = QKeySequence::mnemonic(text);
    if (sequence.isEmpty())
        return {};
    const int key = sequence[0].key();
    return key >= Qt::Key_0 && key <= Qt::Key_Z ? QChar(key).toLower() : QChar();
}

QSet<QChar> lettersInUse(const QWidget *window)
{
    QSet<QChar> used;
    const auto add = [&used](const QString &text) {
        if (const QChar letter = altLetterOf(text); !letter.isNull())
            used.insert(letter);
    };
    for (const QAbstractButton *button : window->findChildren<QAbstractButton *>())
        add(button->text());
    for (const QLabel *label : window->findChildren<QLabel *>()) {
        if (label->buddy())
            add(label->text());
    }
    for (const QGroupBox *group : window->findChildren<QGroupBox *>())
        add(group->title());
    for (const QTabBar *tabs : window->findChildren<QTabBar *>()) {
        for (int i = 0; i < tabs->count(); ++i)
            add(tabs->tabText(i));
    }
    return used;
}

QString withAltLetter(const QString &text, QSet<QChar> &used)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i).toLower();
        if (c.unicode() > 0x7f || !c.isLetterOrNumber() || used.contains(c))
            continue;
        used.insert(c);
        return text.left(i) + u'&' + text.mid(i);
    }
    return text;
}

class AltLetterFilter final : public QObject
{
public:
    using QObject::QObject;

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        return event->type() == QEvent::KeyPress && isTextField(watched)
            && isAltLetter(static_cast<QKeyEvent *>(event));
    }
};

} // namespace

void giveButtonsAltLetters(QWidget *window)
{
    QSet<QChar> used = lettersInUse(window);
    for (QPushButton *button : window->findChildren<QPushButton *>()) {
        const QString text = button->text();
        if (text.isEmpty() || !altLetterOf(text).isNull())
            continue;
        const QString lettered = withAltLetter(text, used);
        if (lettered != text)
            button->setText(lettered);
    }
}

void keepAltLettersOutOfText()
{
    if (!qApp
        || qApp->findChild<QObject *>(QLatin1StringView(filterName), Qt::FindDirectChildrenOnly))
        return;
    auto *filter = named<AltLetterFilter>(QLatin1StringView(filterName), qApp);
    qApp->installEventFilter(filter);
}

} // namespace pd::ui
