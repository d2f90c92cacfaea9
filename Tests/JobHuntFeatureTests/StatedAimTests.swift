// StatedAim (issue 19, fifth round): the aim and the work being left, read
// from the sentences people write, one test per phrasing class, on
// sentences that are in no evaluation set.
import Foundation
import Testing

@testable import JobHuntMatching
@testable import JobHuntProfiles

@Suite("Profiles: the aim a person states")
struct StatedAimTests {
    static func read(_ text: String) -> StatedAim { StatedAim(reading: [text]) }

    @Test("'moving from X into Y': Y is the aim, X is left behind, and it is a change")
    func movingFromInto() {
        let aim = Self.read("Moving from retail management into HR, after five years running a store.")
        #expect(aim.aims == ["hr"])
        #expect(aim.leftBehind == ["retail management"])
        #expect(aim.isChange)
        #expect(Self.read("Switching careers from hospitality to software testing.").aims == ["software testing"])
    }

    @Test("'transitioning to', 'career change to', 'retraining as': the aim, a change")
    func transitions() {
        let transition = Self.read("Transitioning to UX research after a decade in market research.")
        #expect(transition.aims == ["ux research"] && transition.isChange)
        #expect(Self.read("Career change to project management.").aims == ["project management"])
        #expect(Self.read("Now retraining as a dental hygienist.").aims == ["dental hygienist"])
        #expect(Self.read("Moving into bid writing").aims == ["bid writing"])
    }

    @Test("'seeking my first Y role', 'looking for an apprenticeship in Y': the aim, not a change")
    func seeking() {
        let first = Self.read("Seeking my first software tester role in Leeds.")
        #expect(first.aims == ["software tester"])
        #expect(!first.isChange, "saying what you seek is not saying you leave something")
        #expect(Self.read("Looking for an apprenticeship in carpentry.").aims == ["carpentry apprenticeship"])
        #expect(Self.read("Looking for a role as a site administrator.").aims == ["site administrator"])
        #expect(Self.read("Looking for steady work around Leeds.").aims == [], "no kind of work named")
        #expect(Self.read("Looking for a remote or hybrid senior role.").aims == [], "how and at which level only")
        #expect(Self.read("Seeking a senior remote payroll role.").aims == ["payroll"])
    }

    @Test("'aspiring Y', 'want to become Y': the aim")
    func aspiring() {
        #expect(Self.read("Aspiring veterinary nurse with a love of animals.").aims == ["veterinary nurse"])
        #expect(Self.read("I want to become a quantity surveyor.").aims == ["quantity surveyor"])
        // The way there before "into" is not the work: only what follows it.
        let offTheTools = Self.read("Want to get off the tools into a site manager or planner job in Hull.")
        #expect(offTheTools.aims == ["site manager", "planner"])
        // "move to the X side, as a Y": the post after "as", a change.
        let side = Self.read("I want to move to the client side, as a account manager or buyer for a retailer.")
        #expect(side.aims == ["account manager", "buyer"] && side.isChange)
        #expect(Self.read("Looking for warehouse or forklift work near Derby.").aims == ["warehouse", "forklift"])
        #expect(Self.read("Looking for steady work, weekends included.").aims == [], "no kind of work named")
        #expect(Self.read("I want to work as a sign-language interpreter.").aims == ["sign-language interpreter"])
        // A word between the move and "into": "in-house", "back".
        #expect(Self.read("Hoping to move in-house into treasury.").aims == ["treasury"])
        // "move to the other side of the desk, into Y": the work after "into", a change.
        let desk = Self.read("I'd love to move to the other side of the desk, into a recruiter or sourcer role.")
        #expect(desk.aims == ["recruiter", "sourcer"] && desk.isChange)
        #expect(Self.read("Keen to get my foot in the door, into warehouse planning.").aims == ["warehouse planning"])
    }

    @Test("'open to Y or Z': each is an aim; arrangements and places are not")
    func openTo() {
        #expect(Self.read("Open to bookkeeping or payroll roles.").aims == ["bookkeeping", "payroll"])
        #expect(Self.read("Open to remote work.").aims == [])
        #expect(Self.read("Open to relocation.").aims == [])
    }

    @Test("'not another X job', 'not looking for X', 'leaving X': left behind, a change")
    func leftBehind() {
        let another = Self.read("Not another call-centre job.")
        #expect(another.leftBehind == ["call-centre"] && another.aims.isEmpty && another.isChange)
        #expect(Self.read("Not looking for shift work in a warehouse.").leftBehind == ["shift work"])
        #expect(Self.read("Leaving hospitality after ten years.").leftBehind == ["hospitality"])
        #expect(Self.read("I want to leave teaching for good.").leftBehind == ["teaching"])
        #expect(Self.read("Back from parental leave in May.").isEmpty, "leave as a noun is no work left")
        #expect(Self.read("I do not want to keep working as a paramedic.").leftBehind == ["paramedic"])
        #expect(Self.read("Strong Excel skills, not looking for it.").isEmpty, "a pronoun is no work")
        let tired = Self.read("Tired of agency work after six years of temping.")
        #expect(tired.leftBehind == ["agency work"] && tired.isChange)
        #expect(Self.read("Fed up with the night-shift rota").leftBehind == ["night-shift rota"])
    }

    @Test("'looking for something in Y or Z': each is an aim; a label the work is left from is history")
    func somethingIn() {
        let loose = Self.read("Sick of cold calling, looking for something in payroll or HR admin, happy to learn.")
        #expect(loose.aims == ["payroll", "hr admin"])
        #expect(loose.leftBehind == ["cold calling"] && loose.isChange)
        let history = ["Telesales Executive", "Cold Calling Agent"]
        #expect(loose.supersedes(label: "Cold Calling Agent", history: history))
        #expect(Self.read("Open to anything in Leeds.").aims == [], "a place is no work")
        // Tired of the hours, not the work: a label sharing the aim's words stays the person's own.
        let nurse = Self.read("Tired of night shifts, looking for day-shift ICU nursing roles.")
        #expect(!nurse.supersedes(label: "ICU Nurse", history: ["ICU Nurse"]))
    }

    @Test("'moving to a city' is a move, not an aim")
    func places() {
        #expect(Self.read("Moving to Lisbon in March.").isEmpty)
        #expect(Self.read("Relocating to Manchester with my family.").isEmpty)
    }

    @Test("French, German, Spanish, Portuguese and Dutch: the common forms")
    func otherLanguages() {
        let french = Self.read("En reconversion de la comptabilité vers le développement web.")
        #expect(french.aims == ["développement web"] && french.leftBehind == ["comptabilité"])
        #expect(
            Self.read("Je recherche un poste de chargée de communication à Lyon.").aims == ["chargée de communication"])
        let german = Self.read("Quereinstieg von der Gastronomie in die Pflege.")
        #expect(german.aims == ["pflege"] && german.leftBehind == ["gastronomie"])
        #expect(Self.read("Ich suche eine Stelle als Fachinformatiker in München.").aims == ["fachinformatiker"])
        #expect(Self.read("Busco un puesto de analista de datos en Madrid.").aims == ["analista de datos"])
        let spanish = Self.read("Transición de la docencia a la tecnología educativa.")
        #expect(spanish.aims == ["tecnología educativa"] && spanish.leftBehind == ["docencia"])
        #expect(Self.read("Procuro uma vaga de designer gráfico em Lisboa.").aims == ["designer gráfico"])
        let portuguese = Self.read("Transição de carreira da enfermagem para a gestão de saúde.")
        #expect(portuguese.aims == ["gestão de saúde"] && portuguese.leftBehind == ["enfermagem"])
        #expect(Self.read("Op zoek naar een baan als verpleegkundige in Utrecht.").aims == ["verpleegkundige"])
        let dutch = Self.read("Overstap van het onderwijs naar de ICT.")
        #expect(dutch.aims == ["ict"] && dutch.leftBehind == ["onderwijs"])
    }

    @Test("a label that is the job being left is history; one that says the aim is not")
    func label() {
        let aim = Self.read("Moving from audit into payroll. Not another audit job.")
        let history = ["Audit Senior", "Audit Associate"]
        #expect(aim.supersedes(label: "Audit Senior", history: history))
        #expect(aim.newAims(label: "Audit Senior", history: history) == ["payroll"])
        #expect(!aim.supersedes(label: "Payroll Specialist", history: history), "the label says the aim")
        #expect(aim.newAims(label: "Payroll Specialist", history: history) == [])
        // Seeking without a change never sets the label aside.
        let seeking = Self.read("Looking for a senior audit role in Bristol.")
        #expect(!seeking.supersedes(label: "Audit Senior", history: history))
        #expect(seeking.newAims(label: "Audit Senior", history: history) == [], "nothing the label does not say")
    }

    @Test("aims that share no word with any job held are a change, said or not")
    func newWork() {
        let driver = Self.read("Looking for dispatcher or fleet coordinator work in Tulsa.")
        #expect(!driver.isChange, "no change phrasing")
        let history = ["CDL-A Truck Driver", "Delivery Driver"]
        #expect(driver.supersedes(label: "CDL-A Truck Driver", history: history))
        #expect(driver.newAims(label: "CDL-A Truck Driver", history: history) == ["dispatcher", "fleet coordinator"])
        // Work already held, under the label or earlier, is no change.
        let backend = Self.read("Looking for backend roles in Leeds.")
        #expect(!backend.supersedes(label: "Software Engineer", history: ["Software Engineer", "Backend Developer"]))
        #expect(!driver.supersedes(label: "CDL-A Truck Driver", history: history + ["Night Dispatcher"]))
    }

    @Test("for a change, the summary's sentences about the work being left are not read as the aim")
    func summary() {
        let text = "Moving from audit into payroll. Six years as an audit senior. Finished a payroll certificate."
        let aim = Self.read(text)
        #expect(aim.aimSummary(text, history: ["Audit Senior"]) == "Finished a payroll certificate")
        let staying = Self.read("Looking for a payroll role. Six years in payroll.")
        #expect(staying.aimSummary("Six years in payroll.", history: ["Payroll Officer"]) == "Six years in payroll.")
    }

    @Test("the target text leads with the aim and leaves the job being left out")
    func targetText() {
        var profile = UserProfile(userID: UUID())
        profile.currentTitle = "Audit Senior"
        profile.summary = "Moving from audit into payroll. Not another audit job. Finished a payroll certificate."
        let aim = StatedAim(profile: profile)
        let document = ProfileDocument(targetOf: profile, aim: aim, history: ["Audit Senior"])
        #expect(document.text == "Looking for: payroll\nFinished a payroll certificate")
    }

    @Test("when the title reads a stated aim, the lead moves only the cosine's weight")
    func leadKeepsTitle() {
        let weights = MatchWeights.hybrid
        let apart = weights.ledByTarget(agreement: MatchCalibration.targetAgreementNone - 0.1, titleReadsAim: true)
        #expect(apart.title == weights.title)
        #expect(abs(apart.semantic) < 1e-12)
        #expect(abs(apart.target - (weights.target + weights.semantic)) < 1e-12)
    }
}
