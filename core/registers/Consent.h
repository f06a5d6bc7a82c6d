#pragma once

#include <QDate>
#include <QString>

namespace pd {

struct PersonConsent
{
    qint64 id = 0;
    qint64 personId = 0;
    QString klantnummer; // the person's, as read
    QString personName;
    QString purpose; // free text: "nieuwsbrief", "enquêtes", "foto's op de website"
    QDate givenOn;
    QString givenHow; // the proof: "formulier mijn ieder1", "e-mail", ...
    QString recordedBy; // who recorded the consent
    QDate withdrawnOn; // invalid: not withdrawn
    QString withdrawnHow;
    QString withdrawnBy; // who recorded the withdrawal

    bool active() const { return !withdrawnOn.isValid(); }
};

} // namespace pd
