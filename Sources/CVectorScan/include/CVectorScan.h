// CVectorScan: the int8 inner loop of JobHuntEmbeddings' vector search, with
// the instructions chosen at run time for the CPU it runs on.
//
// A top-k search over 100k-1M stored vectors spends nearly all its time in one
// loop: the dot product of an int8 query with every row of int8 codes. Swift
// compiles that loop for the baseline x86-64 (SSE2), which leaves 4-8x on
// the table on a CPU with AVX2 or AVX-512 VNNI; building the whole product for
// a newer baseline would stop it running on older CPUs. So the loop lives here,
// compiled once per instruction set with function attributes, and the first
// call picks the best one the CPU and OS support (CPUID via the compiler's
// __builtin_cpu_supports). Other architectures get a portable loop.
#ifndef CVECTORSCAN_H
#define CVECTORSCAN_H

#include <stddef.h>
#include <stdint.h>

/// Scores rows of int8 codes against an int8 query.
///
/// For i in [begin, end): row = rows ? rows[i] : i, and
/// out[i - begin] = (float)(sum_j codes[row * dim + j] * query[j]) * scales[row].
/// Codes and query must lie in [-127, 127] (symmetric quantisation never
/// produces -128): the AVX2 path relies on it to stay exact.
void vector_scan_int8(const int8_t *codes, const float *scales, size_t dim, const int8_t *query,
                      const int64_t *rows, size_t begin, size_t end, float *out);

/// The kernel `vector_scan_int8` runs on this CPU: "avx512-vnni", "avx2" or "portable".
const char *vector_scan_kernel(void);

/// `vector_scan_int8` on the named kernel, so tests can hold every kernel this
/// CPU can run to the portable one. Returns 0 (and writes nothing) when the
/// name is unknown or this CPU cannot run it, else 1.
int vector_scan_int8_with(const char *kernel, const int8_t *codes, const float *scales, size_t dim,
                          const int8_t *query, const int64_t *rows, size_t begin, size_t end, float *out);

#endif
