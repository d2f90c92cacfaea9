// Cache entries that more than one feature writes or invalidates: a profile
// write (Profiles) and a discovery run (Discovery) both make recommendations
// (Matching) stale, so the invalidation lives here, below all three.
import Foundation
internal import JobHuntIO

extension Services {
    /// Drops what is cached about one user's profile: the profile itself and
    /// the recommendations computed from it. Every profile write calls this.
    package func invalidateProfileCaches(userID: UUID) {
        guard let cache = try? cache() else { return }
        cache.delete(.userProfile(userID))
        cache.delete(.jobRecommendations(userID))
    }

    /// Drops every user's recommendations: postings were added or changed.
    package func invalidateRecommendations() {
        guard let cache = try? cache() else { return }
        cache.delete(matching: .jobRecommendations)
    }
}
