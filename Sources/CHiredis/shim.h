// CHiredis: the hiredis C API for JobHuntIO's Redis client.
#ifndef CHIREDIS_SHIM_H
#define CHIREDIS_SHIM_H

#include <hiredis/hiredis.h>

// redisCommand is variadic (printf-style) and Swift cannot call it; we use
// redisCommandArgv, which also keeps values binary-safe and never
// interpolates user data into a format string.
// https://github.com/redis/hiredis#sending-commands
static inline redisReply *chiredis_command_argv(redisContext *c, int argc, const char **argv, const size_t *argvlen) {
    return (redisReply *)redisCommandArgv(c, argc, argv, argvlen);
}

// The reply type codes are macros (REDIS_REPLY_STRING, ...); re-exported so the
// client can switch over them.
static const int chiredis_reply_string = REDIS_REPLY_STRING;
static const int chiredis_reply_array = REDIS_REPLY_ARRAY;
static const int chiredis_reply_integer = REDIS_REPLY_INTEGER;
static const int chiredis_reply_nil = REDIS_REPLY_NIL;
static const int chiredis_reply_status = REDIS_REPLY_STATUS;
static const int chiredis_reply_error = REDIS_REPLY_ERROR;
static const int chiredis_ok = REDIS_OK;

// redisContext.errstr is a fixed char[128], which Swift imports as a 128-element
// tuple; this hands the client a C string instead of tuple gymnastics.
static inline const char *chiredis_context_errstr(const redisContext *c) {
    return c->errstr;
}

#endif
