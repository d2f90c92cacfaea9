// See include/CTestProcess.h for why this runs before main.
#include "CTestProcess.h"

#include "CBLAS.h"

static int prepared;

__attribute__((constructor)) static void prepare_test_process(void) {
    cblas_shim_choose_core();
    prepared = 1;
}

int ctestprocess_prepared(void) { return prepared; }
