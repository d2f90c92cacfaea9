// A free TCP port on 127.0.0.1, for chromedriver's --port.
import Foundation
import JobHuntIO

#if canImport(Glibc)
    import Glibc
#endif

enum LoopbackPort {
    /// Binds port 0 on loopback, reads the port the kernel chose, and closes the socket.
    /// Another process could take it before chromedriver does; the launcher retries then.
    static func free() throws(BrowserError) -> UInt16 {
        do {
            let (descriptor, port) = try LoopbackSocket.bind()
            close(descriptor)
            return port
        } catch {
            throw .driverDidNotStart(detail: error.description)
        }
    }
}
