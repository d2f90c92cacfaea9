// How wide to wrap help and fit tables: the terminal's width when stdout is a
// terminal (COLUMNS, else the TIOCGWINSZ ioctl), otherwise a fixed 80 so piped
// output does not depend on who piped it.
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

enum TerminalWidth {
    static let fallback = 80

    static func current(isTerminal: Bool, environment: [String: String], descriptor: Int32? = 1) -> Int {
        guard isTerminal else { return fallback }
        if let text = environment["COLUMNS"], let columns = Int(text), columns > 0 { return columns }
        if let descriptor, let columns = windowColumns(descriptor) { return columns }
        return fallback
    }

    private static func windowColumns(_ descriptor: Int32) -> Int? {
        var size = winsize()
        guard ioctl(descriptor, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
        return Int(size.ws_col)
    }
}
