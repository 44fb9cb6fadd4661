import Testing
import LoopscopeEngine

/// The two clock modes: in CPU mode (the default) running code takes virtual
/// time, as on CPython's real clock; `.frozen` is scripts/vclock.py's model.
@Suite("Clock modes")
struct ClockModeTests {
    func run(_ source: String, _ clock: ClockMode, events: Bool = false) -> Engine {
        let engine = Engine(source: source, filename: "clock.py", options: EngineOptions(recordEvents: events, clock: clock))
        engine.runToEnd()
        return engine
    }

    static let equalSleeps = """
        import asyncio
        async def worker(i):
            await asyncio.sleep(1)
            print(i, end=" ")
        async def main():
            await asyncio.gather(*(worker(i) for i in range(5)))
        asyncio.run(main())
        """

    @Test("equal sleeps started one after another wake in the order they started")
    func equalSleepsWakeInStartOrder() {
        #expect(run(Self.equalSleeps, .cpu).stdout == "0 1 2 3 4 ")
        // A frozen clock gives all five one deadline: heapq's tie order.
        #expect(run(Self.equalSleeps, .frozen).stdout == "0 2 4 1 3 ")
    }

    @Test("a true tie still follows the heap: call_at with one `when`")
    func trueTiesFollowTheHeap() {
        let source = """
            import asyncio
            async def main():
                loop = asyncio.get_running_loop()
                done = loop.create_future()
                when = loop.time() + 1
                for i in range(1, 6):
                    loop.call_at(when, print, i)
                loop.call_at(when + 1, done.set_result, None)
                await done
            asyncio.run(main())
            """
        for mode in ClockMode.allCases {
            #expect(run(source, mode).stdout == "1\n3\n2\n4\n5\n", "\(mode)")
        }
    }

    @Test("perf_counter differences include CPU work; reads with work between always differ")
    func perfCounterIncludesWork() {
        let source = """
            import time
            t0 = time.perf_counter()
            t1 = time.perf_counter()
            total = 0
            for i in range(200000):
                total += i
            t2 = time.perf_counter()
            print(t1 > t0, t2 - t1 > 0.001, t2 - t1 < 0.1)
            """
        #expect(run(source, .cpu).stdout == "True True True\n")
        #expect(run(source, .frozen).stdout == "False False True\n")
    }

    @Test("the same program gives the same events byte for byte")
    func deterministic() {
        let a = run(Self.equalSleeps, .cpu, events: true).events.map(\.jsonLine)
        let b = run(Self.equalSleeps, .cpu, events: true).events.map(\.jsonLine)
        #expect(a == b)
        #expect(a.count > 20)
    }

    @Test("a CPU-bound step holds the loop: a ticker behind it runs late")
    func cpuBoundStepDelaysTicker() {
        let source = """
            import asyncio
            async def ticker(loop, start):
                for i in range(3):
                    print(f"tick {i} at {loop.time() - start:.1f}")
                    await asyncio.sleep(0.1)
            async def crunch():
                await asyncio.sleep(0.15)
                total = 0
                for i in range(3_000_000):
                    total += i
            async def main():
                loop = asyncio.get_running_loop()
                await asyncio.gather(ticker(loop, loop.time()), crunch())
            asyncio.run(main())
            """
        let cpu = run(source, .cpu).stdout.split(separator: "\n")
        #expect(cpu.first == "tick 0 at 0.0")
        #expect(cpu.dropFirst().first == "tick 1 at 0.1")
        // tick 2 is due at 0.2 but waits for the loop (3M iterations ≈ 0.1–0.4 s).
        #expect(cpu.last != "tick 2 at 0.2")
        #expect(run(source, .frozen).stdout.hasSuffix("tick 2 at 0.2\n"))
    }
}
