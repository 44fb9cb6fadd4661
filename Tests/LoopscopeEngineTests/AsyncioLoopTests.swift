import Testing
@testable import LoopscopeEngine

@Suite("Asyncio loop")
struct AsyncioLoopTests {
    /// A main coroutine that runs `body` in its first step, then sleeps.
    func main(_ h: LoopHarness, sleep: Double, _ body: @escaping () throws -> Void) -> ScriptedCoroutine {
        ScriptedCoroutine("main", [
            { _ in try body(); return .await(h.sleep(.float(sleep))) },
        ])
    }

    @Test func callSoonRunsInFIFOOrder() throws {
        let h = LoopHarness()
        _ = try h.run(main(h, sleep: 0) {
            let loop = try h.interp.getRunningLoop()
            for i in 0..<5 { loop.callSoon(.native("cb\(i)") { _ in h.print("cb\(i)") }) }
        })
        #expect(h.stdout == "cb0\ncb1\ncb2\ncb3\ncb4\n")
    }

    /// Equal deadlines leave the heap in heapq's order, not insertion order.
    /// Expected output recorded from CPython 3.11 under a virtual clock:
    /// `loop.call_later(d, print, i)` for d in [1,1,1,1,1,0.5,1,1,2,1], then sleep(3).
    @Test func timerTiesFollowHeapqOrder() throws {
        let h = LoopHarness()
        _ = try h.run(main(h, sleep: 3) {
            let loop = try h.interp.getRunningLoop()
            for (i, d) in [1, 1, 1, 1, 1, 0.5, 1, 1, 2, 1].enumerated() {
                loop.callLater(d, .native("print") { _ in h.print("\(i)") })
            }
        })
        #expect(h.stdout.split(separator: "\n") == ["5", "0", "6", "2", "9", "7", "1", "4", "3", "8"])
    }

    @Test func heapMatchesHeapqPopOrder() {
        // heapq with __lt__ on `when` only, pushes then pops (python3 reference).
        let h = LoopHarness()
        let loop = EventLoop(interp: h.interp)
        var heap = TimerHeap()
        for (i, w) in [1, 1, 1, 1, 1, 0.5, 1, 1, 2, 1].enumerated() {
            heap.push(TimerHandle(id: i, when: w, callback: .native("x") { _ in }, loop: loop, forTask: nil, label: ""))
        }
        var order: [Int] = []
        while let t = heap.pop() { order.append(t.id) }
        #expect(order == [5, 0, 6, 9, 2, 7, 1, 3, 4, 8])
    }

    @Test func clockJumpsToNextTimer() throws {
        let h = LoopHarness()
        _ = try h.run(main(h, sleep: 2.5) {})
        #expect(h.interp.asyncio.clock == 2.5)
        #expect(h.kinds.contains(.clockAdvanced(from: 0, to: 2.5)))
    }

    @Test func cancelledTimerDoesNotRun() throws {
        let h = LoopHarness()
        _ = try h.run(main(h, sleep: 2) {
            let loop = try h.interp.getRunningLoop()
            let t = loop.callLater(1, .native("never") { _ in h.print("never") })
            t.cancel()
            loop.callLater(1.5, .native("later") { _ in h.print("later") })
        })
        #expect(h.stdout == "later\n")
    }

    @Test func manyCancelledTimersAreCompacted() throws {
        let h = LoopHarness()
        var loopRef: EventLoop?
        _ = try h.run(main(h, sleep: 0) {
            let loop = try h.interp.getRunningLoop()
            loopRef = loop
            var timers: [TimerHandle] = []
            for i in 0..<300 { timers.append(loop.callLater(Double(10 + i), .native("t") { _ in })) }
            for t in timers.prefix(250) { t.cancel() }
        })
        // The shutdown iterations ran `_run_once` with 250/300 cancelled: compacted.
        #expect(loopRef?.timerCancelledCount == 0)
    }

    @Test func timeSleepBlocksTheLoopAndAdvancesTheClock() throws {
        let h = LoopHarness()
        let time = try h.interp.makeTimeModule()
        guard case .object(let sleepFn as PyNativeFunction)? = time.dict["sleep"] else {
            Issue.record("time.sleep missing"); return
        }
        _ = try h.run(ScriptedCoroutine("main", [
            { _ in
                _ = try sleepFn.body(h.interp, Arguments([.int(3)]))
                return .finish(.none)
            },
        ]))
        #expect(h.interp.asyncio.clock == 3)
        #expect(h.kinds.contains(.loopBlocked(task: 1, by: "time.sleep(3)", duration: 3, line: 0)))
    }
}
