import Testing
@testable import LoopscopeEngine

/// Driving the loop one callback at a time, as the Engine does for the TUI.
@Suite("Engine stepping")
struct EngineSteppingTests {
    func driver(_ h: LoopHarness, _ main: PyObject) throws -> LoopDriver {
        let loop = EventLoop(interp: h.interp)
        let task = try Task(coro: .object(main), loop: loop, name: nil)
        return try LoopDriver(loop: loop, future: task, isRunner: true)
    }

    @Test func eachStepRunsExactlyOneCallback() throws {
        let h = LoopHarness()
        let main = ScriptedCoroutine("main", [
            { _ in
                let loop = try h.interp.getRunningLoop()
                for i in 0..<3 { loop.callSoon(.native("cb\(i)") { _ in h.print("cb\(i)") }) }
                return .await(h.sleep(.int(0)))
            },
            { _ in .finish(.none) },
        ])
        let d = try driver(h, main)
        #expect(d.step() == .ran)          // main's first step
        #expect(h.stdout == "")
        #expect(d.step() == .ran)
        #expect(h.stdout == "cb0\n")
        #expect(d.step() == .ran)
        #expect(h.stdout == "cb0\ncb1\n")
        var steps = 3
        while !d.isFinished { _ = d.step(); steps += 1 }
        #expect(h.stdout == "cb0\ncb1\ncb2\n")
        let began = h.kinds.filter { if case .stepBegan = $0 { return true } else { return false } }.count
        // Every step that ran a handle began exactly one callback; phase ends add none.
        #expect(began <= steps)
        #expect(began == 1 + 3 + 1 + 1 + 2 + 2) // main, 3 cbs, main again, stop cb, two shutdown tasks + their stop cbs
    }

    @Test func taskThatNeverYieldsIsSlicedAndNothingElseRuns() throws {
        let h = LoopHarness(budget: 1000)
        let other = ScriptedCoroutine("other", [{ _ in h.print("other ran"); return .finish(.none) }])
        let main = ScriptedCoroutine("main", [
            { _ in
                _ = try Task(coro: .object(BusyFiber("spin", total: nil)), loop: try h.interp.getRunningLoop(), name: nil)
                _ = try h.task(other)
                return .await(h.sleep(.int(1)))
            },
        ])
        let d = try driver(h, main)
        #expect(d.step() == .ran)          // main creates the tasks and sleeps
        for _ in 0..<5 { #expect(d.step() == .sliced) }
        #expect(h.stdout == "")
        let slices = h.kinds.compactMap { e -> Int? in
            if case .notYielded(let t, let n, _) = e, t == 2 { return n }
            return nil
        }
        #expect(slices == [1000, 2000, 3000, 4000, 5000])
    }

    @Test func slicedTaskContinuesToTheEndThenOthersRun() throws {
        let h = LoopHarness(budget: 1000)
        let other = ScriptedCoroutine("other", [{ _ in h.print("other ran"); return .finish(.none) }])
        let main = ScriptedCoroutine("main", [
            { _ in
                _ = try Task(coro: .object(BusyFiber("spin", total: 2500)), loop: try h.interp.getRunningLoop(), name: nil)
                _ = try h.task(other)
                return .await(h.sleep(.int(1)))
            },
        ])
        let d = try driver(h, main)
        #expect(d.step() == .ran)
        #expect(d.step() == .sliced)
        #expect(d.step() == .sliced)
        #expect(d.step() == .ran)          // the last 500 instructions
        #expect(h.kinds.contains(.stepEnded(handle: 2, task: 2, instructions: 2500)))
        #expect(h.stdout == "")
        #expect(d.step() == .ran)
        #expect(h.stdout == "other ran\n")
    }

    @Test func deadlockStopsStepping() throws {
        let h = LoopHarness()
        let main = ScriptedCoroutine("main", [
            { _ in .await(Future(loop: try h.interp.getRunningLoop(), label: "Event.wait()")) },
        ])
        let d = try driver(h, main)
        #expect(d.step() == .ran)
        #expect(d.step() == .deadlock)
    }
}
