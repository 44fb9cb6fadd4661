import Foundation
import Testing

/// `--events`, `--trace` and `--svg` open their path as `open(path, "w")`
/// does, never replace what is there, and report every failure in one line.
@Suite(.enabled(if: CLI.available, "needs the built loopscope binary"))
struct OutputFileTests {
    @Test func devNullStaysADevice() {
        let cli = CLI()
        defer { cli.remove() }
        let r = cli.sh(#""$L" run hello --events /dev/null --trace /dev/null --svg /dev/null && test -c /dev/null && echo device"#)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.hasSuffix("device\n"))
    }

    @Test func symlinkIsFollowed() {
        let cli = CLI()
        defer { cli.remove() }
        cli.file("target.json", "old\n")
        let r = cli.sh(#"ln -s target.json link.json && "$L" run hello --trace link.json > /dev/null && test -L link.json && echo link"#)
        #expect(r.stdout == "link\n", "\(r.stderr)")
        #expect(cli.read("target.json")?.hasPrefix("{\"displayTimeUnit\"") == true)
    }

    @Test func fifoReaderGetsTheEvents() {
        let cli = CLI()
        defer { cli.remove() }
        let r = cli.sh(#"mkfifo pipe && { cat pipe > got & } && "$L" run hello --events pipe > /dev/null; wait; head -c 40 got"#)
        #expect(r.stdout.hasPrefix("{\"v\":2,\"seq\":0,"), "\(r.stdout) \(r.stderr)")
    }

    @Test func readOnlyFileIsRefusedAndKept() {
        let cli = CLI()
        defer { cli.remove() }
        for option in ["--events", "--trace", "--svg"] {
            cli.file("ro.json", "old\n")
            let r = cli.sh(#"chmod 444 ro.json; "$L" run hello \#(option) ro.json; echo "rc=$?"; stat -c %a ro.json; chmod 644 ro.json"#)
            #expect(r.stdout == "rc=2\n444\n", "\(option): \(r.stdout)")
            #expect(r.stderr == "loopscope: error: [Errno 13] Permission denied: 'ro.json'\n")
            #expect(cli.read("ro.json") == "old\n")
        }
    }

    @Test func missingDirectoryAndDirectoryInCPythonsWords() {
        let cli = CLI()
        defer { cli.remove() }
        let r = cli.sh(#""$L" run hello --events nodir/e.json; echo "rc=$?"; mkdir d; "$L" run hello --svg d; echo "rc=$?""#)
        #expect(r.stdout == "rc=2\nrc=2\n")
        #expect(r.stderr == """
            loopscope: error: [Errno 2] No such file or directory: 'nodir/e.json'
            loopscope: error: [Errno 21] Is a directory: 'd'

            """)
    }

    /// A run killed before its exports are written leaves the old files alone.
    @Test func killedRunKeepsOldContent() {
        let cli = CLI()
        defer { cli.remove() }
        cli.file("spin.py", "while True:\n    pass\n")
        cli.file("t.json", "old trace\n")
        cli.file("p.svg", "old svg\n")
        cli.file("e.jsonl", "old events\n")
        let r = cli.sh(#"timeout -s KILL 1 "$L" run spin.py --trace t.json --svg p.svg --events e.jsonl; echo "rc=$?""#)
        #expect(r.stdout == "rc=137\n")
        #expect(cli.read("t.json") == "old trace\n")
        #expect(cli.read("p.svg") == "old svg\n")
        #expect(cli.read("e.jsonl") == "old events\n")
    }

    /// `--events` streams while the program runs (here well past one write
    /// buffer), yet a kill leaves the old file whole and no scratch file
    /// behind; a finished run leaves the complete stream.
    @Test func killedEventStreamKeepsOldContent() {
        let cli = CLI()
        defer { cli.remove() }
        cli.file("busy.py", """
            import asyncio
            async def main():
                while True:
                    await asyncio.sleep(0)
            asyncio.run(main())

            """)
        cli.file("e.jsonl", "old events\n")
        let r = cli.sh(#"timeout -s KILL 2 "$L" run busy.py --events e.jsonl; echo "rc=$?"; ls -A"#)
        #expect(r.stdout == "rc=137\n.err\n.out\nbusy.py\ne.jsonl\n", "\(r.stdout)")
        #expect(cli.read("e.jsonl") == "old events\n")

        let done = cli.sh(#""$L" run hello --events e.jsonl > /dev/null && "$L" run hello --events - | cmp - e.jsonl && echo same"#)
        #expect(done.stdout == "same\n", "\(done.stderr)")
        #expect(cli.read("e.jsonl")?.hasSuffix("\"type\":\"runFinished\",\"exitCode\":0}\n") == true)
    }

    @Test func fullDiskIsOneLineAndExit1() {
        let cli = CLI()
        defer { cli.remove() }
        for option in ["--events", "--trace", "--svg"] {
            let r = cli.sh(#""$L" run hello \#(option) /dev/full > /dev/null"#)
            #expect(r.status == 1 && !r.signalled, "\(option)")
            #expect(r.stderr == "loopscope: error: can't write '/dev/full': [Errno 28] No space left on device\n")
        }
    }

    @Test func ownStdoutFailuresAreOneLine() {
        let cli = CLI()
        defer { cli.remove() }
        let full = cli.sh(#""$L" run hello --events - > /dev/full"#)
        #expect(full.status == 1 && !full.signalled)
        #expect(full.stderr == "loopscope: error: can't write to stdout: [Errno 28] No space left on device\n")
        let closed = cli.sh(#""$L" run hello --events - >&-"#)
        #expect(closed.status == 1)
        #expect(closed.stderr == "loopscope: error: can't write to stdout: [Errno 9] Bad file descriptor\n")
    }
}
