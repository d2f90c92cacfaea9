// Compiling StatedAim's phrasings ahead of use, for a one-shot command that
// reads a profile once (`discover match`).
import Foundation

extension StatedAim {
    /// Compiles ``StatedAimPatterns/rules`` (about 30 ICU regular expressions,
    /// 3 ms: a twentieth of a cold `discover match`'s main thread) on another
    /// thread, so that it overlaps opening the database; whoever reads a
    /// profile first waits for that one compilation instead of starting its
    /// own. Reading is unchanged, so calling this is never required.
    package static func prepareRules() {
        DispatchQueue.global(qos: .userInitiated).async { _ = StatedAimPatterns.rules }
    }
}
