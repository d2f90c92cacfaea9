internal import CBLAS
// The only file that calls OpenBLAS: opening it with kernels chosen for this
// CPU, single-precision matrix products and the thread count. Pointers stay
// internal to JobHuntEmbeddings.
import Foundation

/// Row-major `sgemm` and thread control over OpenBLAS, opened on first use.
/// Reference: https://www.netlib.org/lapack/explore-html/ (SGEMM).
enum BLAS {
    /// Opens OpenBLAS once per process (Swift runs a static's initialiser
    /// once, under a lock): every command that never embeds starts without it.
    private static let opened: Result<MatrixKernel, EmbeddingError> = open()

    /// OpenBLAS, opened if it was not yet; call before `gemm`.
    @discardableResult
    static func prepare() throws(EmbeddingError) -> MatrixKernel { try opened.get() }

    /// This CPU's features, read once with CPUID.
    static let processor: MatrixKernel.Processor = readProcessor()

    private static func open() -> Result<MatrixKernel, EmbeddingError> {
        var message = [CChar](repeating: 0, count: 512)
        let source = cblas_shim_open(&message, message.count)
        guard let kind = sourceKind(source) else {
            let detail = String(decoding: message.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
            return .failure(EmbeddingError(.matrixLibraryMissing, "OpenBLAS could not be opened: \(detail)"))
        }
        return .success(
            MatrixKernel(
                core: String(cString: cblas_shim_core_name()),
                library: String(cString: cblas_shim_config()).trimmingCharacters(in: .whitespaces),
                source: kind,
                replacedCore: kind == .replaced ? String(cString: cblas_shim_replaced_core()) : nil,
                processor: processor.description, cpuHasAVX2: processor.avx2 && processor.fma))
    }

    private static func sourceKind(_ code: Int32) -> MatrixKernel.Source? {
        switch code {
        case Int32(cblas_shim_core_from_environment.rawValue): return .environment
        case Int32(cblas_shim_core_chosen.rawValue): return .chosen
        case Int32(cblas_shim_core_library.rawValue): return .library
        case Int32(cblas_shim_core_forced.rawValue): return .forced
        case Int32(cblas_shim_core_replaced.rawValue): return .replaced
        default: return nil
        }
    }

    private static func readProcessor() -> MatrixKernel.Processor {
        var cpu = cblas_shim_cpu()
        cblas_shim_read_cpu(&cpu)
        let vendor: MatrixKernel.Processor.Vendor = cpu.vendor == 1 ? .intel : cpu.vendor == 2 ? .amd : .other
        return MatrixKernel.Processor(
            vendor: vendor, family: Int(cpu.family), model: Int(cpu.model), avx2: cpu.avx2 != 0, fma: cpu.fma != 0,
            avx512: cpu.avx512 != 0)
    }

    /// `C = alpha · A · op(B) + beta · C`, all row-major; `op(B)` is `Bᵀ` when
    /// `transposeB` (PyTorch weights are `[out, in]`, so `X · Wᵀ` needs it).
    @inline(__always)
    static func gemm(
        m: Int, n: Int, k: Int, alpha: Float = 1,
        a: UnsafePointer<Float>, lda: Int,
        b: UnsafePointer<Float>, ldb: Int, transposeB: Bool,
        beta: Float, c: UnsafeMutablePointer<Float>, ldc: Int
    ) {
        cblas_shim_sgemm(
            transposeB ? 1 : 0, Int32(m), Int32(n), Int32(k), alpha, a, Int32(lda), b, Int32(ldb), beta, c,
            Int32(ldc))
    }

    /// Sets `OPENBLAS_CORETYPE` for this CPU; see `MatrixKernel.chooseBeforeThreadsStart()`.
    static func chooseCore() { _ = cblas_shim_choose_core() }

    /// The shim's rule for `cpu` (one table, in C, so the test process's
    /// load-time constructor and main.swift share it).
    static func coreType(for cpu: MatrixKernel.Processor) -> String? {
        var raw = cblas_shim_cpu()
        raw.vendor = cpu.vendor == .intel ? 1 : cpu.vendor == .amd ? 2 : 0
        (raw.family, raw.model) = (Int32(cpu.family), Int32(cpu.model))
        (raw.avx2, raw.fma, raw.avx512) = (cpu.avx2 ? 1 : 0, cpu.fma ? 1 : 0, cpu.avx512 ? 1 : 0)
        return cblas_shim_core_for(&raw).map { String(cString: $0) }
    }

    /// Sets OpenBLAS's worker count for the whole process (it is global state).
    static func setThreadCount(_ count: Int) {
        cblas_shim_set_threads(Int32(max(1, count)))
    }
}
