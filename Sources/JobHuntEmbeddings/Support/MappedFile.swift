// A read-only memory map of a whole file, unmapped when released, so weights
// are paged in from the page cache instead of copied onto the heap.
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Owns one `mmap(2)` of a file; the bytes live as long as this object.
final class MappedFile: @unchecked Sendable {
    let bytes: UnsafeRawBufferPointer
    let path: String

    init(path: String) throws(EmbeddingError) {
        self.path = path
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw EmbeddingError(.modelNotFound, "cannot open \(path): \(String(cString: strerror(errno)))", path: path)
        }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else {
            throw EmbeddingError(.modelNotFound, "cannot stat \(path): \(String(cString: strerror(errno)))", path: path)
        }
        let size = Int(status.st_size)
        guard size > 0 else {
            throw EmbeddingError(.invalidModelFile, "\(path) is empty", path: path)
        }
        // mmap(2): "MAP_FAILED is returned on error", not NULL.
        guard let base = mmap(nil, size, PROT_READ, MAP_PRIVATE, descriptor, 0), base != MAP_FAILED else {
            throw EmbeddingError(
                .invalidModelFile, "cannot map \(path): \(String(cString: strerror(errno)))", path: path)
        }
        bytes = UnsafeRawBufferPointer(start: base, count: size)
    }

    deinit {
        munmap(UnsafeMutableRawPointer(mutating: bytes.baseAddress), bytes.count)
    }
}
