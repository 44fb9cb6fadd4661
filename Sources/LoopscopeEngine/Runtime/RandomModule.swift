#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import BigInt

// `random`: CPython 3.11's Lib/random.py on top of
// its Mersenne Twister, bit for bit. Differences: `seed()` without an
// argument (and the initial state) use seed 0 instead of OS entropy, so
// runs are reproducible.

/// A `random.Random` instance; the module's functions use a shared one.
public final class PyRandom: PyObject {
    let mt = MersenneTwister(seed: 0)
    var gaussNext: Double?
    public override var pyType: PyType { RandomType.type }

    func getrandbits(_ k: Int) -> Value {
        if k <= 0 { return .int(0) }
        let words = mt.randomWords(bits: k)
        if k <= 62 {
            var v: UInt64 = 0
            for (i, w) in words.enumerated() { v |= UInt64(w) << (32 * UInt64(i)) }
            return .int(Int(v))
        }
        var words64: [UInt] = []
        var i = 0
        while i < words.count {
            let lo = UInt(words[i]), hi = i + 1 < words.count ? UInt(words[i + 1]) : 0
            words64.append(lo | (hi << 32))
            i += 2
        }
        return Value.integer(BigInt(BigUInt(words: words64)))
    }

    /// _randbelow_with_getrandbits.
    func randbelow(_ n: Int) -> Int {
        if n <= 0 { return 0 }
        let k = Int.bitWidth - n.leadingZeroBitCount
        while true {
            guard case .int(let r) = getrandbits(k) else { return 0 }
            if r < n { return r }
        }
    }

    func randbelowBig(_ n: BigInt) -> BigInt {
        let k = n.magnitude.bitWidth
        while true {
            let r = PyInt.big(getrandbits(k)) ?? 0
            if r < n { return r }
        }
    }

    func seed(_ interp: Interpreter, _ a: Value, version: Int) throws {
        gaussNext = nil
        switch a {
        case .none: mt.seed32Words([0])
        case .int, .bigint:
            mt.seed32Words(RandomType.words(BigUInt(PyInt.big(a)?.magnitude ?? 0)))
        case .str(let s):
            if version == 1 {
                // Version 1 hashing of str seeds.
                let u = Array(s.unicodeScalars)
                var x: UInt64 = u.isEmpty ? 0 : UInt64(u[0].value) << 7
                for c in u { x = (1000003 &* x) ^ UInt64(c.value) }
                x ^= UInt64(u.count)
                let v = Int64(bitPattern: x) == -1 ? BigInt(-2) : BigInt(Int64(bitPattern: x))
                mt.seed32Words(RandomType.words(v.magnitude))
                return
            }
            let bytes = Array(s.utf8)
            let all = bytes + SHA512.digest(bytes)
            var n = BigUInt(0)
            for b in all { n = (n << 8) | BigUInt(b) }
            mt.seed32Words(RandomType.words(n))
        default:
            // CPython seeds other hashable objects (floats) with their hash as size_t.
            let h = try interp.hash(a)
            mt.seed32Words(MersenneTwister.words(of: UInt64(bitPattern: Int64(h))))
        }
    }
}

enum RandomType {
    nonisolated(unsafe) static let type = PyType(name: "Random", module: "random", bases: [BuiltinTypes.object], dict: methods, isBuiltin: true)

    static func words(_ n: BigUInt) -> [UInt32] {
        var out: [UInt32] = []
        for w in n.words {
            out.append(UInt32(truncatingIfNeeded: w))
            out.append(UInt32(truncatingIfNeeded: w >> 32))
        }
        while out.count > 1 && out.last == 0 { out.removeLast() }
        return out.isEmpty ? [0] : out
    }

    static func receiver(_ a: Arguments, _ name: String) throws -> PyRandom {
        guard a.count > 0, case .object(let o) = a[0], let r = o as? PyRandom else {
            throw typeError("descriptor '\(name)' requires a 'Random' object")
        }
        return r
    }

    static func int(_ interp: Interpreter, _ v: Value, _ what: String) throws -> Value {
        switch v {
        case .int, .bigint: return v
        case .bool(let b): return .int(b ? 1 : 0)
        case .float(let d):
            if d.rounded(.towardZero) == d, d.isFinite { return try IntMethods.floatToInt(d) }
            throw valueError("non-integer \(what) for randrange()")
        default:
            return try interp.integerValue(v, "'\(interp.pyTypeName(v))' object cannot be interpreted as an integer")
        }
    }

    static func randrange(_ interp: Interpreter, _ r: PyRandom, _ start: Value, _ stop: Value?, _ step: Value?) throws -> Value {
        let istart = try int(interp, start, "arg 1")
        guard let stop = stop, !stop.isNone else {
            if step != nil { throw typeError("Missing a non-None stop argument") }
            if case .int(let n) = istart, n > 0 { return .int(r.randbelow(n)) }
            if let b = PyInt.big(istart), b > 0 { return Value.integer(r.randbelowBig(b)) }
            throw valueError("empty range for randrange()")
        }
        let istop = try int(interp, stop, "stop")
        let width = try interp.binaryOp(.sub, istop, istart)
        let istep = try int(interp, step ?? .int(1), "step")
        if case .int(1) = istep {
            if case .int(let w) = width, w > 0 {
                return try interp.binaryOp(.add, istart, .int(r.randbelow(w)))
            }
            if let w = PyInt.big(width), w > 0 { return try interp.binaryOp(.add, istart, Value.integer(r.randbelowBig(w))) }
            throw valueError("empty range for randrange() (\(try interp.repr(istart)), \(try interp.repr(istop)), \(try interp.repr(width)))")
        }
        let stepBig = PyInt.big(istep) ?? 0
        let n: Value
        if stepBig > 0 {
            n = try interp.binaryOp(.floordiv, try interp.binaryOp(.sub, try interp.binaryOp(.add, width, istep), .int(1)), istep)
        } else if stepBig < 0 {
            n = try interp.binaryOp(.floordiv, try interp.binaryOp(.add, try interp.binaryOp(.add, width, istep), .int(1)), istep)
        } else {
            throw valueError("zero step for randrange()")
        }
        guard let nb = PyInt.big(n), nb > 0 else { throw valueError("empty range for randrange()") }
        let pick: Value = Int(exactly: nb).map { .int(r.randbelow($0)) } ?? Value.integer(r.randbelowBig(nb))
        return try interp.binaryOp(.add, istart, try interp.binaryOp(.mul, istep, pick))
    }

    static func isSequence(_ v: Value) -> Bool {
        if case .str = v { return true }
        if case .object(let o) = v { return o is PyList || o is PyTuple || o is PyRange || !(o.pyType.isBuiltin) }
        return false
    }

    static func sample(_ interp: Interpreter, _ r: PyRandom, _ population: Value, _ k: Int, counts: Value?) throws -> [Value] {
        guard isSequence(population) else {
            throw typeError("Population must be a sequence.  For dicts or sets, use sorted(d).")
        }
        let n = try interp.length(population)
        if let counts = counts, !counts.isNone {
            var cum: [Value] = []
            var acc: Value = .int(0)
            var first = true
            try interp.forEach(counts) { c in
                acc = first ? c : try interp.binaryOp(.add, acc, c)
                first = false
                cum.append(acc)
            }
            if cum.count != n { throw valueError("The number of counts does not match the population") }
            let total = cum.removeLast()
            guard case .int(let t) = total else { throw typeError("Counts must be integers") }
            if t <= 0 { throw valueError("Total of counts must be greater than zero") }
            let selections = try sample(interp, r, .object(PyRange(start: 0, stop: t, step: 1)), k, counts: nil)
            return try selections.map { s in
                var lo = 0, hi = cum.count
                while lo < hi {
                    let mid = (lo + hi) / 2
                    if try interp.lessThan(s, cum[mid]) { hi = mid } else { lo = mid + 1 }
                }
                return try interp.getItem(population, .int(lo))
            }
        }
        if k < 0 || k > n { throw valueError("Sample larger than population or is negative") }
        var result = [Value](repeating: .none, count: k)
        var setsize = 21
        if k > 5 {
            let e = ceil(log(Double(k * 3)) / log(4.0))
            setsize += Int(pow(4.0, e))
        }
        if n <= setsize {
            var pool = try interp.toArray(population)
            for i in 0..<k {
                let j = r.randbelow(n - i)
                result[i] = pool[j]
                pool[j] = pool[n - i - 1]
            }
        } else {
            var selected = Set<Int>()
            for i in 0..<k {
                var j = r.randbelow(n)
                while selected.contains(j) { j = r.randbelow(n) }
                selected.insert(j)
                result[i] = try interp.getItem(population, .int(j))
            }
        }
        return result
    }

    static func choices(_ interp: Interpreter, _ r: PyRandom, _ a: Arguments) throws -> Value {
        let p = try a.bind("choices", ["population", "weights", "cum_weights", "k"], required: 1)
        let population = p[0] ?? .none
        let n = try interp.length(population)
        let k = try p[3].map { try interp.indexValue($0, "integer expected") } ?? 1
        var cum: [Value]
        if let cw = p[2], !cw.isNone {
            if let w = p[1], !w.isNone { throw typeError("Cannot specify both weights and cumulative weights") }
            cum = try interp.toArray(cw)
        } else if let w = p[1], !w.isNone {
            cum = []
            var acc: Value = .int(0)
            var first = true
            try interp.forEach(w) { x in
                acc = first ? x : try interp.binaryOp(.add, acc, x)
                first = false
                cum.append(acc)
            }
        } else {
            let nf = Double(n)
            return .list(try (0..<max(0, k)).map { _ in try interp.getItem(population, .int(Int(floor(r.mt.nextDouble() * nf)))) })
        }
        if cum.count != n { throw valueError("The number of weights does not match the population") }
        guard let last = cum.last else { throw indexError("list index out of range") }
        let total = try PyInt.toDouble(try interp.binaryOp(.add, last, .float(0)))
        if total <= 0 { throw valueError("Total of weights must be greater than zero") }
        if !total.isFinite { throw valueError("Total of weights must be finite") }
        let hi = n - 1
        return .list(try (0..<max(0, k)).map { _ in
            let x = Value.float(r.mt.nextDouble() * total)
            var lo = 0, h = hi
            while lo < h {
                let mid = (lo + h) / 2
                if try interp.lessThan(x, cum[mid]) { h = mid } else { lo = mid + 1 }
            }
            return try interp.getItem(population, .int(lo))
        })
    }

    static func gauss(_ r: PyRandom, _ mu: Double, _ sigma: Double) -> Double {
        var z = r.gaussNext
        r.gaussNext = nil
        if z == nil {
            let x2pi = r.mt.nextDouble() * 2 * Double.pi
            let g2rad = sqrt(-2.0 * log(1.0 - r.mt.nextDouble()))
            z = cos(x2pi) * g2rad
            r.gaussNext = sin(x2pi) * g2rad
        }
        return mu + (z ?? 0) * sigma
    }

    static func float(_ interp: Interpreter, _ v: Value?, _ d: Double) throws -> Double {
        guard let v = v else { return d }
        return try FloatMethods.fromValue(interp, v)
    }

    static var methods: [String: Value] {
        var t = MethodTable()
        t.add("__new__") { interp, a in
            let r = PyRandom()
            try r.seed(interp, a.count > 1 ? a[1] : .none, version: 2)
            return .object(r)
        }
        t.add("__init__") { _, _ in .none }
        t.add("seed") { interp, a in
            let r = try receiver(a, "seed")
            let p = try a.bind("seed", ["a", "version"])
            let version = try p[1].map { try interp.indexValue($0, "integer expected") } ?? 2
            try r.seed(interp, p[0] ?? .none, version: version)
            return .none
        }
        t.add("random") { _, a in try a.none("random"); return .float(try receiver(a, "random").mt.nextDouble()) }
        t.add("getrandbits") { interp, a in
            let r = try receiver(a, "getrandbits")
            let k = try interp.indexValue(try a.exactlyOne("getrandbits"), "integer expected")
            if k < 0 { throw valueError("number of bits must be non-negative") }
            if k > PyInt.maxBits { throw PyInt.tooBig() }
            return r.getrandbits(k)
        }
        t.add("randrange") { interp, a in
            let r = try receiver(a, "randrange")
            let p = try a.bind("randrange", ["start", "stop", "step"], required: 1)
            return try randrange(interp, r, p[0] ?? .none, p[1], p[2])
        }
        t.add("randint") { interp, a in
            let r = try receiver(a, "randint")
            let p = try a.bind("randint", ["a", "b"], required: 2)
            return try randrange(interp, r, p[0] ?? .none, try interp.binaryOp(.add, p[1] ?? .none, .int(1)), nil)
        }
        t.add("choice") { interp, a in
            let r = try receiver(a, "choice")
            let seq = try a.exactlyOne("choice")
            let n = try interp.length(seq)
            if n == 0 { throw indexError("Cannot choose from an empty sequence") }
            return try interp.getItem(seq, .int(r.randbelow(n)))
        }
        t.add("choices") { interp, a in try choices(interp, try receiver(a, "choices"), a) }
        t.add("shuffle") { interp, a in
            let r = try receiver(a, "shuffle")
            let x = try a.exactlyOne("shuffle")
            if case .object(let o) = x, let l = o as? PyList {
                var i = l.items.count - 1
                while i >= 1 {
                    let j = r.randbelow(i + 1)
                    if i < l.items.count && j < l.items.count { l.items.swapAt(i, j) }
                    i -= 1
                }
                return .none
            }
            var i = try interp.length(x) - 1
            while i >= 1 {
                let j = r.randbelow(i + 1)
                let xi = try interp.getItem(x, .int(i)), xj = try interp.getItem(x, .int(j))
                try interp.setItem(x, .int(i), xj)
                try interp.setItem(x, .int(j), xi)
                i -= 1
            }
            return .none
        }
        t.add("sample") { interp, a in
            let r = try receiver(a, "sample")
            let p = try a.bind("sample", ["population", "k", "counts"], required: 2)
            let k = try interp.indexValue(p[1] ?? .none, "'\(interp.pyTypeName(p[1] ?? .none))' object cannot be interpreted as an integer")
            return .list(try sample(interp, r, p[0] ?? .none, k, counts: p[2]))
        }
        t.add("uniform") { interp, a in
            let r = try receiver(a, "uniform")
            let p = try a.bind("uniform", ["a", "b"], required: 2)
            let lo = p[0] ?? .none, hi = p[1] ?? .none
            let span = try interp.binaryOp(.sub, hi, lo)
            return try interp.binaryOp(.add, lo, try interp.binaryOp(.mul, span, .float(r.mt.nextDouble())))
        }
        t.add("triangular") { interp, a in
            let r = try receiver(a, "triangular")
            let p = try a.bind("triangular", ["low", "high", "mode"])
            var low = try float(interp, p[0], 0.0), high = try float(interp, p[1], 1.0)
            var u = r.mt.nextDouble()
            var c: Double
            if let m = p[2], !m.isNone {
                if high == low { return .float(low) }
                c = (try float(interp, m, 0) - low) / (high - low)
            } else {
                c = 0.5
            }
            if u > c { u = 1.0 - u; c = 1.0 - c; swap(&low, &high) }
            return .float(low + (high - low) * sqrt(u * c))
        }
        t.add("gauss") { interp, a in
            let r = try receiver(a, "gauss")
            let p = try a.bind("gauss", ["mu", "sigma"])
            return .float(gauss(r, try float(interp, p[0], 0), try float(interp, p[1], 1)))
        }
        t.add("normalvariate") { interp, a in
            let r = try receiver(a, "normalvariate")
            let p = try a.bind("normalvariate", ["mu", "sigma"])
            let magic = 4 * exp(-0.5) / sqrt(2.0)
            var z = 0.0
            while true {
                let u1 = r.mt.nextDouble()
                let u2 = 1.0 - r.mt.nextDouble()
                z = magic * (u1 - 0.5) / u2
                let zz = z * z / 4.0
                if zz <= -log(u2) { break }
            }
            return .float(try float(interp, p[0], 0) + z * (try float(interp, p[1], 1)))
        }
        t.add("expovariate") { interp, a in
            let r = try receiver(a, "expovariate")
            let lambd = try float(interp, try a.exactlyOne("expovariate"), 1)
            if lambd == 0 { throw PyError(BuiltinTypes.zeroDivisionError, "float division by zero") }
            return .float(-log(1.0 - r.mt.nextDouble()) / lambd)
        }
        return t.dict
    }
}

extension Interpreter {
    /// `import random`: CPython's Mersenne Twister, bit for bit.
    public func makeRandomModule() throws -> PyModule {
        let inst = runtime.random
        var dict: [String: Value] = [:]
        for (name, f) in RandomType.type.dict where !name.hasPrefix("__") {
            guard case .object(let o) = f, let native = o as? PyNativeFunction else { continue }
            dict[name] = .object(PyNativeFunction(name) { interp, a in
                try native.body(interp, Arguments([.object(inst)] + a.positional, keywords: a.keywords))
            })
        }
        dict["Random"] = .object(RandomType.type)
        dict["__name__"] = .str("random")
        return PyModule(name: "random", dict: dict)
    }
}
