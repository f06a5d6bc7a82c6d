#pragma once

#include "domain/BsnGuard.h"
#include "letters/LetterKind.h"
#include "letters/Letters.h"
#include "session/Session.h"
#include "util/ServiceError.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

#include <optional>

namespace pd {

struct MailText
{
    QString subject;
    QString body; // lines end in \n
};

// The e-mail a letter is sent with, one text per letter kind: Dutch, plain text, its first line
// "Onderwerp: …", with the letters' placeholders ({{aanhef}}, {{verzoek.nummer}},
// {{ondertekening.naam}}, …) and two of its own: {{brief.titel}} and {{wachtwoord.zin}} (the
// answer's files sent with the letter, which is locked and how its password comes: never the
// password). The organisation edits it as it
// edits the letters' templates; kept beside them under the key "e-mail:" and the kind's code.
class MailTexts final
{
    Q_DECLARE_TR_FUNCTIONS(pd::MailTexts)
public:
    MailTexts() = delete;
    static QString key(LetterKind kind);
    static QString defaultText(LetterKind kind);
    // Translated reasons a text cannot be used; empty when it can.
    static QStringList check(const QString &text);
    // values: the letters' values (HTML, as LetterTemplates::values gives them).
    static MailText fill(const QString &text, const QHash<QString, QString> &values);
};

// Reading needs ViewAllCases, changing ChangeSettings (as the letters' templates).
class MailTextService final
{
    Q_DECLARE_TR_FUNCTIONS(pd::MailTextService)
public:
    explicit MailTextService(const Session &session);
    // The organisation's text, else the default; a failed read is an error.
    std::optional<LetterTemplate> textFor(LetterKind kind, ServiceError *error) const;
    // Audited (mail_text.changed), under the BSN guard; refused for MailTexts::check's reasons.
    bool save(LetterKind kind, const QString &text, BsnCheck bsnCheck, ServiceError *error);
    bool reset(LetterKind kind, ServiceError *error);

private:
    Session m_session;
};

} // namespace pd
