// A minimal HTML document builder: escaped text, tables, and one inline
// style sheet with print rules, so the report needs nothing else to render.

import JobHuntKernel

/// An HTML page being written.
struct HTMLPage {
    var title = ""
    private var body = ""

    mutating func raw(_ html: String) { body += html + "\n" }

    /// A table; `numeric` columns are right-aligned.
    mutating func table(_ header: [String], _ rows: [[String]], numeric: Set<Int> = [], empty: String? = nil) {
        if rows.isEmpty, let empty {
            raw("<p class=\"empty\">\(HTMLText.escape(empty))</p>")
            return
        }
        var html = "<table><thead><tr>"
        for (index, cell) in header.enumerated() {
            html += "<th\(numeric.contains(index) ? " class=\"n\"" : "")>\(HTMLText.escape(cell))</th>"
        }
        html += "</tr></thead><tbody>"
        for row in rows {
            html += "<tr>"
            for (index, cell) in row.enumerated() {
                html += "<td\(numeric.contains(index) ? " class=\"n\"" : "")>\(HTMLText.escape(cell))</td>"
            }
            html += "</tr>"
        }
        raw(html + "</tbody></table>")
    }

    var rendered: String {
        """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(HTMLText.escape(title))</title>
        <style>
        \(Self.css)
        </style>
        </head>
        <body>
        <main>
        \(body)</main>
        </body>
        </html>

        """
    }

    static let css = """
        :root { --ink: #1f2933; --muted: #616e7c; --line: #d9e2ec; --a: #2f6fdf; --p: #1f9d55; --bg: #ffffff; }
        * { box-sizing: border-box; }
        body { margin: 0; background: var(--bg); color: var(--ink);
          font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif; }
        main { max-width: 1080px; margin: 0 auto; padding: 28px 32px 48px; }
        h1 { font-size: 26px; margin: 0 0 4px; }
        h2 { font-size: 18px; margin: 28px 0 10px; border-bottom: 1px solid var(--line); padding-bottom: 4px; }
        .meta, .legend, .empty, .note { color: var(--muted); font-size: 13px; }
        .cards { display: flex; flex-wrap: wrap; gap: 12px; margin-top: 18px; }
        .card { flex: 1 1 160px; border: 1px solid var(--line); border-radius: 8px; padding: 12px 14px; }
        .card .label { color: var(--muted); font-size: 13px; }
        .card .value { font-size: 26px; font-weight: 600; }
        table { border-collapse: collapse; width: 100%; margin: 8px 0; font-size: 14px; }
        th, td { text-align: left; padding: 5px 8px; border-bottom: 1px solid var(--line); }
        th { color: var(--muted); font-weight: 600; }
        .n { text-align: right; font-variant-numeric: tabular-nums; }
        svg { display: block; max-width: 100%; height: auto; }
        svg text { font: 12px system-ui, "DejaVu Sans", sans-serif; fill: var(--ink); }
        svg .muted { fill: var(--muted); }
        svg .a { fill: var(--a); } svg .p { fill: var(--p); } svg .grid { stroke: var(--line); }
        .key { display: inline-block; width: 10px; height: 10px; margin: 0 4px 0 10px; }
        .key.a { background: var(--a); } .key.p { background: var(--p); }
        @media print {
          body { font-size: 11pt; }
          main { max-width: none; padding: 0; }
          section { break-inside: avoid; }
          .card { border-color: #999; }
          a { color: inherit; text-decoration: none; }
          * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        }
        """
}
