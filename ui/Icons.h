#pragma once

#include <QIcon>

namespace pd::ui::icons {

// Painted in code: Debian's Qt ships no SVG plugin by default and we use no third-party icon sets.
QIcon requests(); // an inbox tray: requests that come in
QIcon disclosures(); // an arrow leaving a box: data given to third parties
QIcon retention(); // an hourglass: retention periods
QIcon registers(); // a bound register with lines
QIcon server(); // two stacked server units: a store on a PostgreSQL server
QIcon dashboards(); // a bar chart
QIcon breaches(); // a sheet with a drop leaking from it: data breaches
QIcon lock(); // a closed padlock: the store is encrypted / lock it
QIcon warning(); // a triangle with an exclamation mark: errors and the demo banner
QIcon showPassword();
QIcon hidePassword();
QIcon application(); // a shield with a padlock

} // namespace pd::ui::icons
