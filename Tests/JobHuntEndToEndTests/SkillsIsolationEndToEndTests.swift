// Two people on one shared PostgreSQL database: through the built binary, user B
// can neither see nor change user A's skills or resume.
import Foundation
import JobHuntTesting
import Testing

@Suite("skills and resume isolation, end to end")
struct SkillsIsolationEndToEndTests {
    @Test("Grace cannot see or remove Ada's skills, nor read Ada's resume")
    func skillsAndResume() throws {
        let database = try ProfileEndToEnd.SharedDatabase()
        let ada = try database.login("ada@example.com")
        let grace = try database.login("grace@example.com")
        func run(_ arguments: [String], as user: [String: String]) throws -> CommandResult {
            try CommandRunner.run(arguments, environment: user)
        }

        #expect(try run(["skills", "add", "k8s", "--level", "expert"], as: ada).status == 0)
        let stored = try run(ProfileEndToEnd.resumeCommand + [ProfileEndToEnd.resume("resume.docx").path], as: ada)
        #expect(stored.status == 0, "\(stored.stderr)")

        #expect(try ProfileEndToEnd.objects(try run(["skills", "list", "--json"], as: grace)).isEmpty)
        let remove = try run(["skills", "remove", "Kubernetes"], as: grace)
        #expect(remove.status == 1)
        #expect(remove.stderr.contains("'Kubernetes' is not on your profile"))
        let show = try run(ProfileEndToEnd.resumeCommand + ["--show"], as: grace)
        #expect(show.status == 1)
        #expect(!show.stdout.contains("Grace Hopper"), "Ada's resume text")
        #expect(try run(ProfileEndToEnd.resumeCommand + ["--json"], as: grace).status == 1)
        #expect(try ProfileEndToEnd.objects(try run(["skills", "suggest", "--json"], as: grace)).isEmpty)
        #expect(try run(["skills", "suggest", "--add", "-q"], as: grace).status == 0)

        let graceAdds = try run(["skills", "add", "KUBERNETES", "--level", "beginner"], as: grace)
        #expect(graceAdds.stderr.contains("added Kubernetes"), "a row of Grace's own, not an update of Ada's")
        let adas = try ProfileEndToEnd.objects(try run(["skills", "list", "--json"], as: ada))
        #expect(adas.map { $0["proficiency_level"] as? String } == ["expert"])
        #expect(try run(ProfileEndToEnd.resumeCommand + ["--show"], as: ada).stdout.contains("Grace Hopper"))
        let suggestions = try ProfileEndToEnd.objects(try run(["skills", "suggest", "--json"], as: ada))
        #expect(suggestions.map { $0["skill_name"] as? String } == ["Go", "Terraform", "AWS", "Spanish", "COBOL"])
    }

    @Test("with S3 configured the resume goes to s3://bucket/users/<id>/resume/ and stays Ada's")
    func resumeOnS3() throws {
        let settings = try TestServices.s3
        let database = try ProfileEndToEnd.SharedDatabase()
        let s3 = [
            "JOBHUNT_S3_BUCKET": settings.bucket, "JOBHUNT_S3_ENDPOINT": settings.endpoint,
            "JOBHUNT_S3_REGION": settings.region, "JOBHUNT_S3_PATH_STYLE": "true",
            "JOBHUNT_S3_ACCESS_KEY_ID": settings.accessKeyID, "JOBHUNT_S3_SECRET_ACCESS_KEY": settings.secretAccessKey,
        ]
        let ada = try database.login("ada@example.com").merging(s3) { $1 }
        let grace = try database.login("grace@example.com").merging(s3) { $1 }
        let whoami = try ProfileEndToEnd.object(try CommandRunner.run(["whoami", "--json"], environment: ada))
        let id = try #require(whoami["id"] as? String)

        let stored = try CommandRunner.run(
            ProfileEndToEnd.resumeCommand + [ProfileEndToEnd.resume("resume.pdf").path, "--json"], environment: ada)
        #expect(stored.status == 0, "\(stored.stderr)")
        let info = try ProfileEndToEnd.object(stored)
        #expect(info["resume_file_url"] as? String == "s3://\(settings.bucket)/users/\(id)/resume/resume.pdf")
        let again = try ProfileEndToEnd.object(
            try CommandRunner.run(ProfileEndToEnd.resumeCommand + ["--json"], environment: ada))
        #expect(again["size"] as? Int == 647, "read back from the bucket")
        #expect(again["type"] as? String == "pdf")
        #expect(try CommandRunner.run(ProfileEndToEnd.resumeCommand + ["--json"], environment: grace).status == 1)
    }
}
