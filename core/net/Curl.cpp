#include "net/Curl.h"

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

} // namespace pd::net
