// Which status may follow which: a forward-only pipeline, so a slip of the
// keyboard (`set APP submitted` on an offer) cannot quietly rewrite history.

extension ApplicationStatus {
    /// The statuses `status set` accepts after this one without `--force`.
    ///
    /// ```
    /// pending     → submitted, withdrawn
    /// submitted   → reviewing, interviewed, offered, rejected, withdrawn
    /// reviewing   → interviewed, offered, rejected, withdrawn
    /// interviewed → interviewed (another round), offered, rejected, withdrawn
    /// offered     → rejected (rescinded), withdrawn (declined)
    /// rejected, withdrawn → nothing
    /// ```
    ///
    /// `offered` needs no interview first (some offers come without one), and
    /// any open status can be withdrawn. Going back (`reviewing` → `submitted`)
    /// or reopening a closed application is a correction, so it takes
    /// `--force` and is recorded like any other change. docs/status.md shows
    /// the same table; `ApplicationTransitionTests` checks every pair.
    package var allowedNext: [ApplicationStatus] {
        switch self {
        case .pending: [.submitted, .withdrawn]
        case .submitted: [.reviewing, .interviewed, .offered, .rejected, .withdrawn]
        case .reviewing: [.interviewed, .offered, .rejected, .withdrawn]
        case .interviewed: [.interviewed, .offered, .rejected, .withdrawn]
        case .offered: [.rejected, .withdrawn]
        case .rejected, .withdrawn: []
        }
    }

    /// Whether `next` may follow this status without `--force`.
    package func allows(_ next: ApplicationStatus) -> Bool { allowedNext.contains(next) }
}
