import Testing
import Foundation
@testable import LoopscopeEngine

@Suite struct SyntaxRobustnessTests {
    @Test func deepParenthesesHitCPythonsLimit() throws {
        let info = try #require(syntaxError("x = " + String(repeating: "(", count: 100_000) + "\n"))
        #expect(info.message == "too many nested parentheses")
        #expect(info.column == 205)
        // 199 levels are fine, as in CPython.
        let ok = "x = " + String(repeating: "[", count: 199) + "1" + String(repeating: "]", count: 199) + "\n"
        #expect(syntaxError(ok) == nil)
    }

    @Test(arguments: [("-", 100_000), ("not ", 100_000), ("lambda: ", 20_000), ("await ", 20_000),
                      ("a if b else ", 20_000), ("+", 20_000), ("~", 20_000)])
    func deepPrefixChainsFailCleanly(_ prefix: String, _ count: Int) throws {
        let source = "x = " + String(repeating: prefix, count: count) + "1\n"
        let info = try #require(syntaxError(source))
        #expect(info.kind == .syntaxError)
    }

    @Test(arguments: ["+1", ".b", "()", "[0]", "**a", " if b else a", " or a", " < a"])
    func longChainsFailCleanly(_ link: String) throws {
        let source = "x = a" + String(repeating: link, count: 20_000) + "\n"
        // Flat chains (`or`, comparisons) are one node and parse; others are too deep.
        if let info = syntaxError(source) { #expect(info.message == "too complex") }
    }

    @Test func moderateDepthStillParses() throws {
        #expect(syntaxError("x = " + String(repeating: "-", count: 500) + "1\n") == nil)
        #expect(syntaxError("x = " + Array(repeating: "1", count: 900).joined(separator: "+") + "\n") == nil)
    }

    @Test func thousandNestedIfsAreAnIndentationError() throws {
        var source = ""
        for i in 0..<1000 { source += String(repeating: "    ", count: i) + "if x:\n" }
        source += String(repeating: "    ", count: 1000) + "pass\n"
        let info = try #require(syntaxError(source))
        #expect(info.kind == .indentationError)
        #expect(info.message == "too many levels of indentation")
        #expect(info.line == 101)
    }

    static let sample = """
        import asyncio
        import random

        class Worker(Exception):
            \"\"\"A worker.\"\"\"
            def __init__(self, name, *, delay=0.5, **extra):
                super().__init__(name)
                self.name, self.delay = name, delay
                self.log: list[str] = []

            async def run(self, queue: asyncio.Queue) -> None:
                while True:
                    item = await queue.get()
                    try:
                        if item is None or item < 0:
                            break
                        elif item % 2 == 0 and not self.log:
                            await asyncio.sleep(self.delay * item)
                        else:
                            self.log += [f"{self.name!r}: {item:>4} {item=}"]
                    except (ValueError, KeyError) as e:
                        raise RuntimeError("bad") from e
                    finally:
                        queue.task_done()

        async def main():
            q = asyncio.Queue(maxsize=10)
            workers = [Worker(f"w{i}") for i in range(3)]
            tasks = [asyncio.create_task(w.run(q), name=w.name) for w in workers]
            for n in sorted({random.randint(1, 9) for _ in range(20)}, key=lambda v: -v):
                await q.put(n)
            results = await asyncio.gather(*tasks, return_exceptions=True)
            total = sum(len(w.log) for w in workers if w.log)
            print(total, results[::-1], {k: v for k, v in enumerate("abc")})
            async with asyncio.timeout(1):
                await asyncio.sleep(0)

        if __name__ == "__main__":
            asyncio.run(main())

        """

    /// Deterministic pseudo-random numbers (no global RNG in tests).
    struct SplitMix: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    @Test func sampleProgramParses() throws {
        #expect(syntaxError(Self.sample) == nil)
    }

    @Test func truncationsAndMutationsNeverCrash() throws {
        let scalars = Array(Self.sample.unicodeScalars)
        var rng = SplitMix(state: 42)
        var errors = 0
        // Truncation points all through the program.
        for cut in stride(from: 0, through: scalars.count, by: 3) {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[..<cut])
            if syntaxError(String(view)) != nil { errors += 1 }
        }
        // Random single and multiple edits with characters that matter to the tokenizer.
        let alphabet = Array("()[]{}:'\"\\\n\t #=+-*/%@&|^~<>!.,;0123456789abcfrjxe_ \u{0C}€😀\r".unicodeScalars)
        for _ in 0..<600 {
            var s = scalars
            for _ in 0..<Int.random(in: 1...4, using: &rng) {
                let i = Int.random(in: 0..<s.count, using: &rng)
                switch Int.random(in: 0..<3, using: &rng) {
                case 0: s[i] = alphabet.randomElement(using: &rng)!
                case 1: s.insert(alphabet.randomElement(using: &rng)!, at: i)
                default: s.remove(at: i)
                }
            }
            var view = String.UnicodeScalarView()
            view.append(contentsOf: s)
            if let info = syntaxError(String(view)) {
                errors += 1
                // Every error can be printed and points into the program.
                let text = formatSyntaxError(info, filename: "f.py")
                #expect(text.hasSuffix("\(info.typeName): \(info.message)\n"))
                #expect(info.line >= 0)
            }
        }
        #expect(errors > 600)
    }

    @Test func randomBytesNeverCrash() throws {
        var rng = SplitMix(state: 7)
        for _ in 0..<300 {
            let bytes = (0..<Int.random(in: 0..<200, using: &rng)).map { _ in UInt8.random(in: 0...255, using: &rng) }
            _ = try? parseModule(bytes: bytes, filename: "r.py")
        }
    }

    /// Parse speed is measured by scripts/bench.sh, not asserted here: a timed
    /// unit test fails on a loaded machine. This checks a large program parses.
    @Test func tenThousandLinesParse() throws {
        let lines = Self.sample.split(separator: "\n", omittingEmptySubsequences: false).count
        var source = ""
        var i = 0
        while i * lines < 10_000 {
            // Rename top-level definitions so copies stay distinct programs.
            source += Self.sample.replacingOccurrences(of: "main", with: "main\(i)")
            i += 1
        }
        let module = try parseModuleOnCurrentThread(source: source)
        #expect(module.body.count > 1000)
    }
}
