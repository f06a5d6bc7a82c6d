#pragma once

#include "domain/CodeTable.h"
#include "vera/VeraSystem.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

#include <atomic>
#include <memory>

namespace pd {

// How a system answered, as the completeness report words it: ok; niet-ondersteund (the system
// does not offer what was asked: 404, 405, 501); geweigerd (401, 403, or no token); fout (any
// other answer, an untrusted certificate, a redirect, an answer too large); onbereikbaar (no
// connection, or none within the time).
enum class VeraStatus { Ok, NotSupported, Refused, Failed, Unreachable };
template<> const codes::Vocabulary<VeraStatus> &codes::vocabulary<VeraStatus>();

// One system over HTTPS through libcurl: the certificate always verified, redirects never
// followed (an answer may not send the desk, or its token, elsewhere), every answer limited in
// size, and one time limit for all the client's requests together, so that a hostile or broken
// system can neither hang nor exhaust a desk. OAuth2 client credentials: the access token is
// asked for when first needed, kept in memory only, and asked for once again when the system
// refuses it (expired). Holds no store: a worker thread may use its own client.
class VeraClient final
{
    Q_DECLARE_TR_FUNCTIONS(pd::VeraClient)
public:
    static constexpr qsizetype maxAnswerSize = 16 * 1024 * 1024;
    explicit VeraClient(VeraSystem system, int timeoutSeconds = 30);
    ~VeraClient();
    Q_DISABLE_COPY_MOVE(VeraClient)

    struct Answer
    {
        VeraStatus status = VeraStatus::Failed;
        int httpStatus = 0; // 0: no answer
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers; // names in lower case
        QString error; // not Ok: why, in the desk's language
        QByteArray header(const QByteArray &name) const;
    };

    // GET /ping below the base URL.
    Answer ping();
    // GET path (relative to the base URL) with query, the page size in its header when given.
    Answer get(const QString &path, const QUrlQuery &query = {}, int pageSize = 0);
    // Client credentials: asks for a token now (the check's second step); true for an API key.
    bool signIn(Answer *failed);
    // Once *cancel is true, no further request is sent: each answers fout, "afgebroken".
    void setCancel(const std::atomic<bool> *cancel);
    // The URL of path below the system's base URL.
    QString urlOf(const QString &path) const;
    // GET a URI of this system itself (a link another object gave); any other URI is refused
    // without a request, so that no link sends the desk, or its token, elsewhere.
    Answer getUri(const QString &uri);
    // PATCH a URI of this system itself with a JSON body (the same limits as getUri): a mark
    // the organisation allows Privacydesk to set there.
    Answer patchUri(const QString &uri, const QByteArray &json);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace pd
