// A partial edit of a profile: only the fields it mentions change, each set
// to a value or cleared.
import Foundation

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
public struct ProfileChanges: Sendable, Equatable {
    public var currentTitle: FieldUpdate<String>?
    public var yearsExperience: FieldUpdate<Int>?
    public var locationCity: FieldUpdate<String>?
    public var locationState: FieldUpdate<String>?
    public var locationCountry: FieldUpdate<String>?
    public var willingToRelocate: Bool?
    public var targetSalaryMin: FieldUpdate<Int>?
    public var targetSalaryMax: FieldUpdate<Int>?
    /// An ISO 4217 code in any case (`usd`); stored in capitals.
    public var targetSalaryCurrency: FieldUpdate<String>?
    public var preferredWorkType: FieldUpdate<String>?
    public var linkedinURL: FieldUpdate<String>?
    public var githubURL: FieldUpdate<String>?
    public var portfolioURL: FieldUpdate<String>?
    /// In any common notation; stored sealed, as digits with an optional leading `+`.
    public var phone: FieldUpdate<String>?
    public var summary: FieldUpdate<String>?
    /// Set by `profile resume`: where the stored resume file is.
    public var resumeFileURL: FieldUpdate<String>?
    /// Set by `profile resume`: the text extracted from it.
    public var resumeText: FieldUpdate<String>?

    public init() {}

    /// True when nothing would change.
    public var isEmpty: Bool { changedFields.isEmpty }

    /// Marks `field` to be cleared (`willing_to_relocate` becomes false).
    public mutating func clear(_ field: ProfileField) {
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
    public var changedFields: [ProfileField] {
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
