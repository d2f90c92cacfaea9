// The source kinds `--source KIND:ARG` names, each with the parser for its format.
import Foundation

/// A source format; the raw value is the `KIND` in `--source KIND:ARG`.
public enum SourceKind: String, CaseIterable, Sendable {
    case greenhouse, lever, ashby, jsonld, rss, remoteok, jobspy, file

    /// The format's parser, so fetching and parsing stay separate: the fetcher only needs the kind.
    public var parser: any SourceParser {
        switch self {
        case .greenhouse: GreenhouseParser()
        case .lever: LeverParser()
        case .ashby: AshbyParser()
        case .jsonld: JSONLDParser()
        case .rss: FeedParser()
        case .remoteok: RemoteOKParser()
        case .jobspy: JobSpyParser()
        case .file: JSONLinesParser()
        }
    }
}
