import Foundation
import Testing

/// A bad command line exits 2 with one clear message on stderr, as python3
/// does (ArgumentParser's own default is 64), and nothing on stdout.
@Suite(.enabled(if: CLI.available, "needs the built loopscope binary"))
struct UsageErrorTests {
    @Test(arguments: [
        ("--bogus", "Unknown option '--bogus'"),
        ("run --bogus hello", "Unknown option '--bogus'"),
        ("run", "Missing expected argument '<program>'"),
        ("record --python", "Missing value for '--python <EXE>'"),
        ("run --width abc hello", "The value 'abc' is invalid for '--width <width>'"),
        ("run --axis sideways hello", "The value 'sideways' is invalid for '--axis <axis>'"),
        ("run --timeline --width 0 hello", "--width must be between 40 and 10000 columns (got 0)"),
        ("run --max-memory lots hello", "--max-memory must be a size such as 512M or 4G (got 'lots')"),
        ("open hello extra", "Unexpected argument 'extra'"),
        ("demos --all", "Unknown option '--all'"),
        ("frobnicate", "no such file or demo: 'frobnicate'"),
    ])
    func exitsTwoWithTheReason(arguments: String, reason: String) {
        let cli = CLI()
        defer { cli.remove() }
        let r = cli.sh(#""$L" \#(arguments)"#)
        #expect(r.status == 2 && !r.signalled, "\(arguments): \(r.status)")
        #expect(r.stdout.isEmpty)
        #expect(r.stderr.hasPrefix("loopscope: error: \(reason)"), "\(arguments): \(r.stderr)")
    }

    /// Only the command line's errors become 2: a program's own exit status,
    /// even 64, passes through.
    @Test func programStatusIsNotRewritten() {
        let cli = CLI()
        defer { cli.remove() }
        cli.file("e.py", "import sys\nsys.exit(64)\n")
        let r = cli.sh(#""$L" run e.py"#)
        #expect(r.status == 64)
        #expect(r.stderr.isEmpty)
    }

    @Test func helpAndVersionStillSucceed() {
        let cli = CLI()
        defer { cli.remove() }
        let r = cli.sh(#""$L" run --help && "$L" --version"#)
        #expect(r.status == 0)
        #expect(r.stdout.contains("USAGE: loopscope run"))
        #expect(r.stdout.hasSuffix("0.1.0\n"))
    }
}

/// The script's path as python3 shows it: in the message for a missing file
/// and in tracebacks (`__file__`), the working directory joined to what the
/// user typed, never normalized or resolved.
@Suite(.enabled(if: CLI.available, "needs the built loopscope binary"))
struct ScriptPathTests {
    @Test func missingFileInCPythonsWords() {
        let cli = CLI()
        defer { cli.remove() }
        let r = cli.sh(#""$L" run nope.py; echo "rc=$?"; python3 nope.py 2>&1 | sed 's/^[^:]*: //'"#)
        let lines = r.stdout.split(separator: "\n")
        #expect(lines.first == "rc=2")
        #expect(lines.count == 2 && r.stderr == "loopscope: error: \(lines[1])\n", "\(r.stdout) \(r.stderr)")
        #expect(r.stderr.hasSuffix("nope.py': [Errno 2] No such file or directory\n"))
    }

    @Test func tracebackShowsThePathAsCPythonDoes() {
        let cli = CLI()
        defer { cli.remove() }
        cli.file("boom.py", "print(__file__)\n1/0\n")
        for typed in ["boom.py", "./boom.py", "../\(cli.dir.lastPathComponent)/boom.py", cli.path("boom.py")] {
            let ours = cli.sh(#""$L" run '\#(typed)'"#)
            let theirs = cli.sh(#"python3 '\#(typed)'"#)
            #expect(ours.stdout == theirs.stdout, "\(typed)")
            #expect(ours.stderr == theirs.stderr, "\(typed)")
            #expect(ours.status == 1)
        }
    }
}
