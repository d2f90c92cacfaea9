// A partial edit of a profile: only the fields it mentions change, each set
// to a value or cleared.
import Foundation
import JobHuntKernel

/// What to change in a profile; every field nil means "leave as it is".
///
///     var changes = ProfileChanges()
///     changes.yearsExperience = .set(12)
///     changes.clear(.phone)
///     try ProfileService(services: services).update(changes, for: me)
///
/// Values are checked and normalised by ``validated()`` (the service does it
/// before writing): text trimmed, URLs given a scheme, the phone reduced to
/// digits. `willingToRelocate` has no clear: the seed defaults it to false.
package struct ProfileChanges: Sendable, Equatable {
    package var currentTitle: FieldUpdate<String>?
    package var yearsExperience: FieldUpdate<Int>?
    package var locationCity: FieldUpdate<String>?
    package var locationState: FieldUpdate<String>?
    package var locationCountry: FieldUpdate<String>?
    package var willingToRelocate: Bool?
    package var targetSalaryMin: FieldUpdate<Int>?
    package var targetSalaryMax: FieldUpdate<Int>?
    /// An ISO 4217 code in any case (`usd`); stored in capitals.
    package var targetSalaryCurrency: FieldUpdate<String>?
    package var preferredWorkType: FieldUpdate<String>?
    package var linkedinURL: FieldUpdate<String>?
    package var githubURL: FieldUpdate<String>?
    package var portfolioURL: FieldUpdate<String>?
    /// In any common notation; stored sealed, as digits with an optional leading `+`.
    package var phone: FieldUpdate<String>?
    package var summary: FieldUpdate<String>?
    /// Set by `profile resume`: where the stored resume file is.
    package var resumeFileURL: FieldUpdate<String>?
    /// Set by `profile resume`: the text extracted from it.
    package var resumeText: FieldUpdate<String>?

    package init() {}

    /// True when nothing would change.
    package var isEmpty: Bool { changedFields.isEmpty }

    /// Marks `field` to be cleared (`willing_to_relocate` becomes false).
    package mutating func clear(_ field: ProfileField) {
        switch field {
        case .currentTitle: currentTitle = .clear
        case .yearsExperience: yearsExperience = .clear
        case .locationCity: locationCity = .clear
        case .locationState: locationState = .clear
        case .locationCountry: locationCountry = .clear
        case .willingToRelocate: willingToRelocate = false
        case .targetSalaryMin: targetSalaryMin = .clear
        case .targetSalaryMax: targetSalaryMax = .clear
        case .targetSalaryCurrency: targetSalaryCurrency = .clear
        case .preferredWorkType: preferredWorkType = .clear
        case .linkedinURL: linkedinURL = .clear
        case .githubURL: githubURL = .clear
        case .portfolioURL: portfolioURL = .clear
        case .phone: phone = .clear
        case .summary: summary = .clear
        case .resumeFileURL: resumeFileURL = .clear
        case .resumeText: resumeText = .clear
        }
    }

    /// The fields this change touches, in column order.
    package var changedFields: [ProfileField] {
        let touched: [(ProfileField, Bool)] = [
            (.currentTitle, currentTitle != nil), (.yearsExperience, yearsExperience != nil),
            (.locationCity, locationCity != nil), (.locationState, locationState != nil),
            (.locationCountry, locationCountry != nil), (.willingToRelocate, willingToRelocate != nil),
            (.targetSalaryMin, targetSalaryMin != nil), (.targetSalaryMax, targetSalaryMax != nil),
            (.targetSalaryCurrency, targetSalaryCurrency != nil),
            (.preferredWorkType, preferredWorkType != nil), (.linkedinURL, linkedinURL != nil),
            (.githubURL, githubURL != nil), (.portfolioURL, portfolioURL != nil), (.phone, phone != nil),
            (.summary, summary != nil), (.resumeFileURL, resumeFileURL != nil), (.resumeText, resumeText != nil),
        ]
        return touched.filter(\.1).map(\.0)
    }
}
