import Foundation
import LoopscopeEngine
import LoopscopeUI
#if canImport(Glibc)
import Glibc
#endif

/// A real python3 under the recorder in watch mode: it holds its loop
/// before every callback until told `n` (one callback), `r` (run free) or
/// `p` (hold again) on the control pipe; its events arrive on another pipe.
final class LiveProcess: LiveProgram {
    var onEvent: ((Event) -> Void)?
    private(set) var isFinished = false
    private let child: RealPython.Child
    private var control: Int32?
    private var records = RecorderRecords()
    private var batch: [Event] = []
    private var unreadable = false
    private var count = 0
    private var lastTime = 0.0
    private var exitCode: Int?

    init(child: RealPython.Child) {
        self.child = child
        control = child.control
        _ = fcntl(child.events, F_SETFL, fcntl(child.events, F_GETFL) | O_NONBLOCK)
    }

    /// The exit code once the process has ended.
    var finishedCode: Int? { exitCode }

    func step() -> StepOutcome {
        guard !isFinished else { return .finished }
        poll()
        send("n")
        // The callback runs in the other process; wait (bounded) for its end.
        // A loop idle in select keeps the `n` until something is ready.
        let deadline = Date().addingTimeInterval(1.0)
        var ended = false
        while !ended, !isFinished, Date() < deadline {
            ended = read(timeoutMs: 20) { if case .stepEnded = $0.kind { return true }; return false }
        }
        return isFinished ? .finished : .stepped
    }

    func setRunning(_ free: Bool) { send(free ? "r" : "p") }

    @discardableResult
    func poll() -> Bool {
        guard !isFinished else { return false }
        let before = count
        _ = read(timeoutMs: 0) { _ in false }
        return count != before || isFinished
    }

    /// `q`: ends the program the way Ctrl-C would. The loop is released
    /// first (a held loop could not react), then SIGINT; a program that
    /// ignores it gets SIGKILL after two seconds.
    func interrupt() {
        if let control { close(control); self.control = nil }
        guard exitCode == nil else { return }
        kill(child.pid, SIGINT)
        for _ in 0..<200 {
            _ = read(timeoutMs: 10) { _ in false }
            if exitCode != nil { return }
        }
        kill(child.pid, SIGKILL)
        finish(RealPython.wait(child.pid).code)
    }

    private func send(_ command: String) {
        guard let control else { return }
        var byte = Array(command.utf8)
        if write(control, &byte, 1) < 0 {
            close(control)
            self.control = nil
        }
    }

    /// Reads what is available (waiting up to `timeoutMs` for the first
    /// bytes), delivers the events of whole frames; true once `stop` matched a delivered event.
    private func read(timeoutMs: Int32, stop: (Event) -> Bool) -> Bool {
        var fds = pollfd(fd: child.events, events: Int16(POLLIN), revents: 0)
        guard Glibc.poll(&fds, 1, timeoutMs) > 0 else { return false }
        var stopped = false
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        // A loop running free (`sleep(0)` for ever) writes events faster than
        // they are decoded: reading until the pipe is empty would never end,
        // and the screen would freeze. A bounded slice per call; the rest
        // waits in the pipe, which holds the real loop back (back-pressure).
        let deadline = Date().addingTimeInterval(Self.readSlice)
        while Date() < deadline {
            let n = buffer.withUnsafeMutableBytes { Glibc.read(child.events, $0.baseAddress, $0.count) }
            if n < 0, errno == EINTR { continue }
            if n < 0 { break }  // EAGAIN: nothing more for now
            if n == 0 {
                close(child.events)
                finish(RealPython.wait(child.pid).code)
                return true
            }
            batch.removeAll(keepingCapacity: true)
            do {
                if !unreadable {
                    try buffer.withUnsafeBytes { try records.feed(UnsafeRawBufferPointer(rebasing: $0[0..<n]), into: &batch) }
                }
            } catch {
                // Not the recorder's stream any more: what was shown stays,
                // the rest is drained unread (the program runs on).
                unreadable = true
            }
            for e in batch {
                deliver(e)
                if stop(e) { stopped = true }
            }
        }
        return stopped
    }

    /// Wall time one read may spend decoding events (a frame is 33 ms).
    static let readSlice: TimeInterval = 0.02

    private func deliver(_ e: Event) {
        count += 1
        if e.time.isFinite { lastTime = e.time }
        onEvent?(e)
    }

    private func finish(_ code: Int) {
        guard exitCode == nil else { return }
        exitCode = code
        deliver(Event(seq: count, time: lastTime, kind: .runFinished(exitCode: code)))
        isFinished = true
    }
}
