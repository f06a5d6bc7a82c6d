// The inzage report's transfers outside the EEA (section 11, art. 15(2)) in the tenant's words:
// the country's Dutch name and the article of the AVG the safeguard rests on (seed 003:
// "US" and "artikel 46 AVG" for an adequacy decision).
#include "documents/PersonReportDocument.h"
#include "registers/Eea.h"

#include <QRegularExpression>

namespace pd {

QString PersonReportDocument::countryText(const QString &country)
{
    return Eea::dutchName(country);
}

// A transfer's safeguard as recorded, with the articles of the AVG it rests on when the words say
// which and do not name an article themselves: "EU-VS Data Privacy Framework (artikel 45 AVG)".
QString PersonReportDocument::safeguardText(const QString &safeguard)
{
    const QString text = safeguard.trimmed();
    const QList<int> articles = Eea::transferArticles(text);
    static const QRegularExpression article(QStringLiteral("\\bart(\\.|ikel)"),
                                            QRegularExpression::CaseInsensitiveOption);
    if (articles.isEmpty() || article.match(text).hasMatch())
        return text;
    QStringList numbers;
    for (int number : articles)
        numbers << QString::number(number);
    QString list = numbers.takeLast();
    if (!numbers.isEmpty())
        //: Dutch: "%1 en %2"
        list = tr("%1 and %2").arg(numbers.join(QStringLiteral(", ")), list);
    //: Dutch: "%1 (artikel %2 AVG)", plural "%1 (artikelen %2 AVG)"
    return tr("%1 (article(s) %2 GDPR)", nullptr, static_cast<int>(articles.size()))
        .arg(text, list);
}

} // namespace pd
