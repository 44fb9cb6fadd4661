import Testing
@testable import LoopscopeEngine

// Containers: CPython's set table order, dict insertion order, list
// operations, sort stability, reprs (expected values from python3).

@Suite struct RuntimeContainerTests {
    let interp = makeInterp()

    func set(_ items: [Int]) throws -> Value { try interp.builtin("set", [ints(items)]) }
    func range(_ a: Int, _ b: Int, _ c: Int = 1) throws -> Value { try interp.builtin("range", [.int(a), .int(b), .int(c)]) }
    func setOf(_ v: Value) throws -> Value { try interp.builtin("set", [v]) }
    func r(_ v: Value) throws -> String { try interp.repr(v) }

    @Test func setIterationOrderFollowsCPythonsTable() throws {
        #expect(try r(set([3, 1, 2])) == "{1, 2, 3}")
        #expect(try r(set([10, 3])) == "{10, 3}")
        #expect(try r(set([100, 5, 37, 8, 64, 1000, -1, -5])) == "{64, 100, 37, 5, 8, 1000, -5, -1}")
        #expect(try r(setOf(range(0, 200, 7))) == "{0, 133, 7, 140, 14, 147, 21, 154, 28, 161, 35, 168, 42, 175, 49, 182, 56, 189, 63, 196, 70, 77, 84, 91, 98, 105, 112, 119, 126}")
        #expect(try r(set((0..<30).map { $0 * $0 })) == "{0, 1, 256, 4, 9, 16, 144, 400, 529, 784, 25, 289, 36, 676, 169, 49, 441, 64, 576, 196, 324, 841, 81, 729, 225, 100, 484, 361, 625, 121}")
        let s = try setOf(range(0, 20))
        for i in stride(from: 0, to: 20, by: 3) { _ = try interp.method(s, "discard", [.int(i)]) }
        _ = try interp.method(s, "add", [.int(100)])
        _ = try interp.method(s, "add", [.int(33)])
        #expect(try r(s) == "{1, 2, 4, 5, 7, 8, 10, 11, 13, 14, 16, 17, 19, 33, 100}")
        #expect(try r(setOf(list([.int(5), .int(9), .int(13), .int(1 << 40), .int(-7), .float(1.5), .bool(true)]))) == "{1099511627776, 1.5, True, 5, 9, 13, -7}")
        let s2 = try interp.builtin("set", [])
        for i in [64, 128, 0, 8, 16, 32] { _ = try interp.method(s2, "add", [.int(i)]) }
        #expect(try r(s2) == "{64, 0, 128, 32, 8, 16}")
        #expect(try r(setOf(range(100, 0, -9))) == "{64, 1, 100, 37, 73, 10, 46, 82, 19, 55, 91, 28}")
    }

    @Test func setAlgebraMatchesCPythonOrder() throws {
        let a = try setOf(range(0, 10)), b = try setOf(range(5, 15))
        #expect(try r(interp.binaryOp(.bitor, a, b)) == "{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14}")
        #expect(try r(interp.binaryOp(.bitand, a, b)) == "{5, 6, 7, 8, 9}")
        #expect(try r(interp.binaryOp(.sub, a, b)) == "{0, 1, 2, 3, 4}")
        #expect(try r(interp.binaryOp(.bitxor, a, b)) == "{0, 1, 2, 3, 4, 10, 11, 12, 13, 14}")
        #expect(try r(interp.binaryOp(.sub, b, a)) == "{10, 11, 12, 13, 14}")
        let c = try set([1, 50, 99, 1000]), d = try setOf(range(0, 100))
        #expect(try r(interp.binaryOp(.bitand, c, d)) == "{1, 50, 99}")
        #expect(try r(interp.binaryOp(.bitand, d, c)) == "{1, 50, 99}")
        #expect(try r(interp.method(c, "union", [ints([7, 8]), tuple([.int(2000)])])) == "{1, 99, 7, 1000, 8, 2000, 50}")
        let p = try setOf(range(0, 12))
        var popped: [String] = []
        for _ in 0..<4 { popped.append(try r(interp.method(p, "pop"))) }
        #expect(popped == ["0", "1", "2", "3"])
        #expect(try r(p) == "{4, 5, 6, 7, 8, 9, 10, 11}")
        #expect(try r(interp.compare(.le, set([1, 2]), set([1, 2, 3]))) == "True")
        #expect(try r(interp.compare(.lt, set([1, 2]), set([1, 2]))) == "False")
        #expect(try r(interp.compare(.eq, set([1, 2]), interp.builtin("frozenset", [ints([2, 1])]))) == "True")
        #expect(try r(setOf(interp.typeFunction(BuiltinTypes.dict, "fromkeys", [ints([5, 3, 1, 40])]))) == "{40, 1, 3, 5}")
    }

    @Test func frozensetHashMatchesCPython() throws {
        #expect(try interp.hash(interp.builtin("frozenset", [ints([3, 1, 2])])) == -272375401224217160)
        #expect(try interp.hash(interp.builtin("frozenset", [])) == 133146708735736)
        #expect(try interp.hash(interp.builtin("frozenset", [range(0, 100)])) == 4411996150312757951)
        #expect(try r(interp.builtin("frozenset", [ints([3, 1, 2])])) == "frozenset({1, 2, 3})")
    }

    @Test func hashesMatchCPython() throws {
        #expect(try interp.hash(.int(-1)) == -2)
        #expect(try interp.hash(.float(1.5)) == 1152921504606846977)
        #expect(try interp.hash(tuple([.int(1), .int(2)])) == -3550055125485641917)
        #expect(try interp.hash(tuple([])) == 5740354900026072187)
        #expect(try interp.hash(big("2305843009213693952")) == 1)
        #expect(try interp.hash(big("-1180591620717411303424")) == -512)
        #expect(try interp.hash(.float(1e300)) == 1224995262755759164)
        #expect(try interp.hash(.float(Double.leastNonzeroMagnitude)) == 16777216)
        #expect(try interp.hash(.float(2.0)) == interp.hash(.int(2)))
        #expect(interp.outcome { .int(try interp.hash(ints([]))) } == "TypeError: unhashable type: 'list'")
    }

    @Test func hashesFeedingSetOrderMatchCPython() throws {
        #expect(try interp.hash(.str("")) == 0)
        #expect(try interp.hash(tuple([.str("")])) == -8753497827991233192)
        #expect(try interp.hash(.float(-1.0)) == -2)
        #expect(try interp.hash(tuple([.int(-1)])) == 8078679518589016365)
        #expect(try interp.hash(tuple([.int(-1), .int(-2)])) == 960947337673586213)
        #expect(try interp.hash(big("-2305843009213693951")) == 0)
        #expect(try interp.hash(.int(2305843009213693950)) == 2305843009213693950)
        #expect(try interp.hash(.float(-0.5)) == -1152921504606846976)
        #expect(try interp.hash(.float(18446744073709551616.0)) == 8)
        #expect(try interp.hash(.float(-1e-300)) == -482449582752280463)
    }

    /// CPython folds a display of 3+ constants into a frozenset that is built
    /// twice over, so its order differs from set([...]) of the same items.
    @Test func constantSetDisplayLayoutMatchesCPython() throws {
        func display(_ items: [Value]) throws -> Value { .object(try PySetBase.constantDisplay(items, interp)) }
        #expect(try r(display([.int(-1), .int(-2), .int(7)])) == "{-2, -1, 7}")
        #expect(try r(set([-1, -2, 7])) == "{7, -1, -2}")
        #expect(try r(display([.int(5), .int(-3), .int(9)])) == "{9, 5, -3}")
        #expect(try r(interp.builtin("frozenset", [display([.int(5), .int(-3), .int(9)])])) == "frozenset({9, 5, -3})")
        #expect(try r(display([.int(1), .int(9), .int(17), .int(25)])) == "{1, 17, 25, 9}")
        #expect(try r(display([.float(0.5), .int(-1), .str(""), tuple([.int(1), .int(-1)])])) == "{0.5, '', (1, -1), -1}")
    }

    @Test func dictKeepsInsertionOrderAcrossDeletion() throws {
        let d = try interp.builtin("dict", [])
        for (k, v) in [("b", 1), ("a", 2), ("c", 3)] { try interp.setItem(d, .str(k), .int(v)) }
        try interp.delItem(d, .str("a"))
        try interp.setItem(d, .str("a"), .int(4))
        try interp.setItem(d, .int(1), .str("one"))
        try interp.setItem(d, .float(1.0), .str("uno"))
        try interp.setItem(d, .bool(true), .str("T"))
        #expect(try r(d) == "{'b': 1, 'c': 3, 'a': 4, 1: 'T'}")
        #expect(try r(interp.method(d, "keys")) == "dict_keys(['b', 'c', 'a', 1])")
        #expect(try r(interp.method(d, "items")) == "dict_items([('b', 1), ('c', 3), ('a', 4), (1, 'T')])")
        #expect(try r(interp.method(d, "popitem")) == "(1, 'T')")
        #expect(try r(interp.method(d, "pop", [.str("zz"), .int(0)])) == "0")
        #expect(interp.outcome { try interp.getItem(d, .str("x")) } == "KeyError: 'x'")
        #expect(interp.outcome { try interp.method(interp.builtin("dict", []), "popitem") } == "KeyError: 'popitem(): dictionary is empty'")
        #expect(try r(interp.builtin("dict", [list([tuple([.str("x"), .int(1)])])], kw: [("y", .int(2))])) == "{'x': 1, 'y': 2}")
        #expect(try r(interp.binaryOp(.bitor, d, dict([(.str("b"), .none), (.str("z"), .int(9))]))) == "{'b': None, 'c': 3, 'a': 4, 'z': 9}")
        #expect(try r(interp.method(d, "setdefault", [.str("q"), ints([])])) == "[]")
        #expect(try r(interp.method(d, "get", [.str("nope")])) == "None")
    }

    @Test func dictIterationDetectsSizeChange() throws {
        let d = dict([(.int(1), .int(1)), (.int(2), .int(2))])
        let it = try interp.getIter(d)
        _ = try interp.next(it)
        try interp.setItem(d, .int(3), .int(3))
        #expect(interp.outcome { try interp.next(it) ?? .none } == "RuntimeError: dictionary changed size during iteration")
    }

    @Test func dictSurvivesManyInsertionsAndDeletions() throws {
        let d = try interp.builtin("dict", [])
        for i in 0..<2000 { try interp.setItem(d, .int(i), .int(i * 2)) }
        for i in stride(from: 0, to: 2000, by: 2) { try interp.delItem(d, .int(i)) }
        #expect(try interp.length(d) == 1000)
        #expect(try r(interp.getItem(d, .int(1999))) == "3998")
        #expect(try interp.contains(d, .int(1000)) == false)
        let keys = try interp.toArray(d)
        #expect(try r(keys[0]) == "1")
        #expect(try r(keys[999]) == "1999")
    }

    @Test func containerReprsIncludingRecursion() throws {
        let l = PyList([.int(1)])
        l.items.append(.object(l))
        #expect(try r(.object(l)) == "[1, [...]]")
        let d = PyDict()
        try d.set(.str("self"), .object(d), interp)
        #expect(try r(.object(d)) == "{'self': {...}}")
        #expect(try r(tuple([.int(1)])) == "(1,)")
        #expect(try r(tuple([])) == "()")
        #expect(try r(interp.builtin("set", [])) == "set()")
        #expect(try r(range(0, 5)) == "range(0, 5)")
        #expect(try r(range(0, 5, 2)) == "range(0, 5, 2)")
        #expect(try r(.object(PySlice(start: .int(1), stop: .int(2), step: .none))) == "slice(1, 2, None)")
        #expect(try r(.notImplemented) == "NotImplemented")
        #expect(try r(.ellipsis) == "Ellipsis")
        #expect(try r(.object(PyException(type: BuiltinTypes.valueError, args: [.str("a"), .int(1)]))) == "ValueError('a', 1)")
        #expect(try interp.str(.object(PyException(type: BuiltinTypes.valueError, args: [.str("a"), .int(1)]))) == "('a', 1)")
        #expect(try interp.str(.object(PyException(type: BuiltinTypes.keyError, args: [.str("a")]))) == "'a'")
        #expect(try r(.object(BuiltinTypes.int)) == "<class 'int'>")
        var nested: Value = ints([])
        for _ in 0..<5000 { nested = list([nested]) }
        #expect(interp.outcome { .str(try interp.repr(nested)) }.hasPrefix("RecursionError"))
    }

    @Test func listOperations() throws {
        let l = ints([5, 3, 8])
        _ = try interp.method(l, "append", [.int(1)])
        _ = try interp.method(l, "insert", [.int(-1), .int(9)])
        _ = try interp.method(l, "extend", [tuple([.int(7)])])
        #expect(try r(l) == "[5, 3, 8, 9, 1, 7]")
        #expect(try r(interp.method(l, "pop", [.int(0)])) == "5")
        _ = try interp.method(l, "remove", [.int(9)])
        #expect(try r(l) == "[3, 8, 1, 7]")
        try interp.setItem(l, .object(PySlice(start: .int(1), stop: .int(3), step: .none)), ints([0, 0, 0]))
        #expect(try r(l) == "[3, 0, 0, 0, 7]")
        try interp.delItem(l, .object(PySlice(start: .none, stop: .none, step: .int(2))))
        #expect(try r(l) == "[0, 0]")
        #expect(interp.outcome { try interp.method(l, "index", [.int(3)]) } == "ValueError: 3 is not in list")
        #expect(interp.outcome { try interp.method(ints([]), "pop") } == "IndexError: pop from empty list")
        #expect(interp.outcome { try interp.method(l, "pop", [.int(1), .int(2)]) } == "TypeError: pop expected at most 1 argument, got 2")
        #expect(interp.outcome { try interp.method(l, "append") } == "TypeError: list.append() takes exactly one argument (0 given)")
        #expect(interp.outcome { try interp.getItem(l, .int(5)) } == "IndexError: list index out of range")
        #expect(interp.outcome { try interp.setItem(l, .object(PySlice(start: .none, stop: .none, step: .int(2))), ints([1, 2])); return .none } == "ValueError: attempt to assign sequence of size 2 to extended slice of size 1")
        #expect(try r(interp.binaryOp(.mul, ints([1, 2]), .int(2))) == "[1, 2, 1, 2]")
        #expect(try r(interp.compare(.lt, ints([1, 2]), ints([1, 2, 0]))) == "True")
        #expect(interp.outcome { try interp.compare(.lt, ints([1, 2]), list([.int(1), .str("a")])) } == "TypeError: '<' not supported between instances of 'int' and 'str'")
        let acc = ints([1])
        let same = try interp.binaryOp(.add, acc, tuple([.int(2)]), inplace: true)
        #expect(same.isIdentical(to: acc))
        #expect(try r(acc) == "[1, 2]")
        #expect(interp.outcome { try interp.binaryOp(.add, ints([1]), tuple([.int(1)])) } == "TypeError: can only concatenate list (not \"tuple\") to list")
    }

    @Test func sortIsStableWithKeyAndReverse() throws {
        let words = list(["pear", "fig", "apple", "kiwi", "date", "plum"].map { .str($0) })
        let len = try #require(interp.makeBuiltins()["len"])
        _ = try interp.method(words, "sort", kw: [("key", len)])
        #expect(try r(words) == "['fig', 'pear', 'kiwi', 'date', 'plum', 'apple']")
        _ = try interp.method(words, "sort", kw: [("key", len), ("reverse", .bool(true))])
        #expect(try r(words) == "['apple', 'pear', 'kiwi', 'date', 'plum', 'fig']")
        var many = (0..<500).map { Value.int(($0 * 7919) % 1000) }
        try interp.sortValues(&many, key: nil, reverse: false)
        let sortedInts = many.compactMap { v -> Int? in if case .int(let i) = v { return i }; return nil }
        #expect(sortedInts == sortedInts.sorted())
        let mixed = list([.int(3), .float(1.5), .bool(true), .int(-2)])
        #expect(try r(interp.builtin("sorted", [mixed])) == "[-2, True, 1.5, 3]")
        #expect(interp.outcome { try interp.builtin("sorted", [list([.int(1), .str("a")])]) } == "TypeError: '<' not supported between instances of 'str' and 'int'")
    }
}
