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

// ---- 2-bit codes (see vector_scan_2bit in the header) ----

typedef void (*scan2_fn)(const uint64_t *, size_t, const int8_t *, const int64_t *, size_t, size_t, float *);

static int32_t dot2_portable(const uint64_t *row, size_t words, const int8_t *query) {
    int32_t sum = 0;
    for (size_t w = 0; w < words; w++) {
        uint64_t hi = row[w], lo = row[words + w];
        const int8_t *q = query + 64 * w;
        for (size_t b = 0; b < 64; b++)
            sum += (int32_t)(2 * ((hi >> b) & 1) + ((lo >> b) & 1)) * (int32_t)q[b];
    }
    return sum;
}

static void scan2_portable(const uint64_t *codes, size_t words, const int8_t *query, const int64_t *rows,
                           size_t begin, size_t end, float *out) {
    for (size_t i = begin; i < end; i++) {
        size_t row = rows ? (size_t)rows[i] : i;
        out[i - begin] = (float)dot2_portable(codes + row * 2 * words, words, query);
    }
}

#ifdef VECTOR_SCAN_X86

// AVX-512 VNNI: each 64-bit word of bits is a byte mask; the codes' bytes
// (0..3, unsigned) are 2 where the high bit is set plus 1 where the low bit
// is, and vpdpbusd multiplies them by the signed query bytes. Four rows at a
// time share each query load.
__attribute__((target("avx512f,avx512bw,avx512vnni"))) static void
scan2_avx512vnni(const uint64_t *codes, size_t words, const int8_t *query, const int64_t *rows, size_t begin,
                 size_t end, float *out) {
    const __m512i one = _mm512_set1_epi8(1), two = _mm512_set1_epi8(2);
    size_t stride = 2 * words, i = begin;
#define CODE_BYTES(r, w)                                                                                               \
    _mm512_add_epi8(_mm512_maskz_mov_epi8(_cvtu64_mask64((r)[w]), two),                                               \
                    _mm512_maskz_mov_epi8(_cvtu64_mask64((r)[words + (w)]), one))
    for (; i + 4 <= end; i += 4) {
        const uint64_t *r0 = codes + (rows ? (size_t)rows[i] : i) * stride;
        const uint64_t *r1 = codes + (rows ? (size_t)rows[i + 1] : i + 1) * stride;
        const uint64_t *r2 = codes + (rows ? (size_t)rows[i + 2] : i + 2) * stride;
        const uint64_t *r3 = codes + (rows ? (size_t)rows[i + 3] : i + 3) * stride;
        __m512i a0 = _mm512_setzero_si512(), a1 = a0, a2 = a0, a3 = a0;
        for (size_t w = 0; w < words; w++) {
            __m512i q = _mm512_loadu_si512((const void *)(query + 64 * w));
            a0 = _mm512_dpbusd_epi32(a0, CODE_BYTES(r0, w), q);
            a1 = _mm512_dpbusd_epi32(a1, CODE_BYTES(r1, w), q);
            a2 = _mm512_dpbusd_epi32(a2, CODE_BYTES(r2, w), q);
            a3 = _mm512_dpbusd_epi32(a3, CODE_BYTES(r3, w), q);
        }
        out[i - begin] = (float)_mm512_reduce_add_epi32(a0);
        out[i + 1 - begin] = (float)_mm512_reduce_add_epi32(a1);
        out[i + 2 - begin] = (float)_mm512_reduce_add_epi32(a2);
        out[i + 3 - begin] = (float)_mm512_reduce_add_epi32(a3);
    }
#undef CODE_BYTES
    for (; i < end; i++) {
        size_t row = rows ? (size_t)rows[i] : i;
        out[i - begin] = (float)dot2_portable(codes + row * stride, words, query);
    }
}

// AVX2: 32 bits at a time become 32 bytes of 0x00/0xFF (each byte picks its
// source byte with vpshufb, keeps its own bit with vpand, and vpcmpeqb turns
// that into a full byte); the codes (0..3) times the query through
// vpmaddubsw stay far below int16's limit (2 * 3 * 127).
__attribute__((target("avx2"))) static inline __m256i bits_to_bytes(uint32_t bits) {
    const __m256i pick = _mm256_setr_epi8(0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2, 2, 2, 3, 3,
                                          3, 3, 3, 3, 3, 3);
    const __m256i bit = _mm256_set1_epi64x((long long)0x8040201008040201ULL);
    __m256i spread = _mm256_shuffle_epi8(_mm256_set1_epi32((int)bits), pick);
    return _mm256_cmpeq_epi8(_mm256_and_si256(spread, bit), bit);
}

__attribute__((target("avx2"))) static int32_t dot2_avx2(const uint64_t *row, size_t words, const int8_t *query) {
    const __m256i one = _mm256_set1_epi8(1), two = _mm256_set1_epi8(2), ones16 = _mm256_set1_epi16(1);
    __m256i acc = _mm256_setzero_si256();
    for (size_t w = 0; w < words; w++) {
        for (int half = 0; half < 2; half++) {
            uint32_t hi = (uint32_t)(row[w] >> (32 * half)), lo = (uint32_t)(row[words + w] >> (32 * half));
            __m256i c = _mm256_or_si256(_mm256_and_si256(bits_to_bytes(hi), two), _mm256_and_si256(bits_to_bytes(lo), one));
            __m256i q = _mm256_loadu_si256((const __m256i *)(query + 64 * w + 32 * half));
            acc = _mm256_add_epi32(acc, _mm256_madd_epi16(_mm256_maddubs_epi16(c, q), ones16));
        }
    }
    __m128i s = _mm_add_epi32(_mm256_castsi256_si128(acc), _mm256_extracti128_si256(acc, 1));
    s = _mm_add_epi32(s, _mm_shuffle_epi32(s, 0x4E));
    s = _mm_add_epi32(s, _mm_shuffle_epi32(s, 0xB1));
    return _mm_cvtsi128_si32(s);
}

__attribute__((target("avx2"))) static void scan2_avx2(const uint64_t *codes, size_t words, const int8_t *query,
                                                       const int64_t *rows, size_t begin, size_t end, float *out) {
    for (size_t i = begin; i < end; i++) {
        size_t row = rows ? (size_t)rows[i] : i;
        out[i - begin] = (float)dot2_avx2(codes + row * 2 * words, words, query);
    }
}

#endif

static scan2_fn scan2_named(const char *kernel) {
    if (strcmp(kernel, "portable") == 0) return scan2_portable;
#ifdef VECTOR_SCAN_X86
    __builtin_cpu_init();
    if (strcmp(kernel, "avx512-vnni") == 0 && __builtin_cpu_supports("avx512f") &&
        __builtin_cpu_supports("avx512bw") && __builtin_cpu_supports("avx512vnni"))
        return scan2_avx512vnni;
    if (strcmp(kernel, "avx2") == 0 && __builtin_cpu_supports("avx2")) return scan2_avx2;
#endif
    return NULL;
}

static scan2_fn chosen2;

void vector_scan_2bit(const uint64_t *codes, size_t words, const int8_t *query, const int64_t *rows, size_t begin,
                      size_t end, float *out) {
    scan2_fn fn = __atomic_load_n(&chosen2, __ATOMIC_ACQUIRE);
    if (!fn) {
        // The same kernel family as the int8 scan: both need the same CPU features.
        fn = scan2_named(vector_scan_kernel());
        __atomic_store_n(&chosen2, fn, __ATOMIC_RELEASE);
    }
    fn(codes, words, query, rows, begin, end, out);
}

int vector_scan_2bit_with(const char *kernel, const uint64_t *codes, size_t words, const int8_t *query,
                          const int64_t *rows, size_t begin, size_t end, float *out) {
    scan2_fn fn = scan2_named(kernel);
    if (!fn) return 0;
    fn(codes, words, query, rows, begin, end, out);
    return 1;
}
