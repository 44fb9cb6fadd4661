// A bounded, deterministic fuzz test: the conformance programs, mutated and
// truncated, must never take the process down. Each mutant runs with a step
// cap and a small instruction budget; all we ask is that the engine survives
// (no Swift trap, no stack overflow) and, if the program ended, that it ended
// the way CPython can: exit code 0, 1 or 2 with something on stderr to say why.

import Foundation
import Testing
@testable import LoopscopeEngine

/// SplitMix64: a tiny seeded generator, so every run fuzzes the same mutants.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Ways to damage a program. Each takes the source and returns a mutant.
enum Mutation: CaseIterable {
    case truncate, deleteLine, duplicateLine, swapLines, swapTokens, insertCharacters, deepNesting, changeNumber

    static let noise: [String] = ["(", ")", "[", "]", "{", "}", ":", "\"", "'", "\\", "\n", "\t", " ", "    ",
                                  "await ", "async ", "yield ", "*", "**", "=", ".", ",", "#", "f\"{", "lambda",
                                  "return", "raise", "del ", "\u{0}", "é", "🙂", "0x", "1e999", "-", "@", "%", ";"]

    func apply(_ source: String, _ rng: inout SeededGenerator) -> String {
        var lines = source.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard !lines.isEmpty else { return source }
        let line = Int.random(in: 0..<lines.count, using: &rng)
        switch self {
        case .truncate:
            let chars = Array(source)
            return String(chars.prefix(Int.random(in: 0...chars.count, using: &rng)))
        case .deleteLine:
            lines.remove(at: line)
        case .duplicateLine:
            lines.insert(lines[line], at: line)
        case .swapLines:
            lines.swapAt(line, Int.random(in: 0..<lines.count, using: &rng))
        case .swapTokens:
            var words = source.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
            guard words.count > 1 else { return source }
            words.swapAt(Int.random(in: 0..<words.count, using: &rng), Int.random(in: 0..<words.count, using: &rng))
            return words.joined(separator: " ")
        case .insertCharacters:
            var chars = Array(source)
            for _ in 0..<Int.random(in: 1...4, using: &rng) {
                let at = Int.random(in: 0...chars.count, using: &rng)
                chars.insert(contentsOf: Self.noise.randomElement(using: &rng)!, at: at)
            }
            return String(chars)
        case .deepNesting:
            lines.insert(Self.nested(&rng), at: line)
        case .changeNumber:
            guard let i = lines.indices.filter({ lines[$0].contains(where: \.isNumber) }).randomElement(using: &rng),
                  let digit = lines[i].firstIndex(where: \.isNumber) else { return source }
            let replacement = ["0", "-1", "10**6", "2**64", "1e308", "0.0", "999999999999999999999"].randomElement(using: &rng)!
            lines[i].replaceSubrange(digit...digit, with: replacement)
        }
        return lines.joined(separator: "\n")
    }

    /// Something deeply nested, at the parser's or the runtime's limits.
    static func nested(_ rng: inout SeededGenerator) -> String {
        let n = [30, 100, 199, 250, 1000, 5000].randomElement(using: &rng)!
        switch Int.random(in: 0..<9, using: &rng) {
        case 0: return "x = " + String(repeating: "(", count: n) + "1" + String(repeating: ")", count: n)
        case 1: return "x = " + String(repeating: "[", count: n) + String(repeating: "]", count: n)
        case 2: return (0..<min(n, 120)).map { String(repeating: " ", count: $0) + "if True:" }.joined(separator: "\n")
                + "\n" + String(repeating: " ", count: min(n, 120)) + "pass"
        case 3: return "x = " + String(repeating: "-", count: n) + "1"
        case 4: return "x = 1" + String(repeating: " + 1", count: n)
        case 5: return "def r(n):\n    return r(n + 1) + 1\nr(0)"
        case 6: return "x = []\nfor _ in range(\(n * 20)):\n    x = [x]\nprint(len(repr(x)))"
        case 7: return "async def c(n):\n    return await c(n + 1)\nimport asyncio\nasyncio.run(c(0))"
        default: return "e = None\nfor i in range(\(n)):\n    try:\n        raise ValueError(i)\n    except ValueError as x:\n        e = x\nraise e"
        }
    }
}

@Suite("Engine fuzzing")
struct EngineFuzzTests {
    /// LOOPSCOPE_FUZZ_MUTANTS=N fuzzes harder (and slower) than the default.
    static let mutantsPerProgram = ProcessInfo.processInfo.environment["LOOPSCOPE_FUZZ_MUTANTS"].flatMap { Int($0) } ?? 5
    static let dumpDirectory = ProcessInfo.processInfo.environment["LOOPSCOPE_FUZZ_DUMP"]
    static let stepCap = 300
    static let budget = 5_000

    static func mutants(of program: String, source: String) -> [(Mutation, String)] {
        // The seed depends only on the program's name: deterministic, and
        // independent of the order the test runs programs in.
        var seed: UInt64 = 0xC0FF_EE00
        for b in program.utf8 { seed = (seed &* 31) &+ UInt64(b) }
        var rng = SeededGenerator(seed: seed)
        return (0..<mutantsPerProgram).map { i in
            let mutation = Mutation.allCases[(i + Int(seed % 8)) % Mutation.allCases.count]
            var mutant = mutation.apply(source, &rng)
            // Sometimes damage it twice.
            if Bool.random(using: &rng) {
                mutant = Mutation.allCases.randomElement(using: &rng)!.apply(mutant, &rng)
            }
            return (mutation, mutant)
        }
    }

    @Test("mutated conformance programs never crash the engine", arguments: ConformanceCorpus.cases)
    func mutantsSurvive(_ testCase: ConformanceCase) throws {
        let source = try String(contentsOf: ConformanceCorpus.root.appendingPathComponent(testCase.program), encoding: .utf8)
        for (k, (mutation, mutant)) in Self.mutants(of: testCase.program, source: source).enumerated() {
            // A crash kills the test process; with LOOPSCOPE_FUZZ_DUMP=DIR the
            // mutants in flight are left in DIR to reproduce it.
            let dump = Self.dumpDirectory.map { "\($0)/" + testCase.program.replacingOccurrences(of: "/", with: "_") + ".\(k).\(mutation).py" }
            if let dump { try? mutant.write(toFile: dump, atomically: false, encoding: .utf8) }
            defer { if let dump { try? FileManager.default.removeItem(atPath: dump) } }
            let engine = Engine(source: mutant, filename: testCase.program,
                                options: EngineOptions(recordEvents: true, instructionBudget: Self.budget))
            var steps = 0
            while steps < Self.stepCap, engine.step() != .finished { steps += 1 }
            guard let code = engine.exitCode else { continue }   // still running at the cap: fine
            let exits = mutant.contains("exit")
            #expect((0...2).contains(code) || exits, "\(testCase.program) \(mutation): exit code \(code)")
            #expect(code == 0 || !engine.stderr.isEmpty || exits,
                    "\(testCase.program) \(mutation): exit code \(code) and nothing on stderr")
            #expect(engine.events.last?.kind == .runFinished(exitCode: code))
        }
    }

    @Test("the mutants are the same every run")
    func mutantsAreDeterministic() {
        let a = Self.mutants(of: "x.py", source: "import asyncio\nasync def main():\n    await asyncio.sleep(1)\nasyncio.run(main())\n")
        let b = Self.mutants(of: "x.py", source: "import asyncio\nasync def main():\n    await asyncio.sleep(1)\nasyncio.run(main())\n")
        #expect(a.map(\.1) == b.map(\.1))
        #expect(Set(a.map(\.1)).count > 1)
    }
}
