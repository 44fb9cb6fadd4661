// Standard-library behaviour the conformance suite cannot record from
// CPython: the sandbox's refusals (CPython would touch the machine), and
// warnings checked on the interleaved output (the suite compares only
// stderr's last line).

import Testing
import LoopscopeEngine

@Suite("Standard library in the sandbox")
struct StdlibSandboxTests {
    func run(_ source: String) -> Engine {
        let engine = Engine(source: source, filename: "prog.py")
        engine.runToEnd()
        return engine
    }

    @Test func fileAndProcessCallsRaisePermissionErrorNamingTheSandbox() {
        let e = run("""
            import os
            for call in (lambda: os.listdir("."), lambda: os.system("ls"), lambda: os.path.exists("x"),
                         lambda: os.getcwd(), lambda: os.path.abspath("rel")):
                try:
                    call()
                except PermissionError as err:
                    print(err)
            os.environ["X"] = "1"
            """)
        #expect(e.stdout == """
            loopscope runs scripts in a sandbox: os.listdir() is not available
            loopscope runs scripts in a sandbox: os.system() is not available
            loopscope runs scripts in a sandbox: os.path.exists() is not available
            loopscope runs scripts in a sandbox: os.getcwd() is not available
            loopscope runs scripts in a sandbox: the current directory (os.path.abspath of a relative path) is not available

            """)
        #expect(e.stderr.hasSuffix("PermissionError: loopscope runs scripts in a sandbox: setting the environment variable 'X' is not available\n"))
        #expect(e.exitCode == 1)
    }

    @Test func asyncioNetworkAndProcessCallsRaisePermissionErrorWhenAwaited() {
        let e = run("""
            import asyncio

            async def main():
                loop = asyncio.get_running_loop()
                calls = [lambda: asyncio.open_connection("127.0.0.1", 8888),
                         lambda: asyncio.start_server(None, "127.0.0.1", 8888),
                         lambda: asyncio.subprocess.create_subprocess_exec("ls", stdout=asyncio.subprocess.PIPE),
                         lambda: asyncio.create_subprocess_shell("ls")]
                for call in calls:
                    pending = call()            # a coroutine: refused when awaited, as CPython fails there
                    try:
                        await pending
                    except PermissionError as err:
                        print(err)
                for name in ("create_connection", "getaddrinfo", "add_signal_handler"):
                    try:
                        getattr(loop, name)()
                    except PermissionError as err:
                        print(err)
                asyncio.StreamReader()

            asyncio.run(main())
            """)
        #expect(e.stdout == """
            loopscope runs scripts in a sandbox: asyncio.open_connection() is not available
            loopscope runs scripts in a sandbox: asyncio.start_server() is not available
            loopscope runs scripts in a sandbox: asyncio.create_subprocess_exec() is not available
            loopscope runs scripts in a sandbox: asyncio.create_subprocess_shell() is not available
            loopscope runs scripts in a sandbox: loop.create_connection() is not available
            loopscope runs scripts in a sandbox: loop.getaddrinfo() is not available
            loopscope runs scripts in a sandbox: loop.add_signal_handler() is not available

            """)
        #expect(e.stderr.hasSuffix("PermissionError: loopscope runs scripts in a sandbox: asyncio.StreamReader() is not available\n"))
        #expect(e.exitCode == 1)
    }

    @Test func logFilesAreRefused() {
        let e = run("import logging\nlogging.basicConfig(filename='app.log')\n")
        #expect(e.stderr.hasSuffix("PermissionError: loopscope runs scripts in a sandbox: writing the log file 'app.log' is not available\n"))
    }

    @Test func aNeverAwaitedCoroutineWarnsOncePerLocation() throws {
        let (output, code) = try ConformanceCorpus.runInterleaved("never_awaited_once_per_location")
        let warning = { (line: Int, code: String) in
            "conformance/cases/never_awaited_once_per_location.py:\(line): RuntimeWarning: coroutine 'ping' was never awaited\n"
                + "  \(code)\nRuntimeWarning: Enable tracemalloc to get the object allocation traceback\n"
        }
        #expect(output == warning(11, "ping(i)") + "after the loop\n" + warning(13, "ping(99)") + "after the second line\ndone\n")
        #expect(code == 0)
    }

    @Test func warningsPrintOncePerLocationWithTheirSourceLine() throws {
        let (output, _) = try ConformanceCorpus.runInterleaved("warnings_once_per_location")
        let file = "conformance/cases/warnings_once_per_location.py"
        #expect(output.hasSuffix("""
            \(file):24: DeprecationWarning: old_api is deprecated
              old_api(i)
            \(file):25: RuntimeWarning: runtime
              warnings.warn("runtime", RuntimeWarning)
            user warnings are UserWarning: True
            \(file):27: FutureWarning: last
              warnings.warn("last", FutureWarning)

            """))
    }
}

/// datetime's errors in the wording of CPython's C implementation (the
/// conformance recorder runs the pure-Python one, whose wording differs).
@Suite("datetime errors")
struct DatetimeErrorTests {
    @Test func errorsUseTheCImplementationsWording() {
        let engine = Engine(source: """
            from datetime import *
            dt = datetime(2024, 2, 29, 23, 30)
            aware = datetime(2024, 6, 1, 12, tzinfo=timezone.utc)
            for bad in [lambda: date(2023, 2, 29), lambda: date(2023, 13, 1), lambda: datetime(2023, 1, 1, 24),
                        lambda: dt < aware, lambda: dt - aware, lambda: date.fromisoformat("2023/01/01"),
                        lambda: datetime.strptime("x", "%Y"), lambda: dt < date(2024, 1, 1), lambda: date(0, 1, 1)]:
                try:
                    bad()
                except Exception as e:
                    print(type(e).__name__, e)
            print(date(2024, 2, 28).isocalendar())
            """, filename: "prog.py")
        engine.runToEnd()
        #expect(engine.stdout == """
            ValueError day is out of range for month
            ValueError month must be in 1..12
            ValueError hour must be in 0..23
            TypeError can't compare offset-naive and offset-aware datetimes
            TypeError can't subtract offset-naive and offset-aware datetimes
            ValueError Invalid isoformat string: '2023/01/01'
            ValueError time data 'x' does not match format '%Y'
            TypeError can't compare datetime.datetime to datetime.date
            ValueError year 0 is out of range
            datetime.IsoCalendarDate(year=2024, week=9, weekday=3)

            """)
    }
}

extension StdlibSandboxTests {
    @Test func loggingHandlersThatWriteFilesOrUseTheNetworkAreRefused() {
        let e = run("""
            import logging.handlers as h
            for make in (lambda: h.RotatingFileHandler("app.log", maxBytes=10), lambda: h.TimedRotatingFileHandler("t.log"),
                         lambda: h.WatchedFileHandler("w.log"), lambda: h.SocketHandler("localhost", 9020),
                         lambda: h.DatagramHandler("localhost", 9021), lambda: h.SysLogHandler(),
                         lambda: h.SMTPHandler("mail", "a@b", ["c@d"], "s"), lambda: h.HTTPHandler("host", "/log")):
                try:
                    make()
                except PermissionError as err:
                    print(err)
            """)
        let refused = ["writing a rotating log file", "writing a rotating log file", "writing a watched log file",
                       "logging to a socket", "logging to a socket", "logging to syslog", "sending log mail",
                       "logging over HTTP"]
        #expect(e.stdout == refused.map { "loopscope runs scripts in a sandbox: \($0) is not available\n" }.joined())
    }

    @Test func queueWaitsNoThreadCouldEndRaiseAndTimeoutsSleepOnTheVirtualClock() {
        let e = run("""
            import queue, time
            q = queue.Queue(maxsize=1)
            t0 = time.monotonic()
            try:
                q.get(timeout=0.25)
            except queue.Empty:
                print("Empty after", round(time.monotonic() - t0, 2))
            q.put(1)
            try:
                q.put(2, timeout=0.5)
            except queue.Full:
                print("Full after", round(time.monotonic() - t0, 2))
            q.get()
            for wait in (q.get, q.join):
                try:
                    wait()
                except RuntimeError as err:
                    print(err)
            """)
        #expect(e.stdout == """
            Empty after 0.25
            Full after 0.75
            loopscope: deadlock: Queue.get() on an empty queue would wait forever (no other thread runs)
            loopscope: deadlock: Queue.join() with 1 unfinished task(s) would wait forever (no other thread runs)

            """)
    }
}
