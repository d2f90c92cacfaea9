// The documents feature's error codes, each naming what is wrong and how to
// fix it; commands are hints the CLI spells.
import Foundation
import JobHuntKernel

extension JobHuntError.Code {
    /// A template override does not parse or is not text.
    package static let documentTemplateInvalid = Self("documentTemplateInvalid")
    /// `apply JOB` for a posting whose application already has documents.
    package static let documentsExist = Self("documentsExist")
    /// The application has no generated documents yet.
    package static let documentsMissing = Self("documentsMissing")
    /// A regeneration would overwrite the person's edits.
    package static let documentsEdited = Self("documentsEdited")
    /// A stored document's type or metadata is not what jobhunt writes.
    package static let documentUnreadable = Self("documentUnreadable")
    /// The application's posting is no longer stored, so nothing can be regenerated.
    package static let documentsNoPosting = Self("documentsNoPosting")
    /// The profile has no jobs and no skills: there is nothing to write a résumé from.
    package static let documentsBlankProfile = Self("documentsBlankProfile")
    /// An edited document came back empty.
    package static let documentEmpty = Self("documentEmpty")
}

extension JobHuntError {
    static func templateInvalid(_ file: String, problem: String) -> JobHuntError {
        JobHuntError(
            .documentTemplateInvalid, "template \(file): \(problem)",
            remedy: "fix the file, or delete it to use the built-in template")
    }

    static func documentsExist(handle: String, title: String, company: String) -> JobHuntError {
        JobHuntError(
            .documentsExist, "application \(handle) (\(title) at \(company)) already has documents",
            remedy:
                "see them with \(.showDocuments(application: handle)), or make them again with \(.regenerateDocuments(application: handle))"
        )
    }

    static func documentsMissing(handle: String) -> JobHuntError {
        JobHuntError(
            .documentsMissing, "application \(handle) has no generated documents",
            remedy: "make them with \(.regenerateDocuments(application: handle))")
    }

    static func documentsEdited(handle: String, kinds: [String]) -> JobHuntError {
        JobHuntError(
            .documentsEdited,
            "application \(handle) has documents you edited (\(kinds.joined(separator: ", "))); regenerating replaces them",
            remedy: "add --force to replace them anyway: \(.forceRegenerateDocuments(application: handle))")
    }

    static func documentUnreadable(_ id: UUID) -> JobHuntError {
        JobHuntError(
            .documentUnreadable,
            "generated document \(id.uuidString.lowercased()) has a content type or metadata jobhunt did not write",
            remedy: "make the documents again with \(.regenerateDocuments(application: "APP"))")
    }

    static func documentsNoPosting(handle: String) -> JobHuntError {
        JobHuntError(
            .documentsNoPosting,
            "application \(handle) has no stored posting any more, so its documents cannot be made again",
            remedy: "edit the documents you have with \(.editDocument(application: handle))")
    }

    static var documentsBlankProfile: JobHuntError {
        JobHuntError(
            .documentsBlankProfile, "your profile has no jobs and no skills, so there is nothing to tailor",
            remedy: "import your résumé with \(.importProfile), or add jobs with \(.addExperience)")
    }

    static func documentEmpty(_ kind: String) -> JobHuntError {
        JobHuntError(.documentEmpty, "the edited \(kind) is empty; nothing was saved", remedy: "edit it again")
    }
}
