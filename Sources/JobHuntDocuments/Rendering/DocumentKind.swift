// The three documents `apply` makes, named as `generated_content.content_type`
// stores them and as their files are called.

/// One of an application's generated documents.
package enum DocumentKind: String, Sendable, Hashable, Codable, CaseIterable {
    case resume
    case coverLetter = "cover_letter"
    case followUp = "follow_up_email"

    /// The file name without extension: `resume`, `cover_letter`, `follow_up`.
    package var fileStem: String {
        switch self {
        case .resume: "resume"
        case .coverLetter: "cover_letter"
        case .followUp: "follow_up"
        }
    }

    /// How people call it: `résumé`, `cover letter`, `follow-up e-mail`.
    package var label: String {
        switch self {
        case .resume: "résumé"
        case .coverLetter: "cover letter"
        case .followUp: "follow-up e-mail"
        }
    }
}

/// A file format `apply --format` can keep.
package enum DocumentFormat: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case md, html, pdf

    package var contentType: String {
        switch self {
        case .md: "text/markdown; charset=utf-8"
        case .html: "text/html; charset=utf-8"
        case .pdf: "application/pdf"
        }
    }

    package static func < (a: Self, b: Self) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}
