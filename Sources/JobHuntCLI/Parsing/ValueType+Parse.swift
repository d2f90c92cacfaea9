// Turns the text of an option or positional into a typed ArgumentValue, or a
// usage error that says what the value should have looked like.
import Foundation
import JobHuntKernel

extension ValueType {
    /// Checks `text` for the argument called `name` (`'--limit'`, `'KEY'`).
    ///
    ///     try ValueType.integer(1...1000).parse("abc", for: "'--limit'")
    ///     // invalid value 'abc' for '--limit' (expected an integer from 1 to 1000)
    func parse(_ text: String, for name: String) throws(CLIError) -> ArgumentValue {
        func invalid(_ remedy: String) -> CLIError {
            .usage("invalid value '\(Redaction.connectionString(text))' for \(name)", remedy: remedy)
        }
        switch self {
        case .string:
            return .string(text)
        case .path:
            guard !text.isEmpty else { throw invalid(expectation) }
            return .string(text)
        case .integer(let range):
            guard let value = Int(text), range?.contains(value) ?? true else { throw invalid(expectation) }
            return .integer(value)
        case .decimal(let range):
            guard let number = Double(text), number.isFinite, range?.contains(number) ?? true,
                let value = Decimal(string: text, locale: Locale(identifier: "en_US_POSIX"))
            else { throw invalid(expectation) }
            return .decimal(value)
        case .date:
            guard let value = CalendarDate(text) else { throw invalid(expectation) }
            return .date(value)
        case .choice(let choices):
            guard choices.contains(text) else {
                if let near = Suggestion.nearest(to: text, among: choices) {
                    throw invalid("did you mean '\(near)'? \(expectation)")
                }
                throw invalid(expectation)
            }
            return .string(text)
        case .url:
            guard let url = URL(string: text), let scheme = url.scheme?.lowercased(),
                scheme == "http" || scheme == "https", let host = url.host, !host.isEmpty
            else { throw invalid(expectation) }
            return .url(url)
        case .email:
            guard EmailAddress.isValid(text) else { throw invalid(expectation) }
            return .string(text)
        }
    }

    /// What a valid value looks like, for errors and help.
    var expectation: String {
        switch self {
        case .string: return "expected text"
        case .path: return "expected a file path"
        case .integer(let range?): return "expected an integer \(Self.describe(range))"
        case .integer(nil): return "expected an integer"
        case .decimal(let range?): return "expected a number \(Self.describe(range))"
        case .decimal(nil): return "expected a number"
        case .date: return "expected a date as YYYY-MM-DD"
        case .choice(let choices): return "expected one of: \(choices.joined(separator: ", "))"
        case .url: return "expected an http or https URL"
        case .email: return "expected an e-mail address such as name@example.com"
        }
    }

    private static func describe(_ range: ClosedRange<Int>) -> String {
        if range.upperBound == Int.max { return "of at least \(range.lowerBound)" }
        if range.lowerBound == Int.min { return "of at most \(range.upperBound)" }
        return "from \(range.lowerBound) to \(range.upperBound)"
    }

    private static func describe(_ range: ClosedRange<Double>) -> String {
        if range.upperBound == .infinity || range.upperBound == .greatestFiniteMagnitude {
            return "of at least \(format(range.lowerBound))"
        }
        return "from \(format(range.lowerBound)) to \(format(range.upperBound))"
    }

    /// `4.0` as `4`, `4.5` as `4.5`.
    static func format(_ number: Double) -> String {
        number == number.rounded() && abs(number) < 1e15 ? String(Int(number)) : String(number)
    }
}
