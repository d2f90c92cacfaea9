// Dot products and normalisation over float vectors, shared by pooling,
// similarity and the vector index.

/// Small vector helpers.
public enum VectorMath {
    /// Σ aᵢbᵢ over the shorter length; for unit vectors this is the cosine.
    public static func dot(_ a: [Float], _ b: [Float]) -> Float {
        a.withUnsafeBufferPointer { x in
            b.withUnsafeBufferPointer { y in dot(x.baseAddress!, y.baseAddress!, count: min(x.count, y.count)) }
        }
    }

    /// Cosine similarity, for vectors that may not be unit length.
    public static func cosine(_ a: [Float], _ b: [Float]) -> Float {
        let denominator = (dot(a, a) * dot(b, b)).squareRoot()
        return denominator > 0 ? dot(a, b) / denominator : 0
    }

    /// `v / |v|`, or `v` unchanged when it is all zeros.
    public static func normalized(_ v: [Float]) -> [Float] {
        let norm = dot(v, v).squareRoot()
        return norm > 0 ? v.map { $0 / norm } : v
    }

    /// Eight independent accumulators so the loop vectorises and pipelines.
    @inline(__always)
    static func dot(_ x: UnsafePointer<Float>, _ y: UnsafePointer<Float>, count: Int) -> Float {
        var lanes = SIMD8<Float>()
        var index = 0
        while index + 8 <= count {
            let a = UnsafeRawPointer(x + index).loadUnaligned(as: SIMD8<Float>.self)
            let b = UnsafeRawPointer(y + index).loadUnaligned(as: SIMD8<Float>.self)
            lanes += a * b
            index += 8
        }
        var sum = lanes.sum()
        while index < count {
            sum += x[index] * y[index]
            index += 1
        }
        return sum
    }
}
