// `--in 2h`, `--max-time 10m`: a number and a unit, as people write them in
// crontabs and unit files.
import Foundation

enum TaskDuration {
    /// Seconds in `text`: `90s`, `10m`, `2h`, `1d`, or a bare number of seconds.
    static func seconds(_ text: String, option: String) throws -> TimeInterval {
        let trimmed = text.trimmingCharacters(in: .whitespaces).lowercased()
        let units: [(String, Double)] = [("ms", 0.001), ("s", 1), ("m", 60), ("h", 3600), ("d", 86_400)]
        for (suffix, scale) in units where trimmed.hasSuffix(suffix) {
            let number = trimmed.dropLast(suffix.count)
            if let value = Double(number), value.isFinite, value >= 0,
                !(suffix == "s" && number.hasSuffix("m"))
            {
                return value * scale
            }
        }
        if let value = Double(trimmed), value.isFinite, value >= 0 { return value }
        throw CLIError.usage(
            "invalid value '\(text)' for --\(option)", remedy: "expected a duration such as 90s, 10m, 2h or 1d")
    }
}
