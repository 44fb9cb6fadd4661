import Foundation

/// A C library failure in CPython's words: `[Errno 28] No space left on device`.
struct SystemError: Error, CustomStringConvertible {
    let code: Int32
    init(_ code: Int32) { self.code = code }
    static var last: SystemError { SystemError(errno) }
    var reason: String { String(cString: strerror(code)) }
    var description: String { "[Errno \(code)] \(reason)" }
}

enum FileDescriptorWriter {
    /// Writes every byte, retrying short writes and EINTR; throws the errno
    /// of a failed write (ENOSPC, EPIPE, EBADF, ...) instead of trapping.
    static func writeAll(_ fd: Int32, _ bytes: UnsafeRawBufferPointer) throws(SystemError) {
        guard var next = bytes.baseAddress else { return }
        var left = bytes.count
        while left > 0 {
            let n = Foundation.write(fd, next, left)
            if n < 0 {
                if errno == EINTR { continue }
                throw SystemError.last
            }
            next += n
            left -= n
        }
    }

    static func writeAll(_ fd: Int32, _ text: String) throws(SystemError) {
        var text = text
        do {
            try text.withUTF8 { buffer in
                try writeAll(fd, UnsafeRawBufferPointer(buffer))
            }
        } catch let error as SystemError {
            throw error
        } catch {
            throw SystemError(EIO)
        }
    }
}
