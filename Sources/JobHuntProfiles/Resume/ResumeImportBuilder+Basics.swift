// Maps `basics` onto the user's names and e-mail and the profile's columns.
import Foundation
import JobHuntKernel

extension ResumeImport {
    /// Splits `basics.name` at the first blank: the first word is the first name, the rest
    /// the last name ("Ada King Lovelace" → "Ada", "King Lovelace"). A single word is a first
    /// name only. JSON Resume has one name field, so any split is a guess; this one keeps
    /// every word and round-trips because export joins the two with one blank.
    package static func splitName(_ name: String) -> (first: String?, last: String?) {
        let words = name.split(whereSeparator: \.isWhitespace)
        guard let first = words.first else { return (nil, nil) }
        let rest = words.dropFirst().joined(separator: " ")
        return (String(first), rest.isEmpty ? nil : rest)
    }
}

extension ResumeImportBuilder {
    mutating func user(_ basics: JSONResume.Basics?) -> ResumeUser {
        var user = ResumeUser()
        if let name = text(basics?.name, at: "basics.name") {
            let (first, last) = ResumeImport.splitName(name)
            for part in [first, last].compactMap(\.self) where part.unicodeScalars.count > ResumeLimits.name {
                fail("basics.name", "a name part is longer than \(ResumeLimits.name) characters")
            }
            user.firstName = first
            user.lastName = last
        }
        if let email = text(basics?.email, at: "basics.email", limit: ResumeLimits.email) {
            if let normalized = EmailAddress.normalized(email) {
                user.email = normalized
            } else {
                fail("basics.email", "not a valid e-mail address")
            }
        }
        return user
    }

    mutating func profile(_ basics: JSONResume.Basics?) -> ResumeProfile {
        var profile = ResumeProfile()
        profile.currentTitle = text(basics?.label, at: "basics.label", limit: ResumeLimits.title)
        profile.summary = text(basics?.summary, at: "basics.summary")
        profile.phone = phone(basics?.phone, at: "basics.phone")
        profile.portfolioURL = url(basics?.url, at: "basics.url")
        let location = basics?.location
        profile.locationCity = text(location?.city, at: "basics.location.city", limit: ResumeLimits.city)
        profile.locationState = text(location?.region, at: "basics.location.region", limit: ResumeLimits.region)
        profile.locationCountry =
            text(location?.countryCode, at: "basics.location.countryCode", limit: ResumeLimits.country)
            ?? text(location?.country, at: "basics.location.country", limit: ResumeLimits.country)
        for (index, entry) in (basics?.profiles ?? []).enumerated() {
            guard let network = ResumeNetwork(network: entry.network, url: entry.url) else { continue }
            let path = "basics.profiles[\(index)]"
            var link = url(entry.url, at: "\(path).url")
            if link == nil, entry.url == nil || entry.url?.trimmingCharacters(in: .whitespaces) == "",
                let username = text(entry.username, at: "\(path).username")
            {
                if ResumeNetwork.isUsername(username) {
                    link = network.url(username: username)
                } else {
                    fail("\(path).username", "not a \(network.displayName) username")
                }
            }
            // The first profile of a network wins; later ones are left as they are.
            switch network {
            case .linkedin: profile.linkedinURL = profile.linkedinURL ?? link
            case .github: profile.githubURL = profile.githubURL ?? link
            }
        }
        return profile
    }

    /// A phone number as people write one: digits with `+ - ( ) . /` and blanks, an
    /// optional extension ("x12"), at least five digits, within the seed's 20 characters.
    private mutating func phone(_ value: String?, at path: String) -> String? {
        guard let phone = text(value, at: path, limit: ResumeLimits.phone) else { return nil }
        let allowed = phone.unicodeScalars.allSatisfy {
            ("0"..."9").contains($0) || " +-()./xX".unicodeScalars.contains($0)
        }
        let digits = phone.unicodeScalars.filter { ("0"..."9").contains($0) }.count
        guard allowed, digits >= 5 else {
            fail(path, "not a phone number")
            return nil
        }
        return phone
    }
}
