// The vocabulary of the match benchmark's generated postings and profiles:
// job families with their skills, seniority, domains and places.
import Foundation
internal import JobHuntEmbeddings
import JobHuntKernel

/// Short posting and profile texts in the shape real ones take.
enum MatchBenchmarkText {
    static let families: [(title: String, skills: [String])] = [
        ("Backend Engineer", ["Go", "PostgreSQL", "Kubernetes", "gRPC", "Redis", "AWS"]),
        ("Frontend Developer", ["React", "TypeScript", "CSS", "Next.js", "GraphQL", "accessibility"]),
        ("Data Scientist", ["Python", "pandas", "scikit-learn", "SQL", "statistics", "experimentation"]),
        ("Data Engineer", ["Spark", "Airflow", "Kafka", "dbt", "Snowflake", "Python"]),
        ("Site Reliability Engineer", ["Terraform", "Kubernetes", "Prometheus", "Linux", "incident response"]),
        ("iOS Developer", ["Swift", "SwiftUI", "Xcode", "Combine", "Core Data"]),
        ("Android Developer", ["Kotlin", "Jetpack Compose", "Java", "Gradle", "Room"]),
        ("React Native Developer", ["React Native", "JavaScript", "TypeScript", "Expo", "mobile release"]),
        ("Java Developer", ["Java", "Spring Boot", "Hibernate", "Maven", "microservices"]),
        ("JavaScript Developer", ["JavaScript", "Node.js", "Express", "REST APIs", "MongoDB"]),
        ("Product Designer", ["Figma", "user research", "prototyping", "design systems", "usability testing"]),
        ("Product Manager", ["roadmaps", "A/B testing", "stakeholder management", "analytics", "discovery"]),
        ("Registered Nurse", ["patient care", "BLS", "EHR charting", "medication administration", "triage"]),
        ("Nurse Informaticist", ["Epic", "clinical informatics", "HL7", "workflow design", "training"]),
        ("Accountant", ["GAAP", "Excel", "QuickBooks", "reconciliation", "month-end close"]),
        ("Sales Development Representative", ["Salesforce", "cold calling", "prospecting", "HubSpot", "quota"]),
        ("Customer Support Specialist", ["Zendesk", "troubleshooting", "written communication", "SLAs"]),
        ("Warehouse Associate", ["forklift", "inventory counts", "picking and packing", "safety procedures"]),
        ("Marketing Manager", ["SEO", "content strategy", "Google Analytics", "paid campaigns", "branding"]),
        ("Security Engineer", ["penetration testing", "SIEM", "IAM", "threat modeling", "cloud security"]),
        ("Machine Learning Engineer", ["PyTorch", "MLOps", "TensorFlow", "feature stores", "model serving"]),
        ("Financial Analyst", ["financial modeling", "forecasting", "Excel", "variance analysis", "SQL"]),
        ("Electrician", ["wiring", "NEC code", "troubleshooting", "conduit bending", "blueprints"]),
        ("High School Teacher", ["lesson planning", "classroom management", "mathematics", "assessment"]),
    ]
    static let levels: [(prefix: String, level: String)] = [
        ("Junior", "entry"), ("", "mid"), ("Senior", "senior"), ("Staff", "senior"), ("Lead", "lead"),
        ("Principal", "lead"),
    ]
    static let domains = [
        "fintech", "healthcare", "e-commerce", "logistics", "gaming", "education", "climate tech", "media", "insurance",
        "public sector",
    ]
    static let places: [(city: String, country: String)] = [
        ("Austin", "US"), ("New York", "US"), ("San Francisco", "US"), ("Chicago", "US"), ("Seattle", "US"),
        ("Denver", "US"), ("Boston", "US"), ("Atlanta", "US"), ("Toronto", "CA"), ("Vancouver", "CA"),
        ("London", "GB"), ("Manchester", "GB"), ("Berlin", "DE"), ("Munich", "DE"), ("Amsterdam", "NL"),
        ("Paris", "FR"), ("Madrid", "ES"), ("Lisbon", "PT"), ("Dublin", "IE"), ("Stockholm", "SE"),
        ("Warsaw", "PL"), ("Sydney", "AU"), ("Singapore", "SG"), ("Bangalore", "IN"),
    ]
    static let arrangements = ["remote", "hybrid", "onsite"]

    static func posting(_ g: inout SplitMix64) -> MatchBenchmarkCorpus.GeneratedPosting {
        let familyIndex = Int(g.next() % UInt64(families.count))
        let family = families[familyIndex]
        let level = g.pick(levels)
        let place = g.pick(places)
        let arrangement = g.pick(arrangements)
        let skills = family.skills.shuffled(using: &g).prefix(3 + Int(g.next() % 2))
        let title = level.prefix.isEmpty ? family.title : "\(level.prefix) \(family.title)"
        let domain = g.pick(domains)
        let text =
            "\(title) at a \(domain) company. Skills: \(skills.joined(separator: ", ")). "
            + "\(arrangement.capitalized) in \(place.city), \(place.country)."
        let floor = 40_000 + Int(g.next() % 120) * 1_000 + (levels.firstIndex { $0 == level } ?? 0) * 15_000
        return MatchBenchmarkCorpus.GeneratedPosting(
            title: title, text: text, family: familyIndex, level: level.level, arrangement: arrangement,
            city: place.city, country: place.country, salaryMin: floor, salaryMax: floor + 30_000,
            isActive: g.next() % 10 != 0)
    }

    /// A profile summary such as `matching` embeds for a person.
    static func profile(_ g: inout SplitMix64) -> String {
        let family = g.pick(families)
        let level = g.pick(levels)
        let skills = family.skills.shuffled(using: &g).prefix(4)
        return
            "\(level.prefix) \(family.title) with \(2 + g.next() % 12) years of experience in "
            + "\(skills.joined(separator: ", ")); looking for \(g.pick(arrangements)) work near \(g.pick(places).city)."
    }

    /// A longer description for the stored row, so table scans cost what real rows do (about 1 KB).
    static func description(_ posting: MatchBenchmarkCorpus.GeneratedPosting) -> String {
        let family = families[posting.family]
        return """
            \(posting.text)

            About the role: you will join a small team that owns its services end to end, from design to on-call. \
            We value clear writing, careful reviews and shipping small changes often. You will work with \
            \(family.skills.joined(separator: ", ")) every day, mentor colleagues and help shape how we build.

            What we offer: a salary of \(posting.salaryMin)–\(posting.salaryMax) a year, health cover, a learning \
            budget, parental leave and flexible hours. This position is \(posting.arrangement) and based in \
            \(posting.city). We welcome applicants of every background and will adjust the interview process to \
            your needs; tell us what helps.
            """
    }
}
