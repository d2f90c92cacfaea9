// A unified diff of two texts by lines (longest common subsequence), for
// `apply diff`: documents are a few hundred lines, so the quadratic table is
// small, and no `diff` binary is needed.

package enum LineDiff {
    /// `--- a` / `+++ b` headers and hunks with `context` lines around each change;
    /// empty when the texts are equal.
    package static func unified(_ a: String, _ b: String, from: String, to: String, context: Int = 3) -> String {
        let left = a.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let right = b.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let ops = operations(left, right)
        guard ops.contains(where: { $0.0 != " " }) else { return "" }
        var out = ["--- \(from)", "+++ \(to)"]
        var index = 0
        while index < ops.count {
            guard let change = ops[index...].firstIndex(where: { $0.0 != " " }) else { break }
            let start = max(index, change - context)
            var end = change
            var quiet = 0
            var cursor = change
            while cursor < ops.count {
                if ops[cursor].0 == " " {
                    quiet += 1
                } else {
                    quiet = 0
                    end = cursor
                }
                if quiet > 2 * context { break }
                cursor += 1
            }
            let stop = min(ops.count, end + context + 1)
            let hunk = ops[start..<stop]
            let leftStart = ops[..<start].filter { $0.0 != "+" }.count + 1
            let rightStart = ops[..<start].filter { $0.0 != "-" }.count + 1
            let leftCount = hunk.filter { $0.0 != "+" }.count
            let rightCount = hunk.filter { $0.0 != "-" }.count
            out.append("@@ -\(leftStart),\(leftCount) +\(rightStart),\(rightCount) @@")
            out += hunk.map { "\($0.0)\($0.1)" }
            index = stop
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// Each line marked " " (both), "-" (only in a) or "+" (only in b), in
    /// order; where either would do, the removal comes first, as diff(1) prints.
    static func operations(_ a: [String], _ b: [String]) -> [(Character, String)] {
        var table = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in stride(from: a.count - 1, through: 0, by: -1) {
            for j in stride(from: b.count - 1, through: 0, by: -1) {
                table[i][j] = a[i] == b[j] ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
            }
        }
        var ops: [(Character, String)] = []
        var i = 0
        var j = 0
        while i < a.count || j < b.count {
            if i < a.count, j < b.count, a[i] == b[j] {
                ops.append((" ", a[i]))
                i += 1
                j += 1
            } else if i < a.count, j == b.count || table[i + 1][j] >= table[i][j + 1] {
                ops.append(("-", a[i]))
                i += 1
            } else {
                ops.append(("+", b[j]))
                j += 1
            }
        }
        return ops
    }
}
