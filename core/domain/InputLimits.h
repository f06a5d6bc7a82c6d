#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QPair>
#include <QString>

namespace pd {

// One place for input limits, so the CLI, the desk and the import refuse the same input with the
// same sentence: a check returns the translated refusal, or an empty string.
class InputLimits final
{
    Q_DECLARE_TR_FUNCTIONS(pd::InputLimits)
public:
    static constexpr int maxName = 200;
    static constexpr int maxShortText = 500;
    static constexpr int maxLongText = 20000;
    static constexpr int maxPostcode = 16;
    static constexpr int maxPhone = 30;

    static QDate earliestDate() { return { 1990, 1, 1 }; }

    static QString checkLength(const QString &field, const QString &text, int maximum);
    struct Length
    {
        QString field;
        QString text;
        int maximum = maxShortText;
    };
    static QString checkLengths(const QList<Length> &fields);

    // NFKC, invisible characters removed: found by what is typed, printed in every font.
    static QString normalisedIdentifier(const QString &text);

    static QString checkPostcode(const QString &postcode);
    static QString normalisedPostcode(const QString &postcode);
    static QString checkPhone(const QString &phone);
    static QString phoneDigits(const QString &phone);

    static QString checkDate(const QString &field, QDate date);
};

} // namespace pd
