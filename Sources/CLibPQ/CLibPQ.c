// Opens libpq with dlopen on first use and forwards the driver's libpq calls
// to it: CLibPQ.h says why.
//
// Each function below has libpq's own name and prototype, so Swift calls it
// exactly as it called the linked library. They are hidden: the binary does
// not export them, so libpq's calls between its own functions never land here.
// Adding a libpq function the driver needs is one line in CLIBPQ_FUNCTIONS;
// leaving it out is a link error (`undefined reference to PQ...`), not a
// silent fallback.
// The C library first, outside the hidden region: a declaration made there
// would mark snprintf or stderr hidden for the whole link, not only here.
#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

#pragma GCC visibility push(hidden)
#include "CLibPQ.h"
#pragma GCC visibility pop

// R(return type, name, parameters, arguments) for functions that return a
// value; V(name, parameters, arguments) for those that return void. Every one
// is in libpq 14 and later (pipeline mode came in 14).
#define CLIBPQ_FUNCTIONS(R, V)                                                                                        \
    R(PGconn *, PQconnectdbParams, (const char *const *k, const char *const *v, int e), (k, v, e))                   \
    R(PGconn *, PQconnectdb, (const char *c), (c))                                                                   \
    R(ConnStatusType, PQstatus, (const PGconn *c), (c))                                                              \
    R(char *, PQerrorMessage, (const PGconn *c), (c))                                                                \
    R(PQnoticeReceiver, PQsetNoticeReceiver, (PGconn * c, PQnoticeReceiver p, void *a), (c, p, a))                   \
    V(PQfinish, (PGconn * c), (c))                                                                                   \
    V(PQreset, (PGconn * c), (c))                                                                                    \
    R(PGTransactionStatusType, PQtransactionStatus, (const PGconn *c), (c))                                          \
    R(int, PQsocket, (const PGconn *c), (c))                                                                         \
    R(int, PQconsumeInput, (PGconn * c), (c))                                                                        \
    R(PGnotify *, PQnotifies, (PGconn * c), (c))                                                                     \
    V(PQfreemem, (void *p), (p))                                                                                     \
    R(PGresult *, PQexec, (PGconn * c, const char *q), (c, q))                                                       \
    R(PGresult *, PQexecParams,                                                                                      \
      (PGconn * c, const char *q, int n, const Oid *t, const char *const *v, const int *l, const int *f, int r),     \
      (c, q, n, t, v, l, f, r))                                                                                      \
    R(PGresult *, PQprepare, (PGconn * c, const char *s, const char *q, int n, const Oid *t), (c, s, q, n, t))       \
    R(PGresult *, PQexecPrepared,                                                                                    \
      (PGconn * c, const char *s, int n, const char *const *v, const int *l, const int *f, int r),                   \
      (c, s, n, v, l, f, r))                                                                                         \
    R(PGresult *, PQgetResult, (PGconn * c), (c))                                                                    \
    R(ExecStatusType, PQresultStatus, (const PGresult *r), (r))                                                      \
    R(char *, PQresultErrorMessage, (const PGresult *r), (r))                                                        \
    R(char *, PQresultErrorField, (const PGresult *r, int f), (r, f))                                                \
    V(PQclear, (PGresult * r), (r))                                                                                  \
    R(int, PQntuples, (const PGresult *r), (r))                                                                      \
    R(int, PQnfields, (const PGresult *r), (r))                                                                      \
    R(char *, PQfname, (const PGresult *r, int f), (r, f))                                                           \
    R(Oid, PQftype, (const PGresult *r, int f), (r, f))                                                              \
    R(char *, PQgetvalue, (const PGresult *r, int t, int f), (r, t, f))                                              \
    R(int, PQgetlength, (const PGresult *r, int t, int f), (r, t, f))                                                \
    R(int, PQgetisnull, (const PGresult *r, int t, int f), (r, t, f))                                                \
    R(char *, PQcmdTuples, (PGresult * r), (r))                                                                      \
    R(int, PQputCopyData, (PGconn * c, const char *b, int n), (c, b, n))                                             \
    R(int, PQputCopyEnd, (PGconn * c, const char *e), (c, e))                                                        \
    R(int, PQgetCopyData, (PGconn * c, char **b, int a), (c, b, a))                                                  \
    R(int, PQsendQueryParams,                                                                                        \
      (PGconn * c, const char *q, int n, const Oid *t, const char *const *v, const int *l, const int *f, int r),     \
      (c, q, n, t, v, l, f, r))                                                                                      \
    R(int, PQsendPrepare, (PGconn * c, const char *s, const char *q, int n, const Oid *t), (c, s, q, n, t))          \
    R(int, PQsendQueryPrepared,                                                                                      \
      (PGconn * c, const char *s, int n, const char *const *v, const int *l, const int *f, int r),                   \
      (c, s, n, v, l, f, r))                                                                                         \
    R(int, PQenterPipelineMode, (PGconn * c), (c))                                                                   \
    R(int, PQexitPipelineMode, (PGconn * c), (c))                                                                    \
    R(int, PQpipelineSync, (PGconn * c), (c))                                                                        \
    R(PGpipelineStatus, PQpipelineStatus, (const PGconn *c), (c))                                                    \
    R(int, PQsetnonblocking, (PGconn * c, int a), (c, a))                                                            \
    R(int, PQflush, (PGconn * c), (c))                                                                               \
    R(int, PQisBusy, (PGconn * c), (c))                                                                              \
    R(int, PQsetSingleRowMode, (PGconn * c), (c))

// One pointer per function, filled by `load`.
#define CLIBPQ_POINTER_R(type, name, params, args) static type(*clibpq_##name) params;
#define CLIBPQ_POINTER_V(name, params, args) static void(*clibpq_##name) params;
CLIBPQ_FUNCTIONS(CLIBPQ_POINTER_R, CLIBPQ_POINTER_V)

static pthread_once_t clibpq_once = PTHREAD_ONCE_INIT;
static int clibpq_ready;
static char clibpq_error[512];

/// Runs once: opens the library and resolves every pointer, or records why not.
static void clibpq_load(void) {
    // The soname, not libpq.so: that link is only in libpq-dev.
    void *handle = dlopen("libpq.so.5", RTLD_NOW | RTLD_LOCAL);
    if (handle == NULL) {
        const char *why = dlerror();
        snprintf(clibpq_error, sizeof clibpq_error, "libpq.so.5 could not be opened (%s)", why ? why : "not found");
        return;
    }
#define CLIBPQ_RESOLVE(name)                                                                                          \
    if ((*(void **)&clibpq_##name = dlsym(handle, #name)) == NULL) {                                                  \
        snprintf(clibpq_error, sizeof clibpq_error, "libpq.so.5 has no %s (libpq 14 or later is needed)", #name);  \
        return;                                                                                                       \
    }
#define CLIBPQ_RESOLVE_R(type, name, params, args) CLIBPQ_RESOLVE(name)
#define CLIBPQ_RESOLVE_V(name, params, args) CLIBPQ_RESOLVE(name)
    CLIBPQ_FUNCTIONS(CLIBPQ_RESOLVE_R, CLIBPQ_RESOLVE_V)
    clibpq_ready = 1;
}

int clibpq_open(char *error, size_t error_size) {
    pthread_once(&clibpq_once, clibpq_load);
    if (!clibpq_ready && error != NULL && error_size > 0) snprintf(error, error_size, "%s", clibpq_error);
    return clibpq_ready;
}

/// Every forwarder's first step; cheap after the first call (pthread_once).
static inline void clibpq_require(void) {
    pthread_once(&clibpq_once, clibpq_load);
    if (__builtin_expect(!clibpq_ready, 0)) {
        fprintf(stderr, "jobhunt: %s: install libpq5\n", clibpq_error);
        abort();
    }
}

#define CLIBPQ_FORWARD_R(type, name, params, args)                                                                    \
    type name params {                                                                                                \
        clibpq_require();                                                                                             \
        return clibpq_##name args;                                                                                    \
    }
#define CLIBPQ_FORWARD_V(name, params, args)                                                                          \
    void name params {                                                                                                \
        clibpq_require();                                                                                             \
        clibpq_##name args;                                                                                           \
    }
#pragma GCC visibility push(hidden)
CLIBPQ_FUNCTIONS(CLIBPQ_FORWARD_R, CLIBPQ_FORWARD_V)
#pragma GCC visibility pop
