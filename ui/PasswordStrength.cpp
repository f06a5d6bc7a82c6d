#include "PasswordStrength.h"

#include <QString>

#include <array>
#include <cmath>

namespace pd::ui {
namespace {

// Words that top the leaked-password lists in the Netherlands and elsewhere, plus words a
// housing corporation's staff might reach for. Compared after lower-casing and stripping
// digits and symbols at both ends.
constexpr std::array commonPasswords = {
    u"wachtwoord",  u"welkom",    u"password",   u"passwort",      u"qwerty",  u"azerty",
    u"letmein",     u"iloveyou",  u"admin",      u"administrator", u"geheim",  u"secret",
    u"hallo",       u"hello",     u"welcome",    u"monkey",        u"dragon",  u"football",
    u"voetbal",     u"ajax",      u"feyenoord",  u"psv",           u"zomer",   u"winter",
    u"lente",       u"herfst",    u"voorjaar",   u"summer",        u"spring",  u"autumn",
    u"privacy",     u"woning",    u"huurder",    u"corporatie",    u"wonen",   u"sunshine",
    u"princess",    u"abc",       u"qwertyuiop", u"asdfgh",        u"zxcvbn",  u"changeme",
    u"test",        u"gebruiker", u"user",       u"login",         u"master",  u"liefde",
    u"schatje",     u"nederland", u"amsterdam",  u"rotterdam",     u"utrecht", u"kluis",
    u"privacydesk", u"avg",       u"gdpr",
};

bool isCommonPassword(QStringView password)
{
    QString core = password.toString().toLower();
    auto isFiller = [](QChar ch) {
        return !ch.isLetter();
    };
    while (!core.isEmpty() && isFiller(core.front()))
        core.remove(0, 1);
    while (!core.isEmpty() && isFiller(core.back()))
        core.chop(1);
    // Letters only after stripping: "1234567890" has no core and is judged by its runs.
    if (core.isEmpty())
        return false;
    // Common substitutions: p@ssw0rd, w3lk0m.
    core.replace(u'@', u'a').replace(u'0', u'o').replace(u'3', u'e').replace(u'1', u'i');
    core.replace(u'$', u's');
    for (const auto word : commonPasswords) {
        if (core == word)
            return true;
    }
    return false;
}

} // namespace

PasswordStrength PasswordStrength::estimate(QStringView password)
{
    PasswordStrength result;
    const auto length = password.size();
    result.m_tooShort = length < minimumLength;
    if (length == 0)
        return result;

    bool lower = false, upper = false, digit = false, symbol = false, other = false;
    qsizetype cheap = 0; // characters that repeat or continue a run of the previous one
    for (qsizetype i = 0; i < length; ++i) {
        const QChar ch = password.at(i);
        if (ch.isDigit())
            digit = true;
        else if (ch.unicode() < 128 && ch.isLower())
            lower = true;
        else if (ch.unicode() < 128 && ch.isUpper())
            upper = true;
        else if (ch.unicode() < 128)
            symbol = true;
        else
            other = true;
        if (i > 0) {
            const int step = int(ch.unicode()) - int(password.at(i - 1).unicode());
            if (step >= -1 && step <= 1)
                ++cheap;
        }
    }
    const int pool = (lower ? 26 : 0) + (upper ? 26 : 0) + (digit ? 10 : 0) + (symbol ? 33 : 0)
        + (other ? 100 : 0);
    const int classes = int(lower) + int(upper) + int(digit) + int(symbol) + int(other);
    const auto effective = length - cheap;
    result.m_bits = double(effective) * std::log2(double(qMax(pool, 2)));
    result.m_repetitive = cheap * 2 >= length; // at least half the characters are a run
    result.m_common = isCommonPassword(password);
    result.m_fewClasses = classes == 1 && length < 16;

    if (result.m_common)
        result.m_bits = qMin(result.m_bits, 10.0);
    result.m_score = int(qBound(0.0, result.m_bits * 100.0 / 80.0, 100.0));

    if (result.m_tooShort || result.m_common || result.m_repetitive || result.m_bits < 45)
        result.m_level = Level::Weak;
    else if (result.m_bits < 65)
        result.m_level = Level::Fair;
    else
        result.m_level = Level::Strong;
    if (result.m_level != Level::Strong)
        result.m_score = qMin(result.m_score, result.m_level == Level::Weak ? 30 : 65);
    return result;
}

QString PasswordStrength::levelText() const
{
    switch (m_level) {
    case Level::Weak:
        return tr("Weak");
    case Level::Fair:
        return tr("Fair");
    case Level::Strong:
        return tr("Strong");
    }
    return {};
}

QString PasswordStrength::advice() const
{
    if (m_common)
        return tr("This is one of the passwords that attackers try first.");
    if (m_tooShort)
        return tr("Use at least %n characters.", nullptr, minimumLength);
    if (m_repetitive)
        return tr("Avoid repeated or consecutive characters such as \"aaaa\" or \"1234\".");
    if (m_level != Level::Strong && m_fewClasses)
        return tr("Make it longer, or mix letters, digits and symbols.");
    if (m_level != Level::Strong)
        return tr("Make it longer: a sentence of several words is strong and easy to remember.");
    return {};
}

QString PasswordStrength::newPasswordProblem(const QString &password, const QString &repeat)
{
    if (password.size() < minimumLength)
        return tr("The password needs at least %n characters.", nullptr, minimumLength);
    if (estimate(password).isCommon())
        return tr("This password is on the list of most used passwords. Choose another one.");
    if (repeat.isEmpty())
        return tr("Repeat the password.");
    if (repeat != password)
        return tr("The two passwords are not the same.");
    return {};
}

} // namespace pd::ui
