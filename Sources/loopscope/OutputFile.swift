import Foundation

/// A file an export writes (`--events`, `--trace`, `--svg`, the visualizer's
/// `e`), opened as CPython's `open(path, "w")` opens it: symlinks are
/// followed, FIFOs and devices are written into (never replaced), a missing
/// file is created. Two differences, both to protect what is already there:
/// a regular file is only truncated when the first byte of the new content
/// is ready (a run killed before that leaves the old content), and a file
/// with no write permission is refused even when root could write it.
final class OutputFile {
    let path: String
    private var fd: Int32
    private let isRegular: Bool
    private var truncated = false
    /// Opening made the file (it did not exist): `discard()` removes it.
    private var created = false

    /// Opens `path` for writing, or throws CPython's wording for why not:
    /// `[Errno 13] Permission denied: 'x.json'`.
    init(path: String) throws(OutputFileError) {
        self.path = path
        fd = open(path, O_WRONLY | O_CLOEXEC)
        if fd < 0 && errno == ENOENT {
            fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
            // EEXIST: made meanwhile, or a dangling symlink (whose target
            // open(path, "w") creates): opened as before, not ours to remove.
            if fd >= 0 { created = true } else if errno == EEXIST { fd = open(path, O_WRONLY | O_CREAT | O_CLOEXEC, 0o666) }
        }
        if fd < 0 { throw OutputFileError(path: path, cause: .last) }
        var info = stat()
        guard fstat(fd, &info) == 0 else {
            let cause = SystemError.last
            Foundation.close(fd)
            throw OutputFileError(path: path, cause: cause)
        }
        isRegular = info.st_mode & S_IFMT == S_IFREG
        if isRegular && info.st_mode & 0o222 == 0 {
            Foundation.close(fd)
            throw OutputFileError(path: path, cause: SystemError(EACCES))
        }
    }

    deinit {
        if fd >= 0 { Foundation.close(fd) }
    }

    /// Whether writes land in a regular file (not a FIFO, device or socket).
    var isRegularFile: Bool { isRegular }

    /// Appends `text`; the first write replaces a regular file's old content.
    func write(_ text: String) throws(SystemError) {
        if text.isEmpty { return }
        try truncateOnce()
        try FileDescriptorWriter.writeAll(fd, text)
    }

    /// Appends raw bytes; the first write replaces a regular file's old content.
    func write(bytes: UnsafeRawBufferPointer) throws(SystemError) {
        if bytes.isEmpty { return }
        try truncateOnce()
        try FileDescriptorWriter.writeAll(fd, bytes)
    }

    #if os(Linux)
    /// Appends the first `count` bytes of the file `source`, copied by the
    /// kernel (`sendfile`, not through loopscope's memory); the first write
    /// replaces a regular file's old content. False, with nothing written,
    /// when the kernel cannot copy between these two files.
    func append(copyOf source: Int32, count: Int) throws(SystemError) -> Bool {
        if count == 0 { return true }
        try truncateOnce()
        var offset: off_t = 0
        while Int(offset) < count {
            let n = sendfile(fd, source, &offset, count - Int(offset))
            if n < 0 {
                if errno == EINTR { continue }
                if offset == 0, errno == EINVAL || errno == ENOSYS { return false }
                throw .last
            }
            if n == 0 { throw SystemError(EIO) }   // the source is shorter than it was
        }
        return true
    }
    #endif

    private func truncateOnce() throws(SystemError) {
        if isRegular && !truncated {
            if ftruncate(fd, 0) != 0 { throw .last }
            truncated = true
        }
    }

    /// Closes the file; a regular file written with nothing is emptied, as
    /// `open(path, "w")` would have left it.
    func close() throws(SystemError) {
        guard fd >= 0 else { return }
        defer { fd = -1 }
        if isRegular && !truncated && ftruncate(fd, 0) != 0 {
            let cause = SystemError.last
            Foundation.close(fd)
            throw cause
        }
        if Foundation.close(fd) != 0 { throw .last }
    }

    /// Closes the file without writing: its old content stays, and a file
    /// that opening created is removed (`record` with a Python that refused).
    func discard() {
        guard fd >= 0 else { return }
        Foundation.close(fd)
        fd = -1
        if created { unlink(path) }
    }

    /// Replaces the content with `text` and closes the file.
    func replace(with text: String) throws(SystemError) {
        try write(text)
        try close()
    }

    /// `replace(with:)` for `loopscope run`: a failure is one line and exit 1.
    func writeAndClose(_ text: String) {
        do {
            try replace(with: text)
        } catch {
            StandardStreams.fail("can't write '\(path)': \(error)")
        }
    }
}

/// Why an output file could not be opened, in CPython's words.
struct OutputFileError: Error, CustomStringConvertible {
    let path: String
    let cause: SystemError
    var description: String { "\(cause): '\(path)'" }
}
