import Foundation
import Testing

/// `record -o FILE` opens and lands its recording by `--events`' rules:
/// symlinks followed, devices and FIFOs written into, read-only files
/// refused and kept, a killed loopscope leaving the old content whole.
@Suite(.enabled(if: CLI.available && CLI.python3, "needs the built binary and python3 >= 3.8"))
struct RecordOutputFileTests {
    static let hello = "print('hi')\n"

    @Test func devNullStaysADeviceAndSymlinksAreFollowed() {
        let cli = CLI()
        defer { cli.remove() }
        cli.file("p.py", Self.hello)
        cli.file("target.jsonl", "old\n")
        let r = cli.sh(#""$L" record -o /dev/null p.py && test -c /dev/null && ln -s target.jsonl link.jsonl && "$L" record -o link.jsonl p.py && test -L link.jsonl && echo ok"#)
        #expect(r.stdout == "hi\nhi\nok\n", "\(r.stderr)")
        #expect(cli.read("target.jsonl")?.hasPrefix("{\"v\":2,\"seq\":0,") == true)
        #expect(cli.read("target.jsonl")?.hasSuffix("\"type\":\"runFinished\",\"exitCode\":0}\n") == true)
    }

    @Test func fifoReaderGetsTheRecording() {
        let cli = CLI()
        defer { cli.remove() }
        cli.file("p.py", Self.hello)
        let r = cli.sh(#"mkfifo pipe && { cat pipe > got & } && "$L" record -o pipe p.py > /dev/null; wait; test -p pipe && tail -n 1 got"#)
        #expect(r.stdout.hasSuffix("\"type\":\"runFinished\",\"exitCode\":0}\n"), "\(r.stdout) \(r.stderr)")
    }

    /// Refused before the program starts: it never runs (no "hi").
    @Test func readOnlyFileIsRefusedAndKept() {
        let cli = CLI()
        defer { cli.remove() }
        cli.file("p.py", Self.hello)
        cli.file("ro.jsonl", "old\n")
        let r = cli.sh(#"chmod 444 ro.jsonl; "$L" record -o ro.jsonl p.py; echo "rc=$?"; "$L" record -o nodir/e.jsonl p.py; echo "rc=$?""#)
        #expect(r.stdout == "rc=2\nrc=2\n")
        #expect(r.stderr == """
            loopscope: error: [Errno 13] Permission denied: 'ro.jsonl'
            loopscope: error: [Errno 2] No such file or directory: 'nodir/e.jsonl'

            """)
        #expect(cli.read("ro.jsonl") == "old\n")
    }

    /// The recording streams into a scratch file while the program runs; a
    /// loopscope killed midway (its process group with it) leaves the old
    /// file whole and no scratch file behind.
    @Test func killedRecordKeepsOldContent() {
        let cli = CLI()
        defer { cli.remove() }
        cli.file("busy.py", """
            import asyncio, time
            async def main():
                end = time.monotonic() + 20
                while time.monotonic() < end:
                    await asyncio.sleep(0)
            asyncio.run(main())

            """)
        cli.file("e.jsonl", "old events\n")
        let r = cli.sh(#"timeout -s KILL 2 "$L" record -o e.jsonl busy.py; echo "rc=$?"; ls -A"#)
        #expect(r.stdout == "rc=137\n.err\n.out\nbusy.py\ne.jsonl\n", "\(r.stdout)")
        #expect(cli.read("e.jsonl") == "old events\n")
    }
}

extension CLI {
    /// Whether a CPython 3.8+ is on PATH for `record`.
    static var python3: Bool {
        let cli = CLI()
        defer { cli.remove() }
        return cli.sh("python3 -c 'import sys; assert sys.version_info >= (3, 8)'").status == 0
    }
}
