import Foundation

/// An output file that receives a stream while a program runs (`run
/// --events FILE`, `record -o FILE`). Into a regular file the stream goes to
/// a `SpillFile` and lands only in `land()`, when the run has ended, so the
/// file holds either its old content or the whole new stream, never part of
/// a killed run; FIFOs and devices get the bytes as they come (a reader may
/// be waiting on them). Opening follows `OutputFile`'s rules.
final class StreamedOutput {
    let file: OutputFile
    private let spill: SpillFile?

    /// Opens `path`, or exits 2 with CPython's reason (before anything runs).
    init(path: String) {
        file = RunCommand.openOutput(path)
        if file.isRegularFile {
            do {
                spill = try SpillFile(near: path)
            } catch {
                UsageError("can't write '\(path)': \(error)").exit()
            }
        } else {
            spill = nil
        }
    }

    var path: String { file.path }

    func write(_ text: String) throws(SystemError) {
        if let spill { try spill.write(text) } else { try file.write(text) }
    }

    func write(bytes: UnsafeRawBufferPointer) throws(SystemError) {
        if let spill { try spill.write(bytes: bytes) } else { try file.write(bytes: bytes) }
    }

    /// Gives up before anything was written: the file is left as it was
    /// (removed again if opening it created it).
    func discard() {
        file.discard()
    }

    /// Moves the spilled stream into the file and closes it.
    func land() throws(SystemError) {
        try spill?.copy(into: file)
        try file.close()
    }
}
