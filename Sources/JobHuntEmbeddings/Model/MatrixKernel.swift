// Which OpenBLAS kernels run the model's matrix products, and why: chosen from
// what the CPU can do before OpenBLAS loads, so a CPU newer than the library
// never runs its generic fallback.
import Foundation

/// The matrix kernels in use, for `jobhunt model status` and `doctor`.
public struct MatrixKernel: Sendable, Equatable, Codable {
    /// Where the core type came from.
    public enum Source: String, Sendable, Codable {
        /// `OPENBLAS_CORETYPE` was set and jobhunt has no rule for this CPU: kept.
        case environment
        /// jobhunt chose it from the CPU's features (see `MatrixKernel.coreType(for:)`).
        case chosen
        /// OpenBLAS chose by itself (a CPU jobhunt has no rule for).
        case library
        /// `JOBHUNT_BLAS_CORETYPE` named it: the one way to make jobhunt run
        /// other kernels than its own choice (to compare them, or to avoid one).
        case forced
        /// jobhunt chose it and replaced another `OPENBLAS_CORETYPE` inherited
        /// from the environment (`replacedCore`). That variable is often
        /// exported machine-wide for other programs' OpenBLAS builds, and
        /// `Haswell` on an AVX-512 CPU halves the model's speed.
        case replaced
    }

    /// OpenBLAS's kernel set, as `openblas_get_corename` says ("Haswell", "SkylakeX").
    public var core: String
    /// OpenBLAS's build line ("OpenBLAS 0.3.21 NO_LAPACKE DYNAMIC_ARCH …").
    public var library: String
    public var source: Source
    /// The `OPENBLAS_CORETYPE` jobhunt replaced, when `source` is `.replaced`.
    public var replacedCore: String?
    /// The processor, as jobhunt read it ("Intel family 6 model 143, AVX-512").
    public var processor: String

    /// Kernel sets that mean OpenBLAS did not recognise a CPU that can run
    /// AVX2: its pre-AVX fallbacks, 3–4× slower on the model's products.
    public static let genericCores: Set<String> = [
        "Prescott", "Core2", "Penryn", "Dunnington", "Nehalem", "Atom", "Katmai", "Coppermine", "Northwood",
        "Banias", "Athlon", "Opteron", "Opteron_SSE3", "Barcelona", "Bobcat", "Nano",
    ]

    /// True when the CPU could run AVX2 kernels but a pre-AVX one is loaded.
    public var isGenericFallback: Bool { cpuHasAVX2 && Self.genericCores.contains(core) }
    var cpuHasAVX2: Bool

    /// A line for people: "Haswell (chosen for AMD family 26 model 2 with AVX2) · OpenBLAS 0.3.21 …".
    public var summary: String {
        let why: String
        switch source {
        case .environment: why = "from OPENBLAS_CORETYPE"
        case .chosen: why = "chosen for \(processor)"
        case .library: why = "OpenBLAS's own choice for \(processor)"
        case .forced: why = "from JOBHUNT_BLAS_CORETYPE"
        case .replaced:
            why =
                "chosen for \(processor), instead of OPENBLAS_CORETYPE=\(replacedCore ?? "?");"
                + " JOBHUNT_BLAS_CORETYPE forces one"
        }
        return "\(core) (\(why)); \(library)"
    }
}

extension MatrixKernel {
    /// The kernels this process runs, opening OpenBLAS if nothing has yet (a
    /// few milliseconds; the model's weights are not read).
    public static func current() throws(EmbeddingError) -> MatrixKernel { try BLAS.prepare() }

    /// Sets `OPENBLAS_CORETYPE` to `coreType(for:)` this CPU (or to
    /// `JOBHUNT_BLAS_CORETYPE` when a person set it), and records where the
    /// choice came from (what `model status` reports). Call it first thing in `main`, before any
    /// thread starts: it calls `setenv`, which would race with another thread
    /// copying the environment (Foundation's `Process.run` crashed so once).
    /// Opening OpenBLAS later never changes the environment.
    public static func chooseBeforeThreadsStart() { BLAS.chooseCore() }

    /// What the CPU can do, as the CBLAS shim reads it with CPUID.
    public struct Processor: Sendable, Equatable {
        public enum Vendor: Sendable, Equatable { case intel, amd, other }
        public var vendor: Vendor
        public var family: Int
        public var model: Int
        public var avx2: Bool
        public var fma: Bool
        public var avx512: Bool

        public init(vendor: Vendor, family: Int, model: Int, avx2: Bool, fma: Bool, avx512: Bool) {
            (self.vendor, self.family, self.model) = (vendor, family, model)
            (self.avx2, self.fma, self.avx512) = (avx2, fma, avx512)
        }

        var description: String {
            let name: String
            switch vendor {
            case .intel: name = "Intel"
            case .amd: name = "AMD"
            case .other: name = "CPU"
            }
            let widest = avx512 ? "AVX-512" : avx2 && fma ? "AVX2" : "no AVX2"
            return vendor == .other && !avx2 ? "this CPU" : "\(name) family \(family) model \(model) with \(widest)"
        }
    }

    /// The OpenBLAS core type to load for `cpu`, or nil to let OpenBLAS decide.
    ///
    /// OpenBLAS recognises CPUs by family and model, so one newer than the
    /// library gets its generic kernels (Debian's 0.3.21 on Sapphire Rapids:
    /// "Prescott", 3–4× slower). Features say what will run, models do not:
    /// - AVX-512 (F, CD, BW, DQ, VL), Intel or AMD: `SkylakeX`, the kernels
    ///   every AVX-512 Intel server since 2017 runs. On AMD Zen 5 they embed
    ///   1.65× more texts per CPU-second than `Zen`'s, with the same accuracy
    ///   (docs/embeddings.md); 0.3.21 itself would take Zen 4/5 for Cooper Lake.
    /// - AVX2 and FMA: `Zen` on AMD (Haswell's kernels with Zen's block
    ///   sizes), `Haswell` on Intel and other vendors (Hygon, Zhaoxin).
    /// - Anything older or not x86-64: nil. OpenBLAS knows those CPUs, and
    ///   on arm64 its own detection is the better judge.
    public static func coreType(for cpu: Processor) -> String? { BLAS.coreType(for: cpu) }
}
