// The curated skills table, assembled from one file per field so each stays short
// and a reviewer can see a field's skills together.

/// The data behind `SkillTaxonomy.standard`. Add a skill to the file of its field; the
/// table tests check that names are unique, aliases unambiguous and related names known.
enum SkillCatalog {
    static var all: [Skill] {
        programmingLanguages + webFrameworks + mobile + databases + dataAndML + cloud + devOps + security + testing
            + engineeringPractice + design + productAndProject + finance + marketingAndSales + support + health
            + education + tradesAndLogistics + office + soft + spokenLanguages + certifications
    }
}
