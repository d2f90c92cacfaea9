// The templates compiled into the binary. A file of the same name in the
// templates directory (`$XDG_CONFIG_HOME/jobhunt/templates/`) replaces one;
// docs/apply.md lists the variables each is given.

/// The built-in template texts, by file name.
enum DefaultTemplates {
    static let all: [String: String] = [
        "resume.md": resume, "cover_letter.md": coverLetter, "follow_up.md": followUp, "page.html": PageTemplate.html,
    ]

    static let resume = """
        # {{name}}

        {{contact_line}}

        {{#headline}}
        **{{headline}}**

        {{/headline}}
        {{#summary}}
        ## Summary

        {{summary}}

        {{/summary}}
        {{#skills_line}}
        ## Skills

        {{skills_line}}

        {{/skills_line}}
        ## Experience
        {{#experiences}}

        ### {{title}} · {{company}}

        *{{dates}}*
        {{#bullets}}
        - {{.}}
        {{/bullets}}
        {{#technologies_line}}

        _{{technologies_line}}_
        {{/technologies_line}}
        {{/experiences}}

        """

    static let coverLetter = """
        # {{name}}

        {{contact_line}}

        {{date}}

        {{greeting}}

        {{#paragraphs}}
        {{.}}

        {{/paragraphs}}
        {{closing}}
        {{name}}

        """

    static let followUp = """
        # {{subject}}

        To: {{company}} hiring team · Send on: {{send_on}}

        {{greeting}}

        {{#paragraphs}}
        {{.}}

        {{/paragraphs}}
        {{closing}}
        {{name}}
        {{email}}

        """
}
