// Each source kind's parser: the kind is kernel vocabulary (configuration and
// saved searches name it), the parsing is Discovery's.
import JobHuntKernel

extension SourceKind {
    /// The format's parser, so fetching and parsing stay separate: the fetcher only needs the kind.
    package var parser: any SourceParser {
        switch self {
        case .greenhouse: GreenhouseParser()
        case .lever: LeverParser()
        case .ashby: AshbyParser()
        case .jsonld: JSONLDParser()
        case .rss: FeedParser()
        case .remoteok: RemoteOKParser()
        case .jobspy: JobSpyParser()
        case .file: JSONLinesParser()
        case .workday: WorkdayParser()
        case .workable: WorkableParser()
        case .smartrecruiters: SmartRecruitersParser()
        case .recruitee: RecruiteeParser()
        case .personio: PersonioParser()
        case .teamtailor: TeamtailorParser()
        case .breezy: BreezyParser()
        case .hn: HackerNewsParser()
        }
    }
}
