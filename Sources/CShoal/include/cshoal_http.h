// One HTTP request through libcurl, for Invoke-WebRequest and
// Invoke-RestMethod. libcurl is opened with dlopen on the first request,
// so a shell (or job worker) that makes none does not load it or the TLS
// libraries behind it.
#ifndef CSHOAL_HTTP_H
#define CSHOAL_HTTP_H
#include <stddef.h>

typedef struct {
    const char *method;          // "GET", "POST", ...
    const char *url;
    const char *const *headers;  // "Name: value" lines
    int header_count;
    const unsigned char *body;   // NULL for none
    size_t body_length;
    long timeout_seconds;        // 0: none
    long connect_timeout_seconds; // 0: libcurl's default
    int skip_certificate_check;
    long maximum_redirects;      // 0: do not follow
    const char *user_agent;
    const char *user_password;   // "user:password" for Basic, or NULL
    int out_fd;                  // -1: keep the body in memory
    /// Called during the transfer; returning non-zero aborts it.
    int (*should_stop)(void *context);
    void *stop_context;
} cshoal_http_request;

typedef struct {
    long status;
    unsigned char *body;         // malloc'd; free with cshoal_http_free
    size_t body_length;
    char *headers;               // the last response's header block, malloc'd
    size_t headers_length;
    char *effective_url;         // malloc'd
    int curl_code;               // 0 on success
    char error[256];
} cshoal_http_response;

/// Performs the request; returns 0 when a response arrived (any status),
/// -1 when libcurl is not installed (error says so), else the libcurl error code.
int cshoal_http_perform(const cshoal_http_request *request, cshoal_http_response *response);
/// Frees what a response holds.
void cshoal_http_free(cshoal_http_response *response);

/// libcurl error codes shoal reports in its own words.
enum {
    CSHOAL_CURLE_COULDNT_RESOLVE_HOST = 6,
    CSHOAL_CURLE_COULDNT_CONNECT = 7,
    CSHOAL_CURLE_OPERATION_TIMEDOUT = 28,
    CSHOAL_CURLE_ABORTED_BY_CALLBACK = 42,
    CSHOAL_CURLE_TOO_MANY_REDIRECTS = 47,
    CSHOAL_CURLE_PEER_FAILED_VERIFICATION = 60,
};
#endif
