// See include/CVectorScan.h. Each kernel computes exact int32 dot products,
// so every path returns the same scores bit for bit.
#include "CVectorScan.h"

#include <string.h>

#if defined(__x86_64__) || defined(__i386__)
#include <immintrin.h>
#define VECTOR_SCAN_X86 1
#endif

typedef void (*scan_fn)(const int8_t *, const float *, size_t, const int8_t *, const int64_t *, size_t, size_t,
                        float *);

static int32_t dot_portable(const int8_t *a, const int8_t *b, size_t dim) {
    int32_t sum = 0;
    for (size_t j = 0; j < dim; j++) sum += (int32_t)a[j] * (int32_t)b[j];
    return sum;
}

static void scan_portable(const int8_t *codes, const float *scales, size_t dim, const int8_t *query,
                          const int64_t *rows, size_t begin, size_t end, float *out) {
    for (size_t i = begin; i < end; i++) {
        size_t row = rows ? (size_t)rows[i] : i;
        out[i - begin] = (float)dot_portable(codes + row * dim, query, dim) * scales[row];
    }
}

#ifdef VECTOR_SCAN_X86

// AVX-512 VNNI: vpdpbusd multiplies unsigned by signed bytes and adds each
// group of four into an int32 lane, without saturation. Codes become unsigned
// by flipping their sign bit (c ^ 0x80 = c + 128), so each row's sum is
// dot + 128 * sum(query), and that constant is taken off. Four rows at a
// time keep four independent accumulators in flight.
__attribute__((target("avx512f,avx512bw,avx512vnni"))) static void
scan_avx512vnni(const int8_t *codes, const float *scales, size_t dim, const int8_t *query, const int64_t *rows,
                size_t begin, size_t end, float *out) {
    const __m512i flip = _mm512_set1_epi8((char)0x80);
    int32_t bias = 0;
    for (size_t j = 0; j < dim; j++) bias += 128 * (int32_t)query[j];
    size_t full = dim / 64, tail = dim % 64;
    __mmask64 tail_mask = tail ? (((__mmask64)1 << tail) - 1) : 0;
    size_t i = begin;
    for (; i + 4 <= end; i += 4) {
        const int8_t *r0, *r1, *r2, *r3;
        size_t k0 = rows ? (size_t)rows[i] : i, k1 = rows ? (size_t)rows[i + 1] : i + 1;
        size_t k2 = rows ? (size_t)rows[i + 2] : i + 2, k3 = rows ? (size_t)rows[i + 3] : i + 3;
        r0 = codes + k0 * dim, r1 = codes + k1 * dim, r2 = codes + k2 * dim, r3 = codes + k3 * dim;
        __m512i a0 = _mm512_setzero_si512(), a1 = a0, a2 = a0, a3 = a0;
        size_t c = 0;
        for (; c < full; c++) {
            __m512i q = _mm512_loadu_si512((const void *)(query + 64 * c));
            a0 = _mm512_dpbusd_epi32(a0, _mm512_xor_si512(_mm512_loadu_si512((const void *)(r0 + 64 * c)), flip), q);
            a1 = _mm512_dpbusd_epi32(a1, _mm512_xor_si512(_mm512_loadu_si512((const void *)(r1 + 64 * c)), flip), q);
            a2 = _mm512_dpbusd_epi32(a2, _mm512_xor_si512(_mm512_loadu_si512((const void *)(r2 + 64 * c)), flip), q);
            a3 = _mm512_dpbusd_epi32(a3, _mm512_xor_si512(_mm512_loadu_si512((const void *)(r3 + 64 * c)), flip), q);
        }
        if (tail) {
            // Masked-off bytes load as zero in both operands: 0 * anything adds nothing,
            // and the bias only counts the query's real bytes.
            __m512i q = _mm512_maskz_loadu_epi8(tail_mask, query + 64 * c);
            __m512i f = _mm512_maskz_mov_epi8(tail_mask, flip);
            a0 = _mm512_dpbusd_epi32(a0, _mm512_xor_si512(_mm512_maskz_loadu_epi8(tail_mask, r0 + 64 * c), f), q);
            a1 = _mm512_dpbusd_epi32(a1, _mm512_xor_si512(_mm512_maskz_loadu_epi8(tail_mask, r1 + 64 * c), f), q);
            a2 = _mm512_dpbusd_epi32(a2, _mm512_xor_si512(_mm512_maskz_loadu_epi8(tail_mask, r2 + 64 * c), f), q);
            a3 = _mm512_dpbusd_epi32(a3, _mm512_xor_si512(_mm512_maskz_loadu_epi8(tail_mask, r3 + 64 * c), f), q);
        }
        out[i - begin] = (float)(_mm512_reduce_add_epi32(a0) - bias) * scales[k0];
        out[i + 1 - begin] = (float)(_mm512_reduce_add_epi32(a1) - bias) * scales[k1];
        out[i + 2 - begin] = (float)(_mm512_reduce_add_epi32(a2) - bias) * scales[k2];
        out[i + 3 - begin] = (float)(_mm512_reduce_add_epi32(a3) - bias) * scales[k3];
    }
    for (; i < end; i++) {
        size_t row = rows ? (size_t)rows[i] : i;
        out[i - begin] = (float)dot_portable(codes + row * dim, query, dim) * scales[row];
    }
}

// AVX2: vpmaddubsw multiplies unsigned by signed bytes into saturating int16
// pairs. With |query| as the unsigned operand and the code carrying the
// query's sign (vpsignb), each pair is at most 2 * 127 * 127 = 32258, so it
// never saturates; vpmaddwd then widens pairs to int32.
__attribute__((target("avx2"))) static int32_t dot_avx2(const int8_t *row, const int8_t *query, size_t dim) {
    const __m256i ones = _mm256_set1_epi16(1);
    __m256i acc = _mm256_setzero_si256();
    size_t j = 0;
    for (; j + 32 <= dim; j += 32) {
        __m256i q = _mm256_loadu_si256((const __m256i *)(query + j));
        __m256i c = _mm256_loadu_si256((const __m256i *)(row + j));
        __m256i pairs = _mm256_maddubs_epi16(_mm256_abs_epi8(q), _mm256_sign_epi8(c, q));
        acc = _mm256_add_epi32(acc, _mm256_madd_epi16(pairs, ones));
    }
    __m128i s = _mm_add_epi32(_mm256_castsi256_si128(acc), _mm256_extracti128_si256(acc, 1));
    s = _mm_add_epi32(s, _mm_shuffle_epi32(s, 0x4E));
    s = _mm_add_epi32(s, _mm_shuffle_epi32(s, 0xB1));
    int32_t sum = _mm_cvtsi128_si32(s);
    for (; j < dim; j++) sum += (int32_t)row[j] * (int32_t)query[j];
    return sum;
}

__attribute__((target("avx2"))) static void scan_avx2(const int8_t *codes, const float *scales, size_t dim,
                                                      const int8_t *query, const int64_t *rows, size_t begin,
                                                      size_t end, float *out) {
    for (size_t i = begin; i < end; i++) {
        size_t row = rows ? (size_t)rows[i] : i;
        out[i - begin] = (float)dot_avx2(codes + row * dim, query, dim) * scales[row];
    }
}

#endif

static scan_fn chosen;
static const char *chosen_name;

static void choose(void) {
    scan_fn fn = scan_portable;
    const char *name = "portable";
#ifdef VECTOR_SCAN_X86
    __builtin_cpu_init();
    if (__builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512bw") &&
        __builtin_cpu_supports("avx512vnni")) {
        fn = scan_avx512vnni;
        name = "avx512-vnni";
    } else if (__builtin_cpu_supports("avx2")) {
        fn = scan_avx2;
        name = "avx2";
    }
#endif
    // Both stores are idempotent: racing first calls choose the same kernel.
    __atomic_store_n(&chosen_name, name, __ATOMIC_RELAXED);
    __atomic_store_n(&chosen, fn, __ATOMIC_RELEASE);
}

void vector_scan_int8(const int8_t *codes, const float *scales, size_t dim, const int8_t *query,
                      const int64_t *rows, size_t begin, size_t end, float *out) {
    scan_fn fn = __atomic_load_n(&chosen, __ATOMIC_ACQUIRE);
    if (!fn) {
        choose();
        fn = __atomic_load_n(&chosen, __ATOMIC_ACQUIRE);
    }
    fn(codes, scales, dim, query, rows, begin, end, out);
}

const char *vector_scan_kernel(void) {
    if (!__atomic_load_n(&chosen, __ATOMIC_ACQUIRE)) choose();
    return __atomic_load_n(&chosen_name, __ATOMIC_RELAXED);
}

int vector_scan_int8_with(const char *kernel, const int8_t *codes, const float *scales, size_t dim,
                          const int8_t *query, const int64_t *rows, size_t begin, size_t end, float *out) {
    scan_fn fn = NULL;
    if (strcmp(kernel, "portable") == 0) fn = scan_portable;
#ifdef VECTOR_SCAN_X86
    __builtin_cpu_init();
    if (strcmp(kernel, "avx512-vnni") == 0 && __builtin_cpu_supports("avx512f") &&
        __builtin_cpu_supports("avx512bw") && __builtin_cpu_supports("avx512vnni"))
        fn = scan_avx512vnni;
    if (strcmp(kernel, "avx2") == 0 && __builtin_cpu_supports("avx2")) fn = scan_avx2;
#endif
    if (!fn) return 0;
    fn(codes, scales, dim, query, rows, begin, end, out);
    return 1;
}
