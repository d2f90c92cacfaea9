// Reading a pipe or file with read(2) and retrying a read that a signal
// interrupted. Foundation's readDataToEndOfFile() and availableData stop the
// whole process on any read error, EINTR included, and a test run that spawns
// hundreds of children sees SIGCHLD interrupt reads in other threads: the
// test process died so in a CI-style run (StatusScaleEndToEndTests).
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

extension FileHandle {
    /// Everything up to end of file; an interrupted read is tried again, other
    /// errors throw (they ended the process before).
    package func readToEndRetryingInterrupts() throws -> Data {
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: Self.chunkSize)
        while true {
            let chunk = try readChunk(into: &buffer)
            if chunk.isEmpty { return data }
            data.append(chunk)
        }
    }

    /// What one read returns (at most 64 KiB, waiting for some), empty at end of file.
    package func readChunkRetryingInterrupts() throws -> Data {
        var buffer = [UInt8](repeating: 0, count: Self.chunkSize)
        return try readChunk(into: &buffer)
    }

    private static let chunkSize = 65_536

    private func readChunk(into buffer: inout [UInt8]) throws -> Data {
        while true {
            let count = buffer.withUnsafeMutableBytes { Glibc.read(fileDescriptor, $0.baseAddress, $0.count) }
            if count >= 0 { return Data(buffer[0..<count]) }
            if errno == EINTR { continue }
            throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
        }
    }
}
