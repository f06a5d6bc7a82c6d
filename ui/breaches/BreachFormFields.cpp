#include "breaches/BreachFormFields.h"

#include "breaches/Breach.h"
#include "util/Clock.h"

#include <QAbstractButton>
#include <QButtonGroup>
#include <QCoreApplication>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace pd::ui::breachfields {

QDateTimeEdit *momentEdit(QWidget *parent)
{
    auto *edit = new QDateTimeEdit(parent);
    edit->setTimeSpec(Qt::UTC);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat) + QStringLiteral(" HH:mm"));
    return edit;
}

void setMoment(QDateTimeEdit *edit, const QDateTime &utc)
{
    const QDateTime local = organisationTime(utc.isValid() ? utc : QDateTime());
    if (!local.isValid())
        return;
    edit->setDateTime(
        QDateTime(local.date(), QTime(local.time().hour(), local.time().minute()), Qt::UTC));
}

QDateTime momentOf(const QDateTimeEdit *edit)
{
    const QDateTime wall = edit->dateTime();
    return BreachCodes::parseLocalMoment(wall.date().toString(Qt::ISODate) + u'T'
                                         + wall.time().toString(QStringLiteral("HH:mm")));
}

QPlainTextEdit *textEdit(QWidget *parent, int lines)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setTabChangesFocus(true);
    const int line = edit->fontMetrics().lineSpacing();
    edit->setFixedHeight(line * lines + 14);
    return edit;
}

QString text(const QPlainTextEdit *edit)
{
    return edit->toPlainText().trimmed();
}

QLabel *hint(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

QString zoneHint()
{
    return QCoreApplication::translate("pd::ui::BreachFormDialog", "Dutch time (Europe/Amsterdam)");
}

void addMomentRow(QFormLayout *form, const QString &label, QDateTimeEdit *edit, QWidget *parent)
{
    auto *row = new QHBoxLayout;
    row->addWidget(edit);
    row->addWidget(hint(zoneHint(), parent), 1);
    auto *text = new QLabel(label, parent);
    text->setBuddy(edit);
    form->addRow(text, row);
}

QGroupBox *choiceBox(const QString &title, const QList<QAbstractButton *> &buttons, QWidget *parent)
{
    auto *box = new QGroupBox(title, parent);
    auto *group = new QButtonGroup(box);
    auto *layout = new QVBoxLayout(box);
    for (QAbstractButton *button : buttons) {
        group->addButton(button);
        layout->addWidget(button);
    }
    return box;
}

} // namespace pd::ui::breachfields
