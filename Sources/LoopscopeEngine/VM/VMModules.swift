// The small standard modules the VM provides: sys and math natively;
// functools, itertools, typing and contextlib written in Python (run as
// prelude modules, so their frames stay out of user tracebacks).

import Foundation

extension Interpreter {
    func native(_ name: String, _ body: @escaping (Interpreter, Arguments) throws -> Value) -> Value {
        .object(PyNativeFunction(name, body))
    }

    func makeSysModule() -> PyModule {
        let m = PyModule(name: "sys")
        let ns = m.namespace
        ns["argv"] = .list(argv.map { .str($0) })
        ns["stdout"] = .object(PyStdStream(.stdout))
        ns["stderr"] = .object(PyStdStream(.stderr))
        ns["version"] = .str("3.11.0 (loopscope)")
        ns["version_info"] = .tuple([.int(3), .int(11), .int(0), .str("final"), .int(0)])
        ns["platform"] = .str("loopscope")
        ns["maxsize"] = .int(Int.max)
        ns["byteorder"] = .str("little")
        ns["modules"] = dictValue(modules.sorted { $0.key < $1.key }.map { ($0.key, .object($0.value)) })
        ns["exit"] = native("exit") { _, args in
            let e = PyException(type: BuiltinTypes.systemExit, args: args.positional)
            throw PyError(e)
        }
        ns["getrecursionlimit"] = native("getrecursionlimit") { interp, _ in .int(interp.recursionLimit) }
        ns["setrecursionlimit"] = native("setrecursionlimit") { interp, args in
            guard args.count == 1, case .int(let n) = args[0] else {
                throw PyError(BuiltinTypes.typeError, "setrecursionlimit() takes exactly one argument")
            }
            if n < 1 { throw PyError(BuiltinTypes.valueError, "recursion limit must be greater or equal than 1") }
            // The Swift stack bounds nested native calls, not this limit; cap it
            // where deep Python recursion still fits comfortably in memory.
            interp.recursionLimit = min(n, 100_000)
            return .none
        }
        ns["exc_info"] = native("exc_info") { interp, _ in
            guard let e = interp.handledException(from: interp.currentFrame) else { return .tuple([.none, .none, .none]) }
            return .tuple([.object(e.pyType), .object(e), e.tracebackValue])
        }
        ns["exception"] = native("exception") { interp, _ in
            interp.handledException(from: interp.currentFrame).map { .object($0) } ?? .none
        }
        ns["intern"] = native("intern") { _, args in args.count > 0 ? args[0] : .none }
        addSysExtras(ns)
        return m
    }

    func makeMathModule() -> PyModule {
        let m = PyModule(name: "math")
        let ns = m.namespace
        ns["pi"] = .float(Double.pi)
        ns["e"] = .float(M_E)
        ns["tau"] = .float(2 * Double.pi)
        ns["inf"] = .float(Double.infinity)
        ns["nan"] = .float(Double.nan)
        func real(_ v: Value, _ fname: String) throws -> Double {
            // An int or float subclass (an IntEnum member) counts as its value.
            switch v.unboxed {
            case .int(let i): return Double(i)
            case .bool(let b): return b ? 1 : 0
            case .float(let d): return d
            case .bigint: return try PyInt.toDouble(v.unboxed)
            default: throw PyError(BuiltinTypes.typeError, "must be real number, not \(typeNameStatic(v))")
            }
        }
        func one(_ name: String, _ f: @escaping (Double) throws -> Double) {
            ns[name] = native(name) { _, args in
                guard args.count == 1 else { throw PyError(BuiltinTypes.typeError, "math.\(name)() takes exactly one argument (\(args.count) given)") }
                let r = try f(try real(args[0], name))
                let input = try real(args[0], name)
                if r.isNaN && !input.isNaN { throw PyError(BuiltinTypes.valueError, "math domain error") }
                return .float(r)
            }
        }
        one("sqrt") { x in if x < 0 { throw PyError(BuiltinTypes.valueError, "math domain error") }; return x.squareRoot() }
        one("exp") { Foundation.exp($0) }
        one("sin") { Foundation.sin($0) }
        one("cos") { Foundation.cos($0) }
        one("tan") { Foundation.tan($0) }
        one("asin") { Foundation.asin($0) }
        one("acos") { Foundation.acos($0) }
        one("atan") { Foundation.atan($0) }
        one("fabs") { Swift.abs($0) }
        one("log2") { x in if x <= 0 { throw PyError(BuiltinTypes.valueError, "math domain error") }; return Foundation.log2(x) }
        one("log10") { x in if x <= 0 { throw PyError(BuiltinTypes.valueError, "math domain error") }; return Foundation.log10(x) }
        one("degrees") { $0 * 180 / Double.pi }
        one("radians") { $0 * Double.pi / 180 }
        ns["log"] = native("log") { _, args in
            guard args.count >= 1 else { throw PyError(BuiltinTypes.typeError, "log expected at least 1 argument, got 0") }
            let x = try real(args[0], "log")
            if x <= 0 { throw PyError(BuiltinTypes.valueError, "math domain error") }
            if args.count > 1 {
                let b = try real(args[1], "log")
                return .float(Foundation.log(x) / Foundation.log(b))
            }
            return .float(Foundation.log(x))
        }
        ns["pow"] = native("pow") { _, args in
            guard args.count == 2 else { throw PyError(BuiltinTypes.typeError, "pow expected 2 arguments, got \(args.count)") }
            return .float(Foundation.pow(try real(args[0], "pow"), try real(args[1], "pow")))
        }
        ns["atan2"] = native("atan2") { _, args in
            guard args.count == 2 else { throw PyError(BuiltinTypes.typeError, "atan2 expected 2 arguments, got \(args.count)") }
            return .float(Foundation.atan2(try real(args[0], "atan2"), try real(args[1], "atan2")))
        }
        ns["hypot"] = native("hypot") { _, args in
            var s = 0.0
            for a in args.positional { let x = try real(a, "hypot"); s += x * x }
            return .float(s.squareRoot())
        }
        ns["copysign"] = native("copysign") { _, args in
            guard args.count == 2 else { throw PyError(BuiltinTypes.typeError, "copysign expected 2 arguments, got \(args.count)") }
            return .float(Double(signOf: try real(args[1], "copysign"), magnitudeOf: try real(args[0], "copysign")))
        }
        func toInt(_ d: Double) throws -> Value {
            if d.isNaN { throw PyError(BuiltinTypes.valueError, "cannot convert float NaN to integer") }
            if d.isInfinite { throw PyError(BuiltinTypes.overflowError, "cannot convert float infinity to integer") }
            if let i = Int(exactly: d) { return .int(i) }
            return VMBridge.bigint(String(format: "%.0f", d))
        }
        for (name, f) in [("floor", { (x: Double) in x.rounded(.down) }), ("ceil", { $0.rounded(.up) }), ("trunc", { $0.rounded(.towardZero) })] {
            ns[name] = native(name) { _, args in
                guard args.count == 1 else { throw PyError(BuiltinTypes.typeError, "math.\(name)() takes exactly one argument (\(args.count) given)") }
                let x = args[0].unboxed
                if case .int = x { return x }
                if case .bigint = x { return x }
                if case .bool(let b) = x { return .int(b ? 1 : 0) }
                return try toInt(f(try real(args[0], name)))
            }
        }
        ns["isclose"] = native("isclose") { _, args in
            guard args.count == 2 else { throw PyError(BuiltinTypes.typeError, "isclose() takes exactly 2 positional arguments (\(args.count) given)") }
            let a = try real(args[0], "isclose"), b = try real(args[1], "isclose")
            let rel = try args.keyword("rel_tol").map { try real($0, "isclose") } ?? 1e-9
            let abs = try args.keyword("abs_tol").map { try real($0, "isclose") } ?? 0
            if a == b { return .bool(true) }
            if a.isInfinite || b.isInfinite { return .bool(false) }
            let diff = Swift.abs(b - a)
            return .bool(diff <= Swift.abs(rel * b) || diff <= Swift.abs(rel * a) || diff <= abs)
        }
        ns["isinf"] = native("isinf") { _, args in .bool(try real(args.count > 0 ? args[0] : .none, "isinf").isInfinite) }
        ns["isnan"] = native("isnan") { _, args in .bool(try real(args.count > 0 ? args[0] : .none, "isnan").isNaN) }
        ns["isfinite"] = native("isfinite") { _, args in .bool(try real(args.count > 0 ? args[0] : .none, "isfinite").isFinite) }
        ns["fsum"] = native("fsum") { interp, args in
            guard args.count == 1 else { throw PyError(BuiltinTypes.typeError, "fsum() takes exactly one argument") }
            var s = 0.0, c = 0.0
            for v in try interp.sequenceItems(args[0]) {
                let y = try real(v, "fsum") - c
                let t = s + y
                c = (t - s) - y
                s = t
            }
            return .float(s)
        }
        ns["prod"] = native("prod") { interp, args in
            guard args.count == 1 else { throw PyError(BuiltinTypes.typeError, "prod() takes exactly one positional argument") }
            var result = args.keyword("start") ?? .int(1)
            let it = try interp.getIter(args[0])
            while let x = try interp.next(it) { result = try interp.binaryOp(.mul, result, x) }
            return result
        }
        addMathIntegerFunctions(ns)
        return m
    }

    func makeItertoolsModule() -> PyModule {
        (try? executeModuleSource(PreludeSources.itertools, name: "itertools")) ?? PyModule(name: "itertools")
    }

    func makeContextlibModule() throws -> PyModule {
        try executeModuleSource(PreludeSources.contextlib, name: "contextlib")
    }
}

func typeNameStatic(_ v: Value) -> String {
    switch v {
    case .none: return "NoneType"
    case .bool: return "bool"
    case .int, .bigint: return "int"
    case .float: return "float"
    case .str: return "str"
    case .object(let o): return o.pyType.name
    }
}
