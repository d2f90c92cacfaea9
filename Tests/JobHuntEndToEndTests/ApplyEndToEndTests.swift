// `jobhunt apply` through the built binary on both engines and both object
// stores: prepare, show, list, edit, approve, diff, regenerate; a dry run; a
// second apply refused; PDFs printed by headless Chromium and read back.
import Foundation
import JobHuntTesting
import Testing

@Suite("apply end to end", .serialized)
struct ApplyEndToEndTests {
    static let combinations: [(TestEngine, DocumentStore)] = TestEngine.allCases.flatMap { engine in
        DocumentStore.allCases.map { (engine, $0) }
    }

    @Test("apply, show, list, edit, approve, diff and regenerate", arguments: combinations)
    func lifecycle(engine: TestEngine, store: DocumentStore) throws {
        let e2e = try ApplyEndToEnd(engine, store: store)
        let job = try e2e.topPosting()
        let dry = try e2e.run(["apply", job, "--dry-run"])
        #expect(dry.status == 0, "\(dry.stderr)")
        #expect(dry.stdout.contains("==> résumé (not written)\n# Maya Okafor"))
        #expect(try e2e.count("applications") == 0, "a dry run writes nothing")

        let outcome = try e2e.object(["apply", job])
        let application = try #require(outcome["application"] as? [String: Any])
        let id = try #require(application["id"] as? String)
        #expect(application["status"] as? String == "pending")
        #expect(outcome["pdf_skipped"] as? Bool == true, "no Chromium on PATH")
        let documents = try #require(outcome["documents"] as? [[String: Any]])
        #expect(documents.map { $0["content_type"] as? String } == ["resume", "cover_letter", "follow_up_email"])
        let scheme = store == .s3 ? "s3://\(try TestServices.s3.bucket)/users/" : "file://"
        #expect((application["tailored_resume_url"] as? String)?.hasPrefix(scheme) == true)
        #expect(application["tailored_resume_url"] as? String == documents[0]["file_url"] as? String)
        #expect(application["cover_letter_url"] as? String == documents[1]["file_url"] as? String)
        let coverage = try #require(outcome["coverage"] as? [String: Any])
        for key in [
            "required_covered", "required_missing", "preferred_covered", "preferred_missing", "keywords_absent",
        ] {
            #expect(coverage[key] is [String], "\(key) is an array")
        }
        #expect(try e2e.count("generated_content") == 3)

        let again = try e2e.run(["apply", job])
        #expect(again.status == 1)
        #expect(again.stderr.contains("`jobhunt apply regenerate \(id.suffix(8))`"), "\(again.stderr)")
        let kept = try e2e.object(["apply", job, "--keep-existing"])
        #expect(kept["existing"] as? Bool == true)
        #expect((kept["application"] as? [String: Any])?["id"] as? String == id)
        let resume = try e2e.run(["apply", "show", id, "--resume"])
        #expect(resume.stdout.hasPrefix("# Maya Okafor\n"))
        #expect(resume.stdout.contains("## Experience"))
        let listed = try e2e.status.objects(["apply", "list"])
        #expect(listed.count == 1)

        let edit = try e2e.run(["apply", "edit", id, "--cover-letter"])
        #expect(edit.status == 0, "\(edit.stderr)")
        let letter = try e2e.run(["apply", "show", id, "--cover-letter"])
        #expect(letter.stdout.hasSuffix("P.S. Edited by hand.\n"), "\(letter.stdout)")
        #expect(try e2e.run(["apply", "regenerate", id]).status == 1, "edited documents need --force")
        let approved = try e2e.status.objects(["apply", "approve", id])
        #expect(approved.allSatisfy { $0["user_approved"] as? Bool == true })
        #expect(approved.map { $0["user_edited"] as? Bool } == [false, true, false])

        let diff = try e2e.run(["apply", "diff", id])
        #expect(diff.status == 0, "\(diff.stderr)")
        #expect(diff.stdout.hasPrefix("--- base résumé\n+++ résumé for \(id.suffix(8))\n@@ "))
        let forced = try e2e.object(["apply", "regenerate", id, "--force"])
        let fresh = try #require(forced["documents"] as? [[String: Any]])
        #expect(fresh.allSatisfy { $0["user_edited"] as? Bool == false && $0["user_approved"] as? Bool == false })
        #expect(fresh[0]["content_text"] as? String == documents[0]["content_text"] as? String, "same bytes again")
    }

    @Test("apply on another user's application is not found", arguments: [TestEngine.postgres])
    func isolation(engine: TestEngine) throws {
        let e2e = try ApplyEndToEnd(engine, store: .local)
        let outcome = try e2e.object(["apply", try e2e.topPosting(), "--format", "md"])
        let id = try #require((outcome["application"] as? [String: Any])?["id"] as? String)
        let grace = try e2e.status.login("grace@example.com")
        for command in [["show", id], ["approve", id], ["diff", id], ["regenerate", id]] {
            let result = try e2e.run(["apply"] + command, as: grace)
            #expect(result.status == 1)
            #expect(result.stderr.contains("no application matches"), "\(command): \(result.stderr)")
        }
    }
}

@Suite("apply templates and the model end to end")
struct ApplyTemplateEndToEndTests {
    @Test("with the model installed, relevance uses embeddings and nothing is warned about")
    func model() throws {
        let e2e = try ApplyEndToEnd(.sqlite, store: .local)
        e2e.status.environment["JOBHUNT_MODEL_DIR"] = try TestModel.directory().path
        let job = try e2e.topPosting()
        let result = try e2e.run(["apply", job, "--dry-run", "--json"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(!result.stderr.contains("model"), "\(result.stderr)")
        let outcome = try ProfileEndToEnd.object(result)
        let generation = try #require(outcome["generation"] as? [String: Any])
        let checks = try #require(generation["checks"] as? [String])
        #expect(checks.contains("relevance: embeddings, skills and shared words"), "\(checks)")
        #expect(checks.contains("claims: 0 rejected"))
        let kept = try #require(outcome["kept"] as? [[String: Any]])
        #expect(kept.first?["company"] as? String == "Parcelwise", "the job at the posting's own kind of work leads")
        let scores = kept.compactMap { $0["score"] as? Double }
        #expect(scores == scores.sorted(by: >), "most relevant first: \(scores)")
    }

    @Test("a résumé template in $XDG_CONFIG_HOME/jobhunt/templates replaces the built-in one")
    func override() throws {
        let e2e = try ApplyEndToEnd(.sqlite, store: .local)
        let folder = e2e.status.home.file("config/jobhunt/templates")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try
            "CV of {{name}} for {{role}} at {{company}}\n{{#experiences}}* {{title}}, {{company}} ({{dates}})\n{{/experiences}}"
            .write(to: folder.appendingPathComponent("resume.md"), atomically: true, encoding: .utf8)
        let result = try e2e.run(["apply", try e2e.topPosting(), "--dry-run"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("using your template resume.md"))
        #expect(result.stdout.contains("==> résumé (not written)\nCV of Maya Okafor for "))
        #expect(result.stdout.contains("* Senior Backend Engineer, Parcelwise (Mar 2021 – present)"))
        #expect(result.stdout.contains("==> cover letter (not written)\n# Maya Okafor"), "the others stay built in")
        try "{{#broken}}".write(to: folder.appendingPathComponent("page.html"), atomically: true, encoding: .utf8)
        let broken = try e2e.run(["apply", try e2e.topPosting(), "--dry-run"])
        #expect(broken.status == 1)
        #expect(broken.errorLine.contains("templates/page.html: {{#broken}} is never closed"), "\(broken.stderr)")
    }
}
