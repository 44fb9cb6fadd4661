// The conformance suite: every program in conformance/cases/ and demos/ must
// make Loopscope print what CPython 3.11 printed for it under a frozen virtual
// clock (recorded by scripts/record-conformance.py into conformance/expected/),
// so they run with `--frozen-clock`'s model.
// One test argument per program, so a failure names the program.

import Foundation
import Testing
import LoopscopeEngine

/// One program and the file holding what CPython did with it.
struct ConformanceCase: Sendable, CustomTestStringConvertible {
    /// Path relative to the repository root; also the filename given to the
    /// engine, so tracebacks name the file exactly as the recording does.
    let program: String
    let expected: String

    var testDescription: String { program }
}

/// What CPython printed: the recorder's JSON.
struct ConformanceExpectation: Decodable {
    let stdout: String
    let stderrLastLine: String
    let exitCode: Int

    enum CodingKeys: String, CodingKey {
        case stdout
        case stderrLastLine = "stderr_last_line"
        case exitCode = "exit_code"
    }
}

enum ConformanceCorpus {
    /// The repository root: this file is Tests/LoopscopeEngineTests/ConformanceTests.swift.
    static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()
        .deletingLastPathComponent()
        .deletingLastPathComponent()

    /// (folder of programs, folder of expectations), as the recorder lays them out.
    static let suites = [
        ("conformance/cases", "conformance/expected"),
        ("demos", "conformance/expected/demos"),
    ]

    /// Programs recorded from plain python3 on its real clock (5 identical
    /// runs); Loopscope runs them on its default CPU clock.
    static let realClockSuites = [("conformance/realclock", "conformance/expected/realclock")]

    /// Every frozen-clock program that has a recorded expectation, sorted by path.
    static let cases: [ConformanceCase] = recorded(suites)
    /// Every real-clock program that has a recorded expectation.
    static let realClockCases: [ConformanceCase] = recorded(realClockSuites)

    static func recorded(_ suites: [(String, String)]) -> [ConformanceCase] {
        let fm = FileManager.default
        var found: [ConformanceCase] = []
        for (programDir, expectedDir) in suites {
            let names = (try? fm.contentsOfDirectory(atPath: root.appendingPathComponent(programDir).path)) ?? []
            for name in names.sorted() where name.hasSuffix(".py") {
                let stem = String(name.dropLast(3))
                let expected = "\(expectedDir)/\(stem).json"
                if fm.fileExists(atPath: root.appendingPathComponent(expected).path) {
                    found.append(ConformanceCase(program: "\(programDir)/\(name)", expected: expected))
                }
            }
        }
        return found
    }

    /// Runs `conformance/cases/NAME.py`; stdout and stderr as one stream in
    /// the order printed (for checks of where warnings land among output).
    static func runInterleaved(_ name: String) throws -> (output: String, exitCode: Int) {
        let path = "conformance/cases/\(name).py"
        let source = try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
        let engine = Engine(source: source, filename: path, options: EngineOptions(clock: .frozen))
        var output = ""
        engine.onOutput = { text, _ in output += text }
        let code = engine.runToEnd()
        return (output, code)
    }

    /// The last line of `text` that is not blank ("" if there is none),
    /// splitting on "\n" only, as the recorder does.
    static func lastNonEmptyLine(_ text: String) -> String {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard let last = lines.last(where: { !$0.allSatisfy(\.isWhitespace) }) else { return "" }
        return String(last)
    }
}

@Suite("Conformance with CPython 3.11")
struct ConformanceTests {
    @Test("the corpus is in place")
    func corpusIsPresent() {
        let programs = ConformanceCorpus.cases.filter { $0.program.hasPrefix("conformance/cases/") }
        #expect(programs.count >= 70, "expected the recorded conformance corpus under conformance/")
    }

    @Test("the real-clock corpus is in place")
    func realClockCorpusIsPresent() {
        #expect(ConformanceCorpus.realClockCases.count >= 30, "expected the programs under conformance/realclock/")
    }

    /// Recorded under scripts/vclock.py: CPython on a frozen virtual clock.
    @Test("stdout, stderr's last line and exit code match CPython", arguments: ConformanceCorpus.cases)
    func matchesCPython(_ testCase: ConformanceCase) throws {
        try check(testCase, clock: .frozen)
    }

    /// Recorded from plain python3 on its real clock.
    @Test("on the CPU clock, output matches python3 on its real clock", arguments: ConformanceCorpus.realClockCases)
    func matchesCPythonOnARealClock(_ testCase: ConformanceCase) throws {
        try check(testCase, clock: .cpu)
    }

    func check(_ testCase: ConformanceCase, clock: ClockMode) throws {
        let root = ConformanceCorpus.root
        let source = try String(contentsOf: root.appendingPathComponent(testCase.program), encoding: .utf8)
        let json = try Data(contentsOf: root.appendingPathComponent(testCase.expected))
        let expected = try JSONDecoder().decode(ConformanceExpectation.self, from: json)

        let engine = Engine(source: source, filename: testCase.program,
                            options: EngineOptions(recordEvents: false, clock: clock))
        let code = engine.runToEnd()

        #expect(engine.stdout == expected.stdout, "stdout of \(testCase.program)")
        #expect(ConformanceCorpus.lastNonEmptyLine(engine.stderr) == expected.stderrLastLine,
                "last stderr line of \(testCase.program)")
        #expect(code == expected.exitCode, "exit code of \(testCase.program)")
    }
}
