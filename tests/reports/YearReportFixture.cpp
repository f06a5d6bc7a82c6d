#include "YearReportFixture.h"

#include "breaches/BreachService.h"
#include "session/Session.h"
#include "store/Store.h"
#include "util/Clock.h"

using namespace Qt::StringLiterals;

namespace pd::test {

bool YearReportFixture::build(Store &store, FixedClock &clock, QString *error)
{
    if (!DashboardFixture::build(store, clock, error))
        return false;
    // The clock stays on peildatum A (2026-03-16): every moment below lies before it.
    BreachService service(Session { store, clock });
    ServiceError failure;
    const auto local = [](const QString &text) {
        return BreachCodes::parseLocalMoment(text);
    };
    const auto check = [&](bool ok, const QString &step) {
        if (!ok)
            *error = step + u": "_s + failure.message + u' ' + failure.detail;
        return ok;
    };
    struct Story
    {
        QString title;
        QString discovered;
        QList<BreachNature> natures;
        QString notified;
        QString lateReason;
        QDate subjectsInformed;
    };
    const QList<Story> stories {
        { u"Brief naar verkeerd adres"_s,
          u"2025-04-01T10:00"_s,
          { BreachNature::Vertrouwelijkheid },
          u"2025-04-02T10:00"_s,
          {},
          {} },
        { u"Server met huurdersbestand uitgevallen"_s,
          u"2025-06-10T09:00"_s,
          { BreachNature::Vertrouwelijkheid, BreachNature::Beschikbaarheid },
          u"2025-06-14T09:00"_s,
          u"De melding bleef liggen tijdens de vakantie"_s,
          { 2025, 6, 20 } },
        { u"Bestand met huurachterstanden gewijzigd"_s,
          u"2025-12-30T20:00"_s,
          { BreachNature::Integriteit },
          u"2026-01-02T10:00"_s,
          {},
          {} },
        { u"Laptop in de trein vergeten"_s,
          u"2024-12-31T23:30"_s,
          { BreachNature::Vertrouwelijkheid },
          u"2025-01-02T10:00"_s,
          {},
          {} },
    };
    for (const Story &s : stories) {
        Breach b;
        b.title = s.title;
        b.discoveredAt = local(s.discovered);
        b.natures = s.natures;
        b.data = { DataCategory::Naw };
        b.persons = 12;
        const std::optional<Breach> added = service.add(b, BsnCheck::Refuse, &failure);
        if (!check(added.has_value(), u"add "_s + s.title))
            return false;
        const BreachRisk risk
            = s.subjectsInformed.isValid() ? BreachRisk::HoogRisico : BreachRisk::Risico;
        if (!check(service.assess(added->number, { risk, u"Beoordeeld door de FG"_s, {} },
                                  BsnCheck::Refuse, &failure),
                   u"assess "_s + s.title)
            || !check(service.notifyAp(added->number, local(s.notified), u"M-"_s + added->number,
                                       s.lateReason, BsnCheck::Refuse, &failure),
                      u"notify "_s + s.title))
            return false;
        if (s.subjectsInformed.isValid()
            && !check(service.notifySubjects(added->number,
                                             { s.subjectsInformed, u"brief"_s, 12, false, {} },
                                             BsnCheck::Refuse, &failure),
                      u"inform "_s + s.title))
            return false;
        breaches.insert(s.title, added->number);
    }
    return true;
}

} // namespace pd::test
