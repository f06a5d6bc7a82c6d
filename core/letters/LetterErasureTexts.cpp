#include "letters/LetterErasureTexts.h"

#include "letters/LetterWords.h"

namespace pd::lettererasure {

using letterwords::dutchList;
using letterwords::escaped;

// The decision's part says what was erased elsewhere; this is what the officer erased in the
// register of requests itself.
QString erasedInPrivacydeskHtml(const LetterContext &context)
{
    const QStringList fields = letterwords::dutchOwnRecordFields(context.erasedInPrivacydesk);
    if (fields.isEmpty())
        return {};
    return QStringLiteral("<p>Ook in ons eigen systeem voor privacyverzoeken hebben wij %1 "
                          "verwijderd: %2. Uw verzoek zelf en wat wij ermee deden bewaren wij "
                          "daar, zolang de bewaartermijn loopt.</p>")
        .arg(escaped(letterwords::Whose::of(context.request).data), dutchList(fields));
}

} // namespace pd::lettererasure
