// The benchmark's input: a Greenhouse board of N varied, realistic generated
// jobs, so parse and normalise do the work a real board would give them.
import Foundation
import JobHuntKernel

extension IngestBenchmark {
    /// A Greenhouse `jobs?content=true` document with `count` varied, realistic jobs.
    static func greenhouseBoard(_ count: Int) -> Data {
        let titles = [
            "Senior Backend Engineer", "Data Analyst", "Product Designer", "Site Reliability Engineer",
            "Warehouse Associate", "Engineering Manager", "Frontend Developer", "Sales Development Representative",
        ]
        let places = ["Austin, TX", "Berlin, Germany", "Remote - US", "London, UK", "Toronto, ON", "New York, NY"]
        let companies = (0..<50).map { "Benchmark Company \($0), Inc." }
        var jobs: [[String: Any]] = []
        jobs.reserveCapacity(count)
        for index in 0..<count {
            let title = titles[index % titles.count] + " \(index / titles.count)"
            let html = """
                <p><strong>About us</strong></p><p>We build things that matter &amp; ship them weekly. Job \(index).</p>\
                <p><strong>What you'll do</strong></p><ul><li>Design and run Go services on Kubernetes</li>\
                <li>Own an API end to end, including on-call</li><li>Work with PostgreSQL, Redis and AWS</li></ul>\
                <p><strong>Requirements</strong></p><ul><li>\(3 + index % 6)+ years of experience</li>\
                <li>Python or Go, SQL, Docker</li></ul><p>Salary: $\(100 + index % 50)k–$\(160 + index % 50)k a year.</p>
                """
            jobs.append([
                "id": 9_000_000_000 + index, "title": title,
                "absolute_url": "https://job-boards.greenhouse.io/benchmark/jobs/\(9_000_000_000 + index)",
                "location": ["name": places[index % places.count]], "company_name": companies[index % companies.count],
                "updated_at": "2026-02-03T16:20:45-05:00", "first_published": "2026-01-12T10:04:11-05:00",
                "content": html.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
                    .replacingOccurrences(of: ">", with: "&gt;"),
                "departments": [["name": "Engineering"]], "offices": [],
            ])
        }
        let board: [String: Any] = ["jobs": jobs, "meta": ["total": count]]
        return (try? JSONSerialization.data(withJSONObject: board)) ?? Data()
    }
}
