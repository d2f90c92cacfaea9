// `jobhunt discover`: the group for finding postings — saved searches, the
// stored postings and the scrape statistics.
import Foundation
import JobHuntKernel

enum DiscoverCommands {
    static let spec = CommandSpec(
        name: "discover",
        abstract: "Find postings from job sources, keep saved searches, and look at what was found",
        discussion: """
            With --source (repeatable), --search NAME or --all, reads each source, normalises its \
            postings and stores them: the same posting again updates in place, the same job on \
            another source merges into one posting, and postings that vanish or expire become \
            inactive. Prints one summary per source (new, updated, unchanged, merged, expired, \
            failed); one failing source does not stop the others, and the exit status is 1 when \
            any failed. Sources are fetched several at a time (sources.concurrency, 16) with at \
            most sources.per_host (2) requests in flight per host, and summarised in the order \
            given. On a terminal a progress line on stderr shows each source being fetched \
            and stored, with the boards fetched, postings stored and boards per second (never \
            into a pipe, nor with --json or --quiet). The API hosts are \
            settings (sources.greenhouse_url and the like; see `jobhunt config show`). \
            Without an embedding model postings are stored without vectors; \
            --embed-pending adds them later. A saved search names what you look for (titles, companies, salary, level, work type, \
            locations, keywords) and where (`--source KIND:ARG`, e.g. greenhouse:stripe). \
            Searches are yours alone; the postings they find are shared by everyone on the \
            database. `discover list` shows stored postings, `discover stats` how scraping went.
            """,
        keys: Run.self,
        subcommands: [SearchCommands.spec, list, stats, find, match, show, company],
        examples: [
            "jobhunt discover --source greenhouse:stripe --source lever:netflix",
            "jobhunt discover --source workday:wd1.myworkdayjobs.com/acme/External --source hn:2026-03",
            "jobhunt discover --source jobspy:~/jobs.csv --json",
            "jobhunt -q discover --all",
            "jobhunt discover search add 'remote swift' --title 'iOS Engineer' --work-type remote --source greenhouse:stripe",
            "jobhunt discover list --limit 20",
            "jobhunt discover stats --days 7",
        ],
        run: { try runDiscovery($0) })
}
