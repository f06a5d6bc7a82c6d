#include "crypto/AnswerPassword.h"

#include <QFile>

#include <algorithm>
#include <cmath>
#include <sodium.h>
#include <vector>

namespace pd::AnswerPassword {

const QStringList &words()
{
    static const QStringList list = [] {
        QStringList result;
        QFile file(QStringLiteral(":/words/wachtwoordwoorden.txt"));
        if (!file.open(QIODevice::ReadOnly))
            return result;
        for (const QByteArray &raw : file.readAll().split('\n')) {
            const QString word = QString::fromLatin1(raw.trimmed());
            if (!word.isEmpty() && !word.startsWith(u'#'))
                result << word;
        }
        return result;
    }();
    return list;
}

QString generate(int count)
{
    const QStringList &list = words();
    if (list.isEmpty() || sodium_init() < 0)
        return {};
    // Drawn again while too long: uniform over the passwords of at most maxLength characters.
    for (;;) {
        QStringList chosen;
        for (int i = 0; i < std::clamp(count, 4, 5); ++i)
            chosen << list.at(static_cast<qsizetype>(
                randombytes_uniform(static_cast<std::uint32_t>(list.size()))));
        QString password = chosen.join(u'-');
        if (password.size() <= maxLength)
            return password;
    }
}

double entropyBits(int count)
{
    // How many sequences of count words fit in maxLength characters with their dashes: the
    // number of equally likely passwords generate() draws from.
    const int words = std::clamp(count, 4, 5);
    const int letters = maxLength - (words - 1);
    std::vector<double> ways(static_cast<std::size_t>(letters) + 1, 0.0);
    ways[0] = 1.0;
    for (int i = 0; i < words; ++i) {
        std::vector<double> next(ways.size(), 0.0);
        for (std::size_t used = 0; used < ways.size(); ++used) {
            if (ways[used] == 0.0)
                continue;
            for (const QString &word : AnswerPassword::words()) {
                const std::size_t total = used + static_cast<std::size_t>(word.size());
                if (total < next.size())
                    next[total] += ways[used];
            }
        }
        ways.swap(next);
    }
    double all = 0.0;
    for (const double w : ways)
        all += w;
    return all > 0.0 ? std::log2(all) : 0.0;
}

QString throwawaySecret()
{
    if (sodium_init() < 0)
        return {};
    QByteArray bytes(32, Qt::Uninitialized);
    randombytes_buf(bytes.data(), static_cast<std::size_t>(bytes.size()));
    const QString secret = QString::fromLatin1(bytes.toHex());
    sodium_memzero(bytes.data(), static_cast<std::size_t>(bytes.size()));
    return secret;
}

} // namespace pd::AnswerPassword
