// When colour is allowed: for people only (ripgrep's `--color auto`): stdout is
// a terminal and neither `--no-color`, `NO_COLOR` (any value) nor `TERM=dumb`
// says otherwise.

enum ColorPolicy {
    static func useColor(stdoutIsTerminal: Bool, noColorFlag: Bool, environment: [String: String]) -> Bool {
        guard stdoutIsTerminal, !noColorFlag else { return false }
        // https://no-color.org: present means off, whatever the value.
        if environment["NO_COLOR"] != nil { return false }
        if environment["TERM"] == "dumb" { return false }
        return true
    }
}
