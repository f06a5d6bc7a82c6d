#include "demo/DemoDpias.h"

#include "registers/Dpia.h"
#include "registers/ProcessingRegister.h"
#include "store/Store.h"
#include "util/Clock.h"

namespace pd::demo {

namespace {

// The example register's activity named name (ProcessingRegisterExamples.cpp): its sub-code.
QString codeOf(const QList<ProcessingActivity> &activities, const QString &name)
{
    for (const ProcessingActivity &a : activities) {
        if (a.name == name)
            return a.subCode;
    }
    return {};
}

} // namespace

bool addDpias(const Store &store, QDate today, QString *error)
{
    const FixedClock clock(QDateTime(today, QTime(12, 0), organisationTimeZone()).toUTC());
    const Session session(store, clock);
    ServiceError failure;
    const QList<ProcessingActivity> activities = ProcessingRegister(session).list(&failure);
    DpiaRegister dpias(session);
    Dpia camera;
    camera.activityCode = codeOf(activities, QStringLiteral("Cameratoezicht complexen"));
    camera.needed = true;
    camera.apList = { QStringLiteral("cameratoezicht") };
    camera.criteria = { QStringLiteral("monitoring"), QStringLiteral("grootschalig") };
    camera.reason = QStringLiteral("Camera's in portieken en bergingen van vier complexen.");
    camera.assessedOn = today.addYears(-1);
    camera.outcome = QStringLiteral("Beelden vier weken bewaard, alleen bij incident langer; "
                                    "toegang voor twee medewerkers; bordjes bij elke camera.");
    camera.residualRisk = ResidualRisk::Laag;
    camera.reviewOn = today;
    Dpia fraud;
    fraud.activityCode = codeOf(activities, QStringLiteral("Woonfraude en hennepteelt"));
    fraud.needed = true;
    fraud.apList
        = { QStringLiteral("fraudebestrijding"), QStringLiteral("samenwerkingsverbanden") };
    fraud.art35_3 = { QStringLiteral("b") };
    fraud.reason = QStringLiteral("Onderzoek naar woonfraude met gemeente en politie.");
    Dpia login;
    login.activityCode = codeOf(activities, QStringLiteral("Inloggen huurdersportaal"));
    login.needed = false;
    login.criteria = { QStringLiteral("nieuwe-technologie") };
    login.reason = QStringLiteral("Eén criterium; inloggen zonder profilering of monitoring.");
    for (const Dpia &d : { camera, fraud, login }) {
        if (failure.isError() || d.activityCode.isEmpty()
            || !dpias.add(d, BsnCheck::Refuse, &failure)) {
            *error = failure.isError() ? failure.message
                                       : QStringLiteral("the demo register lacks an activity");
            return false;
        }
    }
    return true;
}

} // namespace pd::demo
