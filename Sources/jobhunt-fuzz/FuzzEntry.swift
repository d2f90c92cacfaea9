// The libFuzzer entry points (issue 21 §2). scripts/fuzz builds this target with
// `-sanitize=fuzzer,address` and picks the harness with JOBHUNT_FUZZ_TARGET, so one
// instrumented binary serves every parser and the normal build never compiles it.
import Foundation

/// The harness chosen for this process; libFuzzer calls `LLVMFuzzerInitialize` first.
nonisolated(unsafe) private var selected: FuzzTarget?

/// Reads JOBHUNT_FUZZ_TARGET once: `list` prints the target names (for `scripts/fuzz --list`)
/// and exits 0; an unknown or missing name lists them on stderr and exits 2.
@_cdecl("LLVMFuzzerInitialize")
func fuzzInitialize(_ argc: UnsafeMutablePointer<Int32>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>)
    -> Int32
{
    let name = ProcessInfo.processInfo.environment["JOBHUNT_FUZZ_TARGET"] ?? ""
    if name == "list" {
        print(FuzzTarget.all.map(\.name).joined(separator: "\n"))
        exit(0)
    }
    guard let target = FuzzTarget.all.first(where: { $0.name == name }) else {
        let names = FuzzTarget.all.map(\.name).joined(separator: " ")
        FileHandle.standardError.write(Data("jobhunt-fuzz: set JOBHUNT_FUZZ_TARGET to one of: \(names)\n".utf8))
        exit(2)
    }
    selected = target
    return 0
}

/// One input: the harness returns normally, or traps on a broken invariant (libFuzzer saves the input).
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzTestOneInput(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> Int32 {
    let data = bytes.map { Data(bytes: $0, count: count) } ?? Data()
    selected?.run(data)
    return 0
}

/// libFuzzer's driver, from the fuzzer runtime that the target's `-sanitize=fuzzer` link flag adds.
@_silgen_name("LLVMFuzzerRunDriver")
private func runDriver(
    _ argc: UnsafeMutablePointer<Int32>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32
) -> Int32

/// The program's entry: SwiftPM links an executable target's `main` to `<module>_main`, so
/// this hands the command line to libFuzzer (the runtime's own `main` is never used).
@_cdecl("jobhunt_fuzz_main")
func fuzzMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    var count = argc
    var vector = argv
    return runDriver(&count, &vector) { fuzzTestOneInput($0, $1) }
}
