// Starting and stopping chromedriver and Chromium: nothing outlives close, deinit or a failed start.
import Foundation
import JobHuntBrowser
import JobHuntTesting
import Testing

extension BrowserSuites {
    @Suite("Browser lifecycle", .enabled(if: BrowserTests.canRun, BrowserTests.skipReason), .serialized)
    struct BrowserLifecycleTests {
        @Test("close kills chromedriver's group and every Chromium on the session's profile")
        func closeLeavesNoOrphans() throws {
            let browser = try Browser.start(BrowserTests.configuration)
            try browser.session.navigate(to: "data:text/html,<title>up</title>")
            #expect(try browser.session.title() == "up")
            let group = browser.driverProcessGroup
            #expect(try BrowserTests.groupIsAlive(group))
            #expect(!browser.processesUsingProfile.isEmpty)
            browser.close()
            #expect(try !BrowserTests.groupIsAlive(group))
            #expect(browser.processesUsingProfile.isEmpty)
            browser.close()
        }

        @Test("chromedriver and Chromium inherit no descriptor of ours beyond stdin, stdout and stderr")
        func noInheritedDescriptors() throws {
            var ends: [Int32] = [0, 0]
            #expect(pipe(&ends) == 0)
            defer { close(ends[0]) }
            let browser = try Browser.start(BrowserTests.configuration)
            defer { browser.close() }
            try browser.session.navigate(to: "data:text/html,<title>up</title>")
            close(ends[1])
            // With no other holder of the write end, the read end reports hang-up at once.
            var watch = pollfd(fd: ends[0], events: Int16(POLLIN), revents: 0)
            #expect(poll(&watch, 1, 0) == 1)
            #expect(watch.revents & Int16(POLLHUP) != 0)
        }

        @Test("a browser dropped without close is torn down by deinit")
        func deinitTearsDown() throws {
            var group: pid_t = 0
            do {
                let browser = try Browser.start(BrowserTests.configuration)
                group = browser.driverProcessGroup
                #expect(try BrowserTests.groupIsAlive(group))
            }
            #expect(try !BrowserTests.groupIsAlive(group))
        }

        @Test("a Chromium that cannot start fails the session and leaves no chromedriver")
        func failedStartCleansUp() throws {
            var configuration = BrowserTests.configuration
            configuration.chromiumPath = "/bin/false"
            // chromedriver under a name of its own: other tests of this process start
            // chromedrivers in parallel, and those may rightly be running now.
            let folder = try TemporaryDirectory(prefix: "jobhunt-failed-start")
            let name = "jh-failstart"
            try FileManager.default.createSymbolicLink(
                atPath: folder.file(name).path, withDestinationPath: try configuration.resolveChromedriver())
            configuration.chromedriverPath = folder.file(name).path
            #expect(throws: BrowserError.self) { _ = try Browser.start(configuration) }
            let children = try BrowserTests.run("ps", ["-eo", "ppid=,stat=,comm="]).split(separator: "\n").filter {
                let columns = $0.split(separator: " ")
                return columns.count == 3 && pid_t(columns[0]) == getpid() && !columns[1].hasPrefix("Z")
                    && columns[2] == name
            }
            #expect(children.isEmpty)
        }

        @Test("a missing program is one error naming scripts/setup")
        func missingProgram() {
            var configuration = BrowserTests.configuration
            configuration.chromedriverPath = "/nonexistent/chromedriver"
            #expect(throws: BrowserError.missingProgram(name: "chromedriver", searched: "/nonexistent/chromedriver")) {
                try Browser.start(configuration)
            }
            let error = BrowserError.missingProgram(name: "chromium", searched: "/usr/bin")
            #expect(error.remedy?.description.contains("scripts/setup") == true)
            #expect(error.remedy?.description.contains("apt-get install chromium chromium-driver") == true)
        }

        @Test("a WebDriver error body becomes a typed error")
        func typedErrors() throws {
            let browser = try Browser.start(BrowserTests.configuration)
            defer { browser.close() }
            try browser.session.navigate(to: "data:text/html,<p id=a>hi</p>")
            #expect(try browser.session.text(of: browser.session.findElement(css: "#a")) == "hi")
            do {
                _ = try browser.session.findElement(css: "#missing")
                Issue.record("found a missing element")
            } catch {
                guard case .webDriver(let failure) = error else { throw error }
                #expect(failure.code == .noSuchElement)
                #expect(failure.httpStatus == 404)
                #expect(!failure.message.contains("\n"))
            }
            #expect(try browser.session.findElements(css: "#missing").isEmpty)
            let element = try browser.session.findElement(css: "p")
            #expect(try browser.session.attribute("id", of: element) == "a")
            #expect(try browser.session.attribute("title", of: element) == nil)
            #expect(try browser.session.property("tagName", of: element) == .string("P"))
            #expect(try browser.session.pageSource().contains("<p id=\"a\">hi</p>"))
            #expect(try browser.session.currentURL().hasPrefix("data:text/html"))
            #expect(try browser.session.executeScript("return arguments[0] + 1", arguments: [41]) == .number(42))
            let png = try browser.session.screenshot()
            #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]))
        }
    }
}
