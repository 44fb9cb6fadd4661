import Foundation
import Testing

/// Integer edge values at the process boundary: exit codes and `--width`.
@Suite(.enabled(if: CLI.available, "needs the built loopscope binary"))
struct EdgeValueCLITests {
    @Test(arguments: [("2**31", 0), ("2**31 + 3", 3), ("2**32 + 5", 5), ("2**63", 255), ("-2**63 - 1", 255), ("-1", 255), ("263", 7)])
    func exitCodeAsTheShellSeesIt(_ code: String, _ status: Int32) {
        let cli = CLI()
        defer { cli.remove() }
        cli.file("p.py", "import sys\nsys.exit(\(code))\n")
        let r = cli.sh(#""$L" run p.py"#)
        #expect(!r.signalled && r.status == status, "sys.exit(\(code))")
        #expect(r.stderr == "")
    }

    @Test func hugeWidthIsAUsageError() {
        let cli = CLI()
        defer { cli.remove() }
        let r = cli.sh(#""$L" run hello --timeline --width 9223372036854775807"#)
        #expect(!r.signalled && r.status != 0)
        #expect(r.stderr.contains("--width must be between 40 and 10000 columns (got 9223372036854775807)"), "\(r.stderr)")
        let ok = cli.sh(#""$L" run hello --timeline --width 10000 | head -1"#)
        #expect(ok.status == 0 && ok.stdout == "Hello\n", "\(ok.stdout)")
    }

    /// CPython builds 10**(2**63) first and never finishes; the exact answer is 0.
    @Test func roundToAHugeNegativeNdigitsIsZero() {
        let cli = CLI()
        defer { cli.remove() }
        cli.file("p.py", "print(round(5, -2**63), round(-10**30, -2**100), round(10**30, -31), round(6 * 10**30, -31))\n")
        let r = cli.sh(#""$L" run p.py"#)
        #expect(r.status == 0 && r.stdout == "0 0 0 10000000000000000000000000000000\n", "\(r.stdout)\(r.stderr)")
    }
}
