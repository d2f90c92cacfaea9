// One blocking hiredis connection: owns the redisContext, sends commands with
// redisCommandArgv and turns every hiredis failure into a CacheError here.
internal import CHiredis
import Foundation

/// A connected, authenticated `redisContext`, freed in `deinit`.
///
/// Not thread-safe: ``RedisCache`` serialises access. After any I/O error hiredis
/// leaves the context unusable, so the owner drops it and connects afresh.
/// https://github.com/redis/hiredis#errors
final class RedisConnection {
    private let context: UnsafeMutablePointer<redisContext>
    private let address: String
    private let commandTimeout: Duration

    init(_ configuration: RedisConfiguration) throws(CacheError) {
        address = configuration.address
        commandTimeout = configuration.commandTimeout
        guard
            let context = redisConnectWithTimeout(
                configuration.host, Int32(configuration.port), timeval(configuration.connectTimeout))
        else {
            throw .connectionFailed(configuration.address, "could not allocate a connection")
        }
        if context.pointee.err != 0 {
            let reason = String(cString: chiredis_context_errstr(context))
            redisFree(context)
            throw .connectionFailed(configuration.address, reason)
        }
        self.context = context
        // Bounds every later read and write, so a stalled server becomes an error, not a hang.
        guard redisSetTimeout(context, timeval(configuration.commandTimeout)) == chiredis_ok else {
            throw .connectionFailed(configuration.address, "could not set the command timeout")
        }
        try authenticate(configuration)
    }

    deinit { redisFree(context) }

    /// Sends AUTH and SELECT as the URL asks; an error reply to either is a settings
    /// problem (wrong password, no such database), not a lost connection.
    private func authenticate(_ configuration: RedisConfiguration) throws(CacheError) {
        var steps: [[any RedisArgument]] = []
        if let password = configuration.password {
            steps.append(configuration.username.map { ["AUTH", $0, password] } ?? ["AUTH", password])
        }
        if configuration.database != 0 {
            steps.append(["SELECT", configuration.database])
        }
        for step in steps {
            let name = step[0].redisBytes
            switch try reply(step.map(\.redisBytes)) {
            case .status("OK"): continue
            case .error(let message):
                throw .authenticationFailed(address, "\(String(decoding: name, as: UTF8.self)): \(message)")
            default:
                throw .authenticationFailed(address, "unexpected reply to \(String(decoding: name, as: UTF8.self))")
            }
        }
    }

    /// Sends one command, given as its raw argument bytes, and waits for its reply.
    /// - Throws: `.connectionLost` when the socket failed or timed out (the connection
    ///   is then dead), `.commandFailed` for an error reply (the connection is fine).
    func send(_ parts: [Data]) throws(CacheError) -> RedisValue {
        let value = try reply(parts)
        if case .error(let message) = value {
            let name = String(decoding: parts.first ?? Data(), as: UTF8.self).uppercased()
            throw .commandFailed(name, message)
        }
        return value
    }

    /// Sends one command and returns whatever the server answered, error replies included.
    private func reply(_ parts: [Data]) throws(CacheError) -> RedisValue {
        let total = parts.reduce(0) { $0 + $1.count }
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: max(total, 1), alignment: 1)
        defer { buffer.deallocate() }
        var pointers: [UnsafePointer<CChar>?] = []
        var lengths: [Int] = []
        var offset = 0
        for part in parts {
            let slot = UnsafeMutableRawBufferPointer(rebasing: buffer[offset..<offset + part.count])
            part.copyBytes(to: slot)
            pointers.append(UnsafePointer((buffer.baseAddress! + offset).assumingMemoryBound(to: CChar.self)))
            lengths.append(part.count)
            offset += part.count
        }
        var failure: Int32 = 0
        let reply = withSIGPIPEBlocked {
            let reply = pointers.withUnsafeMutableBufferPointer { pointers in
                lengths.withUnsafeBufferPointer { lengths in
                    chiredis_command_argv(context, Int32(parts.count), pointers.baseAddress, lengths.baseAddress)
                }
            }
            failure = errno
            return reply
        }
        guard let reply else {
            // A socket timeout surfaces as EAGAIN ("Resource temporarily unavailable"); say what it means.
            let reason =
                failure == EAGAIN || failure == EWOULDBLOCK
                ? "no reply within \(commandTimeout) (timed out)"
                : String(cString: chiredis_context_errstr(context))
            throw .connectionLost(address, reason)
        }
        defer { freeReplyObject(reply) }
        return RedisValue(UnsafePointer(reply))
    }
}

extension timeval {
    /// A `timeval` for hiredis's timeouts.
    fileprivate init(_ duration: Duration) {
        let (seconds, attoseconds) = duration.components
        self.init(tv_sec: Int(seconds), tv_usec: Int(attoseconds / 1_000_000_000_000))
    }
}
