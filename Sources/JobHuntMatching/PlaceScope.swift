// The SQL of a saved search's places and work types taken together: on-site or
// hybrid in one of the places, or remote work open to one of the regions.
import Foundation
internal import JobHuntDatabase
import JobHuntKernel

/// Places (``PlacePreference``) and work types as one condition over `job_postings p`.
///
/// A posting passes when one of the places admits it:
/// - a place ("Denver, CO") admits postings there whose work type is one of those
///   given (any, when none is), and remote postings open to the place's country
///   when `remote` is one of the work types, or, in a saved search, when no work
///   type is given (a remote US job can be done from Denver);
/// - a remote region ("Remote (US)") admits remote postings open to it, whatever the
///   work types say (the place itself says remote is wanted);
/// - a region ("anywhere in Europe") admits postings in its countries of the given
///   work types, and remote postings open to it unless the work types leave remote out;
/// - "Anywhere" admits every posting of the given work types.
///
/// A remote posting is open to a region when its country is in the region, its area
/// (`location_area`: "EU", "Worldwide") shares a country with the region, or it names
/// neither: a plain "Remote" posting is not hidden for saying too little, as a posting
/// without pay is not hidden by a salary floor.
struct PlaceScope {
    /// The work types given (`--work-type`), empty for any.
    let arrangements: [String]
    /// With no work type given, a place also admits remote postings open to its
    /// country (a saved search, ``MatchFilters/placesAdmitRemote``).
    var placesAdmitRemote = false
    /// The country a place that names none is taken to be in: the profile's.
    var homeCountry: String?

    func condition(_ places: [PlacePreference]) -> SQL {
        "(\(sql: places.map(condition).joined(separator: " OR ")))"
    }

    private var remoteWanted: Bool { arrangements.isEmpty || arrangements.contains(WorkArrangement.remote.rawValue) }

    /// The work types, as a condition; "1 = 1" for any.
    private var arrangement: SQL {
        arrangements.isEmpty ? "1 = 1" : "p.work_arrangement IN \(list: arrangements)"
    }

    private func condition(_ place: PlacePreference) -> SQL {
        switch place {
        case .anywhere:
            return "(\(sql: arrangement))"
        case .remote(let region):
            return Self.remote(openTo: region)
        case .region(let region):
            let inRegion: SQL = "(upper(COALESCE(p.location_country, '')) IN \(list: region.countries.sorted()))"
            let here: SQL = "(\(sql: inRegion) AND \(sql: arrangement))"
            return remoteWanted ? "(\(sql: here) OR \(sql: Self.remote(openTo: region)))" : here
        case .place(let parts, let country):
            let here: SQL = "(\(sql: ScopeBuilder.location(parts)) AND \(sql: arrangement))"
            // Remote work open to the place's country passes when remote is asked
            // for, or, in a saved search, when no work type is: someone in Denver can
            // do a remote US job from Denver. It ranks below the on-site ones
            // (MatchScorer.remoteNotAsked).
            let remoteAsked = arrangements.contains(WorkArrangement.remote.rawValue)
            let remoteImplied = arrangements.isEmpty && placesAdmitRemote
            guard remoteAsked || remoteImplied, let country = country ?? homeCountry,
                let region = WorkRegions.region(named: country)
            else { return here }
            return "(\(sql: here) OR \(sql: Self.remote(openTo: region)))"
        }
    }

    /// Remote postings open to someone in `region` (any remote posting for nil or worldwide).
    static func remote(openTo region: WorkRegion?) -> SQL {
        let remote: SQL = "p.work_arrangement = 'remote'"
        guard let region, !region.isWorldwide else { return "(\(sql: remote))" }
        let countries = region.countries.sorted()
        let areas = WorkRegions.areas(openTo: region).map { $0.lowercased() }
        return """
            (\(sql: remote) AND (upper(COALESCE(p.location_country, '')) IN \(list: countries) \
            OR lower(COALESCE(p.location_area, '')) IN \(list: areas) \
            OR (p.location_country IS NULL AND p.location_area IS NULL)))
            """
    }
}
