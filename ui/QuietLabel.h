#pragma once

class QLabel;
class QWidget;

namespace pd::ui {

// Secondary text (a hint, an explanation under a field, "last backup: …"): the window text
// colour of a disabled widget made darker again, so it reads as quieter than the form's own
// labels yet keeps enough contrast. One definition for every dialog.
void setQuiet(QWidget *widget);
// A word-wrapped label with quiet text.
QLabel *quietLabel(QWidget *parent);

} // namespace pd::ui
