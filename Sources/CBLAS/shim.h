// CBLAS: OpenBLAS's CBLAS interface for JobHuntEmbeddings' matrix products.
#ifndef CBLAS_SHIM_H
#define CBLAS_SHIM_H

#include <cblas.h>

#endif
