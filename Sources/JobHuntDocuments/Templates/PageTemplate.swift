// The HTML page every document is printed in: one self-contained file (CSS
// inline, no fonts or images fetched) that reads like a printed résumé on
// screen and prints on A4 with sensible margins.

enum PageTemplate {
    static let html = """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{{title}}</title>
        <style>
        @page { size: A4; margin: 14mm 16mm; }
        * { box-sizing: border-box; }
        html { font-size: 10.5pt; }
        body { margin: 0 auto; max-width: 180mm; padding: 12mm 0; color: #1d1d1f;
          font-family: "DejaVu Sans", "Helvetica Neue", Arial, sans-serif; line-height: 1.38; }
        h1 { font-size: 2rem; font-weight: 600; letter-spacing: 0.01em; margin: 0 0 0.15rem; }
        p.contact { color: #4a4a4f; margin: 0 0 0.9rem; font-size: 0.93rem; }
        h2 { font-size: 0.82rem; text-transform: uppercase; letter-spacing: 0.12em; color: #2c4f7c;
          border-bottom: 1px solid #c9d3df; padding-bottom: 0.15rem; margin: 1rem 0 0.45rem; }
        h3 { font-size: 1.02rem; font-weight: 600; margin: 0.7rem 0 0.05rem; }
        h3 + p { margin: 0 0 0.25rem; color: #55555a; font-size: 0.92rem; }
        p { margin: 0 0 0.6rem; }
        ul { margin: 0.2rem 0 0.3rem 1.1rem; padding: 0; }
        li { margin: 0 0 0.18rem; }
        em { font-style: italic; }
        ul + p > em:only-child { color: #55555a; font-size: 0.9rem; }
        a { color: #2c4f7c; text-decoration: none; }
        section { break-inside: auto; }
        h2, h3 { break-after: avoid; }
        li { break-inside: avoid; }
        @media print { body { padding: 0; max-width: none; } a { color: inherit; } }
        </style>
        </head>
        <body class="{{kind}}">
        {{{body}}}
        </body>
        </html>

        """
}
