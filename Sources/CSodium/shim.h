// CSodium: libsodium for JobHuntIO's password hashing and field encryption.
#ifndef CSODIUM_SHIM_H
#define CSODIUM_SHIM_H

#include <sodium.h>

#endif
