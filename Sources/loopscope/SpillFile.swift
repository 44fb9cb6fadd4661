import Foundation

/// An unnamed scratch file: `--events` or `record -o` into a regular file streams here
/// while the program runs, and is copied over the target only when the run
/// has ended, so a run killed midway leaves the target's old content whole.
/// It lives beside the target (same disk, so a full disk shows up while the
/// program runs) or, when that directory is not writable, in $TMPDIR; it is
/// unlinked at once, so a kill leaves nothing behind.
final class SpillFile {
    private var fd: Int32

    init(near target: String) throws(SystemError) {
        // getenv and a plain cut at the last "/": NSString and ProcessInfo's
        // dictionary cost ~2 million instructions, on every recording's start.
        let directory = target.lastIndex(of: "/").map { $0 == target.startIndex ? "/" : String(target[..<$0]) } ?? ""
        let tmp = getenv("TMPDIR").map { String(cString: $0) } ?? "/tmp"
        var firstError: SystemError?
        for dir in [directory.isEmpty ? "." : directory, tmp] {
            var template = Array("\(dir)/.loopscope-events-XXXXXX".utf8CString)
            let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
            if fd >= 0 {
                template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) }
                _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
                self.fd = fd
                return
            }
            if firstError == nil { firstError = .last }
        }
        throw firstError ?? SystemError(EIO)
    }

    deinit {
        if fd >= 0 { close(fd) }
    }

    func write(_ text: String) throws(SystemError) {
        try FileDescriptorWriter.writeAll(fd, text)
    }

    func write(bytes: UnsafeRawBufferPointer) throws(SystemError) {
        try FileDescriptorWriter.writeAll(fd, bytes)
    }

    /// Copies everything written so far into `file`, which replaces its old
    /// content with the first chunk.
    func copy(into file: OutputFile) throws(SystemError) {
        #if os(Linux)
        // In the kernel: a recording of a busy program is 100 MB and more,
        // which read(2) and write(2) would each copy once more.
        let size = lseek(fd, 0, SEEK_END)
        if size >= 0, try file.append(copyOf: fd, count: Int(size)) { return }
        #endif
        var offset: off_t = 0
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = chunk.withUnsafeMutableBytes { pread(fd, $0.baseAddress, $0.count, offset) }
            if n < 0 {
                if errno == EINTR { continue }
                throw .last
            }
            if n == 0 { return }
            offset += off_t(n)
            let result = chunk.withUnsafeBytes { buffer -> SystemError? in
                do {
                    try file.write(bytes: UnsafeRawBufferPointer(rebasing: buffer[0..<n]))
                    return nil
                } catch {
                    return error as? SystemError ?? SystemError(EIO)
                }
            }
            if let result { throw result }
        }
    }
}
