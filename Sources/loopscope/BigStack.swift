import Foundation

/// Runs `body` on a thread with a large stack and waits for it. The VM never
/// recurses on the Swift stack for Python calls, but native→Python calls
/// (sort keys, __repr__) do; a big stack keeps those far from the guard page.
func onBigStack(_ body: @escaping () -> Int) -> Int {
    let box = ResultBox(body)
    let done = DispatchSemaphore(value: 0)
    let thread = Thread {
        box.run()
        done.signal()
    }
    thread.stackSize = 1 << 29
    thread.start()
    done.wait()
    return box.result
}

private final class ResultBox: @unchecked Sendable {
    private let body: () -> Int
    private(set) var result = 1

    init(_ body: @escaping () -> Int) { self.body = body }
    func run() { result = body() }
}
