// What MatchService reads the acting user's data through, built in one place
// (``MatchService/make(services:embedder:taxonomy:)``) and passed in, so the
// CLI, the worker's document generation and the benchmarks assemble the same
// service, and a test can hand in its own.
import Dispatch
import JobHuntDiscovery
import JobHuntKernel
import JobHuntProfiles
import JobHuntSkills

/// The profile, skill, experience and saved-search services a match reads.
package struct MatchReaders {
    package var profiles: ProfileService
    package var skills: SkillService
    package var experiences: ExperienceService
    package var searches: SavedSearchService

    package init(
        profiles: ProfileService, skills: SkillService, experiences: ExperienceService, searches: SavedSearchService
    ) {
        self.profiles = profiles
        self.skills = skills
        self.experiences = experiences
        self.searches = searches
    }

    /// The real services over `services`' database.
    package init(services: Services, taxonomy: SkillTaxonomy = .standard) {
        self.init(
            profiles: ProfileService(services: services), skills: SkillService(services: services, taxonomy: taxonomy),
            experiences: ExperienceService(services: services), searches: SavedSearchService(services: services))
    }
}

extension MatchService {
    /// The factory every caller uses (CLI `discover match` and `discover show`,
    /// the worker's document generation, the benchmarks): the real readers over
    /// `services`, the given model (nil: skills and keywords only).
    package static func make(
        services: Services, embedder: (any Embedder)? = nil, taxonomy: SkillTaxonomy = .standard
    ) -> MatchService {
        MatchService(
            services: services, readers: MatchReaders(services: services, taxonomy: taxonomy), embedder: embedder,
            taxonomy: taxonomy)
    }
}

extension MatchService {
    /// Starts building ``SkillTaxonomy/standard`` (its pattern index: about 4%
    /// of a cold `discover match`) on another thread, so that it overlaps
    /// opening the database and finding the acting user; whoever needs it
    /// first waits for that one build. Call before ``make(services:embedder:taxonomy:)``.
    package static func prepareStandardTaxonomy() {
        DispatchQueue.global(qos: .userInitiated).async { _ = SkillTaxonomy.standard }
    }

    /// Starts compiling the stated-aim phrasings that ``MatchProfile`` reads
    /// the profile with (``StatedAim/prepareRules()``), on another thread,
    /// for the same reason. Call before the first profile is read.
    package static func prepareStatedAims() {
        StatedAim.prepareRules()
    }
}
