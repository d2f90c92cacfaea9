// ANSI styling that disappears when colour is off, so callers style
// unconditionally and piped output stays plain.

/// Wraps text in SGR sequences only when `enabled`.
///
///     let style = output.style
///     output.print(style.bold("NAME") + "  " + style.green("applied"))
package struct Style: Sendable {
    package var enabled: Bool

    package init(enabled: Bool) { self.enabled = enabled }

    package func bold(_ text: String) -> String { wrap(text, "1") }
    package func dim(_ text: String) -> String { wrap(text, "2") }
    package func red(_ text: String) -> String { wrap(text, "31") }
    package func green(_ text: String) -> String { wrap(text, "32") }
    package func yellow(_ text: String) -> String { wrap(text, "33") }

    private func wrap(_ text: String, _ code: String) -> String {
        enabled && !text.isEmpty ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }

    /// `text` without SGR sequences, for measuring what a terminal shows.
    package static func strip(_ text: String) -> String {
        var result = ""
        var inEscape = false
        for scalar in text.unicodeScalars {
            if inEscape {
                if scalar == "m" { inEscape = false }
            } else if scalar == "\u{1B}" {
                inEscape = true
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}

extension Output {
    /// Styling that follows this output's colour decision.
    package var style: Style { Style(enabled: useColor) }
}
