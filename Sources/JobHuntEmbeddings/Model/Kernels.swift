// The element-wise parts of the forward pass (LayerNorm, erf-GELU, softmax)
// over raw buffers. Written as plain scalar loops on purpose: the optimiser
// vectorises the element-wise ones (branch-free approximations, no libm
// calls), reductions keep eight partial sums so they pipeline, and the scalar
// Float operators stay inlined even in debug builds, where SIMD types are not.

/// Element-wise kernels over row-major float buffers.
enum Kernels {
    /// Σ v[0..<count] with eight partial sums (count a multiple of 8).
    @inline(__always)
    static func sum(_ v: UnsafePointer<Float>, count: Int) -> Float {
        var s0: Float = 0
        var s1: Float = 0
        var s2: Float = 0
        var s3: Float = 0
        var s4: Float = 0
        var s5: Float = 0
        var s6: Float = 0
        var s7: Float = 0
        var i = 0
        while i < count {
            s0 += v[i]
            s1 += v[i + 1]
            s2 += v[i + 2]
            s3 += v[i + 3]
            s4 += v[i + 4]
            s5 += v[i + 5]
            s6 += v[i + 6]
            s7 += v[i + 7]
            i += 8
        }
        return ((s0 + s1) + (s2 + s3)) + ((s4 + s5) + (s6 + s7))
    }

    /// LayerNorm of each of `rows` rows of `width` (a multiple of 8), in place,
    /// with the biased variance PyTorch uses. `scratch` holds `width` floats.
    static func layerNorm(
        _ x: UnsafeMutablePointer<Float>, rows: Int, width: Int, weight: UnsafePointer<Float>,
        bias: UnsafePointer<Float>, epsilon: Float
    ) {
        let scale = 1 / Float(width)
        let squares = UnsafeMutablePointer<Float>.allocate(capacity: width)
        defer { squares.deallocate() }
        for row in 0..<rows {
            let v = x + row * width
            let mean = sum(v, count: width) * scale
            for i in 0..<width {
                let d = v[i] - mean
                squares[i] = d * d
            }
            let inverse = 1 / (sum(squares, count: width) * scale + epsilon).squareRoot()
            for i in 0..<width { v[i] = (v[i] - mean) * inverse * weight[i] + bias[i] }
        }
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
        for row in 0..<rows {
            let r = x + row * width
            for i in 0..<width {
                let v = r[i] + bias[i]
                r[i] = 0.5 * v * (1 + erf(v * 0.707_106_77))
            }
        }
    }

    /// erf as a rational approximation on [-4, 4] (Eigen's `generic_fast_erf_float`,
    /// max error ≈ 1e-7); outside it float32 erf is ±1.
    @inline(__always)
    static func erf(_ value: Float) -> Float {
        let x = value < -4 ? -4 : (value > 4 ? 4 : value)
        let x2 = x * x
        var p: Float = -2.726_142_3e-10
        p = p * x2 + 2.770_681_4e-08
        p = p * x2 - 2.101_024e-06
        p = p * x2 - 5.692_506_4e-05
        p = p * x2 - 7.349_906_3e-04
        p = p * x2 - 2.954_6e-03
        p = p * x2 - 1.609_603_3e-02
        p *= x
        var q: Float = -1.456_607_2e-05
        q = q * x2 - 2.133_740_6e-04
        q = q * x2 - 1.682_827e-03
        q = q * x2 - 7.373_329_2e-03
        q = q * x2 - 1.426_473_9e-02
        return p / q
    }

    /// e^x for x ≤ 0 (Cephes `expf`: 2^n · polynomial, ≈ 1 ulp), branch-free.
    @inline(__always)
    static func exp(_ value: Float) -> Float {
        let x = value < -87 ? -87 : value
        // Adding 1.5·2^23 rounds x·log2(e) to an integer n and leaves n in the low
        // mantissa bits, so 2^n is built with integer operations, no conversion.
        let shifted = x * 1.442_695_04 + 12_582_912
        let n = shifted - 12_582_912
        let r = x - n * 0.693_359_375 + n * 2.121_944_4e-4
        var p: Float = 1.987_569_1e-4
        p = p * r + 1.398_199_9e-3
        p = p * r + 8.333_452e-3
        p = p * r + 4.166_579_6e-2
        p = p * r + 1.666_666_5e-1
        p = p * r + 5.000_000_1e-1
        let e = p * r * r + r + 1
        let exponent = (shifted.bitPattern &- 0x4B40_0000 &+ 127) &<< 23
        return e * Float(bitPattern: exponent)
    }

    /// The largest of v[0..<count], with four partial maxima (branch-free, so it vectorises).
    @inline(__always)
    static func maximum(_ v: UnsafePointer<Float>, count: Int) -> Float {
        var m0 = -Float.greatestFiniteMagnitude
        var m1 = m0
        var m2 = m0
        var m3 = m0
        var i = 0
        while i + 4 <= count {
            m0 = v[i] > m0 ? v[i] : m0
            m1 = v[i + 1] > m1 ? v[i + 1] : m1
            m2 = v[i + 2] > m2 ? v[i + 2] : m2
            m3 = v[i + 3] > m3 ? v[i + 3] : m3
            i += 4
        }
        while i < count {
            m0 = v[i] > m0 ? v[i] : m0
            i += 1
        }
        return max(max(m0, m1), max(m2, m3))
    }

    /// Softmax of each of `rows` rows of `width` (stride `stride`) without the
    /// final division: each row becomes `exp(x - max)` and `inverseSums[row]`
    /// gets `1 / Σ`. The caller scales the (much narrower) product with V
    /// instead of every score.
    static func softmaxNumerators(
        _ x: UnsafeMutablePointer<Float>, rows: Int, width: Int, stride: Int, inverseSums: UnsafeMutablePointer<Float>
    ) {
        let whole = width / 8 * 8
        for row in 0..<rows {
            let v = x + row * stride
            let top = maximum(v, count: width)
            for i in 0..<width { v[i] = exp(v[i] - top) }
            var total = sum(v, count: whole)
            for i in whole..<width { total += v[i] }
            inverseSums[row] = 1 / total
        }
    }
}
