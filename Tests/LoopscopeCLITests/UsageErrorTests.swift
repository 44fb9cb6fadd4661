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
        ("run hello extra", "Unexpected argument 'extra'"),
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
