// The methods of `str`. Strings are indexed by Unicode code points, so
// methods work on `[Unicode.Scalar]`.

enum StrMethods {
    static func receiver(_ a: Arguments, _ name: String) throws -> String {
        guard a.count > 0, case .str(let s) = a[0] else {
            throw typeError("descriptor '\(name)' requires a 'str' object")
        }
        return s
    }

    static func strArg(_ interp: Interpreter, _ v: Value, _ what: String) throws -> String {
        guard case .str(let s) = v else {
            throw typeError((what.isEmpty ? "" : what + " ") + "must be str, not \(interp.pyTypeName(v))")
        }
        return s
    }

    /// start/end arguments of find/count/startswith, adjusted like slices.
    static func bounds(_ interp: Interpreter, _ rest: [Value], from k: Int, _ length: Int) throws -> (Int, Int) {
        func adjust(_ v: Value?, _ dflt: Int) throws -> Int {
            guard let v = v, !v.isNone else { return dflt }
            var i = try interp.sliceIndexValue(v)
            if i < 0 { i = max(0, i + length) }
            return i
        }
        let start = try adjust(rest.count > k ? rest[k] : nil, 0)
        let end = try adjust(rest.count > k + 1 ? rest[k + 1] : nil, length)
        return (start, min(end, length))
    }

    static func charsArg(_ interp: Interpreter, _ v: Value?, _ fname: String) throws -> Set<Unicode.Scalar>? {
        guard let v = v, !v.isNone else { return nil }
        guard case .str(let s) = v else { throw typeError("\(fname) arg must be None or str") }
        return Set(s.unicodeScalars)
    }

    static func strip(_ s: String, _ chars: Set<Unicode.Scalar>?, left: Bool, right: Bool) -> String {
        let u = Array(s.unicodeScalars)
        var lo = 0, hi = u.count
        let test: (Unicode.Scalar) -> Bool = { c in chars.map { $0.contains(c) } ?? PyStrChars.isSpace(c) }
        if left { while lo < hi && test(u[lo]) { lo += 1 } }
        if right { while hi > lo && test(u[hi - 1]) { hi -= 1 } }
        return String(scalars: u[lo..<hi])
    }

    static func split(_ s: String, sep: String?, maxsplit: Int) throws -> [Value] {
        let u = Array(s.unicodeScalars)
        var out: [Value] = []
        guard let sep = sep else {
            var i = 0, splits = 0
            while true {
                while i < u.count && PyStrChars.isSpace(u[i]) { i += 1 }
                if i >= u.count { break }
                if maxsplit >= 0 && splits >= maxsplit {
                    // The remainder keeps its trailing whitespace, as CPython.
                    out.append(.str(String(scalars: u[i...])))
                    break
                }
                let start = i
                while i < u.count && !PyStrChars.isSpace(u[i]) { i += 1 }
                out.append(.str(String(scalars: u[start..<i])))
                splits += 1
            }
            return out
        }
        if sep.isEmpty { throw valueError("empty separator") }
        return StrSearch.split(s, sep, maxsplit: maxsplit, fromRight: false)
    }

    static func rsplit(_ s: String, sep: String?, maxsplit: Int) throws -> [Value] {
        let u = Array(s.unicodeScalars)
        var out: [Value] = []
        guard let sep = sep else {
            var i = u.count, splits = 0
            while true {
                while i > 0 && PyStrChars.isSpace(u[i - 1]) { i -= 1 }
                if i <= 0 { break }
                if maxsplit >= 0 && splits >= maxsplit {
                    out.append(.str(String(scalars: u[0..<i])))
                    break
                }
                let end = i
                while i > 0 && !PyStrChars.isSpace(u[i - 1]) { i -= 1 }
                out.append(.str(String(scalars: u[i..<end])))
                splits += 1
            }
            return out.reversed()
        }
        if sep.isEmpty { throw valueError("empty separator") }
        return StrSearch.split(s, sep, maxsplit: maxsplit, fromRight: true)
    }

    static func splitlines(_ s: String, keepends: Bool) -> [Value] {
        let u = Array(s.unicodeScalars)
        var out: [Value] = []
        var i = 0, start = 0
        while i < u.count {
            if PyStrChars.isLineBreak(u[i]) {
                var eol = i + 1
                if u[i] == "\r" && i + 1 < u.count && u[i + 1] == "\n" { eol = i + 2 }
                out.append(.str(String(scalars: u[start..<(keepends ? eol : i)])))
                start = eol
                i = eol
            } else {
                i += 1
            }
        }
        if start < u.count { out.append(.str(String(scalars: u[start...]))) }
        return out
    }

    static func title(_ s: String) -> String {
        var out = ""
        var prevCased = false
        for c in s.unicodeScalars {
            if prevCased { out += PyStrChars.lower(c) } else { out += PyStrChars.title(c) }
            prevCased = PyStrChars.isCased(c)
        }
        return out
    }

    static func pad(_ s: String, _ width: Int, _ fill: Unicode.Scalar, left: Int? = nil, mode: Character) -> String {
        let n = s.unicodeScalars.count
        if width <= n { return s }
        let total = width - n
        let f = String(Character(fill))
        switch mode {
        case "l": return s + String(repeating: f, count: total)
        case "r": return String(repeating: f, count: total) + s
        default:
            // CPython's centre: extra padding goes left when width is odd and n is even... exactly:
            let leftPad = total / 2 + (total & width & 1)
            return String(repeating: f, count: leftPad) + s + String(repeating: f, count: total - leftPad)
        }
    }

    static func fillArg(_ interp: Interpreter, _ rest: [Value], _ fname: String) throws -> (Int, Unicode.Scalar) {
        let width = try interp.indexValue(rest[0], "'\(interp.pyTypeName(rest[0]))' object cannot be interpreted as an integer")
        var fill: Unicode.Scalar = " "
        if rest.count > 1 {
            guard case .str(let f) = rest[1], f.unicodeScalars.count == 1, let c = f.unicodeScalars.first else {
                throw typeError("The fill character must be exactly one character long")
            }
            fill = c
        }
        return (width, fill)
    }

    static func affix(_ interp: Interpreter, _ a: Arguments, _ name: String, suffix: Bool) throws -> Value {
        let s = try receiver(a, name)
        let rest = try a.between(name, 1, 3)
        let u = Array(s.unicodeScalars)
        let (start, end) = try bounds(interp, rest, from: 1, u.count)
        let candidates: [Value]
        if case .object(let o) = rest[0], let t = o as? PyTuple { candidates = t.items } else { candidates = [rest[0]] }
        for cand in candidates {
            guard case .str(let p) = cand else {
                if case .object(let o) = rest[0], o is PyTuple {
                    throw typeError("tuple for \(name) must only contain str, not \(interp.pyTypeName(cand))")
                }
                throw typeError("\(name) first arg must be str or a tuple of str, not \(interp.pyTypeName(cand))")
            }
            let pu = Array(p.unicodeScalars)
            if start > u.count || end - start < pu.count { continue }
            if suffix {
                if Array(u[(end - pu.count)..<end]) == pu { return .bool(true) }
            } else if Array(u[start..<(start + pu.count)]) == pu {
                return .bool(true)
            }
        }
        return .bool(false)
    }

    static func findLike(_ interp: Interpreter, _ a: Arguments, _ name: String, reverse: Bool, raise: Bool) throws -> Value {
        let s = try receiver(a, name)
        let rest = try a.between(name, 1, 3)
        let sub = try strArg(interp, rest[0], "")
        let u = Array(s.unicodeScalars)
        let (start, end) = try bounds(interp, rest, from: 1, u.count)
        let n = Array(sub.unicodeScalars)
        let r = reverse ? StrSearch.rfind(u, n, start, end) : StrSearch.find(u, n, start, end)
        if r < 0 && raise { throw valueError("substring not found") }
        return .int(r)
    }

    static var methods: [String: Value] {
        var t = MethodTable()
        t.add("__new__") { interp, a in
            let p = try a.bind("str", ["object", "encoding", "errors"], receiver: true)
            guard let v = p[0] else { return .str("") }
            if p[1] != nil || p[2] != nil {
                guard let b = interp.bufferBytes(v) else {
                    if case .str = v { throw typeError("decoding str is not supported") }
                    throw typeError("decoding to str: need a bytes-like object, \(interp.pyTypeName(v)) found")
                }
                return .str(try Codecs.decode(b, encoding: try Codecs.name(interp, p[1], "str() argument 'encoding'"),
                                              errors: try Codecs.name(interp, p[2], "str() argument 'errors'", default: "strict")))
            }
            return .str(try interp.str(v))
        }
        t.add("__len__") { _, a in .int(try receiver(a, "__len__").unicodeScalars.count) }
        t.add("__contains__") { interp, a in .bool(try interp.contains(a[0], try a.exactlyOne("__contains__"))) }
        t.add("__getitem__") { interp, a in try interp.getItem(a[0], try a.exactlyOne("__getitem__")) }
        t.add("__str__") { _, a in .str(try receiver(a, "__str__")) }
        t.add("__repr__") { _, a in .str(StrRepr.repr(try receiver(a, "__repr__"))) }
        t.add("__hash__") { _, a in .int(PyHash.string(try receiver(a, "__hash__"))) }
        t.add("__format__") { interp, a in
            let s = try receiver(a, "__format__")
            return .str(try FormatSpec.formatStr(s, try strArg(interp, try a.exactlyOne("__format__"), "format spec")))
        }
        t.add("upper") { _, a in try a.none("str.upper"); return .str(try receiver(a, "upper").unicodeScalars.map(PyStrChars.upper).joined()) }
        t.add("lower") { _, a in try a.none("str.lower"); return .str(try receiver(a, "lower").unicodeScalars.map(PyStrChars.lower).joined()) }
        t.add("casefold") { _, a in try a.none("str.casefold"); return .str(try receiver(a, "casefold").unicodeScalars.map(CaseFolding.fold).joined()) }
        t.add("swapcase") { _, a in
            try a.none("str.swapcase")
            return .str(try receiver(a, "swapcase").unicodeScalars.map { c in
                PyStrChars.isUpper(c) ? PyStrChars.lower(c) : (PyStrChars.isLower(c) ? PyStrChars.upper(c) : String(Character(c)))
            }.joined())
        }
        t.add("title") { _, a in try a.none("str.title"); return .str(title(try receiver(a, "title"))) }
        t.add("capitalize") { _, a in
            try a.none("str.capitalize")
            let u = Array(try receiver(a, "capitalize").unicodeScalars)
            guard let f = u.first else { return .str("") }
            return .str(PyStrChars.title(f) + u.dropFirst().map(PyStrChars.lower).joined())
        }
        for (name, left, right) in [("strip", true, true), ("lstrip", true, false), ("rstrip", false, true)] {
            t.add(name) { interp, a in
                let s = try receiver(a, name)
                let rest = try a.between(name, 0, 1)
                return .str(strip(s, try charsArg(interp, rest.first, name), left: left, right: right))
            }
        }
        t.add("split") { interp, a in
            let s = try receiver(a, "split")
            let p = try a.bind("split", ["sep", "maxsplit"])
            let sep: String? = try p[0].flatMap { $0.isNone ? nil : try strArg(interp, $0, "") }
            let maxsplit = try p[1].map { try interp.indexValue($0, "'\(interp.pyTypeName($0))' object cannot be interpreted as an integer") } ?? -1
            let pieces = try split(s, sep: sep, maxsplit: maxsplit)
            interp.chargeElements(pieces.count)
            return .list(pieces)
        }
        t.add("rsplit") { interp, a in
            let s = try receiver(a, "rsplit")
            let p = try a.bind("rsplit", ["sep", "maxsplit"])
            let sep: String? = try p[0].flatMap { $0.isNone ? nil : try strArg(interp, $0, "") }
            let maxsplit = try p[1].map { try interp.indexValue($0, "'\(interp.pyTypeName($0))' object cannot be interpreted as an integer") } ?? -1
            return .list(try rsplit(s, sep: sep, maxsplit: maxsplit))
        }
        t.add("splitlines") { interp, a in
            let s = try receiver(a, "splitlines")
            let p = try a.bind("splitlines", ["keepends"])
            return .list(splitlines(s, keepends: try p[0].map { try interp.truthy($0) } ?? false))
        }
        t.add("join") { interp, a in
            let s = try receiver(a, "join")
            let items = try interp.toArray(try a.exactlyOne("str.join"))
            var parts: [String] = []
            parts.reserveCapacity(items.count)
            for (i, v) in items.enumerated() {
                guard case .str(let p) = v.unboxed else {
                    throw typeError("sequence item \(i): expected str instance, \(interp.pyTypeName(v)) found")
                }
                parts.append(p)
            }
            let joined = parts.joined(separator: s)
            interp.chargeElements(items.count)
            interp.chargeBytes(joined.utf8.count)
            return .str(joined)
        }
        t.add("replace") { interp, a in
            let s = try receiver(a, "replace")
            let rest = try a.between("replace", 2, 3)
            let old = try strArg(interp, rest[0], "replace() argument 1")
            let new = try strArg(interp, rest[1], "replace() argument 2")
            let count = rest.count > 2 ? try interp.indexValue(rest[2], "'\(interp.pyTypeName(rest[2]))' object cannot be interpreted as an integer") : -1
            if !old.isEmpty { return .str(StrSearch.replace(s, old, new, count: count)) }
            // An empty `old` matches before every character and at the end.
            var out = ""
            var done = 0
            for c in s.unicodeScalars {
                if count < 0 || done < count { out += new; done += 1 }
                out.unicodeScalars.append(c)
            }
            if count < 0 || done < count { out += new }
            return .str(out)
        }
        t.add("startswith") { interp, a in try affix(interp, a, "startswith", suffix: false) }
        t.add("endswith") { interp, a in try affix(interp, a, "endswith", suffix: true) }
        t.add("find") { interp, a in try findLike(interp, a, "find", reverse: false, raise: false) }
        t.add("rfind") { interp, a in try findLike(interp, a, "rfind", reverse: true, raise: false) }
        t.add("index") { interp, a in try findLike(interp, a, "index", reverse: false, raise: true) }
        t.add("rindex") { interp, a in try findLike(interp, a, "rindex", reverse: true, raise: true) }
        t.add("count") { interp, a in
            let s = try receiver(a, "count")
            let rest = try a.between("count", 1, 3)
            let sub = try strArg(interp, rest[0], "count() argument 1")
            let u = Array(s.unicodeScalars)
            let (start, end) = try bounds(interp, rest, from: 1, u.count)
            return .int(StrSearch.count(u, Array(sub.unicodeScalars), start, end))
        }
        for (name, mode) in [("center", Character("c")), ("ljust", "l"), ("rjust", "r")] {
            t.add(name) { interp, a in
                let s = try receiver(a, name)
                let (w, f) = try fillArg(interp, try a.between(name, 1, 2), name)
                try PercentFormat.checkAllocation(w)
                return .str(pad(s, w, f, mode: mode))
            }
        }
        t.add("zfill") { interp, a in
            let s = try receiver(a, "zfill")
            let w = try interp.indexValue(try a.exactlyOne("str.zfill"), "integer argument expected")
            var u = Array(s.unicodeScalars)
            if w <= u.count { return .str(s) }
            try PercentFormat.checkAllocation(w)
            let fill = w - u.count
            var sign: Unicode.Scalar?
            if let f = u.first, f == "+" || f == "-" { sign = f; u.removeFirst() }
            return .str((sign.map { String(Character($0)) } ?? "") + String(repeating: "0", count: fill) + String(scalars: u))
        }
        func predicate(_ name: String, _ test: @escaping (Unicode.Scalar) -> Bool) {
            t.add(name) { _, a in
                try a.none("str.\(name)")
                let s = try receiver(a, name)
                return .bool(!s.isEmpty && s.unicodeScalars.allSatisfy(test))
            }
        }
        predicate("isdigit", PyStrChars.isDigit)
        predicate("isdecimal", PyStrChars.isDecimal)
        predicate("isnumeric", PyStrChars.isNumeric)
        predicate("isalpha", PyStrChars.isAlpha)
        predicate("isalnum", PyStrChars.isAlnum)
        predicate("isspace", PyStrChars.isSpace)
        t.add("isascii") { _, a in .bool(try receiver(a, "isascii").unicodeScalars.allSatisfy { $0.isASCII }) }
        t.add("isprintable") { _, a in .bool(try receiver(a, "isprintable").unicodeScalars.allSatisfy(PyStrChars.isPrintable)) }
        t.add("isupper") { _, a in
            let u = try receiver(a, "isupper").unicodeScalars
            return .bool(u.contains(where: PyStrChars.isCased) && !u.contains(where: { PyStrChars.isLower($0) || $0.properties.generalCategory == .titlecaseLetter }))
        }
        t.add("islower") { _, a in
            let u = try receiver(a, "islower").unicodeScalars
            return .bool(u.contains(where: PyStrChars.isCased) && !u.contains(where: { PyStrChars.isUpper($0) || $0.properties.generalCategory == .titlecaseLetter }))
        }
        t.add("istitle") { _, a in
            let s = try receiver(a, "istitle")
            return .bool(s.unicodeScalars.contains(where: PyStrChars.isCased) && title(s) == s)
        }
        t.add("isidentifier") { _, a in
            let u = Array(try receiver(a, "isidentifier").unicodeScalars)
            guard let f = u.first, f == "_" || f.properties.isXIDStart else { return .bool(false) }
            return .bool(u.dropFirst().allSatisfy { $0.properties.isXIDContinue })
        }
        for (name, reverse) in [("partition", false), ("rpartition", true)] {
            t.add(name) { interp, a in
                let s = try receiver(a, name)
                let sep = try strArg(interp, try a.exactlyOne("str.\(name)"), "\(name)() argument")
                if sep.isEmpty { throw valueError("empty separator") }
                let u = Array(s.unicodeScalars), n = Array(sep.unicodeScalars)
                let f = reverse ? StrSearch.rfind(u, n, 0, u.count) : StrSearch.find(u, n, 0, u.count)
                if f < 0 { return reverse ? .tuple([.str(""), .str(""), .str(s)]) : .tuple([.str(s), .str(""), .str("")]) }
                return .tuple([.str(String(scalars: u[0..<f])), .str(sep), .str(String(scalars: u[(f + n.count)...]))])
            }
        }
        t.add("removeprefix") { interp, a in
            let s = try receiver(a, "removeprefix")
            let p = try strArg(interp, try a.exactlyOne("str.removeprefix"), "removeprefix() argument")
            let u = Array(s.unicodeScalars), pu = Array(p.unicodeScalars)
            return .str(u.starts(with: pu) ? String(scalars: u[pu.count...]) : s)
        }
        t.add("removesuffix") { interp, a in
            let s = try receiver(a, "removesuffix")
            let p = try strArg(interp, try a.exactlyOne("str.removesuffix"), "removesuffix() argument")
            let u = Array(s.unicodeScalars), pu = Array(p.unicodeScalars)
            if !pu.isEmpty && u.count >= pu.count && Array(u[(u.count - pu.count)...]) == pu { return .str(String(scalars: u[..<(u.count - pu.count)])) }
            return .str(s)
        }
        t.add("expandtabs") { interp, a in
            let s = try receiver(a, "expandtabs")
            let p = try a.bind("expandtabs", ["tabsize"])
            let size = try p[0].map { try interp.cIntValue($0, "integer argument expected") } ?? 8
            var out = "", col = 0
            for c in s.unicodeScalars {
                if c == "\t" {
                    if size > 0 {
                        let n = size - col % size
                        try PercentFormat.checkAllocation(out.utf8.count + n)
                        out += String(repeating: " ", count: n)
                        col += n
                    }
                } else {
                    out.unicodeScalars.append(c)
                    col = (c == "\n" || c == "\r") ? 0 : col + 1
                }
            }
            return .str(out)
        }
        t.add("format") { interp, a in
            let s = try receiver(a, "format")
            let kw = PyDict()
            for (k, v) in a.keywords { try kw.set(.str(k), v, interp) }
            return .str(try StrFormat.format(interp, s, args: Array(a.positional.dropFirst()), kwargs: .object(kw)))
        }
        t.add("format_map") { interp, a in
            let s = try receiver(a, "format_map")
            return .str(try StrFormat.format(interp, s, args: [], kwargs: try a.exactlyOne("str.format_map")))
        }
        t.add("encode") { interp, a in
            let s = try receiver(a, "encode")
            let p = try a.bind("encode", ["encoding", "errors"])
            return .bytes(try Codecs.encode(s, encoding: try Codecs.name(interp, p[0], "encode() argument 'encoding'"),
                                            errors: try Codecs.name(interp, p[1], "encode() argument 'errors'", default: "strict")))
        }
        t.add("translate") { interp, a in
            let s = try receiver(a, "translate")
            let table = try a.exactlyOne("str.translate")
            var out = ""
            for c in s.unicodeScalars {
                let r: Value
                do { r = try interp.getItem(table, .int(Int(c.value))) } catch let e as PyError where e.exception.pyType.isSubtype(of: BuiltinTypes.lookupError) {
                    out.unicodeScalars.append(c); continue
                }
                switch r {
                case .none: continue
                case .str(let x): out += x
                case .int(let cp):
                    guard let u = Unicode.Scalar(UInt32(clamping: max(0, cp))) else { throw valueError("character mapping must be in range(0x110000)") }
                    out.unicodeScalars.append(u)
                default: throw typeError("character mapping must return integer, None or str")
                }
            }
            return .str(out)
        }
        return t.dict
    }
}
