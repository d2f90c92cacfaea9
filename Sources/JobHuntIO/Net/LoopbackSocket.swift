// A TCP socket on 127.0.0.1 at a port the kernel chooses: chromedriver's free port,
// and the loopback servers that tests and benchmarks answer from.
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// One place for the socket/bind/getsockname dance, so its error handling and
/// address set-up are not repeated by every server and port finder.
package enum LoopbackSocket {
    /// Why a loopback socket could not be had: the failing call and `errno`'s text.
    package struct Failure: Error, CustomStringConvertible {
        package let description: String
    }

    /// A new socket bound to 127.0.0.1 on a kernel-chosen port, and that port; with
    /// `backlog`, listening too. The caller owns the descriptor; on failure none is left open.
    package static func bind(listening backlog: Int32? = nil) throws(Failure) -> (descriptor: Int32, port: UInt16) {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { throw Failure(description: "socket: \(String(cString: strerror(errno)))") }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { address in
                Glibc.bind(descriptor, address, length) == 0 && (backlog.map { listen(descriptor, $0) == 0 } ?? true)
                    && getsockname(descriptor, address, &length) == 0
            }
        }
        guard bound else {
            let reason = String(cString: strerror(errno))
            close(descriptor)
            throw Failure(description: (backlog == nil ? "bind: " : "bind/listen: ") + reason)
        }
        return (descriptor, UInt16(bigEndian: address.sin_port))
    }
}
