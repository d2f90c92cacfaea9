// Opens libcurl with dlopen on first use and forwards JobHuntIO's libcurl
// calls to it: CCurl.h says why.
//
// The forwarders have libcurl's own names and prototypes, so Swift calls them
// as it called the linked library; they are hidden, so libcurl's calls
// between its own functions never land here. Adding a function JobHuntIO
// needs is one line in CCURL_FUNCTIONS; leaving it out is a link error.
// The type-checking macros of curl/typecheck-gcc.h would rename the variadic
// calls below; the wrappers are typed already.
#define CURL_DISABLE_TYPECHECK 1
// The C library first, outside the hidden region: a declaration made there
// would mark snprintf or stderr hidden for the whole link, not only here.
#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

#pragma GCC visibility push(hidden)
#include "CCurl.h"
#pragma GCC visibility pop

// R(return type, name, parameters, arguments); V(name, parameters, arguments)
// for void. The two variadic functions are reached only through the typed
// wrappers at the end, through pointers of their variadic type.
#define CCURL_FUNCTIONS(R, V)                                                                                         \
    R(CURLcode, curl_global_init, (long f), (f))                                                                     \
    R(CURL *, curl_easy_init, (void), ())                                                                            \
    V(curl_easy_cleanup, (CURL * h), (h))                                                                            \
    R(CURLcode, curl_easy_perform, (CURL * h), (h))                                                                  \
    R(const char *, curl_easy_strerror, (CURLcode c), (c))                                                           \
    R(struct curl_slist *, curl_slist_append, (struct curl_slist * l, const char *d), (l, d))                        \
    V(curl_slist_free_all, (struct curl_slist * l), (l))

#define CCURL_POINTER_R(type, name, params, args) static type(*ccurl_##name) params;
#define CCURL_POINTER_V(name, params, args) static void(*ccurl_##name) params;
CCURL_FUNCTIONS(CCURL_POINTER_R, CCURL_POINTER_V)
static CURLcode (*ccurl_setopt)(CURL *, CURLoption, ...);
static CURLcode (*ccurl_getinfo)(CURL *, CURLINFO, ...);

static pthread_once_t ccurl_once = PTHREAD_ONCE_INIT;
static int ccurl_ready;
static char ccurl_error[512];

/// Runs once: opens the library and resolves every pointer, or records why not.
static void ccurl_load(void) {
    // The soname, not libcurl.so: that link is only in the -dev package.
    void *handle = dlopen("libcurl.so.4", RTLD_NOW | RTLD_LOCAL);
    if (handle == NULL) {
        const char *why = dlerror();
        snprintf(ccurl_error, sizeof ccurl_error, "libcurl.so.4 could not be opened (%s)", why ? why : "not found");
        return;
    }
#define CCURL_RESOLVE(pointer, name)                                                                                  \
    if ((*(void **)&pointer = dlsym(handle, name)) == NULL) {                                                         \
        snprintf(ccurl_error, sizeof ccurl_error, "libcurl.so.4 has no %s", name);                                  \
        return;                                                                                                       \
    }
#define CCURL_RESOLVE_R(type, name, params, args) CCURL_RESOLVE(ccurl_##name, #name)
#define CCURL_RESOLVE_V(name, params, args) CCURL_RESOLVE(ccurl_##name, #name)
    CCURL_FUNCTIONS(CCURL_RESOLVE_R, CCURL_RESOLVE_V)
    CCURL_RESOLVE(ccurl_setopt, "curl_easy_setopt")
    CCURL_RESOLVE(ccurl_getinfo, "curl_easy_getinfo")
    ccurl_ready = 1;
}

int ccurl_open(char *error, size_t error_size) {
    pthread_once(&ccurl_once, ccurl_load);
    if (!ccurl_ready && error != NULL && error_size > 0) snprintf(error, error_size, "%s", ccurl_error);
    return ccurl_ready;
}

/// Every forwarder's first step; cheap after the first call (pthread_once).
static inline void ccurl_require(void) {
    pthread_once(&ccurl_once, ccurl_load);
    if (__builtin_expect(!ccurl_ready, 0)) {
        fprintf(stderr, "jobhunt: %s: install libcurl4\n", ccurl_error);
        abort();
    }
}

#define CCURL_FORWARD_R(type, name, params, args)                                                                     \
    type name params {                                                                                                \
        ccurl_require();                                                                                              \
        return ccurl_##name args;                                                                                     \
    }
#define CCURL_FORWARD_V(name, params, args)                                                                           \
    void name params {                                                                                                \
        ccurl_require();                                                                                              \
        ccurl_##name args;                                                                                            \
    }
#pragma GCC visibility push(hidden)
CCURL_FUNCTIONS(CCURL_FORWARD_R, CCURL_FORWARD_V)

CURLcode ccurl_setopt_long(CURL *h, CURLoption o, long v) { ccurl_require(); return ccurl_setopt(h, o, v); }
CURLcode ccurl_setopt_string(CURL *h, CURLoption o, const char *v) { ccurl_require(); return ccurl_setopt(h, o, v); }
CURLcode ccurl_setopt_pointer(CURL *h, CURLoption o, void *v) { ccurl_require(); return ccurl_setopt(h, o, v); }
CURLcode ccurl_setopt_slist(CURL *h, CURLoption o, struct curl_slist *v) { ccurl_require(); return ccurl_setopt(h, o, v); }
CURLcode ccurl_setopt_off(CURL *h, CURLoption o, curl_off_t v) { ccurl_require(); return ccurl_setopt(h, o, v); }
CURLcode ccurl_setopt_write_function(CURL *h, curl_write_callback f) {
    ccurl_require();
    return ccurl_setopt(h, CURLOPT_WRITEFUNCTION, f);
}
CURLcode ccurl_setopt_read_function(CURL *h, curl_read_callback f) {
    ccurl_require();
    return ccurl_setopt(h, CURLOPT_READFUNCTION, f);
}
CURLcode ccurl_setopt_header_function(CURL *h, curl_write_callback f) {
    ccurl_require();
    return ccurl_setopt(h, CURLOPT_HEADERFUNCTION, f);
}
CURLcode ccurl_getinfo_long(CURL *h, CURLINFO i, long *v) { ccurl_require(); return ccurl_getinfo(h, i, v); }
CURLcode ccurl_getinfo_double(CURL *h, CURLINFO i, double *v) { ccurl_require(); return ccurl_getinfo(h, i, v); }
CURLcode ccurl_getinfo_string(CURL *h, CURLINFO i, char **v) { ccurl_require(); return ccurl_getinfo(h, i, v); }
CURLcode ccurl_getinfo_off(CURL *h, CURLINFO i, curl_off_t *v) { ccurl_require(); return ccurl_getinfo(h, i, v); }
#pragma GCC visibility pop
