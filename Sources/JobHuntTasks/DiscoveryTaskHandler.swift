// `job_discovery`: the same run `jobhunt discover --search NAME` or
// `discover --source KIND:ARG` makes, through the same Discovery entry points
// (SavedSearchService.sourceSpecs, DiscoveryService.run), as the task's user.
import Foundation
import JobHuntDiscovery
import JobHuntKernel

/// Reads `search=NAME` (a saved search of the task's user) or
/// `sources=KIND:ARG,KIND:ARG`, optionally `company=NAME`, and stores what
/// the sources hold. Re-running is safe: ingest upserts.
package struct DiscoveryTaskHandler: TaskHandler {
    package let type = TaskType.jobDiscovery
    package let summary =
        "Read sources and store their postings: search=NAME (a saved search) or sources=KIND:ARG,KIND:ARG; company=NAME optional"
    /// The jobhunt version, for the fetcher's User-Agent.
    let version: String

    package init(version: String) { self.version = version }

    static let keys: Set<String> = ["search", "sources", "company"]

    package func validate(_ request: TaskRequest, services: Services) throws {
        _ = try specs(request, services: services)
    }

    package func run(_ task: AutomationTask, as request: TaskRequest, services: Services) throws -> String {
        let specs: [SourceSpec]
        do {
            specs = try self.specs(request, services: services)
        } catch let error as JobHuntError {
            throw PermanentTaskError(error)  // the search was removed, the config no longer reads
        }
        let summaries = try DiscoveryService(
            services: services, version: version, embedder: services.installedEmbedder()
        ).run(specs, companyName: request.config["company"])
        let failed = summaries.filter { $0.error != nil }
        // Every source failing is worth another try (a network outage); some
        // failing is a result, recorded with its errors.
        if !summaries.isEmpty, failed.count == summaries.count {
            let reasons = failed.map { "\($0.source): \($0.error ?? "")" }.joined(separator: "; ")
            throw DiscoveryTaskError(message: "every source failed: \(reasons)")
        }
        let result = DiscoveryTaskResult(
            sources: summaries,
            errors: failed.map { DiscoveryTaskResult.SourceError(source: $0.source, error: $0.error ?? "") })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(result), as: UTF8.self)
    }

    /// The sources the configuration names, checked as `discover` checks them.
    private func specs(_ request: TaskRequest, services: Services) throws -> [SourceSpec] {
        let config = request.config
        let unknown = config.unknownKeys(allowed: Self.keys)
        guard unknown.isEmpty else {
            throw JobHuntError.taskInvalidConfig(
                "job_discovery does not take \(unknown.joined(separator: ", ")) (it takes search, sources, company)")
        }
        guard request.applicationID == nil else {
            throw JobHuntError.taskInvalidConfig("job_discovery works on no application")
        }
        let sources = (config["sources"] ?? "").split(separator: ",").map {
            $0.trimmingCharacters(in: .whitespaces)
        }.filter { !$0.isEmpty }
        let search = config["search"].flatMap { $0.isEmpty ? nil : $0 }
        guard (search == nil) != sources.isEmpty else {
            throw JobHuntError.taskInvalidConfig(
                "job_discovery needs search=NAME or sources=KIND:ARG,KIND:ARG (one of them)")
        }
        do {
            return try SavedSearchService(services: services).sourceSpecs(
                for: SourceSelection(sources: sources, searchName: search)
            ) { request.user }
        } catch let error as JobHuntError where error.isSourceSpec {
            throw JobHuntError(.taskInvalidConfig, field: "sources", error.problem, remedy: error.remedy)
        }
    }
}

/// What a discovery task stores in `result_data`: each source's counts, and
/// the sources that failed with why.
struct DiscoveryTaskResult: Encodable {
    struct SourceError: Encodable {
        var source: String
        var error: String
    }
    var sources: [SourceRunSummary]
    var errors: [SourceError]
}

/// Every source of a discovery task failed: retried with backoff.
struct DiscoveryTaskError: Error, LocalizedError {
    let message: String
    var errorDescription: String? { message }
}
