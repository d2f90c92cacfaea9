// How many minutes each automated step saves: an estimate the person can
// change (`analytics.minutes_per_*` settings), summed into time_saved_minutes.

/// Minutes saved per automated step; the CLI resolves them from settings.
///
/// The defaults are deliberately modest (docs/analytics.md says why): reading
/// and judging one posting by hand, writing one tailored document, filling in
/// one application form.
package struct TimeSavedEstimates: Sendable, Equatable, Codable {
    /// Per posting discovered and ranked for you (finding and reading it by hand).
    package var minutesPerPosting: Int
    /// Per résumé or cover letter generated (tailoring one by hand).
    package var minutesPerDocument: Int
    /// Per application submitted with `application_method = 'automated'` (filling in the form).
    package var minutesPerSubmission: Int

    package static let defaultMinutesPerPosting = 2
    package static let defaultMinutesPerDocument = 20
    package static let defaultMinutesPerSubmission = 10

    package init(
        minutesPerPosting: Int = defaultMinutesPerPosting, minutesPerDocument: Int = defaultMinutesPerDocument,
        minutesPerSubmission: Int = defaultMinutesPerSubmission
    ) {
        self.minutesPerPosting = minutesPerPosting
        self.minutesPerDocument = minutesPerDocument
        self.minutesPerSubmission = minutesPerSubmission
    }

    /// The minutes one day's automated work saved.
    func minutes(postings: Int, documents: Int, automatedSubmissions: Int) -> Int {
        postings * minutesPerPosting + documents * minutesPerDocument + automatedSubmissions * minutesPerSubmission
    }
}
