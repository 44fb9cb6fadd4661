import Foundation
import LoopscopeEngine
import Testing

/// `loopscope record` under the real python3, and recordings opened by `run`.
/// Skipped when the binary is not built or no CPython 3.8+ is on PATH.
@Suite(.serialized) struct RecordCommandTests {
    static let binary = EndToEndTests.binary

    static var available: Bool {
        FileManager.default.isExecutableFile(atPath: binary)
            && run("/bin/sh", ["-c", "python3 -c 'import sys; assert sys.version_info >= (3, 8)'"]).status == 0
    }

    struct Result { var status: Int32; var stdout: String; var stderr: String }

    static func run(_ exe: String, _ args: [String], stdin: String = "", cwd: String? = nil) -> Result {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: exe)
        p.arguments = args
        if let cwd { p.currentDirectoryURL = URL(fileURLWithPath: cwd) }
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("loopscope-rec-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let paths = ["in", "out", "err"].map { dir.appendingPathComponent($0).path }
        _ = FileManager.default.createFile(atPath: paths[0], contents: Data(stdin.utf8))
        _ = FileManager.default.createFile(atPath: paths[1], contents: nil)
        _ = FileManager.default.createFile(atPath: paths[2], contents: nil)
        p.standardInput = FileHandle(forReadingAtPath: paths[0])
        p.standardOutput = FileHandle(forWritingAtPath: paths[1])
        p.standardError = FileHandle(forWritingAtPath: paths[2])
        do { try p.run() } catch { return Result(status: -1, stdout: "", stderr: "\(error)") }
        p.waitUntilExit()
        let read = { (path: String) in (try? String(contentsOfFile: path, encoding: .utf8)) ?? "" }
        return Result(status: p.terminationStatus, stdout: read(paths[1]), stderr: read(paths[2]))
    }

    /// Writes `source` to a fresh directory; returns (program path, directory).
    static func program(_ source: String) -> (String, String) {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("loopscope-prog-\(UUID().uuidString)").path
        try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let path = dir + "/prog.py"
        _ = FileManager.default.createFile(atPath: path, contents: Data(source.utf8))
        return (path, dir)
    }

    static func events(_ path: String) throws -> [Event] {
        try Event.decodeRecording(String(contentsOfFile: path, encoding: .utf8))
    }

    static let crash = """
        import asyncio, sys

        async def work(n):
            await asyncio.sleep(0.01 * n)
            print("work", n)
            if n == 2:
                raise ValueError("boom")
            return n

        async def main():
            line = sys.stdin.readline().strip()
            print("read", line, "args", sys.argv[1:])
            print("to stderr", file=sys.stderr)
            await asyncio.gather(work(1), work(2))

        asyncio.run(main())
        """

    @Test(.enabled(if: available, "needs the built binary and python3 >= 3.8"))
    func streamsAndExitCodeAreExactlyPython3s() throws {
        let (path, dir) = Self.program(Self.crash)
        let plain = Self.run("/bin/sh", ["-c", "exec python3 \"$0\" a b", path], stdin: "hello\n", cwd: dir)
        let out = dir + "/rec.jsonl"
        let recorded = Self.run(Self.binary, ["record", "-o", out, path, "a", "b"], stdin: "hello\n", cwd: dir)
        #expect(plain.status == 1)
        #expect(recorded.status == plain.status)
        #expect(recorded.stdout == plain.stdout)
        #expect(recorded.stderr == plain.stderr)
        #expect(recorded.stdout.contains("read hello args ['a', 'b']"))

        let events = try Self.events(out)
        #expect(events.map(\.seq) == Array(0..<events.count))
        let kinds = events.map(\.kind)
        #expect(kinds.contains(.taskCreated(task: 2, name: "Task-2", coroutine: "work", creator: 1, line: 14)))
        #expect(kinds.contains { if case .taskSuspended(2, 4, "asyncio.sleep(0.01)", []) = $0 { return true }; return false })
        #expect(kinds.contains { if case .taskFailed(3, "ValueError('boom')", 7) = $0 { return true }; return false })
        #expect(kinds.contains(.output(text: "work 1\n", stream: .stdout, task: 2)))
        #expect(kinds.contains(.output(text: "to stderr\n", stream: .stderr, task: 1)))
        #expect(kinds.last == .runFinished(exitCode: 1))
    }

    @Test(.enabled(if: available, "needs the built binary and python3 >= 3.8"))
    func recordingOpensInRunWithExportsAndLints() throws {
        let (path, dir) = Self.program("""
            import asyncio, time

            async def main():
                await asyncio.sleep(0.01)
                time.sleep(0.15)
                print("done")

            asyncio.run(main())
            """)
        let out = dir + "/rec.jsonl"
        #expect(Self.run(Self.binary, ["record", "-o", out, path], cwd: dir).status == 0)
        let replay = Self.run(Self.binary, ["run", out, "--timeline", "--width", "60", "--lint", "--svg", dir + "/t.svg"], cwd: dir)
        #expect(replay.status == 0)
        #expect(replay.stdout.hasPrefix("done\n"))
        #expect(replay.stdout.contains("Task-1 main()"))
        // A recording's clock is the real one: the axis says so, never "virtual".
        #expect(replay.stdout.contains(" s real, ") && replay.stdout.contains("along real time"), "\(replay.stdout)")
        #expect(!replay.stdout.contains("virtual"))
        #expect(replay.stderr.contains("blocked the event loop"), "\(replay.stderr)")
        #expect(FileManager.default.fileExists(atPath: dir + "/t.svg"))
        let svg = try String(contentsOfFile: dir + "/t.svg", encoding: .utf8)
        #expect(svg.contains(" s real, ") && !svg.contains("virtual"))
    }

    /// `record` writes its lines straight from the recorder's records, not
    /// through `Event`: every line must be what `Event` itself writes for
    /// the event it decodes to (runStarted also names the clock).
    @Test(.enabled(if: available, "needs the built binary and python3 >= 3.8"))
    func recordedLinesAreWhatTheEventEncoderWrites() throws {
        let (path, dir) = Self.program(#"""
            import asyncio, time, warnings

            async def child(n):
                await asyncio.sleep(0.001 * n)
                if n == 2:
                    raise ValueError("boom \\ \"quoted\"")
                return n

            async def sleeper():
                await asyncio.sleep(10)

            async def main():
                asyncio.current_task().set_name("main task")
                print("tab\there, naïve ☃, \x01")
                warnings.warn("careful")
                s = asyncio.create_task(sleeper(), name="sleeper")
                await asyncio.sleep(0)
                s.cancel()
                await asyncio.gather(child(1), child(2), return_exceptions=True)
                q = asyncio.Queue()
                asyncio.get_running_loop().call_later(0.002, q.put_nowait, 1)
                await q.get()
                time.sleep(0.12)
                await asyncio.sleep(0)

            asyncio.run(main())
            """#)
        let out = dir + "/rec.jsonl"
        #expect(Self.run(Self.binary, ["record", "-o", out, path], cwd: dir).status == 0)
        let lines = try String(contentsOfFile: out, encoding: .utf8).split(separator: "\n").map(String.init)
        let events = try Self.events(out)
        #expect(lines.count == events.count && lines.count > 40)
        var kinds = Set<String>()
        for (line, e) in zip(lines, events) {
            var expected = e.jsonLine
            if case .runStarted = e.kind { expected = String(expected.dropLast()) + ",\"clock\":\"real\"}" }
            #expect(line == expected)
            kinds.insert(e.kind.typeName)
        }
        for kind in ["runStarted", "taskCreated", "taskRenamed", "handleScheduled", "timerSet", "timerFired",
                     "timerCancelled", "clockAdvanced", "iterationBegan", "iterationEnded", "stepBegan", "stepEnded",
                     "taskSuspended", "taskWoken", "taskDone", "taskFailed", "taskCancelled", "taskCancelRequested",
                     "loopBlocked", "output", "warning", "loopStarted", "loopClosed", "runFinished"] {
            #expect(kinds.contains(kind), "no \(kind) in the recording")
        }
    }

    /// The version probe is light (`-S`, no `platform`): what it reports
    /// still decides, with the interpreter's own name for its kind.
    @Test(.enabled(if: available, "needs the built binary and python3 >= 3.8"))
    func oldOrOtherPythonsAreUsageErrors() throws {
        let (path, dir) = Self.program("print('hi')\n")
        for (answer, message) in [("3.7 cpython", "is Python 3.7"), ("3.10 pypy", "is PyPy 3.10"),
                                  ("2.7 cpython", "is Python 2.7")] {
            let fake = dir + "/fake-python"
            _ = FileManager.default.createFile(atPath: fake, contents: Data("#!/bin/sh\necho '\(answer)'\n".utf8),
                                               attributes: [.posixPermissions: 0o755])
            let r = Self.run(Self.binary, ["record", "--python", fake, path], cwd: dir)
            #expect(r.status == 2)
            #expect(r.stderr.contains(message) && r.stderr.contains("--python"), "\(r.stderr)")
        }
    }

    @Test(.enabled(if: available, "needs the built binary and python3 >= 3.8"))
    func defaultNameIsShownAndBadPythonIsAUsageError() throws {
        let (path, dir) = Self.program("print('hi')\n")
        let r = Self.run(Self.binary, ["record", path], cwd: dir)
        #expect(r.status == 0)
        #expect(r.stdout == "hi\n")
        #expect(r.stderr.contains("prog-events.jsonl"))
        #expect(FileManager.default.fileExists(atPath: dir + "/prog-events.jsonl"))
        let bad = Self.run(Self.binary, ["record", "--python", dir + "/no-such-python", path], cwd: dir)
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("--python"))
    }

    @Test(.enabled(if: available, "needs the built binary and python3 >= 3.8"))
    func malformedRecordingIsAUsageErrorNamingTheLine() throws {
        let (_, dir) = Self.program("")
        let bad = dir + "/bad.jsonl"
        _ = FileManager.default.createFile(atPath: bad, contents: Data("{\"v\":1,\"seq\":0,\"t\":0.0,\"type\":\"loopStarted\"}\n{oops\n".utf8))
        let r = Self.run(Self.binary, ["run", bad])
        #expect(r.status == 2)
        #expect(r.stderr.contains("line 2"), "\(r.stderr)")
    }

    @Test(.enabled(if: available, "needs the built binary and python3 >= 3.8"))
    func tcpServerAndClientsAwaitReads() throws {
        let (_, dir) = Self.program("")
        let root = EndToEndTests.root.path
        let out = dir + "/tcp.jsonl"
        let r = Self.run(Self.binary, ["record", "-o", out, root + "/examples/tcp-echo.py", "2"], cwd: dir)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout == "ADA SAYS 1\nBOB SAYS 1\nCY SAYS 1\n")
        let events = try Self.events(out)
        let handlers = events.compactMap { e -> Int? in
            if case .taskCreated(let id, _, "handle", _, _) = e.kind { return id }
            return nil
        }
        #expect(handlers.count == 3)
        let readers = Set(events.compactMap { e -> Int? in
            if case .taskSuspended(let id, _, let what, _) = e.kind, what.hasPrefix("StreamReader.") { return id }
            return nil
        })
        #expect(Set(handlers).isSubset(of: readers), "every handler waits on a read")
    }

    @Test(.enabled(if: available, "needs the built binary and python3 >= 3.8"))
    func threadsOutputIsUntaggedAndTheLoopIsRecorded() throws {
        let (path, dir) = Self.program("""
            import asyncio, threading

            def work():
                print("from a thread")
                return 6 * 7

            async def main():
                t = threading.Thread(target=work)
                t.start()
                t.join()
                print(await asyncio.to_thread(work))

            asyncio.run(main())
            """)
        let out = dir + "/threads.jsonl"
        let r = Self.run(Self.binary, ["record", "-o", out, path], cwd: dir)
        #expect(r.status == 0)
        #expect(r.stdout == "from a thread\nfrom a thread\n42\n")
        let kinds = try Self.events(out).map(\.kind)
        #expect(kinds.filter { $0 == .output(text: "from a thread\n", stream: .stdout, task: nil) }.count == 2)
        #expect(kinds.contains(.output(text: "42\n", stream: .stdout, task: 1)))
    }

    @Test(.enabled(if: available, "needs the built binary and python3 >= 3.8"))
    func killedMidRunEndsTheRecordingAndLoopscopeTheSameWay() throws {
        let (path, dir) = Self.program("""
            import asyncio, os

            async def main():
                with open("pid", "w") as f:
                    f.write(str(os.getpid()))
                while True:
                    await asyncio.sleep(0.01)

            asyncio.run(main())
            """)
        let p = Process()
        p.executableURL = URL(fileURLWithPath: Self.binary)
        p.arguments = ["record", "-o", dir + "/killed.jsonl", path]
        p.currentDirectoryURL = URL(fileURLWithPath: dir)
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        try p.run()
        var pid: Int32?
        for _ in 0..<200 where pid == nil {
            usleep(50_000)
            pid = (try? String(contentsOfFile: dir + "/pid", encoding: .utf8)).flatMap { Int32($0) }
        }
        let python = try #require(pid)
        usleep(200_000)
        kill(python, SIGKILL)
        p.waitUntilExit()
        #expect(p.terminationReason == .uncaughtSignal)
        #expect(p.terminationStatus == SIGKILL)
        let events = try Self.events(dir + "/killed.jsonl")
        #expect(events.last?.kind == .runFinished(exitCode: 137))
        #expect(events.contains { if case .taskSuspended(1, _, "asyncio.sleep(0.01)", _) = $0.kind { return true }; return false })
    }
}
