// The forward pass's element-wise kernels, compiled three times (AVX-512,
// AVX2 + FMA, baseline x86-64 or the target's default) and picked at run time
// by the same CPUID reading that chooses OpenBLAS's kernels. Swift code is built
// for baseline x86-64 (SSE2, 4 lanes): written there, softmax alone took 13% of
// a long-text embedding; here it runs 16 lanes wide. See include/CBLAS.h.
#include "CBLAS.h"

#include <math.h>
#include <string.h>

// Lanes of partial sums: one AVX-512 register of floats, so a reduction
// vectorises without reassociating (every lane is a sum of its own).
#define LANES 16

#define ALWAYS_INLINE static inline __attribute__((always_inline))

ALWAYS_INLINE float sum_row(const float *v, int count) {
    float partial[LANES] = {0};
    int i = 0;
    for (; i + LANES <= count; i += LANES)
        for (int j = 0; j < LANES; j++) partial[j] += v[i + j];
    float total = 0;
    for (int j = 0; j < LANES; j++) total += partial[j];
    for (; i < count; i++) total += v[i];
    return total;
}

ALWAYS_INLINE float max_row(const float *v, int count) {
    float partial[LANES];
    for (int j = 0; j < LANES; j++) partial[j] = -3.402823466e38f;
    int i = 0;
    for (; i + LANES <= count; i += LANES)
        for (int j = 0; j < LANES; j++) partial[j] = v[i + j] > partial[j] ? v[i + j] : partial[j];
    float top = partial[0];
    for (int j = 1; j < LANES; j++) top = partial[j] > top ? partial[j] : top;
    for (; i < count; i++) top = v[i] > top ? v[i] : top;
    return top;
}

// e^x for x <= 0 (Cephes expf: 2^n times a polynomial, about 1 ulp), branch-free:
// adding 1.5 * 2^23 rounds x * log2(e) to an integer n held in the low mantissa
// bits, so 2^n is built with integer operations.
ALWAYS_INLINE float exp_nonpositive(float value) {
    float x = value < -87.0f ? -87.0f : value;
    float shifted = x * 1.44269504f + 12582912.0f;
    float n = shifted - 12582912.0f;
    float r = x - n * 0.693359375f + n * 2.12194440e-4f;
    float p = 1.9875691e-4f;
    p = p * r + 1.3981999e-3f;
    p = p * r + 8.3334520e-3f;
    p = p * r + 4.1665796e-2f;
    p = p * r + 1.6666665e-1f;
    p = p * r + 5.0000001e-1f;
    float e = p * r * r + r + 1.0f;
    int bits;
    memcpy(&bits, &shifted, sizeof bits);
    int exponent = (bits - 0x4B400000 + 127) << 23;
    float scale;
    memcpy(&scale, &exponent, sizeof scale);
    return e * scale;
}

// erf as a rational approximation on [-4, 4] (Eigen's generic_fast_erf_float,
// max error about 1e-7); outside it float32 erf is +-1.
ALWAYS_INLINE float erf_approx(float value) {
    float x = value < -4.0f ? -4.0f : (value > 4.0f ? 4.0f : value);
    float x2 = x * x;
    float p = -2.72614225801306e-10f;
    p = p * x2 + 2.77068142495902e-08f;
    p = p * x2 - 2.10102402082508e-06f;
    p = p * x2 - 5.69250639462346e-05f;
    p = p * x2 - 7.34990630326855e-04f;
    p = p * x2 - 2.95459980854025e-03f;
    p = p * x2 - 1.60960333262415e-02f;
    p *= x;
    float q = -1.45660718464996e-05f;
    q = q * x2 - 2.13374055278905e-04f;
    q = q * x2 - 1.68282697438203e-03f;
    q = q * x2 - 7.37332916720468e-03f;
    q = q * x2 - 1.42647390514189e-02f;
    return p / q;
}

ALWAYS_INLINE void layer_norm_body(float *x, const float *add, int rows, int width, const float *weight,
                                   const float *bias, float epsilon) {
    float scale = 1.0f / (float)width;
    for (int row = 0; row < rows; row++) {
        float *v = x + (size_t)row * width;
        if (add) {
            const float *a = add + (size_t)row * width;
            for (int i = 0; i < width; i++) v[i] += a[i];
        }
        float mean = sum_row(v, width) * scale;
        float partial[LANES] = {0};
        int i = 0;
        for (; i + LANES <= width; i += LANES)
            for (int j = 0; j < LANES; j++) {
                float d = v[i + j] - mean;
                partial[j] += d * d;
            }
        float squares = 0;
        for (int j = 0; j < LANES; j++) squares += partial[j];
        for (; i < width; i++) squares += (v[i] - mean) * (v[i] - mean);
        float inverse = 1.0f / sqrtf(squares * scale + epsilon);
        for (i = 0; i < width; i++) v[i] = (v[i] - mean) * inverse * weight[i] + bias[i];
    }
}

ALWAYS_INLINE void gelu_body(float *x, int rows, int width, const float *bias) {
    for (int row = 0; row < rows; row++) {
        float *r = x + (size_t)row * width;
        for (int i = 0; i < width; i++) {
            float v = r[i] + bias[i];
            r[i] = 0.5f * v * (1.0f + erf_approx(v * 0.70710677f));
        }
    }
}

ALWAYS_INLINE void softmax_body(float *x, int rows, int width, int stride, float *inverse_sums) {
    for (int row = 0; row < rows; row++) {
        float *v = x + (size_t)row * stride;
        float top = max_row(v, width);
        for (int i = 0; i < width; i++) v[i] = exp_nonpositive(v[i] - top);
        inverse_sums[row] = 1.0f / sum_row(v, width);
    }
}

ALWAYS_INLINE void scale_rows_body(float *x, int rows, int width, int stride, const float *scales) {
    for (int row = 0; row < rows; row++) {
        float *v = x + (size_t)row * stride;
        float s = scales[row];
        for (int i = 0; i < width; i++) v[i] *= s;
    }
}

// One copy of each kernel per instruction set. Clang inlines the bodies into
// each wrapper and vectorises them for that wrapper's target.
#if defined(__x86_64__) && (defined(__clang__) || defined(__GNUC__))
#define X86_LEVELS 1
#define AVX512 __attribute__((target("avx512f,avx512bw,avx512dq,avx512vl,avx2,fma")))
#define AVX2 __attribute__((target("avx2,fma")))
#define VARIANTS(name, params, args)                         \
    AVX512 static void name##_avx512 params { name##_body args; } \
    AVX2 static void name##_avx2 params { name##_body args; }     \
    static void name##_base params { name##_body args; }
#else
#define X86_LEVELS 0
#define VARIANTS(name, params, args) static void name##_base params { name##_body args; }
#endif

VARIANTS(layer_norm,
         (float *x, const float *add, int rows, int width, const float *weight, const float *bias, float epsilon),
         (x, add, rows, width, weight, bias, epsilon))
VARIANTS(gelu, (float *x, int rows, int width, const float *bias), (x, rows, width, bias))
VARIANTS(softmax, (float *x, int rows, int width, int stride, float *inverse_sums),
         (x, rows, width, stride, inverse_sums))
VARIANTS(scale_rows, (float *x, int rows, int width, int stride, const float *scales),
         (x, rows, width, stride, scales))

// 0 baseline, 1 AVX2 + FMA, 2 AVX-512; -1 until read. Threads that race on
// the first read all store the same value.
static int vector_level = -1;

int cblas_shim_vector_level(void) {
    int level = __atomic_load_n(&vector_level, __ATOMIC_RELAXED);
    if (level >= 0) return level;
    level = 0;
#if X86_LEVELS
    cblas_shim_cpu cpu;
    cblas_shim_read_cpu(&cpu);
    level = cpu.avx512 ? 2 : (cpu.avx2 && cpu.fma) ? 1 : 0;
#endif
    __atomic_store_n(&vector_level, level, __ATOMIC_RELAXED);
    return level;
}

#if X86_LEVELS
#define DISPATCH(name, args)                                  \
    switch (cblas_shim_vector_level()) {                      \
    case 2: name##_avx512 args; break;                        \
    case 1: name##_avx2 args; break;                          \
    default: name##_base args; break;                         \
    }
#else
#define DISPATCH(name, args) name##_base args;
#endif

void cblas_shim_layer_norm(float *x, const float *add, int rows, int width, const float *weight, const float *bias,
                           float epsilon) {
    DISPATCH(layer_norm, (x, add, rows, width, weight, bias, epsilon))
}

void cblas_shim_gelu(float *x, int rows, int width, const float *bias) { DISPATCH(gelu, (x, rows, width, bias)) }

void cblas_shim_softmax(float *x, int rows, int width, int stride, float *inverse_sums) {
    DISPATCH(softmax, (x, rows, width, stride, inverse_sums))
}

void cblas_shim_scale_rows(float *x, int rows, int width, int stride, const float *scales) {
    DISPATCH(scale_rows, (x, rows, width, stride, scales))
}
