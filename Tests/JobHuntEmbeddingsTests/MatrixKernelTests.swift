// The OpenBLAS kernels: the rule that picks them from CPU features, and the
// kernels this process really loaded — never a generic fallback on a CPU that
// can run AVX2 (issue 20: Debian's OpenBLAS ran "Prescott" on Sapphire Rapids).
import Foundation
import Testing

@testable import JobHuntEmbeddings

@Suite("matrix kernels")
struct MatrixKernelTests {
    typealias Processor = MatrixKernel.Processor

    @Test(
        "the core type follows what the CPU can run, not its model number",
        arguments: [
            // Sapphire Rapids: unknown to OpenBLAS 0.3.21, which fell back to Prescott.
            (Processor(vendor: .intel, family: 6, model: 143, avx2: true, fma: true, avx512: true), "SkylakeX"),
            (Processor(vendor: .intel, family: 6, model: 85, avx2: true, fma: true, avx512: true), "SkylakeX"),
            // Alder Lake and Haswell: AVX2 without AVX-512.
            (Processor(vendor: .intel, family: 6, model: 151, avx2: true, fma: true, avx512: false), "Haswell"),
            (Processor(vendor: .intel, family: 6, model: 60, avx2: true, fma: true, avx512: false), "Haswell"),
            // Zen 2: Zen's kernels; Zen 5, with AVX-512: SkylakeX's.
            (Processor(vendor: .amd, family: 23, model: 49, avx2: true, fma: true, avx512: false), "Zen"),
            (Processor(vendor: .amd, family: 26, model: 2, avx2: true, fma: true, avx512: true), "SkylakeX"),
            // Zen 4 (Genoa): AVX-512, unknown to 0.3.21 by model.
            (Processor(vendor: .amd, family: 25, model: 17, avx2: true, fma: true, avx512: true), "SkylakeX"),
            // Granite Rapids and Emerald Rapids, newer than any table: features decide.
            (Processor(vendor: .intel, family: 6, model: 173, avx2: true, fma: true, avx512: true), "SkylakeX"),
            (Processor(vendor: .intel, family: 6, model: 207, avx2: true, fma: true, avx512: true), "SkylakeX"),
            // Sapphire Rapids in a VM whose OS does not save the ZMM registers: AVX2's kernels.
            (Processor(vendor: .intel, family: 6, model: 143, avx2: true, fma: true, avx512: false), "Haswell"),
            // Other x86-64 vendors (Hygon's Zen-based Dhyana, Zhaoxin) with AVX2 and FMA.
            (Processor(vendor: .other, family: 24, model: 1, avx2: true, fma: true, avx512: false), "Haswell"),
        ])
    func chosenCore(processor: Processor, expected: String) {
        #expect(MatrixKernel.coreType(for: processor) == expected)
    }

    @Test(
        "CPUs without AVX2, and other architectures, are left to OpenBLAS",
        arguments: [
            Processor(vendor: .intel, family: 6, model: 42, avx2: false, fma: false, avx512: false),
            Processor(vendor: .amd, family: 21, model: 2, avx2: true, fma: false, avx512: false),
            Processor(vendor: .other, family: 0, model: 0, avx2: false, fma: false, avx512: false),
        ])
    func leftToLibrary(processor: Processor) {
        #expect(MatrixKernel.coreType(for: processor) == nil)
    }

    @Test("this process runs a kernel for its CPU's widest vectors, never a generic one")
    func loadedKernelIsNotGeneric() throws {
        let kernel = try MatrixKernel.current()
        #expect(!kernel.library.isEmpty && !kernel.core.isEmpty)
        #expect(!kernel.isGenericFallback, "\(kernel.summary)")
        let flags = try Self.cpuFlags()
        if flags.contains("avx2") && flags.contains("fma") {
            #expect(["Haswell", "Zen", "SkylakeX", "Cooperlake", "SapphireRapids"].contains(kernel.core), "\(kernel)")
        }
    }

    @Test("the core type was chosen before any thread: by the test process's constructor or the environment")
    func chosenBeforeThreads() throws {
        let kernel = try MatrixKernel.current()
        let processor = BLAS.processor
        if MatrixKernel.coreType(for: processor) != nil {
            // `.library` would mean nothing chose before OpenBLAS opened (and opening never calls setenv).
            #expect([.chosen, .replaced, .forced].contains(kernel.source), "\(kernel.summary)")
        }
        if kernel.source == .chosen || kernel.source == .replaced {
            #expect(kernel.core == MatrixKernel.coreType(for: processor), "\(kernel.summary)")
            #expect(ProcessInfo.processInfo.environment["OPENBLAS_CORETYPE"] == kernel.core)
        }
    }

    @Test("CPUID agrees with the kernel's /proc/cpuinfo flags")
    func processorMatchesCPUInfo() throws {
        let flags = try Self.cpuFlags()
        let processor = BLAS.processor
        #expect(processor.avx2 == flags.contains("avx2"))
        #expect(processor.fma == flags.contains("fma"))
        let avx512 = ["avx512f", "avx512cd", "avx512bw", "avx512dq", "avx512vl"].allSatisfy(flags.contains)
        #expect(processor.avx512 == avx512)
    }

    /// The first `flags` line of /proc/cpuinfo (x86-64 Linux; arm64 says `Features`).
    static func cpuFlags() throws -> Set<String> {
        let text = try String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8)
        let line = text.split(separator: "\n").first { $0.hasPrefix("flags") || $0.hasPrefix("Features") }
        let values = line?.split(separator: ":", maxSplits: 1).last ?? ""
        return Set(values.split(separator: " ").map(String.init))
    }
}
