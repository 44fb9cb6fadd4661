// `import NAME` of a module next to the program, through the lookup the CLI
// passes (EngineOptions.localModules): packages, submodules, tracebacks into
// the module's file, a failed module body, and the names no file shadows.
// The expected outputs are what python3 prints for the same files.

import Testing
import LoopscopeEngine

@Suite("Local modules next to the program")
struct LocalImportTests {
    static let files: [String: String] = [
        "/book/util/__init__.py": "from util.delays import delay\nfrom util.timing import timed\n",
        "/book/util/delays.py": """
            import asyncio

            async def delay(seconds):
                print(f'sleeping for {seconds} second(s)')
                await asyncio.sleep(seconds)
                return seconds

            def broken():
                return {}['missing']
            """,
        "/book/util/timing.py": """
            import functools
            import time

            def timed(func):
                @functools.wraps(func)
                async def wrapper(*args):
                    start = time.monotonic()
                    try:
                        return await func(*args)
                    finally:
                        print(f'{func.__name__} took {time.monotonic() - start:.1f}s')
                return wrapper
            """,
        "/book/failing.py": "print('failing: body runs')\nraise RuntimeError('half-initialised')\n",
        "/book/time.py": "raise AssertionError('a built-in module is found before the directory')\n",
    ]

    func run(_ source: String) -> Engine {
        var options = EngineOptions()
        options.clock = .frozen
        options.localModules = { dotted in
            let base = "/book/" + dotted.replacingOccurrences(of: ".", with: "/")
            if let s = Self.files[base + "/__init__.py"] { return LocalModule(source: s, path: base + "/__init__.py", isPackage: true) }
            if let s = Self.files[base + ".py"] { return LocalModule(source: s, path: base + ".py", isPackage: false) }
            return nil
        }
        let engine = Engine(source: source, filename: "/book/listing.py", options: options)
        engine.runToEnd()
        return engine
    }

    @Test func aPackageAndItsSubmodulesImportLikeCPython() {
        let e = run("""
            import asyncio
            import time
            import util
            import util.delays as delays
            from util import delay, timed

            @timed
            async def main():
                print(await asyncio.gather(delay(1), util.delay(2)))
                print(util.delays is delays, util.__package__, delays.__package__, delays.__name__)
                print(util.__file__, util.__path__, delays.__file__)

            asyncio.run(main())
            """)
        #expect(e.stdout == """
            sleeping for 1 second(s)
            sleeping for 2 second(s)
            [1, 2]
            True util util util.delays
            /book/util/__init__.py ['/book/util'] /book/util/delays.py
            main took 2.0s

            """)
        #expect(e.exitCode == 0)
    }

    @Test func tracebacksShowTheModulesFileAndLine() {
        let e = run("from util.delays import broken\n\nbroken()\n")
        #expect(e.stderr == """
            Traceback (most recent call last):
              File "/book/listing.py", line 3, in <module>
                broken()
              File "/book/util/delays.py", line 9, in broken
                return {}['missing']
                       ~~^^^^^^^^^^^
            KeyError: 'missing'

            """)
        #expect(e.exitCode == 1)
    }

    @Test func aModuleWhoseBodyFailedRunsAgainOnTheNextImport() {
        let e = run("""
            for attempt in (1, 2):
                try:
                    import failing
                except RuntimeError as exc:
                    print(attempt, exc)
            import nowhere
            """)
        #expect(e.stdout == "failing: body runs\n1 half-initialised\nfailing: body runs\n2 half-initialised\n")
        #expect(e.stderr.hasSuffix("ModuleNotFoundError: No module named 'nowhere'\n"))
    }

    @Test func withoutALookupThereAreNoLocalModules() {
        let engine = Engine(source: "import util\n", filename: "/book/listing.py")
        engine.runToEnd()
        #expect(engine.stderr.hasSuffix("ModuleNotFoundError: No module named 'util'\n"))
    }
}
