// libsodium's one-time initialisation and the small primitives built on it:
// secure random bytes and constant-time comparison.
internal import CSodium
import Foundation

/// Runs `sodium_init` exactly once per process before any libsodium call.
enum Sodium {
    /// Swift initialises a static stored property once, atomically, on first use,
    /// which makes this the thread-safe guard libsodium asks for.
    /// https://doc.libsodium.org/usage ("sodium_init() ... can be called multiple times and from multiple threads")
    private static let initialised: Bool = sodium_init() >= 0

    /// Traps when libsodium cannot start: that means no system entropy source,
    /// and nothing in this module may continue without one.
    static func ready() {
        precondition(initialised, "libsodium failed to initialise (no entropy source?)")
    }
}

/// Unpredictable bytes from the operating system's CSPRNG (`randombytes_buf`).
public enum SecureRandom {
    /// `count` random bytes, for nonces, keys and tokens.
    public static func bytes(_ count: Int) -> Data {
        Sodium.ready()
        var data = Data(count: count)
        data.withUnsafeMutableBytes { randombytes_buf($0.baseAddress!, count) }
        return data
    }

    /// 128 random bits as 32 hex digits: lock tokens, request ids.
    public static func hexToken() -> String {
        bytes(16).map { String(format: "%02x", $0) }.joined()
    }
}

/// Comparison whose time does not depend on where the inputs differ (`sodium_memcmp`),
/// for tokens and MACs an attacker could otherwise guess byte by byte.
public enum ConstantTime {
    /// Whether `a` and `b` are equal. Lengths are compared first, and are not secret.
    public static func equals(_ a: Data, _ b: Data) -> Bool {
        Sodium.ready()
        guard a.count == b.count else { return false }
        if a.isEmpty { return true }
        return a.withUnsafeBytes { left in
            b.withUnsafeBytes { right in
                sodium_memcmp(left.baseAddress!, right.baseAddress!, a.count) == 0
            }
        }
    }

    /// Whether the UTF-8 bytes of `a` and `b` are equal.
    public static func equals(_ a: String, _ b: String) -> Bool {
        equals(Data(a.utf8), Data(b.utf8))
    }
}
