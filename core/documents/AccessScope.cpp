#include "documents/AccessScope.h"

namespace pd {

QString AccessScope::reportText()
{
    return tr("You asked which personal data we process about you (article 15 of the General "
              "Data Protection Regulation, AVG). Sections 1 and 2 hold everything we record about "
              "you in Privacydesk, the system in which we handle requests about your privacy. "
              "Sections 3 to 11 give the information article 15 asks for about all our "
              "processing of your data, from our register of processing activities (article 30 "
              "AVG). Data in our other systems, such as the rental administration, are not "
              "copied here; the accompanying letter says how you receive them.");
}

QString AccessScope::letterHtml(bool report, bool files)
{
    if (!report && !files)
        return {};
    const QString what = report && files ? QStringLiteral("Het overzicht en de bestanden bevatten")
        : report                         ? QStringLiteral("Het overzicht bevat")
                                         : QStringLiteral("De bestanden bevatten");
    return QStringLiteral(
               "<p>%1 alles wat wij over u vastleggen in Privacydesk, het systeem waarin wij "
               "verzoeken over uw privacy behandelen. Gegevens die wij in onze andere systemen "
               "over u hebben, zoals in de huuradministratie, staan daar niet in. Die gegevens "
               "sturen wij u apart toe.</p>")
        .arg(what);
}

} // namespace pd
