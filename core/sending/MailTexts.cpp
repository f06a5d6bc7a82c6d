#include "sending/MailTexts.h"

#include "letters/LetterRepository.h"
#include "session/UnitOfWork.h"
#include "store/Store.h"

#include <QJsonArray>
#include <QJsonObject>

namespace pd {

using namespace Qt::StringLiterals;

namespace {

const QString subjectLabel = u"Onderwerp:"_s;
constexpr qsizetype maxTextChars = 20000;

// What the e-mail says before it points at the letter: one sentence per kind, in the letters'
// own words.
QString opening(LetterKind kind)
{
    switch (kind) {
    case LetterKind::Ontvangstbevestiging:
        return u"Wij hebben uw verzoek{{namens}} ontvangen. Het heeft het nummer "
               "{{verzoek.nummer}}."_s;
    case LetterKind::VerzoekIdentificatie:
        return u"Voordat wij uw verzoek{{namens}} ({{verzoek.nummer}}) kunnen behandelen, moeten "
               "wij weten dat u het bent."_s;
    case LetterKind::VerzoekMachtiging:
        return u"Voordat wij uw verzoek ({{verzoek.nummer}}) kunnen behandelen, hebben wij uw "
               "machtiging nodig."_s;
    case LetterKind::Verlengingsbericht:
        return u"Wij hebben meer tijd nodig om uw verzoek{{namens}} ({{verzoek.nummer}}) te "
               "behandelen."_s;
    case LetterKind::Besluit:
        return u"Wij hebben besloten op uw verzoek{{namens}} ({{verzoek.nummer}})."_s;
    case LetterKind::BevestigingVerwijdering:
        return u"Wij laten u weten wat wij hebben verwijderd naar aanleiding van uw "
               "verzoek{{namens}} ({{verzoek.nummer}})."_s;
    case LetterKind::BevestigingRectificatie:
        return u"Wij laten u weten wat wij hebben aangepast naar aanleiding van uw "
               "verzoek{{namens}} ({{verzoek.nummer}})."_s;
    case LetterKind::BegeleidendeBriefExport:
        return u"Hierbij ontvangt u wat u vroeg met uw verzoek{{namens}} ({{verzoek.nummer}})."_s;
    case LetterKind::KennisgevingOpheffingBeperking:
        return u"Wij laten u weten dat de beperking van het gebruik van {{gegevens.van}} wordt "
               "opgeheven."_s;
    case LetterKind::KennisgevingDatalek:
        return u"Wij informeren u over een datalek dat uw gegevens betreft."_s;
    }
    return {};
}

} // namespace

QString MailTexts::key(LetterKind kind)
{
    return u"e-mail:"_s + codes::code(kind);
}

QString MailTexts::defaultText(LetterKind kind)
{
    return subjectLabel + u" {{brief.titel}}\n\n{{aanhef}},\n\n"_s + opening(kind)
        + u"\n\nIn de bijlage vindt u onze brief ‘{{brief.titel}}’ als PDF.{{wachtwoord.zin}}\n\n"
          "Heeft u een vraag? Beantwoord dan deze e-mail.\n\n"
          "Met vriendelijke groet,\n\n"
          "{{ondertekening.naam}}\n{{ondertekening.functie}}\n{{organisatie.naam}}\n"_s;
}

QStringList MailTexts::check(const QString &text)
{
    QStringList problems;
    if (!text.startsWith(subjectLabel))
        //: Dutch: "De eerste regel van de tekst is het onderwerp: ‘Onderwerp: …’."
        problems << tr("The text's first line is the subject: 'Onderwerp: …'.");
    if (text.size() > maxTextChars)
        //: Dutch: "De tekst is langer dan %n teken(s)."
        problems << tr("The text is longer than %n character(s).", nullptr, int(maxTextChars));
    if (!text.contains(u"{{brief.titel}}"_s))
        //: Dutch: "De tekst noemt de brief niet: zet {{brief.titel}} erin."
        problems << tr("The text does not name the letter: put {{brief.titel}} in it.");
    return problems;
}

MailText MailTexts::fill(const QString &text, const QHash<QString, QString> &values)
{
    // The text is plain: made HTML so that the letters' own filling (escaped values, unknown
    // names as nothing) serves it, then read back as plain text.
    QString html = text.toHtmlEscaped();
    html.replace(u'\n', u"<br>"_s);
    const QString filled = LetterTemplates::plainText(LetterTemplates::fill(html, values));
    MailText mail;
    const qsizetype end = filled.indexOf(u'\n');
    const QString first = end < 0 ? filled : filled.left(end);
    mail.subject = first.mid(first.startsWith(subjectLabel) ? subjectLabel.size() : 0).trimmed();
    mail.body = end < 0 ? QString() : filled.mid(end + 1);
    while (mail.body.startsWith(u'\n'))
        mail.body.remove(0, 1);
    return mail;
}

MailTextService::MailTextService(const Session &session)
    : m_session(session)
{ }

std::optional<LetterTemplate> MailTextService::textFor(LetterKind kind, ServiceError *error) const
{
    if (!m_session.permitRead(Permission::ViewAllCases, u"letter.read"_s, {}, error))
        return std::nullopt;
    std::optional<LetterTemplate> stored;
    if (!LetterRepository::storedTemplate(m_session.store().database(), MailTexts::key(kind),
                                          &stored, error))
        return std::nullopt;
    if (stored) {
        stored->kind = kind;
        return stored;
    }
    LetterTemplate text;
    text.kind = kind;
    text.html = MailTexts::defaultText(kind);
    return text;
}

bool MailTextService::save(LetterKind kind, const QString &text, BsnCheck bsnCheck,
                           ServiceError *error)
{
    const QString key = MailTexts::key(kind);
    UnitOfWork unit(m_session, Permission::ChangeSettings, u"mail_text.changed"_s, key);
    if (!unit.permit(error))
        return false;
    if (const QStringList problems = MailTexts::check(text); !problems.isEmpty()) {
        *error = { ServiceError::Code::Invalid, problems.join(u' '), {} };
        return false;
    }
    //: Dutch: "E-mailtekst"
    if (!unit.guard({ { tr("E-mail text"), text } }, bsnCheck, error))
        return false;
    const std::optional<LetterTemplate> before = textFor(kind, error);
    if (!before)
        return false;
    if (before->html == text)
        return true;
    if (text == MailTexts::defaultText(kind))
        return reset(kind, error);
    return unit.commit(
        [&](UnitOfWork::Write &write, ServiceError *failure) {
            write.record(u"letter-template"_s, key, u"mail_text.changed"_s,
                         { { u"kind"_s, codes::code(kind) },
                           { u"sha256"_s,
                             QJsonArray { LetterRepository::digest(before->html),
                                          LetterRepository::digest(text) } },
                           { u"was_default"_s, !before->customised } });
            return LetterRepository::replaceTemplate(
                write.database(), key, text, m_session.clock().now().toString(Qt::ISODateWithMs),
                m_session.userName(), failure);
        },
        error);
}

bool MailTextService::reset(LetterKind kind, ServiceError *error)
{
    const QString key = MailTexts::key(kind);
    UnitOfWork unit(m_session, Permission::ChangeSettings, u"mail_text.reset"_s, key);
    if (!unit.permit(error))
        return false;
    const std::optional<LetterTemplate> before = textFor(kind, error);
    if (!before)
        return false;
    if (!before->customised)
        return true;
    return unit.commit(
        [&](UnitOfWork::Write &write, ServiceError *failure) {
            write.record(
                u"letter-template"_s, key, u"mail_text.reset"_s,
                { { u"kind"_s, codes::code(kind) },
                  { u"sha256"_s,
                    QJsonArray { LetterRepository::digest(before->html),
                                 LetterRepository::digest(MailTexts::defaultText(kind)) } } });
            return LetterRepository::removeTemplate(write.database(), key, failure);
        },
        error);
}

} // namespace pd
