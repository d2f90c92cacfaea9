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

/// Scores rows of 2-bit codes against an int8 query: the coarse first pass of
/// a search over a million rows, where the int8 codes' 384 bytes per row are
/// more than memory can deliver in the time (96 bytes per row instead).
///
/// A row is `2 * words` 64-bit words: `words` words of high bits, then `words`
/// of low bits; bit b of word w holds dimension 64 * w + b, whose code is
/// c = 2 * high + low in [0, 3]. For i in [begin, end): row = rows ? rows[i] : i,
/// and out[i - begin] = (float)(sum_j c_j * query[j]), exact (an int32 sum).
/// `query` must hold 64 * words bytes in [-127, 127], zero past the dimension,
/// and codes must be zero past the dimension.
void vector_scan_2bit(const uint64_t *codes, size_t words, const int8_t *query, const int64_t *rows, size_t begin,
                      size_t end, float *out);

/// `vector_scan_2bit` on the named kernel (same names as `vector_scan_kernel`); 0 when unknown or not runnable here.
int vector_scan_2bit_with(const char *kernel, const uint64_t *codes, size_t words, const int8_t *query,
                          const int64_t *rows, size_t begin, size_t end, float *out);

#endif
