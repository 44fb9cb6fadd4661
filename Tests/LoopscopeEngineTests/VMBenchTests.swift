// Timing of the dispatch loop on CPU-bound code. Only runs when
// LOOPSCOPE_BENCH is set (measure with `swift test -c release`).

import Foundation
import Testing
import LoopscopeEngine

@Suite struct VMBenchTests {
    static let enabled = ProcessInfo.processInfo.environment["LOOPSCOPE_BENCH"] != nil

    @Test(.enabled(if: VMBenchTests.enabled))
    func fib27() throws {
        let src = """
        def fib(n):
            return n if n < 2 else fib(n - 1) + fib(n - 2)
        print(fib(27))
        total = 0
        for i in range(1000000):
            total += i % 7
        print(total)
        """
        let interp = Interpreter(filename: "bench.py", source: src)
        var out = ""
        interp.write = { t, _ in out += t }
        let fiber = try interp.loadModule()
        var n = 0
        let start = Date()
        let r = interp.resume(fiber, nil, budget: Int.max, executed: &n)
        let elapsed = Date().timeIntervalSince(start)
        print("BENCH fib27+loop: \(elapsed)s, \(n) instructions, result \(r), output \(out)")
        #expect(out == "196418\n2999997\n")
    }
}
