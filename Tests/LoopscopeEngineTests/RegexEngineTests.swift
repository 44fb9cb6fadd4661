import Testing
@testable import LoopscopeEngine

// The regex engine on its own: spans and groups as CPython's re reports them
// (expected values printed by python3), re.error messages and positions, and
// the step budget that stops catastrophic backtracking.

@Suite struct RegexEngineTests {
    /// Group spans of the first match (search), or nil.
    func search(_ pattern: String, _ subject: String, flags: RegexFlags = [], mode: Int = 2) throws -> [Int]? {
        let re = try RegexParser.compile(pattern, flags: flags)
        let input = subject.unicodeScalars.map(\.value)
        let m = RegexMatcher(input: input, end: input.count, groupCount: re.groupCount)
        guard try m.find(re, from: 0, anchored: mode != 2, full: mode == 1, mustAdvance: false) else { return nil }
        return m.caps
    }

    func compileError(_ pattern: String) -> String? {
        do {
            _ = try RegexParser.compile(pattern, flags: [])
            return nil
        } catch let e as RegexError {
            return e.position.map { "\(e.message) at position \($0)" } ?? e.message
        } catch {
            return "\(error)"
        }
    }

    @Test(arguments: [
        (#"\d+"#, "abc 123 def", [4, 7]),
        (#"(\w+) (\w+)"#, "hello world", [0, 11, 0, 5, 6, 11]),
        (#"<.*?>"#, "<a><b>", [0, 3]),
        (#"<.*>"#, "<a><b>", [0, 6]),
        (#"(a|ab)(c|bcd)(d*)"#, "abcd", [0, 4, 0, 1, 1, 4, 4, 4]),
        (#"(?<=\$)\d+"#, "cost $42", [6, 8]),
        (#"foo(?!bar)"#, "foobar foobaz", [7, 10]),
        (#"(\w)\1"#, "hello", [2, 4, 2, 3]),
        (#"x*"#, "axxb", [0, 0]),
        (#"(a*)*b"#, "aaab", [0, 4, 3, 3]),
        (#"(?:(a)|b)+"#, "ab", [0, 2, 0, 1]),
        (#"(a)|(b)"#, "b", [0, 1, -1, -1, 0, 1]),
        (#"\bcat\b"#, "concat cat", [7, 10]),
        (#"[^aeiou\s]+"#, "hello", [0, 1]),
        (#"a{2,3}"#, "aaaa", [0, 3]),
        (#"a{2,3}?"#, "aaaa", [0, 2]),
        (#"a{,2}b"#, "aaab", [1, 4]),
        (#"x{2"#, "ax{2", [1, 4]),
        (#"(?P<y>\d{4})-(?P=y)"#, "1999-1999", [0, 9, 0, 4]),
        (#"(a)?(?(1)b|c)"#, "c", [0, 1, -1, -1]),
        ("é+", "caféé", [3, 5]),
        ("(?>ab|a)c", "abc", [0, 3]),
        ("x\\0y", "x\u{0}y", [0, 3]),
        ("(?(2)a|b)(c)(d)", "bcd", [0, 3, 1, 2, 2, 3]),
    ])
    func spans(_ pattern: String, _ subject: String, _ expected: [Int]) throws {
        #expect(try search(pattern, subject) == expected)
    }

    @Test func flagsChangeWhatMatches() throws {
        #expect(try search("abc", "xABC", flags: .ignoreCase) == [1, 4])
        #expect(try search("[a-c]+", "xABC", flags: .ignoreCase) == [1, 4])
        #expect(try search("^two", "one\ntwo") == nil)
        #expect(try search("^two", "one\ntwo", flags: .multiline) == [4, 7])
        #expect(try search("one$", "one\ntwo", flags: .multiline) == [0, 3])
        #expect(try search("a.b", "a\nb") == nil)
        #expect(try search("a.b", "a\nb", flags: .dotAll) == [0, 3])
        #expect(try search("a b # comment\n c", "abc", flags: .verbose) == [0, 3])
        #expect(try search("(?i)HELLO", "say hello") == [4, 9])
        #expect(try search(#"\w+"#, "né", flags: .ascii) == [0, 1])
        #expect(try search("$", "ab\n") == [2, 2])
    }

    @Test func possessiveAndAtomicNeverGiveBack() throws {
        #expect(try search("a*+a", "aaa") == nil)
        #expect(try search("(?>a|ab)c", "abc") == nil)
        #expect(try search("a?+b", "ab") == [0, 2])
    }

    @Test func matchAndFullmatchAreAnchored() throws {
        #expect(try search(#"\d+"#, "a1", mode: 0) == nil)
        #expect(try search(#"\d+"#, "12a", mode: 0) == [0, 2])
        #expect(try search(#"\d+"#, "12a", mode: 1) == nil)
        #expect(try search(#"\d+|\d+a"#, "12a", mode: 1) == [0, 3])
    }

    @Test(arguments: [
        ("(abc", "missing ), unterminated subpattern at position 0"),
        ("abc)", "unbalanced parenthesis at position 3"),
        ("*a", "nothing to repeat at position 0"),
        ("a**", "multiple repeat at position 2"),
        ("^*", "nothing to repeat at position 1"),
        ("[abc", "unterminated character set at position 0"),
        (#"\q"#, #"bad escape \q at position 0"#),
        ("[z-a]", "bad character range z-a at position 1"),
        ("(?P<n>a)(?P<n>b)", "redefinition of group name 'n' as group 2; was group 1 at position 12"),
        (#"(a)\2"#, "invalid group reference 2 at position 4"),
        ("(?<=a+)b", "look-behind requires fixed-width pattern"),
        ("a{3,1}", "min repeat greater than max repeat at position 2"),
        ("(?P<1a>x)", "bad character in group name '1a' at position 4"),
        ("(?P=nope)", "unknown group name 'nope' at position 4"),
        ("a(?i)b", "global flags not at the start of the expression at position 1"),
        ("(?(3)a|b)(c)", "invalid group reference 3 at position 3"),
        ("(?P<n>(?P=n))", "cannot refer to an open group at position 10"),
        (#"[\w-z]"#, #"bad character range \w-z at position 1"#),
        (#"[a\"#, "bad escape (end of pattern) at position 2"),
    ])
    func errorsUseCPythonsWording(_ pattern: String, _ expected: String) {
        #expect(compileError(pattern) == expected)
    }

    @Test func catastrophicBacktrackingHitsTheBudget() throws {
        let re = try RegexParser.compile("(a+)+$", flags: [])
        let input = (String(repeating: "a", count: 40) + "b").unicodeScalars.map(\.value)
        let m = RegexMatcher(input: input, end: input.count, groupCount: re.groupCount, budget: 100_000)
        #expect(throws: RegexMatcher.Failure.self) {
            _ = try m.find(re, from: 0, anchored: false, full: false, mustAdvance: false)
        }
    }

    @Test func longRunsOfSingleCharactersDoNotRecurse() throws {
        let subject = String(repeating: "ab ", count: 50_000)
        #expect(try search(#"^[ab ]*$"#, subject) == [0, 150_000])
        #expect(try search(#".*b"#, subject) == [0, 149_999])
    }
}
