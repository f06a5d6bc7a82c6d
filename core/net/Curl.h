#pragma once

#include <QByteArray>
#include <QString>

#include <atomic>
#include <curl/curl.h>

namespace pd::net {

// What every client of the outside world over libcurl shares: the library set up once, an
// answer collected up to a limit, and TLS that always checks the certificate and the name.
// A client holds its own handle (curl_easy_init after globalInit) on its own thread.

// curl_global_init, once per process, before the first handle.
void globalInit();

// An answer collected up to limit bytes: libcurl gets a short write (and fails the transfer)
// rather than an answer that grows without end. announced() refuses, before it is read, a body
// whose announced size is already over announcedLimit (negative: limit), and ends the transfer
// once *cancel is true (libcurl asks it at least once a second, also while nothing arrives).
struct Sink
{
    explicit Sink(qsizetype limit, qsizetype announcedLimit = -1)
        : limit(limit)
        , announcedLimit(announcedLimit)
    { }
    qsizetype limit = 0;
    qsizetype announcedLimit = -1;
    const std::atomic<bool> *cancel = nullptr;
    QByteArray bytes;
    bool tooLarge = false;
    bool cancelled = false;
};
size_t collect(char *data, size_t size, size_t count, void *sink);
int announced(void *sink, curl_off_t total, curl_off_t, curl_off_t, curl_off_t);
// An answer's body into body and its head into head, the body's size and cancel watched while
// it comes: what every client that reads an answer sets on its handle alike.
void collectAnswer(CURL *curl, Sink *body, Sink *head);

// A request body handed to libcurl from memory (IMAP APPEND, SMTP DATA): readFunction as
// CURLOPT_READFUNCTION with the Upload as CURLOPT_READDATA; at says how much was handed over.
struct Upload
{
    const QByteArray *bytes = nullptr;
    qsizetype at = 0;
};
size_t supply(char *buffer, size_t size, size_t count, void *upload);

// The certificate and the host name verified; caPem the authority to trust instead of the
// system's (empty: the system's).
void verifyTls(CURL *curl, const QByteArray &caPem);

// What went wrong with a transfer, as a person would act on it.
enum class Failure { Certificate, Unreachable, Other };
Failure failureOf(CURLcode code);

// What went wrong, in the UI's language, from the code alone: libcurl's own words (its error
// buffer, curl_easy_strerror) are English whatever language the desk speaks. A short phrase to
// go inside a sentence: "the server refused the connection".
QString failureReason(CURLcode code);

} // namespace pd::net
