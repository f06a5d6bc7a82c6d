#pragma once

// Who a data subject is, to find and replace them in the texts and intake drafts that stay.
// Private to the planner (core/retention/Retention*.cpp).

#include "util/ServiceError.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

namespace pd::retention {

struct Identity
{
    qint64 personId = 0;
    QString name;
    QString klantnummer;
    QString street; // with the house number when there is one
    QString postcode;
    QString phone;
    QString email;
};

bool draftNames(const QJsonObject &fields, const Identity &who);
QString scrubbed(const QString &text, const Identity &who);
// false with *error when the read failed or the person is gone.
bool readIdentity(const QSqlDatabase &db, qint64 personId, Identity *who, ServiceError *error);

} // namespace pd::retention
