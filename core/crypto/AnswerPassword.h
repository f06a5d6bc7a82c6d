#pragma once

#include <QString>
#include <QStringList>

namespace pd::AnswerPassword {

// Words from Privacydesk's own list of Dutch words, said by phone, never stored. At most 32
// characters: poppler 22.12 cannot open an AES-256 PDF with a longer password.
constexpr int defaultWords = 5;
constexpr int maxLength = 32;

// Empty only when the resource is missing (a build error).
const QStringList &words();
QString generate(int count = defaultWords);
double entropyBits(int count = defaultWords);
// Never shown nor kept (the encrypted PDF's owner password).
QString throwawaySecret();

} // namespace pd::AnswerPassword
