// Opens OpenBLAS with dlopen after choosing its core type, and forwards the
// four calls JobHuntEmbeddings makes. See include/CBLAS.h for why.
#include "CBLAS.h"

#include <dlfcn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#if defined(__x86_64__) || defined(__i386__)
#include <cpuid.h>
#endif

// The CBLAS enums' values (cblas.h): row-major order, no transpose, transpose.
enum { ROW_MAJOR = 101, NO_TRANS = 111, TRANS = 112 };

typedef void (*sgemm_fn)(int, int, int, int, int, int, float, const float *, int, const float *, int, float,
                         float *, int);
typedef void (*set_threads_fn)(int);
typedef char *(*get_text_fn)(void);

static struct {
    int source;
    sgemm_fn sgemm;
    set_threads_fn set_threads;
    get_text_fn core_name;
    get_text_fn config;
} blas;

void cblas_shim_read_cpu(cblas_shim_cpu *cpu) {
    memset(cpu, 0, sizeof *cpu);
#if defined(__x86_64__) || defined(__i386__)
    unsigned int eax, ebx, ecx, edx, max_leaf;
    if (!__get_cpuid(0, &max_leaf, &ebx, &ecx, &edx)) return;
    char vendor[13];
    memcpy(vendor, &ebx, 4);
    memcpy(vendor + 4, &edx, 4);
    memcpy(vendor + 8, &ecx, 4);
    vendor[12] = 0;
    cpu->vendor = strcmp(vendor, "GenuineIntel") == 0 ? 1 : strcmp(vendor, "AuthenticAMD") == 0 ? 2 : 0;

    __get_cpuid(1, &eax, &ebx, &ecx, &edx);
    int base_family = (eax >> 8) & 0xf, base_model = (eax >> 4) & 0xf;
    cpu->family = base_family == 0xf ? base_family + ((eax >> 20) & 0xff) : base_family;
    cpu->model = (base_family == 0x6 || base_family == 0xf) ? (((eax >> 16) & 0xf) << 4) + base_model : base_model;
    int fma = (ecx >> 12) & 1, osxsave = (ecx >> 27) & 1, avx = (ecx >> 28) & 1;
    if (!osxsave || !avx) return;
    // XGETBV(0): which register states the OS saves on a context switch.
    unsigned int xcr0_low, xcr0_high;
    __asm__ volatile("xgetbv" : "=a"(xcr0_low), "=d"(xcr0_high) : "c"(0));
    int os_ymm = (xcr0_low & 0x6) == 0x6, os_zmm = (xcr0_low & 0xe6) == 0xe6;
    if (!os_ymm || max_leaf < 7) return;
    __cpuid_count(7, 0, eax, ebx, ecx, edx);
    cpu->fma = fma;
    cpu->avx2 = (ebx >> 5) & 1;
    int f = (ebx >> 16) & 1, dq = (ebx >> 17) & 1, cd = (ebx >> 28) & 1, bw = (ebx >> 30) & 1, vl = (ebx >> 31) & 1;
    cpu->avx512 = os_zmm && f && dq && cd && bw && vl;
#endif
}

static void *open_library(char *error, size_t error_size) {
    // The runtime package's soname first (Debian: libopenblas0-pthread via alternatives),
    // then the development symlink, then macOS's Homebrew name.
    static const char *names[] = {"libopenblas.so.0", "libopenblas.so", "libopenblas.dylib"};
    for (size_t i = 0; i < sizeof names / sizeof *names; i++) {
        void *handle = dlopen(names[i], RTLD_NOW | RTLD_LOCAL);
        if (handle) return handle;
    }
    const char *why = dlerror();
    snprintf(error, error_size, "%s", why ? why : "libopenblas.so.0 not found");
    return NULL;
}

// What `cblas_shim_choose_core` decided; 0 until it runs.
static int chosen_source;
// The OPENBLAS_CORETYPE the environment held when jobhunt replaced it.
static char replaced_core[64];

const char *cblas_shim_core_for(const cblas_shim_cpu *cpu) {
    if (!cpu->avx2 || !cpu->fma) return NULL;
    if (cpu->avx512) return "SkylakeX";
    return cpu->vendor == 2 ? "Zen" : "Haswell";
}

int cblas_shim_choose_core(void) {
    if (chosen_source) return chosen_source;
    // The only setenv calls in jobhunt: the caller runs this before any thread
    // exists, so no other thread can be copying environ (Process.run) meanwhile.
    const char *forced = getenv("JOBHUNT_BLAS_CORETYPE");
    if (forced && *forced) {
        setenv("OPENBLAS_CORETYPE", forced, 1);
        return chosen_source = cblas_shim_core_forced;
    }
    const char *set = getenv("OPENBLAS_CORETYPE");
    int inherited = set && *set;
    cblas_shim_cpu cpu;
    cblas_shim_read_cpu(&cpu);
    const char *core = cblas_shim_core_for(&cpu);
    if (!core) return chosen_source = inherited ? cblas_shim_core_from_environment : cblas_shim_core_library;
    if (inherited && strcasecmp(set, core) != 0) {
        snprintf(replaced_core, sizeof replaced_core, "%s", set);
        setenv("OPENBLAS_CORETYPE", core, 1);
        return chosen_source = cblas_shim_core_replaced;
    }
    setenv("OPENBLAS_CORETYPE", core, 1);
    return chosen_source = cblas_shim_core_chosen;
}

const char *cblas_shim_replaced_core(void) { return replaced_core; }

int cblas_shim_open(char *error, size_t error_size) {
    if (blas.source) return blas.source;
    // Never setenv here: threads may be running. Without an earlier choice the
    // environment is read as it is, and OpenBLAS decides when nothing is set.
    int source = chosen_source;
    if (!source) {
        const char *set = getenv("OPENBLAS_CORETYPE");
        source = set && *set ? cblas_shim_core_from_environment : cblas_shim_core_library;
    }
    void *handle = open_library(error, error_size);
    if (!handle) return 0;
    blas.sgemm = (sgemm_fn)dlsym(handle, "cblas_sgemm");
    blas.set_threads = (set_threads_fn)dlsym(handle, "openblas_set_num_threads");
    blas.core_name = (get_text_fn)dlsym(handle, "openblas_get_corename");
    blas.config = (get_text_fn)dlsym(handle, "openblas_get_config");
    if (!blas.sgemm || !blas.set_threads || !blas.core_name || !blas.config) {
        snprintf(error, error_size, "the OpenBLAS library found lacks cblas_sgemm or openblas_get_corename");
        memset(&blas, 0, sizeof blas);
        return 0;
    }
    blas.source = source;
    return source;
}

void cblas_shim_sgemm(
    int transpose_b, int m, int n, int k, float alpha, const float *a, int lda,
    const float *b, int ldb, float beta, float *c, int ldc) {
    if (!blas.sgemm) {
        fputs("jobhunt: internal error: OpenBLAS used before cblas_shim_open\n", stderr);
        abort();
    }
    blas.sgemm(ROW_MAJOR, NO_TRANS, transpose_b ? TRANS : NO_TRANS, m, n, k, alpha, a, lda, b, ldb, beta, c, ldc);
}

void cblas_shim_set_threads(int count) {
    if (blas.set_threads) blas.set_threads(count);
}

const char *cblas_shim_core_name(void) { return blas.core_name ? blas.core_name() : ""; }

const char *cblas_shim_config(void) { return blas.config ? blas.config() : ""; }
