// `jobhunt discover`: the group for finding postings — saved searches, the
// stored postings and the scrape statistics.
import Foundation
import JobHuntCore

enum DiscoverCommands {
    static let spec = CommandSpec(
        name: "discover",
        abstract: "Keep saved searches and look at discovered postings",
        discussion: """
            A saved search names what you look for (titles, companies, salary, level, work type, \
            locations, keywords) and where (`--source KIND:ARG`, e.g. greenhouse:stripe). \
            Searches are yours alone; the postings they find are shared by everyone on the \
            database. `discover list` shows stored postings, `discover stats` how scraping went.
            """,
        subcommands: [SearchCommands.spec, list, stats],
        examples: [
            "jobhunt discover search add 'remote swift' --title 'iOS Engineer' --work-type remote --source greenhouse:stripe",
            "jobhunt discover list --limit 20",
            "jobhunt discover stats --days 7",
        ])
}
