#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringView>

namespace pd {

// Never holds the number itself, only where it is and a masked form.
struct BsnFinding
{
    qsizetype position = 0; // in UTF-16 code units, into the text that was searched
    qsizetype length = 0; // including the dots or spaces inside the number
    QString masked; // e.g. "*****1234" for nine digits, "****1234" for eight
    QString field; // label of the field it was found in; set by BsnGuard::checkFields only
};

// Exactly 8 or 9 ASCII digits. Not the bank 11-proef: 123456789 passes that one and fails this one.
bool passesBsnElfProef(QStringView digits);

// Every 8- or 9-digit number in text that passes the 11-proef, also as a right-to-left override
// shows it, whatever script, separators or invisible characters disguise it. Dates, year
// references, IP addresses, hashes and amounts are no BSN, so that ordinary paperwork does not
// teach users to override the guard. tests/data/bsn_disguises.tsv is the catalogue of what must and
// must not be found. Runs on every keystroke.
QList<BsnFinding> findBsnNumbers(QStringView text);
// text with every number findBsnNumbers finds replaced by its masked form: words from outside
// (a server's answer, a file's name) that are shown or kept.
QString maskBsnNumbers(const QString &text);

// Whether the officer confirmed that a number the BSN guard flags is not a BSN.
enum class BsnCheck { Refuse, ConfirmedNotBsn };

// The one conversion from a checkbox or a command-line option.
constexpr BsnCheck bsnCheckFrom(bool confirmed)
{
    return confirmed ? BsnCheck::ConfirmedNotBsn : BsnCheck::Refuse;
}

// Keeps BSNs out of the store (art. 87 AVG, art. 46 UAVG: a housing corporation has no legal basis
// to record one): every service that stores free text checks with it before it writes.
class BsnGuard final
{
    Q_DECLARE_TR_FUNCTIONS(pd::BsnGuard)
public:
    // allowed false: store nothing and show message. overridden: the user confirmed it is no BSN;
    // store, and record the override's audit event, never the text.
    struct GuardResult
    {
        bool allowed = true;
        QList<BsnFinding> findings;
        bool overridden = false;
        QString message; // the refusal; empty whenever allowed is true
        QJsonObject auditPayload() const { return overridePayload(findings); }
    };

    static QJsonObject overridePayload(const QList<BsnFinding> &findings);

    static QString refusalMessage(const QList<BsnFinding> &findings, const QString &fieldLabel);

    static GuardResult check(QStringView text, const QString &fieldLabel, BsnCheck bsnCheck);

    static GuardResult checkFields(const QList<QPair<QString, QString>> &fields, BsnCheck bsnCheck);
};

} // namespace pd
