// The year report's sections from the registers that keep their state rather than a history:
// the DPIA register and the covenant register. Both are read as they are now; a
// figure "on 31 December" of a past year is the register's dates compared with that day.

#include "registers/Covenants.h"
#include "registers/Dpia.h"
#include "reports/YearReportSections.h"

#include <algorithm>

namespace pd {

namespace {

bool within(QDate day, const YearSources &s)
{
    return day.isValid() && day >= s.from() && day <= s.until();
}

// The day the state is looked at: 31 December, or today while the year runs.
QDate lookedAt(const YearSources &s)
{
    return std::min(s.session().clock().today(), s.until());
}

} // namespace

bool YearSections::dpias(YearSources &s, YearSection *section, ServiceError *error)
{
    const std::optional<QList<Dpia>> dpias = DpiaRegister(s.session()).list(error);
    if (!dpias)
        return false;
    const QDate on = lookedAt(s);
    int done = 0;
    int notDone = 0;
    int reviews = 0;
    int consulted = 0;
    int consultationMissing = 0;
    for (const Dpia &d : *dpias) {
        done += within(d.assessedOn, s) ? 1 : 0;
        notDone += d.needed && !(d.assessedOn.isValid() && d.assessedOn <= on) ? 1 : 0;
        reviews += d.reviewDue(on) ? 1 : 0;
        consulted += within(d.consultedOn, s) ? 1 : 0;
        consultationMissing
            += d.consultationMissing() && d.assessedOn.isValid() && d.assessedOn <= on ? 1 : 0;
    }
    section->code = QStringLiteral("dpias");
    //: Dutch: "DPIA's"
    section->title = tr("DPIAs");
    YearTable table {
        QStringLiteral("dpias"),
        //: Dutch: "Gegevensbeschermingseffectbeoordelingen (artikel 35 en 36 AVG)"
        tr("Data protection impact assessments (articles 35 and 36 GDPR)"),
        //: Dutch: "Uit het DPIA-register zoals het nu is, één beoordeling per verwerking.
        //: Uitgevoerd: de datum van de DPIA valt van %1 tot en met %2. Nodig, niet uitgevoerd:
        //: als nodig beoordeeld en op %3 zonder DPIA-datum. Te herbeoordelen: de datum van
        //: herbeoordeling is op %3 bereikt. AP geraadpleegd: de datum van de voorafgaande
        //: raadpleging valt in het jaar. Raadpleging ontbreekt: uitgevoerd, hoog restrisico en
        //: op %3 geen raadpleging van de AP (artikel 36 lid 1 AVG)."
        tr("From the DPIA register as it is now, one assessment per processing activity. Done: "
           "the DPIA's date lies from %1 up to and including %2. Needed, not done: assessed as "
           "needed and without a DPIA date on %3. To review: the review date has come on %3. AP "
           "consulted: the date of the prior consultation lies in the year. Consultation "
           "missing: done, a high residual risk and no consultation of the AP on %3 (article "
           "36(1) GDPR).")
            .arg(dayText(s.from()), dayText(s.until()), dayText(on)),
        {}
    };
    //: Dutch: "Uitgevoerd"
    table.figures << count(QStringLiteral("done"), tr("Done"), done)
                  //: Dutch: "Nodig, niet uitgevoerd"
                  << count(QStringLiteral("needed_not_done"), tr("Needed, not done"), notDone)
                  //: Dutch: "Te herbeoordelen"
                  << count(QStringLiteral("review_due"), tr("To review"), reviews)
                  //: Dutch: "AP geraadpleegd"
                  << count(QStringLiteral("ap_consulted"), tr("AP consulted"), consulted)
                  //: Dutch: "Raadpleging AP ontbreekt"
                  << count(QStringLiteral("consultation_missing"), tr("AP consultation missing"),
                           consultationMissing);
    section->tables = { table };
    return true;
}

bool YearSections::covenants(YearSources &s, YearSection *section, ServiceError *error)
{
    ServiceError failure;
    const QList<Covenant> covenants = CovenantService(s.session()).list(&failure);
    if (failure.isError()) {
        if (error)
            *error = failure;
        return false;
    }
    const QDate on = lookedAt(s);
    int inForce = 0;
    int started = 0;
    int ended = 0;
    int reviews = 0;
    for (const Covenant &c : covenants) {
        inForce += c.inForce(on) ? 1 : 0;
        started += within(c.from, s) ? 1 : 0;
        ended += within(c.until, s) ? 1 : 0;
        reviews += c.reviewDue(on) ? 1 : 0;
    }
    section->code = QStringLiteral("covenants");
    //: Dutch: "Convenanten"
    section->title = tr("Covenants");
    YearTable table {
        QStringLiteral("covenants"),
        //: Dutch: "Samenwerkingsconvenanten"
        tr("Cooperation covenants"),
        //: Dutch: "Uit het convenantenregister zoals het nu is. Van kracht: op %3 begonnen en
        //: niet geëindigd. Begonnen en geëindigd: de begin- of einddatum valt van %1 tot en met
        //: %2. Te evalueren: van kracht en de evaluatiedatum is op %3 bereikt (zoals
        //: ‘Vandaag’ ze telt)."
        tr("From the covenant register as it is now. In force: begun and not ended on %3. Begun "
           "and ended: the start or end date lies from %1 up to and including %2. To evaluate: in "
           "force and the evaluation date has come on %3 (as ‘Today’ counts them).")
            .arg(dayText(s.from()), dayText(s.until()), dayText(on)),
        {}
    };
    //: Dutch: "Van kracht"
    table.figures << count(QStringLiteral("in_force"), tr("In force"), inForce)
                  //: Dutch: "Begonnen"
                  << count(QStringLiteral("started"), tr("Begun"), started)
                  //: Dutch: "Geëindigd"
                  << count(QStringLiteral("ended"), tr("Ended"), ended)
                  //: Dutch: "Te evalueren"
                  << count(QStringLiteral("review_due"), tr("To evaluate"), reviews);
    section->tables = { table };
    return true;
}

} // namespace pd
