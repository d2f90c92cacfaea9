// `--json` output: values built in the order the caller lists keys (the seed's
// column order), so the same data always prints the same bytes.
import Foundation

/// A JSON document whose objects keep their key order.
///
///     let row: JSONValue = .object([("id", .integer(12)), ("title", .string("Staff Engineer"))])
///     context.output.print(row.rendered())
package indirect enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    case integer(Int)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    package static func == (lhs: JSONValue, rhs: JSONValue) -> Bool { lhs.rendered() == rhs.rendered() }

    /// Compact on one line, or indented by two spaces when `pretty`.
    package func rendered(pretty: Bool = false) -> String {
        var text = ""
        write(to: &text, pretty: pretty, indent: "")
        return text
    }

    private func write(to text: inout String, pretty: Bool, indent: String) {
        switch self {
        case .null: text += "null"
        case .bool(let value): text += value ? "true" : "false"
        case .integer(let value): text += String(value)
        case .number(let value):
            text += value.isFinite ? ValueType.format(value) : "null"
        case .string(let value): text += Self.quote(value)
        case .array(let items):
            writeContainer(items.map { (nil, $0) }, open: "[", close: "]", to: &text, pretty: pretty, indent: indent)
        case .object(let members):
            writeContainer(members.map { ($0, $1) }, open: "{", close: "}", to: &text, pretty: pretty, indent: indent)
        }
    }

    private func writeContainer(
        _ items: [(String?, JSONValue)], open: String, close: String, to text: inout String, pretty: Bool,
        indent: String
    ) {
        guard !items.isEmpty else {
            text += open + close
            return
        }
        let inner = indent + "  "
        text += open
        for (index, (key, value)) in items.enumerated() {
            if index > 0 { text += "," }
            if pretty { text += "\n" + inner }
            if let key { text += Self.quote(key) + (pretty ? ": " : ":") }
            value.write(to: &text, pretty: pretty, indent: inner)
        }
        if pretty { text += "\n" + indent }
        text += close
    }

    static func quote(_ string: String) -> String {
        var text = "\""
        for scalar in string.unicodeScalars {
            switch scalar {
            case "\"": text += "\\\""
            case "\\": text += "\\\\"
            case "\n": text += "\\n"
            case "\r": text += "\\r"
            case "\t": text += "\\t"
            case _ where scalar.value < 0x20: text += String(format: "\\u%04x", scalar.value)
            default: text.unicodeScalars.append(scalar)
            }
        }
        return text + "\""
    }
}

/// Encodes `Encodable` values with sorted keys, for types that already conform.
package enum JSONWriter {
    package static func encode(_ value: some Encodable, pretty: Bool = false) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting =
            pretty ? [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}

extension CommandContext {
    /// Prints `value` as JSON: indented for a person at a terminal, one line for a pipe.
    package func printJSON(_ value: JSONValue) {
        output.print(value.rendered(pretty: output.stdoutIsTerminal))
    }
}
