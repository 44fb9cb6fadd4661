// Inputs an audit found mishandled: very large literals and calls (the value
// stack must be sized for them, not overflow), a UTF-8 byte order mark,
// `!a` in f-strings, and `sys.argv[0]` as typed. Expected outputs are
// CPython 3.11's.

import Testing
import LoopscopeEngine

@Suite("Engine inputs")
struct EngineInputTests {
    func run(_ source: String, options: EngineOptions = EngineOptions()) -> Engine {
        let engine = Engine(source: source, filename: "/tmp/input.py", options: options)
        engine.runToEnd()
        return engine
    }

    @Test func hugeListDictAndCallLiteralsRun() {
        let list = "x = [" + (0..<30_000).map(String.init).joined(separator: ",") + "]\nprint(len(x), sum(x))\n"
        let dict = "d = {" + (0..<20_000).map { "\($0): \($0)" }.joined(separator: ",") + "}\nprint(len(d))\n"
        let call = "print(" + Array(repeating: "1", count: 20_000).joined(separator: ",") + ", sep='')\n"
        let e = run(list + dict + call)
        #expect(e.stderr == "")
        #expect(e.stdout == "30000 449985000\n20000\n" + String(repeating: "1", count: 20_000) + "\n")
        #expect(e.exitCode == 0)
    }

    @Test func aByteOrderMarkIsNotPartOfTheProgram() {
        let e = run("\u{FEFF}print('bom')\n")
        #expect(e.stdout == "bom\n")
        #expect(e.exitCode == 0)
    }

    @Test func asciiConversionInFStringsEscapes() {
        let e = run("s = 'é'\nprint(f\"{s!a} {s!a:>8} {s!r}\")\n")
        #expect(e.stdout == "'\\xe9'   '\\xe9' 'é'\n")
    }

    @Test func argvZeroIsThePathAsTyped() {
        var options = EngineOptions()
        options.argv0 = "input.py"
        let e = run("import sys\nprint(sys.argv, __file__)\n", options: options)
        #expect(e.stdout == "['input.py'] /tmp/input.py\n")
    }

    @Test func moduleLevelNotYieldedCountsAreCumulativeLikeATasks() {
        let e = Engine(source: "x = 0\nwhile x < 3000:\n    x += 1\nprint(x)\n", filename: "/tmp/spin.py",
                       options: EngineOptions(instructionBudget: 1000))
        e.runToEnd()
        let counts = e.events.compactMap { ev -> Int? in
            if case .notYielded(nil, let n, _) = ev.kind { return n }
            return nil
        }
        #expect(e.stdout == "3000\n")
        #expect(counts.count >= 3)
        #expect(counts == (1...counts.count).map { $0 * 1000 })
    }
}
