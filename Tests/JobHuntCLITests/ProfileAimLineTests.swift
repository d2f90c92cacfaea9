// `profile show` prints the aim discover match reads from the person's own
// words, so a misreading can be seen and corrected (issue 19, fifth round).
import Foundation
import JobHuntProfiles
import Testing

@testable import JobHuntCLI

@Suite("profile show: the aim read")
struct ProfileAimLineTests {
    @Test("the aim and what is left are printed; nothing when nothing was read")
    func aimLine() {
        var profile = UserProfile(userID: UUID())
        profile.currentTitle = "Shift Supervisor"
        profile.summary = "Retraining as a bookkeeper. Not another retail job."
        #expect(ProfileCommands.aimLine(profile, jobs: []) == "bookkeeper (leaving: retail)")
        profile.summary = "Ten years in retail."
        #expect(ProfileCommands.aimLine(profile, jobs: []) == nil)
    }
}
