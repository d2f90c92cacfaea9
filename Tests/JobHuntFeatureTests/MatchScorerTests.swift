// The hybrid scorer on a table of near-misses: each must rank below the
// posting that really fits, for the reason its component gives.
import Foundation
import JobHuntTesting
import Testing

@testable import JobHuntKernel
@testable import JobHuntMatching

@Suite("Matching: the hybrid scorer")
struct MatchScorerTests {
    static let now = SourceFixtures.instant("2026-03-01T00:00:00Z")!

    static func score(_ posting: PostingSpec, profile: ProfileSpec = ProfileSpec(), similarity: Double? = nil)
        -> (score: Double, evaluation: MatchEvaluation)
    {
        let scorer = MatchScorer(profile: profile.matchProfile(), salaryFloor: nil, now: now)
        let evaluation = scorer.evaluate(posting.stored, similarity: similarity)
        return (evaluation.components.score(.hybrid), evaluation)
    }

    static let good = PostingSpec()

    static let nearMisses: [(String, PostingSpec)] = {
        var javascript = PostingSpec()
        javascript.title = "Senior JavaScript Engineer"
        javascript.required = ["JavaScript", "Node.js"]
        var junior = PostingSpec()
        junior.title = "Junior Java Engineer"
        junior.level = "entry"
        var elsewhere = PostingSpec()
        elsewhere.arrangement = "onsite"
        elsewhere.city = "Manchester"
        var underpaid = PostingSpec()
        underpaid.salaryMin = 60_000
        underpaid.salaryMax = 70_000
        return [
            ("Java vs JavaScript", javascript), ("wrong seniority", junior), ("on-site in another city", elsewhere),
            ("salary under the floor", underpaid),
        ]
    }()

    @Test("every near-miss ranks below the good match", arguments: nearMisses.map(\.0))
    func nearMissRanksLower(name: String) throws {
        let posting = try #require(Self.nearMisses.first { $0.0 == name }?.1)
        let good = Self.score(Self.good, similarity: 0.6)
        let miss = Self.score(posting, similarity: 0.6)
        #expect(miss.score < good.score, "\(name): \(miss.score) ≥ \(good.score)")
    }

    @Test("Java is not JavaScript: no skill credit, both missing skills named")
    func javaIsNotJavaScript() {
        var posting = PostingSpec()
        posting.required = ["JavaScript", "Node.js"]
        let result = Self.score(posting).evaluation
        #expect(result.components.skills == 0)
        #expect(result.matchingSkills.isEmpty)
        #expect(result.missingRequiredSkills == ["JavaScript", "Node.js"])
    }

    @Test("React Native is not React: the React posting fits a React profile better")
    func reactNativeIsNotReact() {
        var native = PostingSpec()
        native.title = "React Native Developer"
        native.required = ["React Native"]
        var web = PostingSpec()
        web.title = "React Developer"
        web.required = ["React"]
        let nativeFit = Self.score(native).evaluation
        let webFit = Self.score(web).evaluation
        #expect(webFit.components.skills == 1)
        #expect(nativeFit.components.skills == 0)
        #expect(nativeFit.missingRequiredSkills == ["React Native"])
    }

    @Test("required skills weigh more than preferred ones")
    func requiredWeighMore() {
        var missingRequired = PostingSpec()
        missingRequired.required = ["Java", "Kotlin"]
        missingRequired.preferred = ["PostgreSQL", "Spring Boot"]
        var missingPreferred = PostingSpec()
        missingPreferred.required = ["Java", "PostgreSQL"]
        missingPreferred.preferred = ["Spring Boot", "Kotlin"]
        #expect(
            Self.score(missingRequired).evaluation.components.skills
                < Self.score(missingPreferred).evaluation.components.skills)
    }

    @Test("unknown data is neutral, not a penalty")
    func unknownIsNeutral() {
        var posting = PostingSpec()
        posting.salaryMin = nil
        posting.salaryMax = nil
        posting.level = nil
        posting.posted = nil
        posting.city = nil
        posting.country = nil
        posting.arrangement = nil
        let result = Self.score(posting).evaluation
        #expect(result.salaryFit == .unknown)
        #expect(result.locationFit == .unknown)
        let neutral = MatchCalibration.neutral
        #expect(result.components.salary == neutral)
        #expect(result.components.location == neutral)
        #expect(result.components.seniority == neutral)
        #expect(result.components.recency == neutral)
        #expect(result.components.semantic == neutral, "no similarity known")
    }

    @Test("salary fit: meets, partly, below, and no floor")
    func salaryFit() {
        var posting = PostingSpec()
        #expect(Self.score(posting).evaluation.salaryFit == .meets)
        posting.salaryMin = 90_000
        #expect(Self.score(posting).evaluation.salaryFit == .partly)
        posting.salaryMax = 95_000
        let below = Self.score(posting).evaluation
        #expect(below.salaryFit == .below)
        #expect(below.components.salary < MatchCalibration.neutral)
        var noFloor = ProfileSpec()
        noFloor.salaryFloor = nil
        #expect(Self.score(posting, profile: noFloor).evaluation.salaryFit == .noFloor)
    }

    @Test("a floor is in your country's currency: pay in another is neutral, never compared as a bare number")
    func salaryInAnotherCurrency() {
        var dollars = PostingSpec()
        dollars.salaryMin = 60_000
        dollars.salaryMax = 70_000
        dollars.currency = "USD"
        let british = Self.score(dollars).evaluation
        #expect(british.salaryFit == .otherCurrency, "a GBP floor against USD pay")
        #expect(british.components.salary == MatchCalibration.neutral)
        var american = ProfileSpec()
        american.country = "United States"
        american.city = "Austin"
        let inDollars = Self.score(dollars, profile: american).evaluation
        #expect(inDollars.salaryFit == .below, "the same pay against a floor in dollars")
        var unknownCountry = ProfileSpec()
        unknownCountry.country = "Atlantis"
        #expect(
            Self.score(dollars, profile: unknownCountry).evaluation.salaryFit == .below,
            "without a known country the floor is compared as typed")
        var remoteForDollars = ProfileSpec()
        remoteForDollars.salaryCurrency = "USD"
        #expect(
            Self.score(dollars, profile: remoteForDollars).evaluation.salaryFit == .below,
            "in Britain, with a floor set in dollars")
        #expect(
            Self.score(PostingSpec(), profile: remoteForDollars).evaluation.salaryFit == .otherCurrency,
            "and pounds are then the other currency")
        dollars.currency = nil
        #expect(Self.score(dollars).evaluation.salaryFit == .below, "pay with no currency is compared as typed")
    }

    @Test("the currency of a country, by name, alias or code")
    func countryCurrencies() {
        #expect(CountryCurrency.currency(of: "United Kingdom") == "GBP")
        #expect(CountryCurrency.currency(of: "Deutschland") == "EUR")
        #expect(CountryCurrency.currency(of: "ca") == "CAD")
        #expect(CountryCurrency.currency(of: "Switzerland") == "CHF")
        #expect(CountryCurrency.currency(of: "Atlantis") == nil)
        for code in CountryCodes.names.keys {
            let currency = CountryCurrency.currency(of: code)
            #expect(currency != nil, "\(code) has a currency")
            #expect(currency.flatMap(CurrencyRule.code) == currency, "\(code): a currency salaries are read in")
        }
    }

    @Test("location fit: same city, same country, elsewhere; remote from your country or none, not from another")
    func locationFit() {
        var posting = PostingSpec()
        #expect(Self.score(posting).evaluation.locationFit == .sameCity)
        posting.city = "Leeds"
        #expect(Self.score(posting).evaluation.locationFit == .sameCountry)
        posting.country = "United States"
        posting.city = "Austin"
        #expect(Self.score(posting).evaluation.locationFit == .elsewhere)
        posting.arrangement = "remote"
        // "Remote - US" is not open to someone in Britain.
        let abroad = Self.score(posting).evaluation
        #expect(abroad.locationFit == .remoteElsewhere)
        #expect(abroad.components.location == MatchCalibration.remoteElsewhere)
        posting.country = "GB"
        posting.city = nil
        let remote = Self.score(posting).evaluation
        #expect(remote.locationFit == .remote)
        #expect(remote.components.location == 1)
        posting.country = nil
        #expect(Self.score(posting).evaluation.locationFit == .remote, "a remote posting that names no country")
    }

    @Test("recency halves every 30 days; seniority follows levels apart, one level up costs less than one down")
    func recencyAndSeniority() {
        var posting = PostingSpec()
        posting.posted = "2026-01-30"
        let month = Self.score(posting).evaluation.components.recency
        #expect(abs(month - 0.5) < 0.01)
        posting.level = "senior"
        #expect(Self.score(posting).evaluation.components.seniority == 1)
        posting.level = "lead"
        #expect(Self.score(posting).evaluation.components.seniority == MatchCalibration.seniorityStepUp)
        posting.level = "mid"
        #expect(Self.score(posting).evaluation.components.seniority == MatchCalibration.seniorityByDistance[1])
        #expect(MatchCalibration.seniorityStepUp > MatchCalibration.seniorityByDistance[1], "up is the lesser miss")
        posting.level = "executive"
        #expect(Self.score(posting).evaluation.components.seniority == MatchCalibration.seniorityByDistance[2])
    }

    @Test("the semantic component maps the cosine onto 0…1")
    func semanticCalibration() {
        #expect(MatchScorer.semantic(MatchCalibration.semanticFloor) == 0)
        #expect(MatchScorer.semantic(MatchCalibration.semanticCeiling) == 1)
        #expect(MatchScorer.semantic(-1) == 0)
        #expect(MatchScorer.semantic(1) == 1)
    }
}

extension MatchScorerTests {
    @Test("a title naming one of your skills fits better; JavaScript is not Java there either")
    func titleSkills() {
        var go = ProfileSpec()
        go.title = "Senior Backend Engineer"
        go.skills = ["Go", "Java"]
        let scorer = MatchScorer(profile: go.matchProfile(), salaryFloor: nil, now: Self.now)
        #expect(scorer.titleFit("Senior Go Engineer") > scorer.titleFit("Senior Rust Engineer"))
        #expect(scorer.titleFit("Java Engineer") > scorer.titleFit("JavaScript Engineer"))
        #expect(scorer.titleFit("Backend Developer") == 1, "developer reads as engineer, senior is ignored")
    }

    @Test("a kind of work written out or abbreviated is one word either way; other words stay shared")
    func titleAbbreviations() {
        #expect(MatchScorer.titleWords("Trainee Quantity Surveyor") == MatchScorer.titleWords("trainee QS"))
        #expect(MatchScorer.titleWords("Human Resources Generalist") == ["hr", "generalist"])
        #expect(MatchScorer.titleWords("Accounts Payable / Receivable Clerk") == ["ap", "receivable", "clerk"])
        #expect(MatchScorer.titleWords("Registered Nurse, ICU") == ["registered", "nurse", "icu"], "RN is not folded")
    }
}
