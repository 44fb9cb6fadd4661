import Testing
@testable import LoopscopeEngine

// The random module reproduces CPython 3.11's sequences bit for bit
// (expected values printed by python3 with the same seeds).

@Suite struct RuntimeRandomTests {
    let interp = makeInterp()

    func module() throws -> [String: Value] { try interp.makeRandomModule().dict }

    func call(_ name: String, _ args: [Value] = [], kw: Keywords = []) throws -> Value {
        guard case .object(let o)? = try module()[name], let f = o as? PyNativeFunction else { throw PyError(BuiltinTypes.nameError, name) }
        return try f.body(interp, Arguments(args, keywords: kw))
    }

    func r(_ v: Value) throws -> String { try interp.repr(v) }
    func rs(_ vs: [Value]) throws -> String { try vs.map { try interp.repr($0) }.joined(separator: " ") }

    @Test func seededIntegersAndFloats() throws {
        _ = try call("seed", [.int(42)])
        #expect(try rs((0..<5).map { _ in try call("randint", [.int(1), .int(100)]) }) == "82 15 4 95 36")
        _ = try call("seed", [.int(42)])
        #expect(try rs((0..<3).map { _ in try call("random") }) == "0.6394267984578837 0.025010755222666936 0.27502931836911926")
        _ = try call("seed", [.int(0)])
        #expect(try rs([8, 32, 33, 100].map { try call("getrandbits", [.int($0)]) }) == "216 1654615998 7550356652 1208935935994293442776782246997")
        _ = try call("seed", [.int(12345)])
        let picks = [try call("randrange", [.int(10)]), try call("randrange", [.int(5), .int(50), .int(5)]),
                     try call("randrange", [.int(100), .int(0), .int(-7)]), try call("randrange", [big("1180591620717411303424")])]
        #expect(try rs(picks) == "6 5 9 715786213637671140301")
    }

    @Test func shuffleChoiceSample() throws {
        _ = try call("seed", [.int(7)])
        let l = try interp.builtin("list", [interp.builtin("range", [.int(10)])])
        _ = try call("shuffle", [l])
        #expect(try r(l) == "[8, 3, 1, 4, 7, 0, 9, 6, 2, 5]")
        _ = try call("seed", [.int(7)])
        #expect(try r(call("choice", [.str("abcdef")])) == "'c'")
        #expect(try r(call("choice", [ints([1, 2, 3])])) == "1")
        #expect(try r(call("sample", [interp.builtin("range", [.int(100)]), .int(5)])) == "[50, 83, 6, 9, 68]")
        #expect(try r(call("sample", [list(["a", "b", "c", "d"].map { .str($0) }), .int(2)])) == "['a', 'b']")
        _ = try call("seed", [.int(7)])
        #expect(try r(call("sample", [interp.builtin("range", [.int(1000)]), .int(30)])) == "[331, 970, 154, 404, 666, 49, 74, 840, 548, 96, 374, 596, 59, 931, 519, 219, 38, 88, 444, 428, 71, 246, 92, 564, 434, 60, 846, 579, 126, 228]")
        _ = try call("seed", [.int(5)])
        #expect(try r(call("sample", [list(["x", "y", "z"].map { .str($0) })], kw: [("counts", ints([3, 1, 2])), ("k", .int(4))])) == "['z', 'x', 'z', 'y']")
        #expect(interp.outcome { try call("choice", [ints([])]) } == "IndexError: Cannot choose from an empty sequence")
        #expect(interp.outcome { try call("randrange", [.int(0)]) } == "ValueError: empty range for randrange()")
    }

    @Test func distributionsAndSeedKinds() throws {
        _ = try call("seed", [.int(3)])
        let vals = [try call("uniform", [.int(1), .int(10)]), try call("uniform", [.int(5), .float(5.5)]),
                    try call("gauss", [.int(0), .int(1)]), try call("gauss", [.int(0), .int(1)]), try call("gauss", [.int(10), .int(2)])]
        #expect(try rs(vals) == "3.141681643827022 5.272114612647976 -0.931378367720707 0.9923772805192402 9.481690924613131")
        _ = try call("seed", [.str("hello")])
        #expect(try rs([call("random"), call("randint", [.int(1), .int(6)])]) == "0.3537754404730722 6")
        _ = try call("seed", [.int(-5)])
        #expect(try r(call("random")) == "0.6229016948897019")
        _ = try call("seed", [big("1267650600228229401496703205376")])
        #expect(try r(call("random")) == "0.7586581712996778")
        _ = try call("seed", [.float(1.5)])
        #expect(try r(call("random")) == "0.551763726942059")
        _ = try call("seed", [.int(9)])
        let more = [try call("choices", [.str("abc")], kw: [("k", .int(5))]),
                    try call("choices", [ints([1, 2, 3])], kw: [("weights", ints([1, 0, 5])), ("k", .int(4))]),
                    try call("normalvariate", [.int(0), .int(1)]), try call("expovariate", [.int(2)]),
                    try call("triangular", [.int(0), .int(10), .int(3)])]
        #expect(try rs(more) == "['b', 'b', 'a', 'c', 'a'] [3, 3, 1, 3] 0.20864925874028825 0.23822788331087386 5.44408378704813")
    }

    @Test func randomInstancesAndTheUnseededDefault() throws {
        // Unseeded: deterministic, same as seed(0).
        let fresh = makeInterp()
        guard case .object(let o)? = try fresh.makeRandomModule().dict["random"], let f = o as? PyNativeFunction else { return }
        #expect(try fresh.repr(f.body(fresh, Arguments())) == "0.8444218515250481")
        let inst = try interp.typeFunction(RandomType.type, "__new__", [.int(99)])
        #expect(try rs([interp.method(inst, "random"), interp.method(inst, "randint", [.int(1), .int(10)])]) == "0.40397807494366633 4")
    }
}
