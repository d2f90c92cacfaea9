// Redis replies as a Swift value, copied out of hiredis's reply tree at one
// place so no reply pointer outlives the call that produced it.
internal import CHiredis
import Foundation

/// One RESP2 reply.
enum RedisValue: Sendable, Equatable {
    case string(Data)
    case status(String)
    case integer(Int)
    case array([RedisValue])
    case null
    case error(String)

    /// Copies a hiredis reply (which the caller still frees).
    init(_ reply: UnsafePointer<redisReply>) {
        let reply = reply.pointee
        switch reply.type {
        case chiredis_reply_string:
            self = .string(reply.str.map { Data(bytes: $0, count: reply.len) } ?? Data())
        case chiredis_reply_status:
            self = .status(Self.text(reply))
        case chiredis_reply_error:
            self = .error(Self.text(reply))
        case chiredis_reply_integer:
            self = .integer(Int(reply.integer))
        case chiredis_reply_array:
            var elements: [RedisValue] = []
            elements.reserveCapacity(reply.elements)
            for index in 0..<reply.elements {
                elements.append(reply.element[index].map { RedisValue(UnsafePointer($0)) } ?? .null)
            }
            self = .array(elements)
        default:
            self = .null
        }
    }

    private static func text(_ reply: redisReply) -> String {
        guard let str = reply.str else { return "" }
        return String(decoding: UnsafeRawBufferPointer(start: str, count: reply.len), as: UTF8.self)
    }

    var data: Data? {
        if case .string(let data) = self { return data }
        return nil
    }

    var integer: Int? {
        if case .integer(let value) = self { return value }
        return nil
    }

    var isOK: Bool { self == .status("OK") }
}

/// Something that can be one argument of a Redis command.
protocol RedisArgument {
    var redisBytes: Data { get }
}

extension String: RedisArgument {
    var redisBytes: Data { Data(utf8) }
}

extension Data: RedisArgument {
    var redisBytes: Data { self }
}

extension Int: RedisArgument {
    var redisBytes: Data { Data(String(self).utf8) }
}

extension CacheKey: RedisArgument {
    var redisBytes: Data { Data(rawValue.utf8) }
}
