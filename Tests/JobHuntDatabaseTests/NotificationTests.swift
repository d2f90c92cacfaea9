// LISTEN/NOTIFY, which lets an idle `jobhunt worker` sleep until a task is
// added: a notification reaches a waiting connection only once committed,
// and SQLite (which has none) turns the wait into a sleep.
import Foundation
import JobHuntTesting
import Testing

@testable import JobHuntDatabase

@Suite("Notifications")
struct NotificationTests {
    @Test("PostgreSQL: a committed NOTIFY wakes a connection that LISTENs; a rolled-back one does not")
    func listenNotify() throws {
        let scratch = try ScratchDatabase(.postgres)
        let listener = try scratch.open()
        let sender = try scratch.open()
        defer {
            listener.close()
            sender.close()
        }
        try listener.listen("jobhunt_test_channel")
        #expect(try listener.waitForNotification(timeout: 0.2) == false)
        struct Abort: Error {}
        _ = try? sender.transaction { db in
            try db.notify("jobhunt_test_channel")
            throw Abort()
        }
        #expect(try listener.waitForNotification(timeout: 0.5) == false)
        try sender.transaction { db in try db.notify("jobhunt_test_channel") }
        #expect(try listener.waitForNotification(timeout: 30) == true)
        // Consumed: the next wait times out again.
        #expect(try listener.waitForNotification(timeout: 0.2) == false)
        // Another channel is not heard.
        try sender.notify("jobhunt_other_channel")
        #expect(try listener.waitForNotification(timeout: 0.5) == false)
    }

    @Test("channel names are identifiers chosen in code; anything else is refused", arguments: TestEngine.allCases)
    func channelNames(engine: TestEngine) throws {
        let scratch = try ScratchDatabase(engine)
        let db = try scratch.open()
        defer { db.close() }
        for bad in ["", "Upper", "1st", "a-b", "x; DROP TABLE users"] where engine == .postgres {
            #expect(throws: DatabaseError.self) { try db.listen(bad) }
        }
        // SQLite has no notifications: listen and notify do nothing, a wait sleeps and says none came.
        if engine == .sqlite {
            try db.listen("jobhunt_tasks")
            try db.notify("jobhunt_tasks")
            #expect(try db.waitForNotification(timeout: 0.05) == false)
        }
    }
}
