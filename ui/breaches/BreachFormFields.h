#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

class QAbstractButton;
class QDateTimeEdit;
class QFormLayout;
class QGroupBox;
class QLabel;
class QPlainTextEdit;
class QWidget;

namespace pd::ui::breachfields {

// Typed as the wall-clock time in Europe/Amsterdam, whatever the computer's zone: the editor keeps
// it in a UTC date-time only as a container, so that no hour is skipped or moved; BreachCodes
// reads it as Amsterdam time.
QDateTimeEdit *momentEdit(QWidget *parent);
void setMoment(QDateTimeEdit *edit, const QDateTime &utc);
QDateTime momentOf(const QDateTimeEdit *edit);

QPlainTextEdit *textEdit(QWidget *parent, int lines = 3);
QString text(const QPlainTextEdit *edit); // trimmed
QLabel *hint(const QString &text, QWidget *parent);
// Translated in the context of BreachFormDialog.
QString zoneHint();
// The moment under its label, with the zone it is typed in beside it.
void addMomentRow(QFormLayout *form, const QString &label, QDateTimeEdit *edit, QWidget *parent);
// One of the buttons is chosen; framed under the title, one below the other.
QGroupBox *choiceBox(const QString &title, const QList<QAbstractButton *> &buttons,
                     QWidget *parent);

} // namespace pd::ui::breachfields
