// `id()` and identity hashes: futures and tasks keep their id number in a
// field, other objects in the runtime's table; both draw from one counter,
// so ids (and the hashes and set orders built on them) follow the order in
// which they were first asked for, whatever the kind of object.
import Testing
@testable import LoopscopeEngine

@Suite struct ObjectIDTests {
    @Test func idsFollowFirstRequestOrderAcrossFuturesAndOtherObjects() {
        let interp = Interpreter(filename: "<test>", source: "")
        let loop = EventLoop(interp: interp)
        let list = PyList([])
        let future = Future(loop: loop)
        let other = PyList([])
        let ids = [interp.objectID(list), interp.objectID(future), interp.objectID(other)]
        #expect(ids[1] - ids[0] == 0x30)
        #expect(ids[2] - ids[1] == 0x30)
        // Stable: asking again returns the same ids, in any order.
        #expect([interp.objectID(other), interp.objectID(future), interp.objectID(list)] == ids.reversed())
    }

    @Test func idsStayUniqueAmongLiveObjectsWhenOthersDie() {
        let interp = Interpreter(filename: "<test>", source: "")
        let loop = EventLoop(interp: interp)
        var seen = Set<Int>()
        var alive: [PyObject] = []
        for i in 0..<2_000 {
            // Short-lived objects free their addresses for later ones.
            let temporary: PyObject = i % 2 == 0 ? PyList([]) : Future(loop: loop)
            #expect(seen.insert(interp.objectID(temporary)).inserted)
            let kept: PyObject = i % 3 == 0 ? Future(loop: loop) : PyList([])
            #expect(seen.insert(interp.objectID(kept)).inserted)
            alive.append(kept)
        }
        for o in alive { #expect(seen.contains(interp.objectID(o))) }
    }

    @Test func taskHashesFromPythonMatchTheirIds() throws {
        let source = """
            import asyncio
            async def main():
                t = asyncio.current_task()
                print(hash(t) == id(t) >> 4, id(t) == id(t))
            asyncio.run(main())
            """
        let engine = Engine(source: source, filename: "t.py")
        #expect(engine.runToEnd() == 0)
        #expect(engine.stdout == "True True\n")
    }
}
