// "Did you mean": the nearest known name to a mistyped command or option, by
// Damerau-Levenshtein distance (swift-argument-parser's UsageGenerator idea,
// extended to subcommands).

enum Suggestion {
    /// The candidate closest to `input`, if it is close enough to be a typo.
    ///
    /// Close enough means at most 2 edits, or a third of the input's length
    /// for long names; words of four letters or fewer get one edit, since two
    /// would turn `tcsh` into `bash`. Ties go to the earlier candidate.
    static func nearest(to input: String, among candidates: [String]) -> String? {
        let allowed = input.count <= 4 ? 1 : max(2, input.count / 3)
        var best: (name: String, distance: Int)?
        for candidate in candidates where candidate != input {
            let distance = Self.distance(input, candidate)
            guard distance <= allowed, distance < input.count else { continue }
            if best == nil || distance < best!.distance { best = (candidate, distance) }
        }
        return best?.name
    }

    /// Optimal-string-alignment Damerau-Levenshtein distance: insertions,
    /// deletions, substitutions and swaps of neighbours each cost one.
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a)
        let b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var rows = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { rows[i][0] = i }
        for j in 0...b.count { rows[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var value = min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    value = min(value, rows[i - 2][j - 2] + 1)
                }
                rows[i][j] = value
            }
        }
        return rows[a.count][b.count]
    }
}
