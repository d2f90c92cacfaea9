// Sorts the skills a job posting mentions into required and preferred, for the
// posting's required_skills and preferred_skills columns.

/// A posting's skills as discovery stores them: canonical names in order of first mention.
package struct PostingSkills: Sendable, Equatable {
    package var required: [String]
    package var preferred: [String]

    package init(required: [String], preferred: [String]) {
        self.required = required
        self.preferred = preferred
    }
}

extension SkillTaxonomy {
    /// The required and preferred skills of a posting's plain text.
    ///
    /// A skill is preferred when every mention sits in a preferred part ("Nice to have",
    /// "Kafka is a plus"); it is required when mentioned under requirements or
    /// responsibilities, or anywhere outside a preferred or "other" part when the posting has
    /// no requirement headings at all. Mentions under "About us" or "Benefits" count for nothing.
    ///
    /// ```swift
    /// SkillTaxonomy.standard.postingSkills(in: "Requirements\n- Python\nNice to have\n- Go")
    /// // PostingSkills(required: ["Python"], preferred: ["Go"])
    /// ```
    package func postingSkills(in text: String) -> PostingSkills {
        postingSkills(in: text, outline: PostingOutline(text))
    }

    /// The same, with an outline the caller already has.
    package func postingSkills(in text: String, outline: PostingOutline) -> PostingSkills {
        let countsGeneral = !outline.hasRequirementHeadings
        var required: [String] = []
        var preferred: [String] = []
        for mention in mentions(in: text) {
            let sections = mention.ranges.map { outline.section(at: $0.lowerBound) }
            let isRequired = sections.contains { section in
                section == .requirements || section == .responsibilities || (countsGeneral && section == .general)
            }
            if isRequired {
                required.append(mention.name)
            } else if sections.contains(.preferred) {
                preferred.append(mention.name)
            }
        }
        return PostingSkills(required: required, preferred: preferred)
    }
}
