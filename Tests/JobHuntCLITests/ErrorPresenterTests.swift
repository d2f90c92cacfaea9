// Every layer's error goes through one presenter: the same line shape, the
// remedy's commands spelled by the CLI, and exit 2 only for usage errors.
import Foundation
import JobHuntDatabase
import Testing

@testable import JobHuntCLI
@testable import JobHuntKernel

@Suite struct ErrorPresenterTests {
    @Test("a Core error's command hint is spelled as the command line")
    func coreError() {
        let (line, status) = ErrorPresenter.present(JobHuntError.resumeNoResume)
        #expect(line == "jobhunt: no resume is stored for you (store one with `jobhunt profile resume FILE`)")
        #expect(status == .failure)
    }

    @Test("a layer's error renders the same way, hint and all")
    func layerError() {
        let error = DatabaseError(.migration, message: "the database schema is behind", remedy: "run \(.migrateUp)")
        #expect(ErrorPresenter.message(for: error) == "the database schema is behind (run `jobhunt migrate up`)")
        #expect(ErrorPresenter.present(error).status == .failure)
    }

    @Test("a Core error the command line caused exits 2, with its example unquoted")
    func usageFromCore() {
        let (line, status) = ErrorPresenter.present(CLIError.usage(JobHuntError.findNoSearchTerms))
        #expect(
            line
                == #"jobhunt: the search text has no word to look for (give words or "a phrase", e.g. jobhunt discover find 'data engineer -intern')"#
        )
        #expect(status == .usage)
    }

    @Test("a relabelled field keeps its remedy")
    func relabelled() {
        let error = JobHuntError.savedSearchDuplicate("remote").naming("--name")
        #expect(
            ErrorPresenter.message(for: error)
                == "--name: you already have a saved search named 'remote' (choose another name, or change it with `jobhunt discover search edit`)"
        )
    }

    @Test("codes match with == and with ~=")
    func matching() {
        let error: any Error = JobHuntError.savedSearchNotFound("x")
        #expect((error as? JobHuntError)?.code == .savedSearchNotFound)
        switch error {
        case JobHuntError.Code.savedSearchNotFound: break
        default: Issue.record("~= did not match \(error)")
        }
        #expect(!(JobHuntError.Code.skillNotFound ~= error))
    }

    @Test("doctor's remedies are spelled into the detail, for the table and the JSON")
    func healthCheck() {
        let check = HealthCheck(
            name: "database", status: .warning, detail: "x.db (postgres): 2 migration(s) pending",
            remedy: "run \(.migrateUp)")
        let spelled = RemedyText.spelled(check)
        #expect(spelled.detail == "x.db (postgres): 2 migration(s) pending (run `jobhunt migrate up`)")
        #expect(spelled.remedy == nil)
    }
}
