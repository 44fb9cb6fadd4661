import Foundation
import Testing

/// The program's own output failing behaves as under CPython with unbuffered
/// streams (Loopscope writes unbuffered): print() raises OSError in the
/// program, which may catch it; uncaught, a traceback and exit 1.
@Suite(.enabled(if: CLI.available, "needs the built loopscope binary"))
struct StdoutFailureTests {
    @Test func devFullRaisesOSErrorAtThePrint() {
        let cli = CLI()
        defer { cli.remove() }
        cli.file("p.py", "import sys\nsys.stdout.write('')\nprint('hello')\nprint('never')\n")
        let r = cli.sh(#""$L" run p.py > /dev/full"#)
        #expect(r.status == 1 && !r.signalled)
        #expect(r.stderr.hasSuffix("""
              File "\(cli.path("p.py"))", line 3, in <module>
                print('hello')
            OSError: [Errno 28] No space left on device

            """), "\(r.stderr)")
    }

    @Test func programMayCatchTheFailure() {
        let cli = CLI()
        defer { cli.remove() }
        cli.file("p.py", """
            import sys
            try:
                print('x')
            except OSError as e:
                print(type(e).__name__, e.errno, e.strerror, file=sys.stderr)
                sys.exit(3)

            """)
        let r = cli.sh(#""$L" run p.py > /dev/full"#)
        #expect(r.status == 3)
        #expect(r.stderr == "OSError 28 No space left on device\n")
    }

    @Test func closedStdoutPrintsNothingAndSucceeds() {
        let cli = CLI()
        defer { cli.remove() }
        cli.file("p.py", "print('hello')\nimport sys\nprint('err', file=sys.stderr)\n")
        let r = cli.sh(#""$L" run p.py >&-"#)
        #expect(r.status == 0)
        #expect(r.stderr == "err\n")
    }

    @Test func brokenPipeIsBrokenPipeError() {
        let cli = CLI()
        defer { cli.remove() }
        cli.file("p.py", "for i in range(100000):\n    print('x' * 100)\n")
        let r = cli.sh(#"{ "$L" run p.py; echo "rc=$?" >&2; } | head -c1 > /dev/null"#)
        #expect(r.stderr.hasSuffix("BrokenPipeError: [Errno 32] Broken pipe\nrc=1\n"), "\(r.stderr)")
    }
}
