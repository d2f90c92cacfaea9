// A saved search's work types read as a floor of flexibility: someone who
// will come in three days a week can also take the job they need not come
// in for, so "hybrid" does not hide remote work open to their place.
import Foundation
import JobHuntKernel

/// The work types a saved search admits (docs/matching.md, "Filters").
///
/// Work types form a ladder of flexibility, on-site < hybrid < remote. A saved
/// search admits its stated types and every type more flexible than one of
/// them; a less flexible one stays out (an on-site job asks five days of
/// someone who said two). Remote work still has to be open to one of the
/// search's places (``PlaceScope``). The score says the rest: the `location`
/// component marks a posting down only when it is less flexible than the
/// person prefers (``MatchScorer/locationFit(_:)``).
///
///     ArrangementLadder(["onsite"]).admitted   // onsite, hybrid, remote
///     ArrangementLadder(["hybrid"]).admitted   // hybrid, remote
///     ArrangementLadder(["remote"]).admitted   // remote
struct ArrangementLadder {
    /// The stated types that are work types (the search stored them normalised).
    let stated: [WorkArrangement]

    init(_ arrangements: [String]) {
        stated = arrangements.compactMap(WorkArrangement.init(rawValue:))
    }

    /// The stated types and the more flexible ones, least flexible first.
    var admitted: [WorkArrangement] {
        guard let least = stated.map(\.flexibility).min() else { return [] }
        return WorkArrangement.allCases.filter { $0.flexibility >= least }.sorted { $0.flexibility < $1.flexibility }
    }
}

extension WorkArrangement {
    /// How little the job asks the person to be in one place: on-site 0, hybrid 1, remote 2.
    var flexibility: Int {
        switch self {
        case .onsite: 0
        case .hybrid: 1
        case .remote: 2
        }
    }
}
