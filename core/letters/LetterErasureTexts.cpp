#include "letters/LetterErasureTexts.h"

#include "letters/LetterWords.h"

namespace pd::lettererasure {

using letterwords::dutchList;
using letterwords::escaped;

// The decision's part says what was erased elsewhere; this is what the officer erased in the
// register of requests itself.
QString erasedInPrivacydeskHtml(const LetterContext &context)
{
    QStringList fields;
    for (const QString &code : context.erasedInPrivacydesk) {
        if (code == QLatin1StringView("telefoonnummer"))
            fields << QStringLiteral("het telefoonnummer");
        else if (code == QLatin1StringView("emailadres"))
            fields << QStringLiteral("het e-mailadres");
        else if (code == QLatin1StringView("adres"))
            fields << QStringLiteral("het adres");
    }
    if (fields.isEmpty())
        return {};
    const Case &c = context.request;
    const QString whose = c.representative.simplified().isEmpty()
        ? QStringLiteral("uw gegevens")
        : QStringLiteral("de gegevens van ") + escaped(c.person.name.simplified());
    return QStringLiteral("<p>Ook in ons eigen systeem voor privacyverzoeken hebben wij %1 "
                          "verwijderd: %2. Uw verzoek zelf en wat wij ermee deden bewaren wij "
                          "daar, zolang de bewaartermijn loopt.</p>")
        .arg(whose, dutchList(fields));
}

} // namespace pd::lettererasure
