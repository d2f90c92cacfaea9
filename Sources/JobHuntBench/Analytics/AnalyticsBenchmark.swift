// `jobhunt-bench analytics`: the weekly query (the seed's dashboard query, as
// `jobhunt analytics` runs it) on 100,000 applications of 10 users on
// PostgreSQL: p50/p95 for the report's 8 weeks and for all of history, the
// plan PostgreSQL chose (EXPLAIN ANALYZE), and the whole report once rolled up.
import Foundation
import JobHuntAnalytics
internal import JobHuntDatabase
import JobHuntKernel

/// Fills a throwaway database and times the weekly query on it.
package struct AnalyticsBenchmark {
    let services: Services
    let users: Int
    let applications: Int

    package init(services: Services, users: Int, applications: Int) {
        self.services = services
        self.users = users
        self.applications = applications
    }

    package struct Result: Sendable {
        package var fillSeconds: Double
        /// Label, p50 and p95 in milliseconds, runs.
        package var timings: [(String, Double, Double, Int)]
        package var plan: [String]
    }

    package func run(runs: Int) throws -> Result {
        let db = try services.store.unmigratedDatabase()
        try Schema.migrator(for: db.dialect).up(db)
        let started = ContinuousClock.now
        let accounts = AccountService(services: services)
        var people: [ActingUser] = []
        for index in 0..<users {
            let account = try accounts.createUser(
                email: "bench\(index)@example.com", password: "correct horse battery staple")
            people.append(ActingUser(user: account, sessionID: nil))
        }
        let perUser = applications / max(users, 1)
        for person in people {
            // A year of applications: 80% sent an hour after being noted, statuses spread
            // over the pipeline, each with its creation in the history.
            try db.execute(
                """
                INSERT INTO applications (id, user_id, company_name, job_title, status, application_method,
                    submitted_at, last_status_update, created_at, updated_at)
                SELECT gen_random_uuid(), \(person.user.id), 'Company ' || (n % 500), 'Engineer ' || (n % 40),
                    CASE WHEN n % 5 = 0 THEN 'pending'
                         ELSE (ARRAY['submitted', 'reviewing', 'interviewed', 'rejected', 'offered', 'withdrawn'])[1 + n % 6] END,
                    CASE WHEN n % 3 = 0 THEN 'automated' ELSE 'manual' END,
                    CASE WHEN n % 5 = 0 THEN NULL ELSE t + INTERVAL '1 hour' END, t + INTERVAL '2 days', t, t
                FROM (SELECT n, CAST(\(services.now()) AS timestamptz) - (n % 365) * INTERVAL '1 day' - (n % 24) * INTERVAL '1 hour' AS t
                    FROM generate_series(1, \(perUser)) AS n) AS s
                """)
            try db.execute(
                """
                INSERT INTO application_status_history (id, application_id, status, changed_by, created_at)
                SELECT gen_random_uuid(), id, status, 'user', created_at FROM applications WHERE user_id = \(person.user.id)
                """)
        }
        try db.execute("ANALYZE")
        let fill = started.duration(to: .now)

        let analytics = AnalyticsService(services: services)
        let today = analytics.today
        let eightWeeks = today.weekStart.adding(days: -7 * 7)
        let always = CalendarDate(utcDayOf: Date(timeIntervalSince1970: 0))
        var timings: [(String, Double, Double, Int)] = []
        for (label, since) in [("weekly query, 8 weeks", eightWeeks), ("weekly query, all history", always)] {
            var samples: [Double] = []
            for run in 0..<runs {
                let person = people[run % people.count]
                let query = AnalyticsService.weeklyQuery(userID: person.user.id, since: since, dialect: db.dialect)
                let start = ContinuousClock.now
                _ = try db.query(query)
                samples.append(Self.milliseconds(start.duration(to: .now)))
            }
            timings.append(Self.percentiles(label, samples))
        }
        // The whole report as `jobhunt analytics` builds it, once each user's days are rolled up.
        for person in people { _ = try analytics.overview(weeks: 8, for: person) }
        var samples: [Double] = []
        for run in 0..<min(runs, 40) {
            let start = ContinuousClock.now
            _ = try analytics.overview(weeks: 8, for: people[run % people.count])
            samples.append(Self.milliseconds(start.duration(to: .now)))
        }
        timings.append(Self.percentiles("analytics overview (rolled up)", samples))

        let explained = AnalyticsService.weeklyQuery(userID: people[0].user.id, since: eightWeeks, dialect: db.dialect)
        let plan = try db.query("EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) " + explained).map {
            try $0.get("QUERY PLAN", as: String.self)
        }
        return Result(fillSeconds: Self.milliseconds(fill) / 1000, timings: timings, plan: plan)
    }

    static func milliseconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) / 1e15
    }

    static func percentiles(_ label: String, _ samples: [Double]) -> (String, Double, Double, Int) {
        let sorted = samples.sorted()
        let p50 = sorted[(sorted.count - 1) / 2]
        let p95 = sorted[min(sorted.count - 1, Int((Double(sorted.count) * 0.95).rounded(.up)) - 1)]
        return (label, p50, p95, sorted.count)
    }
}
