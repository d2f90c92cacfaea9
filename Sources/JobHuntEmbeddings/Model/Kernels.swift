internal import CBLAS

// The element-wise parts of the forward pass (LayerNorm, erf-GELU, softmax):
// C in the CBLAS shim (Kernels.c), built for AVX-512, AVX2 + FMA and the
// baseline and picked from CPUID at run time. Swift is compiled for baseline
// x86-64 (SSE2, four lanes); these loops written in Swift took 22% of a
// long-text embedding (softmax alone 13%), see docs/performance.md. Adding a
// bias stays here: it is bound by memory, not by vector width.

/// Element-wise kernels over row-major float buffers.
enum Kernels {
    /// LayerNorm of each of `rows` rows of `width`, in place, with the biased
    /// variance PyTorch uses; `add`'s rows are added first when given (a residual).
    static func layerNorm(
        _ x: UnsafeMutablePointer<Float>, adding add: UnsafePointer<Float>? = nil, rows: Int, width: Int,
        weight: UnsafePointer<Float>, bias: UnsafePointer<Float>, epsilon: Float
    ) {
        cblas_shim_layer_norm(x, add, Int32(rows), Int32(width), weight, bias, epsilon)
    }

    /// Adds `bias` (length `width`) to each row, in place.
    static func addBias(
        _ x: UnsafeMutablePointer<Float>, rows: Int, width: Int, stride: Int, bias: UnsafePointer<Float>
    ) {
        for row in 0..<rows {
            let v = x + row * stride
            for i in 0..<width { v[i] += bias[i] }
        }
    }

    /// Fills each row with `bias`, so a following `gemm` with `beta = 1` adds it.
    static func fillBias(
        _ x: UnsafeMutablePointer<Float>, rows: Int, width: Int, stride: Int, bias: UnsafePointer<Float>
    ) {
        for row in 0..<rows { (x + row * stride).update(from: bias, count: width) }
    }

    /// The exact GELU of `x + bias`, `v/2 · (1 + erf(v/√2))`, in place over each row
    /// (adding the bias here saves a pass over the widest activation).
    static func gelu(_ x: UnsafeMutablePointer<Float>, rows: Int, width: Int, bias: UnsafePointer<Float>) {
        cblas_shim_gelu(x, Int32(rows), Int32(width), bias)
    }

    /// Softmax of each of `rows` rows of `width` (stride `stride`) without the
    /// final division: each row becomes `exp(x - max)` and `inverseSums[row]`
    /// gets `1 / Σ`. The caller scales the (much narrower) product with V
    /// instead of every score (`scaleRows`).
    static func softmaxNumerators(
        _ x: UnsafeMutablePointer<Float>, rows: Int, width: Int, stride: Int, inverseSums: UnsafeMutablePointer<Float>
    ) {
        cblas_shim_softmax(x, Int32(rows), Int32(width), Int32(stride), inverseSums)
    }

    /// Multiplies the first `width` floats of each row by that row's scale.
    static func scaleRows(
        _ x: UnsafeMutablePointer<Float>, rows: Int, width: Int, stride: Int, scales: UnsafePointer<Float>
    ) {
        cblas_shim_scale_rows(x, Int32(rows), Int32(width), Int32(stride), scales)
    }
}
