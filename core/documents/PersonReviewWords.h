#pragma once

// Apart from PersonReview.cpp for its length, not for other users.
#include <QSet>
#include <QString>
#include <QStringView>

namespace pd::reviewwords {

const QSet<QString> &titles();
const QSet<QString> &relationWords();
const QSet<QString> &particles();
const QSet<QString> &notNames();
bool opensLegalTitle(QStringView word);

} // namespace pd::reviewwords
