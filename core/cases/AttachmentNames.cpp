// The words in a file name that suggest a copy of an identity document, read as a person reads
// them: look-alike letters of any script count as the letter they pass for.

#include "cases/Attachments.h"
#include "reading/FileReading.h"

#include <QRegularExpression>
#include <QStringList>

#include <unicode/uspoof.h>

namespace pd {

using namespace Qt::StringLiterals;

namespace {

// The confusable skeleton of text (UTS #39, ICU's uspoof): every character as the one it
// passes for ("0" as "O", Cyrillic "р" as "p", "ｐ" as "p"), after NFKC and without invisible
// characters and combining marks; then lower case, with "l" and "i" as one letter (the skeleton
// writes "1" and "I" as "l"). Only for comparing with a word made the same way.
QString confusableSkeleton(const QString &text)
{
    QString visible;
    for (const QChar c : text.normalized(QString::NormalizationForm_KD)) {
        const QChar::Category category = c.category();
        if (category != QChar::Other_Format && category != QChar::Mark_NonSpacing
            && category != QChar::Mark_Enclosing)
            visible += c;
    }
    visible = visible.normalized(QString::NormalizationForm_KC);
    static USpoofChecker *const checker = [] {
        UErrorCode status = U_ZERO_ERROR;
        USpoofChecker *opened = uspoof_open(&status);
        return U_SUCCESS(status) ? opened : nullptr;
    }();
    QString skeleton = visible;
    if (checker) {
        QList<UChar> out(visible.size() * 4 + 16);
        UErrorCode status = U_ZERO_ERROR;
        const int32_t length
            = uspoof_getSkeleton(checker, 0, reinterpret_cast<const UChar *>(visible.utf16()),
                                 int32_t(visible.size()), out.data(), int32_t(out.size()), &status);
        if (U_SUCCESS(status))
            skeleton = QString(reinterpret_cast<const QChar *>(out.constData()), length);
    }
    skeleton = skeleton.toLower();
    skeleton.replace(u'l', u'i');
    return skeleton;
}

} // namespace

QString AttachmentService::identityDocumentHint(const QString &name)
{
    // Folded as a reader sees it: compatibility forms and invisible characters gone, look-alike
    // letters and digits of any script as the letter they pass for (Unicode's confusables,
    // UTS #39), lower case, separators as one space. So "ID_kaart", "id-kaart" and "IDkaart"
    // meet, and so do "pasp00rt", "раspoort" with Cyrillic letters and "pas\u200Bpoort".
    QString folded = confusableSkeleton(FileReading::fileNameOnly(name));
    static const QRegularExpression separators(QStringLiteral("[^a-z0-9]+"));
    folded.replace(separators, QStringLiteral(" "));
    folded = u' ' + folded + u' ';
    static const QStringList words { u"paspoort"_s,
                                     u"passport"_s,
                                     u"rijbewijs"_s,
                                     u"identiteitskaart"_s,
                                     u"identiteitsbewijs"_s,
                                     u"id kaart"_s,
                                     u"idkaart"_s,
                                     u"id bewijs"_s,
                                     u"idbewijs"_s,
                                     u"id card"_s,
                                     u"idcard"_s,
                                     u"identity card"_s,
                                     u"identitycard"_s,
                                     u"driving licence"_s,
                                     u"drivinglicence"_s,
                                     u"driving license"_s,
                                     u"drivinglicense"_s,
                                     u"verblijfsvergunning"_s,
                                     u"verblijfsdocument"_s,
                                     u"legitimatiebewijs"_s,
                                     u"legitimatie"_s,
                                     u"kopie id"_s,
                                     u"kopieid"_s,
                                     u"copy id"_s,
                                     u"copyid"_s };
    static const QStringList skeletons = [] {
        QStringList list;
        for (const QString &word : words)
            list << confusableSkeleton(word);
        return list;
    }();
    for (qsizetype w = 0; w < words.size(); ++w) {
        const QString &word = skeletons.at(w);
        for (qsizetype at = folded.indexOf(word); at >= 0; at = folded.indexOf(word, at + 1)) {
            const QChar before = folded.at(at - 1);
            const QChar after = folded.at(at + word.size());
            if (!before.isLetter() && !after.isLetter())
                return words.at(w);
        }
    }
    return {};
}

// The kinds of a request's files: codes stored and typed, labels shown.
QString AttachmentService::kindCode(AttachmentKind kind)
{
    switch (kind) {
    case AttachmentKind::Origineel:
        return QStringLiteral("origineel");
    case AttachmentKind::Machtiging:
        return QStringLiteral("machtiging");
    case AttachmentKind::Correspondentie:
        return QStringLiteral("correspondentie");
    }
    return {};
}

QString AttachmentService::kindLabel(AttachmentKind kind)
{
    switch (kind) {
    case AttachmentKind::Origineel:
        return tr("Original request");
    case AttachmentKind::Machtiging:
        return tr("Mandate");
    case AttachmentKind::Correspondentie:
        return tr("Correspondence");
    }
    return {};
}

std::optional<AttachmentKind> AttachmentService::kind(QStringView code)
{
    for (AttachmentKind k : kinds()) {
        if (code.compare(kindCode(k), Qt::CaseInsensitive) == 0)
            return k;
    }
    return std::nullopt;
}

QList<AttachmentKind> AttachmentService::kinds()
{
    return { AttachmentKind::Origineel, AttachmentKind::Machtiging,
             AttachmentKind::Correspondentie };
}

} // namespace pd
