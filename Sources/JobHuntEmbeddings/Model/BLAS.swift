// The only file that calls OpenBLAS: single-precision matrix products and
// the thread count. Pointers stay internal to JobHuntEmbeddings.
internal import CBLAS

/// Row-major `sgemm` and thread control.
/// Reference: https://www.netlib.org/lapack/explore-html/ (SGEMM).
enum BLAS {
    /// `C = alpha · A · op(B) + beta · C`, all row-major; `op(B)` is `Bᵀ` when
    /// `transposeB` (PyTorch weights are `[out, in]`, so `X · Wᵀ` needs it).
    @inline(__always)
    static func gemm(
        m: Int, n: Int, k: Int, alpha: Float = 1,
        a: UnsafePointer<Float>, lda: Int,
        b: UnsafePointer<Float>, ldb: Int, transposeB: Bool,
        beta: Float, c: UnsafeMutablePointer<Float>, ldc: Int
    ) {
        cblas_sgemm(
            CblasRowMajor, CblasNoTrans, transposeB ? CblasTrans : CblasNoTrans,
            Int32(m), Int32(n), Int32(k), alpha, a, Int32(lda), b, Int32(ldb), beta, c, Int32(ldc))
    }

    /// Sets OpenBLAS's worker count for the whole process (it is global state).
    static func setThreadCount(_ count: Int) {
        openblas_set_num_threads(Int32(max(1, count)))
    }

    /// The cores OpenBLAS found.
    static var processorCount: Int { Int(openblas_get_num_procs()) }
}
