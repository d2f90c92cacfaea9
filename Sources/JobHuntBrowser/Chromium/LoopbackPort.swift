// A free TCP port on 127.0.0.1, for chromedriver's --port.
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

enum LoopbackPort {
    /// Binds port 0 on loopback, reads the port the kernel chose, and closes the socket.
    /// Another process could take it before chromedriver does; the launcher retries then.
    static func free() throws(BrowserError) -> UInt16 {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { throw .driverDidNotStart(detail: "socket: \(String(cString: strerror(errno)))") }
        defer { close(descriptor) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { address in
                bind(descriptor, address, length) == 0 && getsockname(descriptor, address, &length) == 0
            }
        }
        guard bound else { throw .driverDidNotStart(detail: "bind: \(String(cString: strerror(errno)))") }
        return UInt16(bigEndian: address.sin_port)
    }
}
