// The memory-saving structures behind "100,000 live tasks" keep the
// behaviour of the straightforward ones they replaced.
import Testing
@testable import LoopscopeEngine

@Suite("Asyncio memory layout")
struct AsyncioMemoryLayoutTests {
    /// Builds `all_tasks()`'s set both ways; returns the two iteration orders
    /// and whether two objects share a home slot in the final table.
    private func bothOrders(_ interp: Interpreter, _ objects: [PyObject]) throws -> ([ObjectIdentifier], [ObjectIdentifier], Bool) {
        let oneByOne = PySet()
        for o in objects { try oneByOne.add(.object(o), interp) }
        let presized = try interp.makeIdentitySet(objects)
        func order(_ s: PySet) -> [ObjectIdentifier] { s.elements.compactMap { $0.asObject.map(ObjectIdentifier.init) } }
        let mask = Interpreter.setTableSize(afterAdding: objects.count) - 1
        let homes = try objects.map { try interp.hash(.object($0)) & mask }
        return (order(oneByOne), order(presized), Set(homes).count < homes.count)
    }

    @Test func identitySetMatchesAddingOneByOne() throws {
        let interp = Interpreter(filename: "<test>", source: "")
        let loop = EventLoop(interp: interp)
        for n in [0, 1, 5, 300, 5_000] {
            let futures = (0..<n).map { _ in Future(loop: loop) }
            let (expected, actual, _) = try bothOrders(interp, futures)
            #expect(actual == expected, "n=\(n)")
            #expect(actual.count == n)
        }
    }

    @Test func identitySetMatchesAddingOneByOneWhenHomeSlotsCollide() throws {
        let interp = Interpreter(filename: "<test>", source: "")
        let loop = EventLoop(interp: interp)
        let early = (0..<150).map { _ in Future(loop: loop) }
        for f in early { _ = try interp.hash(.object(f)) }
        // Ids handed out in between spread the two groups' hashes apart.
        let between = (0..<3_000).map { _ in Future(loop: loop) }
        for f in between { _ = try interp.hash(.object(f)) }
        let late = (0..<150).map { _ in Future(loop: loop) }
        let (expected, actual, collide) = try bothOrders(interp, early + late)
        #expect(collide, "the test needs colliding home slots")
        #expect(actual == expected)
    }

    @Test func allTasksTracksTasksFinishingInAnyOrder() throws {
        // Expected output recorded from CPython 3.11.
        let source = """
            import asyncio

            async def w(ev, i):
                await ev.wait()
                return i

            async def main():
                evs = [asyncio.Event() for _ in range(200)]
                ts = [asyncio.create_task(w(evs[i], i), name=f"w{i:03}") for i in range(200)]
                await asyncio.sleep(0)
                for i in range(200):
                    if i % 4:
                        evs[i].set()
                await asyncio.sleep(0)
                await asyncio.sleep(0)
                names = sorted(t.get_name() for t in asyncio.all_tasks())
                print(len(names), names[:3], names[-3:])
                late = asyncio.create_task(w(evs[0], -1), name="late")
                await asyncio.sleep(0)
                print(len(asyncio.all_tasks()), asyncio.current_task() in asyncio.all_tasks())
                for ev in evs:
                    ev.set()
                print(sum(await asyncio.gather(*ts, late)))
                print(len(asyncio.all_tasks()))

            asyncio.run(main())
            """
        let engine = Engine(source: source, filename: "pending.py", options: EngineOptions(recordEvents: false))
        #expect(engine.runToEnd() == 0)
        #expect(engine.stdout == """
            51 ['Task-1', 'w000', 'w004'] ['w188', 'w192', 'w196']
            52 True
            19899
            1

            """)
    }

    @Test func eventWaitersLeaveWhenCancelledOrTimedOut() throws {
        // Expected output recorded from CPython 3.11 (the repr without its address).
        let source = """
            import asyncio

            async def w(ev, n):
                try:
                    await ev.wait()
                    print(n, "woke")
                except asyncio.CancelledError:
                    print(n, "cancelled", ev.is_set())
                    raise

            async def main():
                ev = asyncio.Event()
                ts = [asyncio.create_task(w(ev, i)) for i in range(5)]
                await asyncio.sleep(0)
                ts[2].cancel()
                ts[0].cancel()
                await asyncio.sleep(0)
                try:
                    await asyncio.wait_for(ev.wait(), 0.5)
                except asyncio.TimeoutError:
                    print("timeout", repr(ev).split("[")[1])
                ev.set()
                print(await asyncio.gather(*ts, return_exceptions=True), await ev.wait())
                ev.clear()
                q = asyncio.Queue()
                q.put_nowait(1)
                async def consume():
                    await q.get()
                    await asyncio.sleep(1)
                    q.task_done()
                asyncio.create_task(consume())
                await q.join()
                print("joined")

            asyncio.run(main())
            """
        let engine = Engine(source: source, filename: "event.py", options: EngineOptions(recordEvents: false))
        #expect(engine.runToEnd() == 0)
        #expect(engine.stdout == """
            2 cancelled False
            0 cancelled False
            timeout unset, waiters:3]>
            1 woke
            3 woke
            4 woke
            [CancelledError(''), None, CancelledError(''), None, None] True
            joined

            """)
    }
}
