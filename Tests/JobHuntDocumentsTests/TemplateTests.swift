// The template language and overrides from the templates directory.
import Foundation
import JobHuntDocuments
import JobHuntKernel
import JobHuntTesting
import Testing

@Suite("Documents: templates")
struct TemplateTests {
    @Test("variables, dotted names, lists, inverted sections, raw and escaped output")
    func language() throws {
        let template = try Template(
            name: "t",
            source:
                "{{! note }}\nHi {{name}}\n{{#items}}\n- {{.}}\n{{/items}}\n{{^none}}\nempty\n{{/none}}\n{{a.b}} {{{raw}}}"
        )
        let out = template.render(
            [
                "name": .text("<Ada>"), "items": .list([.text("x"), .text("y")]), "none": .list([]),
                "a": .object(["b": .text("deep")]), "raw": .text("<b>"),
            ], escape: HTMLText.escape)
        #expect(out == "Hi &lt;Ada&gt;\n- x\n- y\nempty\ndeep <b>")
        #expect(throws: TemplateError.self) { try Template(name: "bad", source: "{{#open}} never closed") }
    }

    @Test("a file in the templates directory replaces the built-in one; a broken one is an error naming it")
    func overrides() throws {
        let directory = try TemporaryDirectory(prefix: "jobhunt-templates")
        try "RESUME OF {{name}} FOR {{company}}\n{{#experiences}}* {{company}}\n{{/experiences}}".write(
            to: directory.file("resume.md"), atomically: true, encoding: .utf8)
        let templates = try TemplateSet(directory: directory.url)
        #expect(templates.overridden == ["resume.md"])
        let input = try GeneratorTests.input()
        let markdown = DocumentRenderer(templates: templates).markdown(
            try BuiltinGenerator().generate(input), input: input)
        #expect(
            markdown[.resume] == "RESUME OF Ada Lovelace FOR Acme Payments\n* Parcelwise\n* Ledgerline\n* Northgate\n")
        #expect(
            markdown[.coverLetter]
                == DocumentRenderer(templates: .builtin).markdown(
                    try BuiltinGenerator().generate(input), input: input)[.coverLetter], "the others stay built in")
        try "{{#x}}".write(to: directory.file("page.html"), atomically: true, encoding: .utf8)
        try expectCode(.documentTemplateInvalid) { try TemplateSet(directory: directory.url) }
    }

    @Test("Markdown becomes a résumé page: sections, contact line, lists, emphasis, safe links only")
    func html() {
        let html = MarkdownHTML.fragment(
            "# Ada\n\nada@example.com\n\n## Experience\n\n### Engineer · Acme\n\n*2021*\n- Built **it** [site](https://a.example)\n- [x](javascript:alert)\n\n_Go, SQL_\n"
        )
        #expect(html.contains("<h1>Ada</h1>\n<p class=\"contact\">ada@example.com</p>"))
        #expect(html.contains("<section>\n<h2>Experience</h2>"))
        #expect(html.contains("<li>Built <strong>it</strong> <a href=\"https://a.example\">site</a></li>"))
        #expect(html.contains("<li>[x](javascript:alert)</li>"))
        #expect(html.contains("<p><em>Go, SQL</em></p>\n</section>"))
    }
}
