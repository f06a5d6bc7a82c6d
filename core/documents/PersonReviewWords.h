#pragma once

// The word lists of PersonReview's name finder: titles, relation words,
// particles, the capitalised words that are no name, and the words that open the title of a
// law. Apart from PersonReview.cpp for its length, not for other users.
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
