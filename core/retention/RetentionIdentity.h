#pragma once

// Who a data subject is, for destroying them (RetentionDestruction.cpp): the values that identify
// them, and finding and replacing those in the texts and intake drafts that stay. Private to the
// planner: not included outside core/registers/Retention*.cpp.

#include "util/ServiceError.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

namespace pd::retention {

// The values that identify a data subject, to find them in free texts and intake drafts.
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

// Whether an intake draft's fields name the person.
bool draftNames(const QJsonObject &fields, const Identity &who);
// The text with every identifying value of the person replaced by destroyedMark.
QString scrubbed(const QString &text, const Identity &who);
// The person's identifying values; false with *error when the read failed or they are gone.
bool readIdentity(const QSqlDatabase &db, qint64 personId, Identity *who, ServiceError *error);

} // namespace pd::retention
