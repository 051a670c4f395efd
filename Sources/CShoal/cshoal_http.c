// libcurl through dlopen (see cshoal_http.h). The few declarations needed
// are written out here rather than taken from curl/curl.h, so building
// shoal needs no curl development package; the option numbers are
// libcurl's stable ABI (curl.h: CURLOPTTYPE_* base + number).
#define _GNU_SOURCE
#include "cshoal_http.h"
#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <errno.h>

typedef void CURL;
struct curl_slist;

enum {
    OPT_LONG = 0, OPT_POINT = 10000, OPT_FUNCTION = 20000, OPT_OFF_T = 30000,
    CURLOPT_WRITEDATA = OPT_POINT + 1, CURLOPT_URL = OPT_POINT + 2, CURLOPT_USERPWD = OPT_POINT + 5,
    CURLOPT_ERRORBUFFER = OPT_POINT + 10, CURLOPT_WRITEFUNCTION = OPT_FUNCTION + 11, CURLOPT_TIMEOUT = OPT_LONG + 13,
    CURLOPT_POSTFIELDS = OPT_POINT + 15, CURLOPT_USERAGENT = OPT_POINT + 18, CURLOPT_HTTPHEADER = OPT_POINT + 23,
    CURLOPT_HEADERDATA = OPT_POINT + 29, CURLOPT_CUSTOMREQUEST = OPT_POINT + 36, CURLOPT_NOPROGRESS = OPT_LONG + 43,
    CURLOPT_NOBODY = OPT_LONG + 44, CURLOPT_POST = OPT_LONG + 47, CURLOPT_FOLLOWLOCATION = OPT_LONG + 52,
    CURLOPT_XFERINFODATA = OPT_POINT + 57, CURLOPT_SSL_VERIFYPEER = OPT_LONG + 64, CURLOPT_MAXREDIRS = OPT_LONG + 68,
    CURLOPT_CONNECTTIMEOUT = OPT_LONG + 78, CURLOPT_HEADERFUNCTION = OPT_FUNCTION + 79, CURLOPT_HTTPGET = OPT_LONG + 80,
    CURLOPT_SSL_VERIFYHOST = OPT_LONG + 81, CURLOPT_NOSIGNAL = OPT_LONG + 99, CURLOPT_ACCEPT_ENCODING = OPT_POINT + 102,
    CURLOPT_HTTPAUTH = OPT_LONG + 107, CURLOPT_POSTFIELDSIZE_LARGE = OPT_OFF_T + 120,
    CURLOPT_XFERINFOFUNCTION = OPT_FUNCTION + 219,
    CURLINFO_EFFECTIVE_URL = 0x100000 + 1, CURLINFO_RESPONSE_CODE = 0x200000 + 2,
    CURL_GLOBAL_ALL = 3, CURLAUTH_BASIC = 1,
};

static struct {
    int (*global_init)(long);
    CURL *(*easy_init)(void);
    int (*easy_setopt)(CURL *, int, ...);
    int (*easy_perform)(CURL *);
    int (*easy_getinfo)(CURL *, int, ...);
    void (*easy_cleanup)(CURL *);
    const char *(*easy_strerror)(int);
    struct curl_slist *(*slist_append)(struct curl_slist *, const char *);
    void (*slist_free_all)(struct curl_slist *);
} curl;

static pthread_once_t load_once = PTHREAD_ONCE_INIT;
static int loaded = 0;

static void load(void) {
    const char *names[] = {"libcurl.so.4", "libcurl-gnutls.so.4", "libcurl.so", NULL};
    void *library = NULL;
    for (int i = 0; names[i] && !library; i++) library = dlopen(names[i], RTLD_NOW | RTLD_LOCAL);
    if (!library) return;
#define FIND(field, symbol) if (!(*(void **)&curl.field = dlsym(library, symbol))) return;
    FIND(global_init, "curl_global_init")
    FIND(easy_init, "curl_easy_init")
    FIND(easy_setopt, "curl_easy_setopt")
    FIND(easy_perform, "curl_easy_perform")
    FIND(easy_getinfo, "curl_easy_getinfo")
    FIND(easy_cleanup, "curl_easy_cleanup")
    FIND(easy_strerror, "curl_easy_strerror")
    FIND(slist_append, "curl_slist_append")
    FIND(slist_free_all, "curl_slist_free_all")
#undef FIND
    // curl_global_init is not thread-safe: it runs once, here.
    loaded = curl.global_init(CURL_GLOBAL_ALL) == 0;
}

typedef struct {
    unsigned char *bytes;
    size_t length, capacity;
    int fd;
    int failed;
} sink;

static int append(sink *s, const char *data, size_t length) {
    if (s->fd >= 0) {
        while (length > 0) {
            ssize_t written = write(s->fd, data, length);
            if (written < 0) {
                if (errno == EINTR) continue;
                s->failed = 1;
                return 0;
            }
            data += written;
            length -= (size_t)written;
        }
        return 1;
    }
    if (s->length + length + 1 > s->capacity) {
        size_t capacity = s->capacity ? s->capacity : 16384;
        while (capacity < s->length + length + 1) capacity *= 2;
        unsigned char *grown = realloc(s->bytes, capacity);
        if (!grown) { s->failed = 1; return 0; }
        s->bytes = grown;
        s->capacity = capacity;
    }
    memcpy(s->bytes + s->length, data, length);
    s->length += length;
    s->bytes[s->length] = 0;
    return 1;
}

static size_t on_body(char *data, size_t size, size_t count, void *context) {
    return append(context, data, size * count) ? size * count : 0;
}

static size_t on_header(char *data, size_t size, size_t count, void *context) {
    sink *s = context;
    // A redirect or a 100 Continue starts another header block: keep only the last.
    if (size * count >= 5 && memcmp(data, "HTTP/", 5) == 0) s->length = 0;
    return append(s, data, size * count) ? size * count : 0;
}

typedef struct {
    int (*should_stop)(void *);
    void *context;
} stopper;

static int on_progress(void *context, long long a, long long b, long long c, long long d) {
    (void)a; (void)b; (void)c; (void)d;
    stopper *s = context;
    return s->should_stop && s->should_stop(s->context) ? 1 : 0;
}

int cshoal_http_perform(const cshoal_http_request *request, cshoal_http_response *response) {
    memset(response, 0, sizeof *response);
    pthread_once(&load_once, load);
    if (!loaded) {
        snprintf(response->error, sizeof response->error, "libcurl (libcurl4) is not installed; web requests need it.");
        response->curl_code = -1;
        return -1;
    }
    CURL *handle = curl.easy_init();
    if (!handle) {
        snprintf(response->error, sizeof response->error, "libcurl could not start a request.");
        response->curl_code = -1;
        return -1;
    }
    struct curl_slist *headers = NULL;
    for (int i = 0; i < request->header_count; i++) headers = curl.slist_append(headers, request->headers[i]);
    sink body = {.fd = request->out_fd}, header_block = {.fd = -1};
    stopper stop = {request->should_stop, request->stop_context};
    char error[256] = {0};

    curl.easy_setopt(handle, CURLOPT_URL, request->url);
    curl.easy_setopt(handle, CURLOPT_NOSIGNAL, 1L);
    curl.easy_setopt(handle, CURLOPT_ERRORBUFFER, error);
    curl.easy_setopt(handle, CURLOPT_WRITEFUNCTION, on_body);
    curl.easy_setopt(handle, CURLOPT_WRITEDATA, &body);
    curl.easy_setopt(handle, CURLOPT_HEADERFUNCTION, on_header);
    curl.easy_setopt(handle, CURLOPT_HEADERDATA, &header_block);
    curl.easy_setopt(handle, CURLOPT_NOPROGRESS, 0L);
    curl.easy_setopt(handle, CURLOPT_XFERINFOFUNCTION, on_progress);
    curl.easy_setopt(handle, CURLOPT_XFERINFODATA, &stop);
    curl.easy_setopt(handle, CURLOPT_ACCEPT_ENCODING, "");
    if (headers) curl.easy_setopt(handle, CURLOPT_HTTPHEADER, headers);
    if (request->user_agent) curl.easy_setopt(handle, CURLOPT_USERAGENT, request->user_agent);
    if (request->user_password) {
        curl.easy_setopt(handle, CURLOPT_HTTPAUTH, (long)CURLAUTH_BASIC);
        curl.easy_setopt(handle, CURLOPT_USERPWD, request->user_password);
    }
    if (request->timeout_seconds > 0) curl.easy_setopt(handle, CURLOPT_TIMEOUT, request->timeout_seconds);
    if (request->connect_timeout_seconds > 0) curl.easy_setopt(handle, CURLOPT_CONNECTTIMEOUT, request->connect_timeout_seconds);
    if (request->skip_certificate_check) {
        curl.easy_setopt(handle, CURLOPT_SSL_VERIFYPEER, 0L);
        curl.easy_setopt(handle, CURLOPT_SSL_VERIFYHOST, 0L);
    }
    if (request->maximum_redirects > 0) {
        curl.easy_setopt(handle, CURLOPT_FOLLOWLOCATION, 1L);
        curl.easy_setopt(handle, CURLOPT_MAXREDIRS, request->maximum_redirects);
    }
    if (strcmp(request->method, "HEAD") == 0) {
        curl.easy_setopt(handle, CURLOPT_NOBODY, 1L);
    } else if (strcmp(request->method, "GET") == 0 && !request->body) {
        curl.easy_setopt(handle, CURLOPT_HTTPGET, 1L);
    } else {
        if (request->body) {
            curl.easy_setopt(handle, CURLOPT_POSTFIELDSIZE_LARGE, (long long)request->body_length);
            curl.easy_setopt(handle, CURLOPT_POSTFIELDS, request->body);
        }
        curl.easy_setopt(handle, CURLOPT_CUSTOMREQUEST, request->method);
    }

    int code = curl.easy_perform(handle);
    response->curl_code = code;
    if (code == 0) {
        curl.easy_getinfo(handle, CURLINFO_RESPONSE_CODE, &response->status);
    } else {
        snprintf(response->error, sizeof response->error, "%s", error[0] ? error : curl.easy_strerror(code));
    }
    char *url = NULL;
    if (curl.easy_getinfo(handle, CURLINFO_EFFECTIVE_URL, &url) == 0 && url) response->effective_url = strdup(url);
    response->body = body.bytes;
    response->body_length = body.length;
    response->headers = (char *)header_block.bytes;
    response->headers_length = header_block.length;
    if (body.failed && code == 0) {
        snprintf(response->error, sizeof response->error, "The response could not be stored: %s", strerror(errno));
        response->curl_code = code = -2;
    }
    curl.slist_free_all(headers);
    curl.easy_cleanup(handle);
    return code;
}

void cshoal_http_free(cshoal_http_response *response) {
    free(response->body);
    free(response->headers);
    free(response->effective_url);
    response->body = NULL;
    response->headers = NULL;
    response->effective_url = NULL;
}
