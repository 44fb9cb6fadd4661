import Foundation
import Testing

/// `loopscope run FILE ARGS…`: what follows the program is its sys.argv[1:],
/// as with `python3 FILE ARGS…`, so scripts with argparse run unchanged.
@Suite(.enabled(if: CLI.available, "needs the built loopscope binary"))
struct ProgramArgumentsTests {
    static let program = """
        import argparse
        import sys

        print(sys.argv)
        parser = argparse.ArgumentParser()
        parser.add_argument("n", type=int)
        parser.add_argument("-v", "--verbose", action="store_true")
        print(parser.parse_args())

        """

    @Test func argumentsAfterTheProgramReachSysArgv() {
        let cli = CLI()
        defer { cli.remove() }
        cli.file("p.py", Self.program)
        // loopscope's own options are still recognised after the program.
        let r = cli.sh(#""$L" run p.py 3 --verbose --frozen-clock"#)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout == "['p.py', '3', '--verbose']\nNamespace(n=3, verbose=True)\n")
    }

    @Test func everythingAfterDoubleDashGoesToTheProgram() {
        let cli = CLI()
        defer { cli.remove() }
        cli.file("p.py", Self.program)
        let r = cli.sh(#""$L" run p.py -- 4 --width"#)
        #expect(r.status == 2)
        #expect(r.stdout == "['p.py', '4', '--width']\n")
        #expect(r.stderr == "usage: p.py [-h] [-v] n\np.py: error: unrecognized arguments: --width\n")
    }

    @Test func aMissingArgumentIsArgparsesUsageError() {
        let cli = CLI()
        defer { cli.remove() }
        cli.file("p.py", Self.program)
        let r = cli.sh(#""$L" run p.py"#)
        #expect(r.status == 2)
        #expect(r.stderr == "usage: p.py [-h] [-v] n\np.py: error: the following arguments are required: n\n")
    }
}
