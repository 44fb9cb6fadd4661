import Foundation
import Testing

/// `record` reads plain command lines without ArgumentParser (a start-up
/// cost), and lets the recorded interpreter check itself instead of a probe:
/// both must behave exactly as before.
@Suite(.enabled(if: CLI.available && CLI.python3, "needs the built binary and python3 >= 3.8"))
struct RecordCommandLineTests {
    static let argv = "import sys\nprint(sys.argv[1:])\n"

    /// Every spelling of the options, and what follows the program is the
    /// program's, options and `--` included.
    @Test func optionsAndProgramArguments() {
        let cli = CLI()
        defer { cli.remove() }
        cli.file("p.py", Self.argv)
        let r = cli.sh(#"""
            "$L" record -o a.jsonl p.py -o x --help -- y && "$L" record --output=b.jsonl --python python3 p.py &&
            "$L" record --python=python3 --output c.jsonl p.py 1 && "$L" record -o d.jsonl -- p.py z && ls *.jsonl
            """#)
        #expect(r.stdout == "['-o', 'x', '--help', '--', 'y']\n[]\n['1']\n['z']\na.jsonl\nb.jsonl\nc.jsonl\nd.jsonl\n", "\(r.stderr)")
        #expect(cli.read("c.jsonl")?.hasSuffix("\"type\":\"runFinished\",\"exitCode\":0}\n") == true)
    }

    /// The long way still answers what the short path leaves to it.
    @Test func helpAndMistakesGoThroughArgumentParser() {
        let cli = CLI()
        defer { cli.remove() }
        cli.file("p.py", Self.argv)
        let help = cli.sh(#""$L" record --help"#)
        #expect(help.status == 0 && help.stdout.contains("USAGE: loopscope record"), "\(help.stdout)")
        // A repeated option: ArgumentParser's rule, the last one counts.
        let twice = cli.sh(#""$L" record -o a.jsonl -o b.jsonl p.py; echo "rc=$?"; ls *.jsonl"#)
        #expect(twice.stdout == "[]\nrc=0\nb.jsonl\n", "\(twice.stdout)")
        let unknown = cli.sh(#""$L" record --nope p.py; echo "rc=$?""#)
        #expect(unknown.stdout == "rc=2\n")
        #expect(unknown.stderr.contains("Unknown option '--nope'"), "\(unknown.stderr)")
    }

    /// A Python the preamble refuses: the usage error naming --python, and
    /// the recording it would have made is not left behind.
    @Test func refusedInterpreterLeavesNoRecording() {
        let cli = CLI()
        defer { cli.remove() }
        cli.file("p.py", Self.argv)
        cli.file("old.py", "#!/bin/sh\nexec python3 -c 'import os; os.write(3, b\"\\0\\0\\0\\0\" + b\"3.7 cpython\")'\n")
        let r = cli.sh(#"chmod +x old.py; "$L" record -o new.jsonl --python ./old.py p.py; echo "rc=$?"; ls"#)
        #expect(r.stdout == "rc=2\nold.py\np.py\n", "\(r.stdout)")
        #expect(r.stderr.contains("is Python 3.7") && r.stderr.contains("--python"), "\(r.stderr)")
    }
}
