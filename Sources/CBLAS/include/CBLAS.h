// CBLAS: OpenBLAS for JobHuntEmbeddings' matrix products, loaded at run time
// so that its kernels can be chosen for this CPU first.
//
// OpenBLAS picks its kernels once, while it loads, from CPUID or from the
// OPENBLAS_CORETYPE variable. Debian's 0.3.21 does not know CPUs newer than
// itself (Sapphire Rapids, for one) and falls back to its generic "Prescott"
// kernels, 3-4x slower. Linking it would load it before main; opening it with
// dlopen lets JobHuntEmbeddings set the core type first, and keeps it (and its
// thread pool) out of every command that never embeds.
// https://github.com/OpenMathLib/OpenBLAS/wiki/Faq#choosing-a-core-type
#ifndef CBLAS_H
#define CBLAS_H

#include <stddef.h>

/// What this CPU and its operating system can run, read with CPUID and XGETBV.
/// All zero on processors other than x86-64.
typedef struct {
    /// 1 Intel, 2 AMD, 0 anything else.
    int vendor;
    /// Display family and model, as /proc/cpuinfo shows them.
    int family;
    int model;
    /// AVX2 and FMA3, with the OS saving the YMM registers.
    int avx2;
    int fma;
    /// AVX-512 F, CD, BW, DQ and VL, with the OS saving the ZMM registers:
    /// what OpenBLAS's SkylakeX kernels need.
    int avx512;
} cblas_shim_cpu;

/// Fills `cpu` for the processor this runs on.
void cblas_shim_read_cpu(cblas_shim_cpu *cpu);

/// Where the core type OpenBLAS loaded with came from.
typedef enum {
    /// OPENBLAS_CORETYPE was set in the environment and jobhunt has no rule
    /// for this CPU (no AVX2, or not x86-64): kept.
    cblas_shim_core_from_environment = 1,
    /// `cblas_shim_core_for` this CPU (OPENBLAS_CORETYPE unset, or set to the same).
    cblas_shim_core_chosen = 2,
    /// Nothing was set and jobhunt has no rule: OpenBLAS chose by itself.
    cblas_shim_core_library = 3,
    /// JOBHUNT_BLAS_CORETYPE named the core type: a person's explicit choice for jobhunt.
    cblas_shim_core_forced = 4,
    /// OPENBLAS_CORETYPE named another core type than this CPU's; jobhunt set
    /// its own (`cblas_shim_replaced_core` says what was there).
    cblas_shim_core_replaced = 5,
} cblas_shim_core_source;

/// The OpenBLAS core type for `cpu`, or NULL to let OpenBLAS decide:
/// AVX-512 (F, CD, BW, DQ, VL): "SkylakeX"; AVX2 and FMA: "Zen" on AMD,
/// "Haswell" on Intel and other vendors (Hygon, Zhaoxin); anything else: NULL. Features, not model
/// numbers, so a CPU newer than the library still gets its widest kernels.
const char *cblas_shim_core_for(const cblas_shim_cpu *cpu);

/// Sets OPENBLAS_CORETYPE for this process and records where it came from:
/// JOBHUNT_BLAS_CORETYPE when set (a person forcing jobhunt's kernels), else
/// `cblas_shim_core_for` this CPU, replacing an OPENBLAS_CORETYPE inherited
/// from the environment (often exported machine-wide for other programs'
/// OpenBLAS builds: "Haswell" on an AVX-512 CPU halves the model's speed),
/// else the environment as it is.
/// Calls setenv, which races with any thread reading or copying the
/// environment (Foundation's Process.run does): call it first thing in main,
/// before any thread starts (Sources/jobhunt/main.swift, jobhunt-bench's, the
/// test process's load-time constructor). Later calls return the first result.
int cblas_shim_choose_core(void);

/// Opens OpenBLAS once per process and returns the source of its core type
/// (> 0): the one `cblas_shim_choose_core` recorded, else the environment as
/// it is (never changed here: threads may exist by now). Returns 0 with a
/// message in `error` when the library or a symbol is missing. Later calls
/// return the first call's result; not thread-safe against itself (the caller
/// opens it once, under Swift's lazy-global lock).
int cblas_shim_open(char *error, size_t error_size);

/// Row-major `C = alpha * A * op(B) + beta * C`, op(B) = B transposed when
/// `transpose_b`. Aborts if the library was not opened: a programming error.
void cblas_shim_sgemm(
    int transpose_b, int m, int n, int k, float alpha, const float *a, int lda,
    const float *b, int ldb, float beta, float *c, int ldc);

/// openblas_set_num_threads.
void cblas_shim_set_threads(int count);

/// The OPENBLAS_CORETYPE value jobhunt replaced ("" unless the source is
/// `cblas_shim_core_replaced`).
const char *cblas_shim_replaced_core(void);

/// openblas_get_corename ("Haswell", "SkylakeX", "Prescott"…) and
/// openblas_get_config ("OpenBLAS 0.3.21 DYNAMIC_ARCH …"); "" before opening.
const char *cblas_shim_core_name(void);
const char *cblas_shim_config(void);

/// The element-wise kernels of the forward pass (Kernels.c), each built for
/// AVX-512, AVX2 + FMA and the baseline, and run at the widest level this CPU
/// and its OS support (2, 1 or 0, as `cblas_shim_vector_level` returns). Rows
/// are row-major; nothing here allocates or calls OpenBLAS.
int cblas_shim_vector_level(void);

/// LayerNorm of each of `rows` rows of `width`, in place, with PyTorch's biased
/// variance: `x = (x - mean) / sqrt(var + epsilon) * weight + bias`. When `add`
/// is not NULL, its rows are added to `x` first (a residual).
void cblas_shim_layer_norm(float *x, const float *add, int rows, int width, const float *weight, const float *bias,
                           float epsilon);

/// The exact GELU of `x + bias`, `v/2 * (1 + erf(v/sqrt(2)))`, in place over each row.
void cblas_shim_gelu(float *x, int rows, int width, const float *bias);

/// Softmax numerators: each row of `width` (at `stride`) becomes exp(x - max)
/// and `inverse_sums[row]` gets 1 / their sum; the caller scales later.
void cblas_shim_softmax(float *x, int rows, int width, int stride, float *inverse_sums);

/// Multiplies the first `width` floats of row `r` (at `stride`) by `scales[r]`.
void cblas_shim_scale_rows(float *x, int rows, int width, int stride, const float *scales);

#endif
