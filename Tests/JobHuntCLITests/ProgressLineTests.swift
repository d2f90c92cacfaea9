import JobHuntDiscovery
// The discover progress line: its layout as a pure function, when it is drawn
// at all, and how the drawer redraws in place and erases before the summary.
import JobHuntKernel
import JobHuntTesting
import Testing

@testable import JobHuntCLI

@Suite struct ProgressLineTests {
    func progress(
        _ stage: DiscoveryProgress.Stage, source: String = "greenhouse:acme", documents: Int = 0, parsed: Int = 0,
        stored: Int = 0
    ) -> DiscoveryProgress {
        var progress = DiscoveryProgress(source: source, position: 2, sourceCount: 3, stage: stage)
        progress.documents = documents
        progress.parsed = parsed
        progress.stored = stored
        return progress
    }

    @Test func eachStageReadsAsOneLine() {
        #expect(ProgressLine.render(progress(.fetching), width: 80) == "[2/3] greenhouse:acme  fetching…")
        #expect(
            ProgressLine.render(progress(.parsing, documents: 3), width: 80)
                == "[2/3] greenhouse:acme  parsing 3 documents…")
        #expect(
            ProgressLine.render(progress(.storing, parsed: 300, stored: 120), width: 80)
                == "[2/3] greenhouse:acme  storing [############------------------] 120/300")
        #expect(
            ProgressLine.render(progress(.storing, parsed: 0), width: 80)
                == "[2/3] greenhouse:acme  storing [##############################] 0/0")
    }

    @Test func theStoringRateFollowsTheCounts() {
        #expect(
            ProgressLine.render(progress(.storing, parsed: 300, stored: 120), width: 80, rate: 39.6)
                == "[2/3] greenhouse:acme  storing [############------------------] 120/300 40/s")
        #expect(ProgressLine.rate(4.24) == "4.2/s")
        #expect(ProgressLine.rate(1234.4) == "1234/s")
        // No rate is drawn for other stages, or for nonsense.
        #expect(ProgressLine.render(progress(.fetching), width: 80, rate: 5) == "[2/3] greenhouse:acme  fetching…")
        #expect(
            ProgressLine.render(progress(.storing, parsed: 10, stored: 5), width: 80, rate: .infinity)
                == ProgressLine.render(progress(.storing, parsed: 10, stored: 5), width: 80))
    }

    @Test func narrowTerminalsLoseTheBarThenTheNameEnd() {
        let storing = progress(.storing, source: "jsonld:https://careers.example.com/jobs", parsed: 10, stored: 5)
        #expect(ProgressLine.render(storing, width: 50) == "[2/3] jsonld:https://careers.examp…  storing 5/10")
        #expect(ProgressLine.render(storing, width: 30) == "[2/3] jsonld:h…  storing 5/10")
        for width in [1, 20, 40, 60, 100, 200] {
            #expect(ProgressLine.render(storing, width: width).count <= max(width - 1, 20))
        }
    }

    @Test func aRunOfSeveralBoardsShowsBoardsFetchedPostingsAndRate() {
        var storing = progress(.storing, parsed: 300, stored: 120)
        storing.sourceCount = 200
        storing.fetched = 150
        storing.postings = 3400
        storing.elapsed = .seconds(4)
        #expect(
            ProgressLine.render(storing, width: 120)
                == "[2/200] greenhouse:acme  storing [##########---------------] 120/300"
                + "  · 150/200 fetched · 3400 postings · 37.5 boards/s")
        var early = progress(.fetching)
        early.fetched = 1
        early.elapsed = .milliseconds(300)
        #expect(
            ProgressLine.render(early, width: 80) == "[2/3] greenhouse:acme  fetching…  · 1/3 fetched · 0 postings",
            "no rate before a second has passed")
        #expect(ProgressLine.tally(progress(.fetching)) == "", "no clock, no tally (a run that is not timing itself)")
        var single = DiscoveryProgress(source: "lever:acme", position: 1, sourceCount: 1, stage: .fetching)
        single.elapsed = .seconds(2)
        #expect(ProgressLine.render(single, width: 80) == "[1/1] lever:acme  fetching…", "one source: no tally")
        let narrow = ProgressLine.render(storing, width: 60)
        #expect(narrow.count <= 59 && narrow.hasPrefix("[2/200] greenhouse:acme  storing ["))
        #expect(!narrow.contains("fetched"), "a narrow terminal drops the totals before the name")
    }

    @Test func barsFillInProportion() {
        #expect(ProgressLine.bar(0, of: 4, width: 4) == "[----]")
        #expect(ProgressLine.bar(3, of: 4, width: 4) == "[###-]")
        #expect(ProgressLine.bar(9, of: 4, width: 4) == "[####]")
        #expect(ProgressLine.redraw("x") == "\rx\u{1B}[K")
    }

    @Test func drawnOnlyOnATerminalForPeople() {
        let terminal = ["TERM": "xterm-256color"]
        #expect(ProgressPolicy.shows(stderrIsTerminal: true, quiet: false, json: false, environment: terminal))
        #expect(!ProgressPolicy.shows(stderrIsTerminal: false, quiet: false, json: false, environment: terminal))
        #expect(!ProgressPolicy.shows(stderrIsTerminal: true, quiet: true, json: false, environment: terminal))
        #expect(!ProgressPolicy.shows(stderrIsTerminal: true, quiet: false, json: true, environment: terminal))
        #expect(!ProgressPolicy.shows(stderrIsTerminal: true, quiet: false, json: false, environment: ["TERM": "dumb"]))
    }

    @Test func stagesAreDrawnAtOnceAndTheLineIsErasedAtTheEnd() {
        let output = RecordingOutput(terminal: true)
        let display = TerminalProgress(output: output, width: 80, interval: .seconds(3600))
        display.show(progress(.fetching))
        display.show(progress(.fetching))
        display.show(progress(.parsing, documents: 1))
        display.show(progress(.storing, parsed: 50))
        display.show(progress(.storing, parsed: 50, stored: 25))  // within the interval: skipped
        display.show(progress(.storing, parsed: 50, stored: 50))  // the last count is always drawn
        display.finish()
        #expect(
            output.statusLines == [
                "[2/3] greenhouse:acme  fetching…", "[2/3] greenhouse:acme  parsing 1 document…",
                "[2/3] greenhouse:acme  storing [------------------------------] 0/50",
                "[2/3] greenhouse:acme  storing [##############################] 50/50", "",
            ])
        #expect(output.stderr.isEmpty)
    }

    @Test func nothingDrawnMeansNothingErased() {
        let output = RecordingOutput(terminal: true)
        TerminalProgress(output: output, width: 80).finish()
        #expect(output.statusLines.isEmpty)
    }
}
