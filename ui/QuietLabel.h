#pragma once

class QLabel;
class QWidget;

namespace pd::ui {

// The disabled text colour made darker again: quieter than the form's labels, enough contrast.
void setQuiet(QWidget *widget);
QLabel *quietLabel(QWidget *parent);

} // namespace pd::ui
