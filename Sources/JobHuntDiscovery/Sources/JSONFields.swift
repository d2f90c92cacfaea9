// Typed reads of JSONSerialization objects, forgiving of the number/string mix sources send.
import Foundation
import JobHuntKernel

/// A JSON object as JSONSerialization returns it.
typealias JSONObject = [String: Any]

enum JSONDocument {
    /// Parses a whole document, turning a syntax error into the parser's document-level error.
    static func parse(_ data: Data, source: String) throws -> Any {
        do {
            return try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
        } catch {
            throw JobHuntError.sourceUnreadable(
                source: source, reason: "not valid JSON (\(error.localizedDescription))")
        }
    }
}

extension Dictionary where Key == String, Value == Any {
    /// A string field, or a number printed as one (ids arrive as either); nil for null or absent.
    func text(_ key: String) -> String? {
        switch self[key] {
        case let string as String: return string
        case let number as NSNumber where !JSONNumber.isBoolean(number): return number.stringValue
        default: return nil
        }
    }

    /// A string field with content: blank strings count as absent, but the value is returned as given.
    func nonBlank(_ key: String) -> String? {
        guard let value = text(key), value.contains(where: { !$0.isWhitespace }) else { return nil }
        return value
    }

    func object(_ key: String) -> JSONObject? { self[key] as? JSONObject }

    func array(_ key: String) -> [Any]? { self[key] as? [Any] }

    func objects(_ key: String) -> [JSONObject] { (self[key] as? [Any])?.compactMap { $0 as? JSONObject } ?? [] }

    /// A list of strings, or a single string as a one-element list.
    func strings(_ key: String) -> [String] {
        if let one = self[key] as? String { return [one] }
        return (self[key] as? [Any])?.compactMap { $0 as? String } ?? []
    }

    /// A number or a numeric string (Greenhouse `currency_range` sends `"185000.0"`), exactly.
    func decimal(_ key: String) -> Decimal? { JSONNumber.decimal(self[key]) }

    /// Only a real JSON `true`/`false`: a `1` or `0` is a number, not a flag.
    func bool(_ key: String) -> Bool? {
        guard let number = self[key] as? NSNumber, JSONNumber.isBoolean(number) else { return nil }
        return number.boolValue
    }

    /// An integer field (epoch seconds or milliseconds), accepting a numeric string too.
    func int64(_ key: String) -> Int64? {
        switch self[key] {
        case let number as NSNumber where !JSONNumber.isBoolean(number): return number.int64Value
        case let string as String: return Int64(string)
        default: return nil
        }
    }
}

enum JSONNumber {
    /// On Linux `as? Bool` also accepts the numbers 0 and 1, so a flag is told apart by its
    /// Objective-C type code (`c`), which JSONSerialization gives only to `true`/`false`.
    static func isBoolean(_ number: NSNumber) -> Bool {
        number.objCType.pointee == CChar(UInt8(ascii: "c"))
    }

    /// Goes through the number's decimal text so `0.6` stays `0.6` rather than a binary approximation.
    static func decimal(_ value: Any?) -> Decimal? {
        switch value {
        case let string as String:
            let trimmed = string.trimmingCharacters(in: .whitespaces)
            return trimmed.isEmpty ? nil : Decimal(string: trimmed, locale: Locale(identifier: "en_US_POSIX"))
        case let number as NSNumber:
            if isBoolean(number) { return nil }
            return Decimal(string: number.stringValue, locale: Locale(identifier: "en_US_POSIX"))
        default:
            return nil
        }
    }
}
