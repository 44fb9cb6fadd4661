import Testing
@testable import LoopscopeEngine

// Dispatch to user-defined special methods. Classes are built directly
// (no VM yet) with native functions standing in for Python methods; the
// runtime must treat them exactly as it would user functions.

func userClass(_ name: String, bases: [PyType] = [BuiltinTypes.object], _ methods: [String: (Interpreter, Arguments) throws -> Value]) -> PyType {
    var dict: [String: Value] = [:]
    for (k, f) in methods { dict[k] = .object(PyNativeFunction(k, f)) }
    return PyType(name: name, module: "__main__", bases: bases, dict: dict, isBuiltin: false)
}

func instance(_ cls: PyType, _ attrs: [String: Value] = [:]) -> Value {
    let o = PyInstance(cls: cls)
    o.dict = AttributeDict(attrs)
    return .object(o)
}

func attr(_ v: Value, _ name: String) -> Value {
    if case .object(let o) = v, let i = o as? PyInstance { return i.dict[name] ?? .none }
    return .none
}

@Suite struct RuntimeDunderTests {
    let interp = makeInterp()

    @Test func reprAndStrDispatch() throws {
        let point = userClass("Point", ["__repr__": { i, a in .str("Point(\(try i.repr(attr(a[0], "x"))))") }])
        let p = instance(point, ["x": .int(1)])
        #expect(try interp.repr(p) == "Point(1)")
        #expect(try interp.str(p) == "Point(1)")
        #expect(try interp.repr(list([p, p])) == "[Point(1), Point(1)]")
        let plain = instance(userClass("Plain", [:]))
        #expect(try interp.repr(plain).hasPrefix("<__main__.Plain object at 0x"))
        let bad = instance(userClass("Bad", ["__repr__": { _, _ in .int(1) }]))
        #expect(interp.outcome { .str(try interp.repr(bad)) } == "TypeError: __repr__ returned non-string (type int)")
        let s = instance(userClass("S", ["__str__": { _, _ in .str("nice") }]))
        #expect(try interp.str(s) == "nice")
        #expect(try interp.repr(s).hasPrefix("<__main__.S object"))
        #expect(try interp.format(s, "") == "nice")
        #expect(interp.outcome { .str(try interp.format(s, "x")) } == "TypeError: unsupported format string passed to S.__format__")
    }

    @Test func equalityAndHashing() throws {
        let eqOnly = userClass("E", ["__eq__": { _, a in .bool(true) }])
        #expect(interp.outcome { .int(try interp.hash(instance(eqOnly))) } == "TypeError: unhashable type: 'E'")
        #expect(try interp.compare(.eq, instance(eqOnly), .int(5)).isIdentical(to: .bool(true)))
        #expect(try interp.compare(.ne, instance(eqOnly), .int(5)).isIdentical(to: .bool(false)))
        let keyed = userClass("K", [
            "__eq__": { i, a in
                guard case .object(let o) = a[1], o is PyInstance else { return .notImplemented }
                return try i.compare(.eq, attr(a[0], "k"), attr(a[1], "k"))
            },
            "__hash__": { i, a in .int(try i.hash(attr(a[0], "k"))) },
        ])
        let d = try interp.builtin("dict", [])
        try interp.setItem(d, instance(keyed, ["k": .str("a")]), .int(1))
        #expect(try interp.repr(interp.getItem(d, instance(keyed, ["k": .str("a")]))) == "1")
        #expect(try interp.compare(.eq, instance(keyed, ["k": .int(1)]), .int(1)).isIdentical(to: .bool(false)))
        let plain = userClass("P", [:])
        let a = instance(plain), b = instance(plain)
        #expect(try interp.hash(a) != interp.hash(b))
        #expect(try interp.compare(.eq, a, a).isIdentical(to: .bool(true)))
        #expect(try interp.compare(.eq, a, b).isIdentical(to: .bool(false)))
        #expect(interp.outcome { try interp.compare(.lt, a, b) } == "TypeError: '<' not supported between instances of 'P' and 'P'")
    }

    @Test func binaryOperatorsWithReflectionAndNotImplemented() throws {
        let money = userClass("Money", [
            "__add__": { i, a in
                guard case .int(let n) = a[1] else { return .notImplemented }
                return .str("add \(n)")
            },
            "__radd__": { _, a in .str("radd \(try makeInterp().repr(a[1]))") },
        ])
        let m = instance(money)
        #expect(try interp.repr(interp.binaryOp(.add, m, .int(2))) == "'add 2'")
        #expect(try interp.repr(interp.binaryOp(.add, .float(1.5), m)) == "'radd 1.5'")
        #expect(interp.outcome { try interp.binaryOp(.add, m, .str("x")) } == "TypeError: unsupported operand type(s) for +: 'Money' and 'str'")
        #expect(interp.outcome { try interp.binaryOp(.sub, m, .int(1)) } == "TypeError: unsupported operand type(s) for -: 'Money' and 'int'")
        let base = userClass("Base", ["__mul__": { _, _ in .str("base") }])
        let derived = userClass("Derived", bases: [base], ["__rmul__": { _, _ in .str("derived") }])
        #expect(try interp.repr(interp.binaryOp(.mul, instance(base), instance(derived))) == "'derived'")
        #expect(try interp.repr(interp.unaryOp(.neg, instance(userClass("N", ["__neg__": { _, _ in .int(-1) }])))) == "-1")
        #expect(interp.outcome { try interp.unaryOp(.neg, instance(base)) } == "TypeError: bad operand type for unary -: 'Base'")
        let acc = userClass("Acc", ["__iadd__": { _, a in .str("iadd") }, "__add__": { _, _ in .str("add") }])
        #expect(try interp.repr(interp.binaryOp(.add, instance(acc), .int(1), inplace: true)) == "'iadd'")
        #expect(try interp.repr(interp.binaryOp(.add, instance(acc), .int(1))) == "'add'")
    }

    @Test func orderingUsesReflectedMethods() throws {
        let item = userClass("Item", ["__lt__": { i, a in
            guard case .object(let o) = a[1], o is PyInstance else { return .notImplemented }
            return try i.compare(.lt, attr(a[0], "v"), attr(a[1], "v"))
        }])
        let items = list([3, 1, 2].map { instance(item, ["v": .int($0)]) })
        let sorted = try interp.builtin("sorted", [items])
        #expect(try interp.toArray(sorted).map { try interp.repr(attr($0, "v")) } == ["1", "2", "3"])
        #expect(try interp.compare(.gt, instance(item, ["v": .int(5)]), instance(item, ["v": .int(1)])).isIdentical(to: .bool(true)))
        #expect(try interp.repr(interp.builtin("max", [items])).hasPrefix("<__main__.Item"))
    }

    @Test func truthinessLengthIterationAndContainment() throws {
        let empty = userClass("Empty", ["__len__": { _, _ in .int(0) }])
        #expect(try interp.truthy(instance(empty)) == false)
        let neg = userClass("Neg", ["__len__": { _, _ in .int(-1) }])
        #expect(interp.outcome { .int(try interp.length(instance(neg))) } == "ValueError: __len__() should return >= 0")
        let badBool = userClass("BB", ["__bool__": { _, _ in .int(1) }])
        #expect(interp.outcome { .bool(try interp.truthy(instance(badBool))) } == "TypeError: __bool__ should return bool, returned int")
        #expect(interp.outcome { .int(try interp.length(instance(badBool))) } == "TypeError: object of type 'BB' has no len()")

        let countdown = userClass("Countdown", [
            "__iter__": { _, a in a[0] },
            "__next__": { i, a in
                guard case .object(let o) = a[0], let inst = o as? PyInstance, case .int(let n) = inst.dict["n"] ?? .none, n > 0 else {
                    throw PyError(PyException(type: BuiltinTypes.stopIteration, args: []))
                }
                inst.dict["n"] = .int(n - 1)
                return .int(n)
            },
        ])
        #expect(try interp.repr(.list(interp.toArray(instance(countdown, ["n": .int(3)])))) == "[3, 2, 1]")
        let seq = userClass("Seq", ["__getitem__": { i, a in
            guard case .int(let n) = a[1], n < 3 else { throw PyError(BuiltinTypes.indexError, "done") }
            return .int(n * 10)
        }])
        #expect(try interp.repr(.list(interp.toArray(instance(seq)))) == "[0, 10, 20]")
        #expect(try interp.contains(instance(seq), .int(20)))
        #expect(try interp.repr(interp.getItem(instance(seq), .int(1))) == "10")
        let box = userClass("Box", ["__contains__": { _, a in .int(1) }])
        #expect(try interp.contains(instance(box), .str("anything")))
        #expect(interp.outcome { .bool(try interp.contains(instance(empty), .int(1))) } == "TypeError: argument of type 'Empty' is not iterable")
        #expect(interp.outcome { try interp.getIter(instance(empty)) } == "TypeError: 'Empty' object is not iterable")
        let idx = userClass("Idx", ["__index__": { _, _ in .int(1) }])
        #expect(try interp.repr(interp.getItem(ints([7, 8]), instance(idx))) == "8")
    }

    @Test func userExceptionsAndObjectConstruction() throws {
        let myError = userClass("MyError", bases: [BuiltinTypes.exception], [:])
        guard case .object(let newFn)? = myError.lookup("__new__"), let f = newFn as? PyNativeFunction else { Issue.record("no __new__"); return }
        let e = try f.body(interp, Arguments([.object(myError), .str("boom")]))
        #expect(try interp.repr(e) == "MyError('boom')")
        #expect(try interp.str(e) == "boom")
        guard case .object(let eo) = e, let exc = eo as? PyException else { Issue.record("not an exception"); return }
        #expect(exc.pyType === myError)
        let plain = userClass("Plain", [:])
        #expect(interp.outcome { try ObjectMethods.objectNew.body(interp, Arguments([.object(plain), .int(1)])) } == "TypeError: Plain() takes no arguments")
        let withInit = userClass("WithInit", ["__init__": { _, _ in .none }])
        #expect(try interp.repr(ObjectMethods.objectNew.body(interp, Arguments([.object(withInit), .int(1)]))).hasPrefix("<__main__.WithInit object"))
        #expect(try interp.builtin("isinstance", [e, .object(BuiltinTypes.exception)]).isIdentical(to: .bool(true)))
        #expect(try interp.builtin("isinstance", [e, tuple([.object(BuiltinTypes.valueError), .object(myError)])]).isIdentical(to: .bool(true)))
    }
}
