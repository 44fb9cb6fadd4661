import Testing
import LoopscopeEngine

/// Programs that try to hang, spin or exhaust the engine end as CPython ends
/// them (or, where CPython would wait for ever, with the deadlock report).
@Suite struct HostileProgramTests {
    func run(_ source: String) -> (code: Int, stdout: String, stderr: String) {
        let engine = Engine(source: source, filename: "hostile.py")
        let code = engine.runToEnd()
        return (code, engine.stdout, engine.stderr)
    }

    @Test(arguments: ["1e300", "float('inf')", "10**300"])
    func aTimerTheClockNeverReachesIsReportedNotSpun(_ delay: String) {
        let r = run("""
            import asyncio
            async def main():
                print('start')
                await asyncio.sleep(\(delay))
            asyncio.run(main())
            """)
        #expect(r.code == 1)
        #expect(r.stdout == "start\n")
        #expect(r.stderr.hasPrefix("loopscope: deadlock: "))
        #expect(r.stderr.contains("Task-1 main() sleeps for ever at line 4"))
    }

    @Test func longButReachableSleepsStillFinish() {
        let r = run("""
            import asyncio
            async def main():
                await asyncio.sleep(3e8)
                print(round(asyncio.get_running_loop().time()))
            asyncio.run(main())
            """)
        #expect(r.code == 0 && r.stdout == "300000000\n")
    }

    @Test func repetitionFarBeyondMemoryFailsAtOnce() {
        let r = run("""
            try:
                list(range(0, 2**63 - 1, 2))
            except MemoryError:
                print('range')
            try:
                [0] * (2**62)
            except MemoryError:
                print('list')
            try:
                'ab' * (2**61)
            except MemoryError:
                print('str')
            print(len('a' * 60_000_000))
            """)
        #expect(r.stdout == "range\nlist\nstr\n60000000\n")
    }

    @Test func hugePowersAreFastAndExact() {
        let r = run("x = 3**200000\nprint(x.bit_length(), x % 1000007, (-7)**33333 % 1000, 12345**0)\n")
        #expect(r.stdout == "316993 128697 593 1\n")
    }

    /// Sizes where a quadratic search or copy takes minutes (the test would
    /// time out); linear code takes well under a second.
    @Test func stringSearchesAreLinearInTheWorstCase() {
        let r = run("""
            s = 'a' * 1_000_000
            print(s.find('a' * 500_000 + 'b'), s.rfind('b' + 'a' * 500_000), s.count('a' * 1000 + 'b'))
            print(('b' + 'a' * 500_000) in s, s.index('a' * 500_000), s.partition('a' * 400_000 + 'b')[1] == '')
            t = 'ab' * 500_000
            print(len(t.replace('a', 'xy')), len(t.split('a')), len('-'.join(t.split('b'))), len(t.rsplit('ba', 3)))
            print(t.replace('b', '', 2)[:6], 'é€'.replace('€', '$'), 'x€y€z'.split('€'), 'x€y€z'.rfind('€'))
            """)
        #expect(r.stdout == """
            -1 -1 0
            False 0 True
            1500000 500001 1000000 4
            aaabab é$ ['x', 'y', 'z'] 3

            """)
    }

    /// 20,000 appends of 1,000 characters: copying the string each time
    /// moves 200 GB (minutes); growing it in place takes a blink. Every kind
    /// of variable the sum can go back into, and `s = s + t` too.
    @Test func concatenationInALoopIsLinear() {
        let r = run("""
            chunk = 'x' * 1000
            g = ''
            for i in range(20_000):
                g += chunk
            def local():
                s = ''
                for i in range(20_000):
                    s = s + chunk
                return s
            def cell():
                c = ''
                def add():
                    nonlocal c
                    c += chunk
                for i in range(20_000):
                    add()
                return c
            l = []
            for i in range(200_000):
                l += [i]
            print(len(g), len(local()), len(cell()), len(l))
            """)
        #expect(r.stdout == "20000000 20000000 20000000 200000\n")
    }
}
