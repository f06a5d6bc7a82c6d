#pragma once

#include <QString>
#include <QStringList>

namespace pd::AnswerPassword {

// The password of an encrypted answer: words from Privacydesk's own list of common
// Dutch words (resources/words/wachtwoordwoorden.txt: a-z only, no digits, no diacritics, no
// spellings easily misheard over the phone), each chosen with the operating system's CSPRNG
// (randombytes_uniform), joined with '-': "fiets-tulp-haven-klok-molen". Said by phone or
// text message, never stored. At most maxLength characters: poppler 22.12 (Evince, Okular,
// pdftotext) cannot open a PDF with AES-256 (R6) whose password is longer than 32 bytes, so a
// longer draw is drawn again; five words from the list's 1,128 within 32 characters are still
// 50.5 bits (entropyBits()).
constexpr int defaultWords = 5;
constexpr int maxLength = 32;

// The list, in its file's order; empty only when the resource is missing (a build error).
const QStringList &words();
// count (4 or 5; other counts are clamped to that) random words joined with '-', at most
// maxLength characters.
QString generate(int count = defaultWords);
// The entropy of a password of count words: log2 of how many passwords generate() draws
// from (sequences of count words within maxLength characters).
double entropyBits(int count = defaultWords);
// A secret that is never shown nor kept (the encrypted PDF's owner password): 32 random bytes
// as hex.
QString throwawaySecret();

} // namespace pd::AnswerPassword
