// Text into HTML: the one escape every page jobhunt writes goes through (the
// apply documents, the analytics report), so a name with `<` or `&` in it is
// shown, never interpreted.
import Foundation

/// HTML helpers.
package enum HTMLText {
    /// `&`, `<`, `>`, `"` and `'` as entities: safe in text and in quoted attributes.
    package static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }
}
