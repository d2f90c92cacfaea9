// CSQLite: the SQLite 3 C API for JobHuntDatabase, plus what Swift cannot import.
#ifndef CSQLITE_SHIM_H
#define CSQLITE_SHIM_H

#include <sqlite3.h>

// SQLITE_TRANSIENT is a macro casting -1 to a function pointer; Swift cannot
// import it. Binding with it makes SQLite copy the bytes before the call
// returns, so Swift buffers may be freed right after bind.
// Removable when Swift imports function-pointer casts in macros.
static inline sqlite3_destructor_type csqlite_transient(void) {
    return SQLITE_TRANSIENT;
}

// sqlite3_db_config is variadic; Swift cannot call C variadics.
// https://www.sqlite.org/c3ref/db_config.html
static inline int csqlite_db_config_int(sqlite3 *db, int op, int value, int *result) {
    return sqlite3_db_config(db, op, value, result);
}

// Extended result codes are macros built with `|` and `<<`, which Swift does
// not import. https://www.sqlite.org/rescode.html#extrc
static const int csqlite_constraint_unique = SQLITE_CONSTRAINT_UNIQUE;
static const int csqlite_constraint_primarykey = SQLITE_CONSTRAINT_PRIMARYKEY;
static const int csqlite_constraint_check = SQLITE_CONSTRAINT_CHECK;
static const int csqlite_constraint_notnull = SQLITE_CONSTRAINT_NOTNULL;
static const int csqlite_constraint_foreignkey = SQLITE_CONSTRAINT_FOREIGNKEY;
/* RAISE(ABORT, ...) in a trigger: migrations/sqlite uses it for the half of valid_date_range a CHECK cannot express. */
static const int csqlite_constraint_trigger = SQLITE_CONSTRAINT_TRIGGER;

#endif
