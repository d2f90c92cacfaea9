// The salary and location components: pay against the floor, and place and
// work arrangement against the person's. Unknowns are neutral, never a penalty.
import JobHuntDiscovery
import JobHuntKernel

extension MatchScorer {
    func salaryFit(_ posting: StoredPosting) -> (score: Double, fit: SalaryFit) {
        guard let floor = salaryFloor, floor > 0 else { return (MatchCalibration.neutral, .noFloor) }
        guard let top = posting.salaryMax ?? posting.salaryMin else { return (MatchCalibration.neutral, .unknown) }
        if let floorCurrency, let currency = posting.salaryCurrency, currency != floorCurrency {
            return (MatchCalibration.neutral, .otherCurrency)
        }
        let bottom = posting.salaryMin ?? top
        // A floor read from the peers (AimPeers) only speaks against a
        // posting: paying what such work pays is no sign of fit.
        if top >= floor && floorIsImplied { return (MatchCalibration.neutral, .noFloor) }
        if bottom >= floor { return (1, .meets) }
        if top >= floor { return (MatchCalibration.salaryTopOfRangeOnly, .partly) }
        let shortfall = Double(floor - top) / Double(floor)
        let score = MatchCalibration.salaryJustUnder * (1 - shortfall / MatchCalibration.salaryShortfallAtZero)
        return (score.unit, floorIsImplied ? .belowPeers : .below)
    }

    func locationFit(_ posting: StoredPosting) -> (score: Double, fit: LocationFit) {
        let person = profile.profile
        let arrangement = posting.workArrangement.flatMap(WorkArrangement.init(rawValue:))
        // Someone who wants hybrid work wants flexibility, and a remote job
        // has more of it: not a mismatch. Someone who wants on-site work chose
        // the place (or the kind of work done there), so hybrid and remote are.
        var mismatch =
            profile.workType.map { preferred in
                arrangement.map { posting in
                    posting.rawValue != preferred.rawValue
                        && !(posting == .remote && preferred.rawValue == WorkArrangement.hybrid.rawValue)
                } ?? false
            } ?? false
        // A search that names only places admits remote jobs open to their country,
        // but the person named somewhere to work: those rank below the on-site ones.
        if arrangement == .remote, remoteNotAsked, profile.workType?.rawValue != WorkArrangement.remote.rawValue {
            mismatch = true
        }
        let penalty = mismatch ? MatchCalibration.arrangementMismatch : 0
        let theirs = Place(city: posting.locationCity, state: posting.locationState, country: posting.locationCountry)
        let mine = Place(city: person.locationCity, state: person.locationState, country: person.locationCountry)
        if arrangement == .remote {
            if let country = theirs.country, let own = mine.country, country != own {
                return ((MatchCalibration.remoteElsewhere - penalty).unit, .remoteElsewhere)
            }
            // "Remote (EU)" names an area, not a country: elsewhere for someone outside it.
            if theirs.country == nil, let own = mine.country, let area = posting.locationArea,
                let region = WorkRegions.region(named: area), let home = WorkRegions.region(named: own),
                !region.overlaps(home)
            {
                return ((MatchCalibration.remoteElsewhere - penalty).unit, .remoteElsewhere)
            }
            return ((1 - penalty).unit, .remote)
        }
        guard !theirs.isEmpty, !mine.isEmpty else { return (MatchCalibration.neutral, .unknown) }
        let fit: LocationFit
        let score: Double
        if mine.sameCity(as: theirs) {
            (fit, score) = (.sameCity, MatchCalibration.sameCity)
        } else if mine.sameRegion(as: theirs) {
            (fit, score) = (.sameRegion, MatchCalibration.sameRegion)
        } else if mine.sameCountry(as: theirs) {
            (fit, score) = (.sameCountry, MatchCalibration.sameCountry)
        } else if person.willingToRelocate {
            (fit, score) = (.relocation, MatchCalibration.relocation)
        } else {
            (fit, score) = (
                .elsewhere, arrangement == .hybrid ? MatchCalibration.hybridElsewhere : MatchCalibration.elsewhere
            )
        }
        return ((score - penalty).unit, fit)
    }
}

/// City, state and country compared ignoring case, countries by ISO code.
struct Place {
    let city: String?
    let state: String?
    let country: String?

    init(city: String?, state: String?, country: String?) {
        func clean(_ text: String?) -> String? {
            guard let text = text?.trimmed.lowercased(), !text.isEmpty else { return nil }
            return text
        }
        self.city = clean(city)
        self.state = clean(state)
        self.country = clean(country).map { CountryCodes.code(for: $0)?.lowercased() ?? $0 }
    }

    var isEmpty: Bool { city == nil && state == nil && country == nil }

    /// Countries agree, or one side does not say.
    func compatibleCountry(_ other: Place) -> Bool {
        country == nil || other.country == nil || country == other.country
    }

    func sameCity(as other: Place) -> Bool {
        city != nil && city == other.city && compatibleCountry(other)
    }

    func sameRegion(as other: Place) -> Bool {
        state != nil && state == other.state && compatibleCountry(other)
    }

    func sameCountry(as other: Place) -> Bool { country != nil && country == other.country }
}
