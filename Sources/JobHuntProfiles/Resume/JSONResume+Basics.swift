// The `basics` section of a JSON Resume: who the person is and how to reach them.

extension JSONResume {
    /// `basics`: name, headline, contact details, location and social profiles.
    public struct Basics: Codable, Sendable, Equatable {
        public var name: String?
        public var label: String?
        public var image: String?
        public var email: String?
        public var phone: String?
        public var url: String?
        public var summary: String?
        public var location: Location?
        public var profiles: [Profile]?

        public init(
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
    public struct Location: Codable, Sendable, Equatable {
        public var address: String?
        public var postalCode: String?
        public var city: String?
        public var countryCode: String?
        public var country: String?
        public var region: String?

        public init(
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
    public struct Profile: Codable, Sendable, Equatable {
        public var network: String?
        public var username: String?
        public var url: String?

        public init(network: String? = nil, username: String? = nil, url: String? = nil) {
            self.network = network
            self.username = username
            self.url = url
        }
    }
}
