// CLibPQ: the libpq C API for JobHuntDatabase's PostgreSQL driver, opened at
// run time.
//
// Linking libpq loaded it, and the 20-odd libraries it needs (OpenSSL,
// Kerberos, LDAP, ...), into every process before main, for every command:
// the dynamic loader's work for them is CPU that a SQLite `discover match`
// spends without ever talking to PostgreSQL (issue 20). CLibPQ.c defines the
// libpq functions the driver calls as forwarders that open libpq with dlopen
// on the first call, as CBLAS does for OpenBLAS. The types and prototypes
// are libpq's own header, so the Swift driver is unchanged.
// https://www.postgresql.org/docs/current/libpq.html
#ifndef CLIBPQ_H
#define CLIBPQ_H

#include <stddef.h>
// Debian's libpq-dev puts the header under postgresql/; its own includes are
// quoted, so they resolve beside it without an include path.
#include <postgresql/libpq-fe.h>

/// Opens libpq (libpq.so.5) and resolves every function CLibPQ.c forwards,
/// once per process, thread-safe. Returns 1 when libpq is ready; 0 with a
/// one-line reason in `error` when the library or a function is missing.
/// The driver calls it before connecting, to turn a missing library into an
/// error; a forwarder called without it opens libpq itself and aborts with
/// the reason if it cannot (a programming error: no connection can exist).
int clibpq_open(char *error, size_t error_size);

// The diagnostic field codes are single-character macros from
// postgres_ext.h ('C', 'n', ...); re-exported as typed constants so the
// driver does not repeat magic letters.
// https://www.postgresql.org/docs/current/libpq-exec.html#LIBPQ-PQRESULTERRORFIELD
static const int clibpq_diag_sqlstate = PG_DIAG_SQLSTATE;
static const int clibpq_diag_message_primary = PG_DIAG_MESSAGE_PRIMARY;
static const int clibpq_diag_message_detail = PG_DIAG_MESSAGE_DETAIL;
static const int clibpq_diag_message_hint = PG_DIAG_MESSAGE_HINT;
static const int clibpq_diag_constraint_name = PG_DIAG_CONSTRAINT_NAME;
static const int clibpq_diag_table_name = PG_DIAG_TABLE_NAME;
static const int clibpq_diag_column_name = PG_DIAG_COLUMN_NAME;

#endif
