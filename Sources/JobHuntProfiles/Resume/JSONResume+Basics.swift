// The `basics` section of a JSON Resume: who the person is and how to reach them.
import JobHuntKernel

extension JSONResume {
    /// `basics`: name, headline, contact details, location and social profiles.
    package struct Basics: Codable, Sendable, Equatable {
        package var name: String?
        package var label: String?
        package var image: String?
        package var email: String?
        package var phone: String?
        package var url: String?
        package var summary: String?
        package var location: Location?
        package var profiles: [Profile]?

        package init(
            name: String? = nil, label: String? = nil, image: String? = nil, email: String? = nil,
            phone: String? = nil, url: String? = nil, summary: String? = nil, location: Location? = nil,
            profiles: [Profile]? = nil
        ) {
            self.name = name
            self.label = label
            self.image = image
            self.email = email
            self.phone = phone
            self.url = url
            self.summary = summary
            self.location = location
            self.profiles = profiles
        }
    }

    /// A postal location. `country` is not in schema v1.0.0 (only `countryCode` is); jobhunt
    /// reads it and writes it for country names that are not two-letter codes, which the
    /// schema's `additionalProperties: true` allows.
    package struct Location: Codable, Sendable, Equatable {
        package var address: String?
        package var postalCode: String?
        package var city: String?
        package var countryCode: String?
        package var country: String?
        package var region: String?

        package init(
            address: String? = nil, postalCode: String? = nil, city: String? = nil, countryCode: String? = nil,
            country: String? = nil, region: String? = nil
        ) {
            self.address = address
            self.postalCode = postalCode
            self.city = city
            self.countryCode = countryCode
            self.country = country
            self.region = region
        }
    }

    /// One social-network profile; LinkedIn and GitHub ones become profile URLs.
    package struct Profile: Codable, Sendable, Equatable {
        package var network: String?
        package var username: String?
        package var url: String?

        package init(network: String? = nil, username: String? = nil, url: String? = nil) {
            self.network = network
            self.username = username
            self.url = url
        }
    }
}
