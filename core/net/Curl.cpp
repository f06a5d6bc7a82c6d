#include "net/Curl.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstring>
#include <mutex>

namespace pd::net {

void globalInit()
{
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

size_t collect(char *data, size_t size, size_t count, void *target)
{
    auto *sink = static_cast<Sink *>(target);
    if (sink->bytes.size() + qsizetype(size * count) > sink->limit) {
        sink->tooLarge = true;
        return 0;
    }
    sink->bytes.append(data, qsizetype(size * count));
    return size * count;
}

int announced(void *target, curl_off_t total, curl_off_t, curl_off_t, curl_off_t)
{
    auto *sink = static_cast<Sink *>(target);
    if (total > (sink->announcedLimit < 0 ? sink->limit : sink->announcedLimit)) {
        sink->tooLarge = true;
        return 1;
    }
    if (sink->cancel && sink->cancel->load()) {
        sink->cancelled = true;
        return 1;
    }
    return 0;
}

void collectAnswer(CURL *curl, Sink *body, Sink *head)
{
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, collect);
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, body);
    curl_easy_setopt(curl, CURLOPT_HEADERFUNCTION, collect);
    curl_easy_setopt(curl, CURLOPT_HEADERDATA, head);
    curl_easy_setopt(curl, CURLOPT_NOPROGRESS, 0L);
    curl_easy_setopt(curl, CURLOPT_XFERINFOFUNCTION, announced);
    curl_easy_setopt(curl, CURLOPT_XFERINFODATA, body);
}

size_t supply(char *buffer, size_t size, size_t count, void *source)
{
    auto *upload = static_cast<Upload *>(source);
    const qsizetype n
        = std::min<qsizetype>(upload->bytes->size() - upload->at, qsizetype(size * count));
    std::memcpy(buffer, upload->bytes->constData() + upload->at, size_t(n));
    upload->at += n;
    return size_t(n);
}

void verifyTls(CURL *curl, const QByteArray &caPem)
{
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 1L);
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, 2L);
    if (!caPem.isEmpty()) {
        curl_blob ca { const_cast<char *>(caPem.constData()), size_t(caPem.size()),
                       CURL_BLOB_COPY };
        curl_easy_setopt(curl, CURLOPT_CAINFO_BLOB, &ca);
    }
}

Failure failureOf(CURLcode code)
{
    switch (code) {
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CACERT_BADFILE:
    case CURLE_SSL_CERTPROBLEM:
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_SSL_ISSUER_ERROR:
        return Failure::Certificate;
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_COULDNT_CONNECT:
    case CURLE_OPERATION_TIMEDOUT:
    case CURLE_RECV_ERROR:
    case CURLE_SEND_ERROR:
    case CURLE_GOT_NOTHING:
        return Failure::Unreachable;
    default:
        return Failure::Other;
    }
}

namespace {

struct Reason
{
    CURLcode code;
    const char *text;
};

// One place for every client: the codes a person meets (a server away or refusing, a
// certificate not trusted, a login refused), each in words for the officer.
constexpr Reason reasons[] = {
    //: Dutch: "de naam van de server is onbekend: controleer de naam en het netwerk"
    { CURLE_COULDNT_RESOLVE_HOST,
      QT_TRANSLATE_NOOP("pd::net",
                        "the server's name is not known: check the name and the network") },
    //: Dutch: "de naam van de proxy is onbekend"
    { CURLE_COULDNT_RESOLVE_PROXY, QT_TRANSLATE_NOOP("pd::net", "the proxy's name is not known") },
    //: Dutch: "de server weigerde de verbinding of antwoordde niet"
    { CURLE_COULDNT_CONNECT,
      QT_TRANSLATE_NOOP("pd::net", "the server refused the connection or did not answer") },
    //: Dutch: "de server antwoordde niet op tijd"
    { CURLE_OPERATION_TIMEDOUT, QT_TRANSLATE_NOOP("pd::net", "the server did not answer in time") },
    //: Dutch: "de verbinding viel weg tijdens het versturen"
    { CURLE_SEND_ERROR, QT_TRANSLATE_NOOP("pd::net", "the connection broke off while sending") },
    //: Dutch: "de verbinding viel weg tijdens het ontvangen"
    { CURLE_RECV_ERROR, QT_TRANSLATE_NOOP("pd::net", "the connection broke off while receiving") },
    //: Dutch: "de server verbrak de verbinding zonder antwoord"
    { CURLE_GOT_NOTHING,
      QT_TRANSLATE_NOOP("pd::net", "the server closed the connection without an answer") },
    //: Dutch: "het certificaat of de naam kon niet worden gecontroleerd"
    { CURLE_PEER_FAILED_VERIFICATION,
      QT_TRANSLATE_NOOP("pd::net", "its certificate or its name could not be verified") },
    //: Dutch: "de uitgever van het certificaat wordt niet vertrouwd"
    { CURLE_SSL_ISSUER_ERROR,
      QT_TRANSLATE_NOOP("pd::net", "the certificate's issuer is not trusted") },
    //: Dutch: "de te vertrouwen certificaatautoriteit kon niet worden gelezen"
    { CURLE_SSL_CACERT_BADFILE,
      QT_TRANSLATE_NOOP("pd::net", "the certificate authority to trust could not be read") },
    //: Dutch: "een certificaat kon niet worden gebruikt"
    { CURLE_SSL_CERTPROBLEM, QT_TRANSLATE_NOOP("pd::net", "a certificate could not be used") },
    //: Dutch: "er kwam geen beveiligde verbinding (TLS) tot stand"
    { CURLE_SSL_CONNECT_ERROR,
      QT_TRANSLATE_NOOP("pd::net", "no secure connection (TLS) could be made") },
    //: Dutch: "de server biedt geen versleuteling"
    { CURLE_USE_SSL_FAILED, QT_TRANSLATE_NOOP("pd::net", "the server offers no encryption") },
    //: Dutch: "de aanmelding werd geweigerd"
    { CURLE_LOGIN_DENIED, QT_TRANSLATE_NOOP("pd::net", "the login was refused") },
    //: Dutch: "de server weigerde de toegang"
    { CURLE_REMOTE_ACCESS_DENIED, QT_TRANSLATE_NOOP("pd::net", "the server refused access") },
    //: Dutch: "het adres is er geen dat Privacydesk kan gebruiken"
    { CURLE_UNSUPPORTED_PROTOCOL,
      QT_TRANSLATE_NOOP("pd::net", "the address is not one Privacydesk can use") },
    //: Dutch: "het adres is ongeldig"
    { CURLE_URL_MALFORMAT, QT_TRANSLATE_NOOP("pd::net", "the address is not valid") },
    //: Dutch: "het antwoord van de server was onleesbaar"
    { CURLE_WEIRD_SERVER_REPLY,
      QT_TRANSLATE_NOOP("pd::net", "the server's answer could not be read") },
    //: Dutch: "de server weigerde een opdracht"
    { CURLE_QUOTE_ERROR, QT_TRANSLATE_NOOP("pd::net", "the server refused a command") },
    //: Dutch: "het antwoord was te groot om aan te nemen"
    { CURLE_WRITE_ERROR, QT_TRANSLATE_NOOP("pd::net", "the answer was too large to be taken") },
    //: Dutch: "het antwoord was te groot om aan te nemen"
    { CURLE_FILESIZE_EXCEEDED,
      QT_TRANSLATE_NOOP("pd::net", "the answer was too large to be taken") },
    //: Dutch: "het bericht kon niet worden overgedragen"
    { CURLE_READ_ERROR, QT_TRANSLATE_NOOP("pd::net", "the message could not be handed over") },
    //: Dutch: "het werd afgebroken"
    { CURLE_ABORTED_BY_CALLBACK, QT_TRANSLATE_NOOP("pd::net", "it was cancelled") },
    //: Dutch: "de server stuurde het te vaak door"
    { CURLE_TOO_MANY_REDIRECTS,
      QT_TRANSLATE_NOOP("pd::net", "the server sent it on too many times") },
    //: Dutch: "het geheugen van de computer was vol"
    { CURLE_OUT_OF_MEMORY, QT_TRANSLATE_NOOP("pd::net", "the computer ran out of memory") },
};

} // namespace

QString failureReason(CURLcode code)
{
    for (const Reason &reason : reasons) {
        if (reason.code == code)
            return QCoreApplication::translate("pd::net", reason.text);
    }
    //: Dutch: "een onverwachte fout (libcurl-code %1)"
    return QCoreApplication::translate("pd::net", "an unexpected error (libcurl code %1)")
        .arg(int(code));
}

} // namespace pd::net
