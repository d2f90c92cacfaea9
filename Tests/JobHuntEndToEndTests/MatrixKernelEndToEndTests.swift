// Through the binary: `model status` names the OpenBLAS kernels it loaded and
// where their choice came from — jobhunt's own rule for the CPU, even over an
// inherited OPENBLAS_CORETYPE, and JOBHUNT_BLAS_CORETYPE when a person forces one.
import Foundation
import JobHuntTesting
import Testing

@Suite("matrix kernels, end to end")
struct MatrixKernelEndToEndTests {
    static func kernels(_ environment: [String: String]) throws -> [String: Any] {
        let home = try TemporaryDirectory()
        var environment = environment
        environment["HOME"] = home.path
        environment["JOBHUNT_MODEL_DIR"] = try TestModel.directory().path
        let result = try CommandRunner.run(["model", "status", "--json"], environment: environment)
        #expect(result.status == 0, "\(result.stderr)")
        let status = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        return try #require(status["matrix_kernels"] as? [String: Any])
    }

    @Test("without OPENBLAS_CORETYPE jobhunt chooses, and never a generic kernel")
    func chosenByJobhunt() throws {
        let kernels = try Self.kernels([:])
        // main.swift chose before any thread (Entry.prepareProcess): "chosen" on
        // every x86-64 CPU with AVX2; other CPUs are left to OpenBLAS.
        let flags =
            try String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8)
            .split(separator: "\n").first { $0.hasPrefix("flags") }?.split(separator: " ") ?? []
        let expected = flags.contains("avx2") && flags.contains("fma") ? "chosen" : "library"
        #expect(kernels["source"] as? String == expected, "\(kernels)")
        #expect(kernels["generic_fallback"] as? Bool == false, "\(kernels)")
        #expect((kernels["library"] as? String)?.hasPrefix("OpenBLAS") == true, "\(kernels)")
    }

    /// The core type jobhunt's rule gives this CPU, from /proc/cpuinfo's flags
    /// (the rule itself is tested against CPUID in MatrixKernelTests).
    static func expectedCore() throws -> String? {
        let flags = Set(
            try String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8)
                .split(separator: "\n").first { $0.hasPrefix("flags") }?.split(separator: " ").map(String.init) ?? [])
        guard flags.contains("avx2") && flags.contains("fma") else { return nil }
        if ["avx512f", "avx512cd", "avx512bw", "avx512dq", "avx512vl"].allSatisfy(flags.contains) { return "SkylakeX" }
        let vendor = try String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8).contains("AuthenticAMD")
        return vendor ? "Zen" : "Haswell"
    }

    @Test("an OPENBLAS_CORETYPE inherited from the environment does not override the CPU's kernels")
    func inheritedCoreTypeIsReplaced() throws {
        // Prescott: a generic core no AVX2 CPU should run; Nehalem: pre-AVX.
        for inherited in ["Prescott", "Nehalem"] {
            let kernels = try Self.kernels(["OPENBLAS_CORETYPE": inherited])
            guard let expected = try Self.expectedCore() else {
                #expect(kernels["source"] as? String == "environment", "\(kernels)")
                continue
            }
            #expect(kernels["source"] as? String == "replaced", "\(kernels)")
            #expect(kernels["core"] as? String == expected, "\(kernels)")
            #expect(kernels["replaced"] as? String == inherited, "\(kernels)")
            #expect(kernels["generic_fallback"] as? Bool == false, "\(kernels)")
        }
    }

    @Test("the same core type in OPENBLAS_CORETYPE is simply jobhunt's choice")
    func sameCoreTypeIsChosen() throws {
        guard let expected = try Self.expectedCore() else { return }
        let kernels = try Self.kernels(["OPENBLAS_CORETYPE": expected.lowercased()])
        #expect(kernels["source"] as? String == "chosen", "\(kernels)")
        #expect(kernels["replaced"] == nil, "\(kernels)")
    }

    @Test("JOBHUNT_BLAS_CORETYPE forces a core type, over OPENBLAS_CORETYPE too")
    func forcedCoreTypeWins() throws {
        let kernels = try Self.kernels(["JOBHUNT_BLAS_CORETYPE": "Haswell", "OPENBLAS_CORETYPE": "SkylakeX"])
        #expect(kernels["source"] as? String == "forced", "\(kernels)")
        #expect(kernels["core"] as? String == "Haswell", "\(kernels)")
    }

    @Test("a generic kernel on a CPU that can run AVX2 is reported, in model status and doctor")
    func genericFallbackIsReported() throws {
        let flags =
            try String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8)
            .split(separator: "\n").first { $0.hasPrefix("flags") }?.split(separator: " ") ?? []
        let canRunAVX2 = flags.contains("avx2") && flags.contains("fma")
        let kernels = try Self.kernels(["JOBHUNT_BLAS_CORETYPE": "Prescott"])
        #expect(kernels["core"] as? String == "Prescott")
        #expect(kernels["generic_fallback"] as? Bool == canRunAVX2, "\(kernels)")

        let home = try TemporaryDirectory()
        let environment = [
            "HOME": home.path, "JOBHUNT_MODEL_DIR": try TestModel.directory().path, "JOBHUNT_BLAS_CORETYPE": "Prescott",
        ]
        let doctor = try CommandRunner.run(["doctor", "--json"], environment: environment)
        let checks = try #require(
            try JSONSerialization.jsonObject(with: Data(doctor.stdout.utf8)) as? [[String: String]])
        let check = try #require(checks.first { $0["name"] == "matrix kernels" })
        #expect(check["status"] == (canRunAVX2 ? "warning" : "ok"), "\(check)")
    }

    @Test("the kernels jobhunt chooses keep every reference text at cosine >= 0.9999")
    func chosenKernelsAreAccurate() throws {
        let reference = try TestModel.fixturesDirectory().appendingPathComponent("public.jsonl")
        let home = try TemporaryDirectory()
        // No OPENBLAS_CORETYPE: the child runs the kernels jobhunt chose for this CPU.
        let result = try CommandRunner.run(
            ["embed", "--input", reference.path],
            environment: ["HOME": home.path, "JOBHUNT_MODEL_DIR": try TestModel.directory().path])
        #expect(result.status == 0, "\(result.stderr)")
        let expected = try Self.embeddings(Data(contentsOf: reference))
        let actual = try Self.embeddings(Data(result.stdout.utf8))
        #expect(expected.count == 210 && actual.count == expected.count)
        for (index, (want, got)) in zip(expected, actual).enumerated() {
            let cosine = zip(want, got).reduce(0) { $0 + $1.0 * $1.1 }
            #expect(cosine >= 0.9999, "text \(index): cosine \(cosine)")
        }
    }

    /// The `embedding` arrays of a JSON Lines file, split on `\n` only (the texts hold U+2028).
    static func embeddings(_ data: Data) throws -> [[Double]] {
        try data.split(separator: UInt8(ascii: "\n")).map { line in
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line)) as? [String: Any])
            return try #require(object["embedding"] as? [Double])
        }
    }
}
