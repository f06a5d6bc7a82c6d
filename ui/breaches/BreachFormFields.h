#pragma once

#include <QDateTime>
#include <QString>

class QDateTimeEdit;
class QLabel;
class QPlainTextEdit;
class QWidget;

// The fields the data-breach dialogs share (BreachDialog.cpp and BreachDialogs.cpp): moments typed
// as Dutch wall-clock time, free texts of a few lines, and the grey hints under a field.
namespace pd::ui::breachfields {

// A moment is typed as the wall-clock time in Europe/Amsterdam, whatever zone the computer is
// set to. The editor keeps it as a UTC date-time only as a container for that wall-clock time,
// so that no hour is skipped or moved by the computer's own zone; BreachCodes reads it as
// Amsterdam time (and refuses the hour that does not exist when summer time starts).
QDateTimeEdit *momentEdit(QWidget *parent);
void setMoment(QDateTimeEdit *edit, const QDateTime &utc);
QDateTime momentOf(const QDateTimeEdit *edit);

QPlainTextEdit *textEdit(QWidget *parent, int lines = 3);
QString text(const QPlainTextEdit *edit); // trimmed
QLabel *hint(const QString &text, QWidget *parent);
// "Dutch time (Europe/Amsterdam)", translated in the context of BreachFormDialog.
QString zoneHint();

} // namespace pd::ui::breachfields
