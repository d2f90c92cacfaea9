// Which template each document is filled from: the built-in one, or the
// person's file of the same name in the templates directory the CLI passes
// (`$XDG_CONFIG_HOME/jobhunt/templates/`). The core reads that directory; it
// never works out where it is.
import Foundation
import JobHuntKernel

/// The four templates, parsed once per run.
package struct TemplateSet: Sendable {
    package static let names = ["resume.md", "cover_letter.md", "follow_up.md", "page.html"]

    let templates: [String: Template]
    /// The names read from the directory rather than built in, for `--json` and warnings.
    package let overridden: [String]

    /// The built-in templates.
    package static let builtin = try! TemplateSet(directory: nil)

    /// Reads overrides from `directory` when it is given and exists; a template
    /// that does not parse is an error naming its file.
    package init(directory: URL?) throws {
        var templates: [String: Template] = [:]
        var overridden: [String] = []
        for name in Self.names {
            var source = DefaultTemplates.all[name] ?? ""
            if let file = directory?.appendingPathComponent(name),
                let data = FileManager.default.contents(atPath: file.path)
            {
                guard let text = String(data: data, encoding: .utf8) else {
                    throw JobHuntError.templateInvalid(file.path, problem: "it is not UTF-8 text")
                }
                source = text
                overridden.append(name)
            }
            do {
                templates[name] = try Template(name: name, source: source)
            } catch let error as TemplateError {
                let shown = directory.map { $0.appendingPathComponent(name).path } ?? name
                throw JobHuntError.templateInvalid(shown, problem: error.problem)
            }
        }
        self.templates = templates
        self.overridden = overridden
    }

    func template(_ name: String) -> Template {
        guard let template = templates[name] else { preconditionFailure("no template \(name)") }
        return template
    }
}
