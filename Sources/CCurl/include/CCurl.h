// CCurl: libcurl for JobHuntIO (HTTP, S3, SMTP), opened at run time, with
// typed wrappers for the variadic calls Swift cannot make.
//
// Linking libcurl loaded it, and the libraries it needs (OpenSSL, GnuTLS,
// nghttp2, LDAP, Kerberos, ...), into every process before main: loader
// work that a command which never makes a request (a SQLite `discover
// match`) paid on every start (issue 20). CCurl.c defines the libcurl
// functions JobHuntIO calls as forwarders that open libcurl with dlopen on
// first use, as CBLAS does for OpenBLAS; the types and prototypes are
// libcurl's own header, so the Swift wrappers are unchanged.
#ifndef CCURL_H
#define CCURL_H

#include <stddef.h>
#include <curl/curl.h>

/// Opens libcurl (libcurl.so.4) and resolves every function CCurl.c
/// forwards, once per process, thread-safe. Returns 1 when libcurl is ready;
/// 0 with a one-line reason in `error` when the library or a function is
/// missing. `CurlGlobal` calls it before `curl_global_init`; a forwarder
/// called without it opens libcurl itself and aborts with the reason if it
/// cannot (a programming error: every handle comes after `CurlGlobal`).
int ccurl_open(char *error, size_t error_size);

// curl_easy_setopt and curl_easy_getinfo are variadic; one typed wrapper per
// argument kind. https://curl.se/libcurl/c/curl_easy_setopt.html
CURLcode ccurl_setopt_long(CURL *h, CURLoption o, long v);
CURLcode ccurl_setopt_string(CURL *h, CURLoption o, const char *v);
CURLcode ccurl_setopt_pointer(CURL *h, CURLoption o, void *v);
CURLcode ccurl_setopt_slist(CURL *h, CURLoption o, struct curl_slist *v);
CURLcode ccurl_setopt_off(CURL *h, CURLoption o, curl_off_t v);
CURLcode ccurl_setopt_write_function(CURL *h, curl_write_callback f);
CURLcode ccurl_setopt_read_function(CURL *h, curl_read_callback f);
CURLcode ccurl_setopt_header_function(CURL *h, curl_write_callback f);
CURLcode ccurl_getinfo_long(CURL *h, CURLINFO i, long *v);
CURLcode ccurl_getinfo_double(CURL *h, CURLINFO i, double *v);
CURLcode ccurl_getinfo_string(CURL *h, CURLINFO i, char **v);
CURLcode ccurl_getinfo_off(CURL *h, CURLINFO i, curl_off_t *v);

// CURLAUTH_AWS_SIGV4 is a macro built from a shift Swift does not import.
static const unsigned long ccurl_auth_aws_sigv4 = CURLAUTH_AWS_SIGV4;
// CURLAUTH_BASIC is built from the same shift; HTTPClient offers Basic auth for discovery sources.
static const unsigned long ccurl_auth_basic = CURLAUTH_BASIC;
// Returned from a read callback to abort the transfer (a macro).
static const size_t ccurl_readfunc_abort = CURL_READFUNC_ABORT;

#endif
