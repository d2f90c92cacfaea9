import JobHuntDiscovery
// Entity decoding and HTML-to-text conversion, the helpers the normaliser shares.
import JobHuntKernel
import Testing

@Suite("HTML text helpers")
struct SourceHTMLTextTests {
    @Test(
        "entities decode once: named, decimal, hex; unknown and unterminated ones are kept",
        arguments: [
            ("a &amp; b", "a & b"),
            ("&amp;nbsp;", "&nbsp;"),
            ("don&#39;t &#x2014; &#X41;", "don’t — A".replacingOccurrences(of: "’", with: "'")),
            ("&lt;p&gt;&quot;x&quot;", "<p>\"x\""),
            ("&eacute;&mdash;&euro;&apos;", "é—€'"),
            ("&bogus; & &amp", "&bogus; & &amp"),
            ("&#0; &#xD800; &#1114112;", "\u{FFFD} \u{FFFD} \u{FFFD}"),
            ("no entities", "no entities"),
        ])
    func entities(input: String, expected: String) {
        #expect(HTMLEntities.decode(input) == expected)
    }

    @Test("paragraphs, headings and list items keep their shape; whitespace collapses")
    func structure() {
        let html = """
            <div class="intro"><p>We build   robots &amp; tools.</p></div>
            <h3>What you&#39;ll do</h3><ul><li>Ship <b>Swift</b></li><li>Talk&nbsp;to users</li></ul>
            <p>Line one<br>line two</p>
            """
        #expect(
            HTMLText.text(fromHTML: html) == """
                We build robots & tools.

                What you'll do

                - Ship Swift
                - Talk to users

                Line one
                line two
                """)
    }

    @Test("br breaks add up to one blank line at most, as Lever's <div><br></div> spacing means")
    func lineBreaks() {
        #expect(HTMLText.text(fromHTML: "<div>a</div><div><br></div><div>b</div>") == "a\n\nb")
        #expect(HTMLText.text(fromHTML: "a<br><br><br><br>b<br/>c") == "a\n\nb\nc")
    }

    @Test("script, style and comments are dropped; quoted > in attributes does not end a tag")
    func dropped() {
        let html = #"<p title="a > b">Hi</p><script>var x = "<p>";</SCRIPT><style>p{}</style><!-- <p>no</p> -->there"#
        #expect(HTMLText.text(fromHTML: html) == "Hi\n\nthere")
    }

    @Test("a bare < in text is kept as text, and plain text passes through")
    func plain() {
        #expect(HTMLText.text(fromHTML: "a < b and 3<4") == "a < b and 3<4")
        #expect(HTMLText.text(fromHTML: "  just\n text ") == "just text")
    }

    @Test(
        "Markdown backslash escapes are undone before punctuation only",
        arguments: [
            (#"C\+\+ and multi\-region at 99\.99%"#, "C++ and multi-region at 99.99%"),
            (#"C:\\orders\\export"#, #"C:\orders\export"#),
            (#"a \d b\"#, #"a \d b\"#),
            ("**About the team**", "**About the team**"),
        ])
    func markdownEscapes(input: String, expected: String) {
        #expect(MarkdownText.removingEscapes(input) == expected)
    }
}
