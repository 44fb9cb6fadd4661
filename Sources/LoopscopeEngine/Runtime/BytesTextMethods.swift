// The str-like methods of bytes and bytearray (Objects/bytes_methods.c):
// searching, splitting, stripping, case mapping on ASCII, hex. Results
// keep the receiver's type.

enum BytesTextMethods {
    static func add(to t: inout MethodTable, typeName: String) {
        typealias R = BytesMethods
        func arg(_ interp: Interpreter, _ v: Value) throws -> [UInt8] { try interp.requireBuffer(v) }

        t.add("hex") { interp, a in
            let r = try R.receiver(a, "hex")
            let args = try a.bind("hex", ["sep", "bytes_per_sep"])
            return .str(try BytesText.hex(interp, r.bytes, sep: args[0], perSep: args[1]))
        }
        for name in ["find", "rfind", "index", "rindex", "count"] {
            t.add(name) { interp, a in
                let r = try R.receiver(a, name)
                let rest = try a.between(name, 1, 3)
                let sub: [UInt8]
                if let b = interp.bufferBytes(rest[0]) { sub = b } else {
                    guard PyInt.isInt(rest[0]) else {
                        throw typeError("argument should be integer or bytes-like object, not '\(interp.pyTypeName(rest[0]))'")
                    }
                    sub = [try interp.byteValue(rest[0])]
                }
                let (lo, hi) = try StrMethods.bounds(interp, rest, from: 1, r.bytes.count)
                if name == "count" { return .int(BytesSearch.count(r.bytes, sub, lo, hi)) }
                let i = name.hasPrefix("r") ? BytesSearch.rfind(r.bytes, sub, lo, hi) : BytesSearch.find(r.bytes, sub, lo, hi)
                if i < 0 && name.hasSuffix("index") { throw valueError("subsection not found") }
                return .int(i)
            }
        }
        for name in ["startswith", "endswith"] {
            t.add(name) { interp, a in
                let r = try R.receiver(a, name)
                let rest = try a.between(name, 1, 3)
                let (lo, hi) = try StrMethods.bounds(interp, rest, from: 1, r.bytes.count)
                var candidates: [Value] = [rest[0]]
                if case .object(let o) = rest[0], let tup = o as? PyTuple { candidates = tup.items }
                for c in candidates {
                    guard let p = interp.bufferBytes(c) else {
                        throw typeError("\(name) first arg must be bytes or a tuple of bytes, not \(interp.pyTypeName(c))")
                    }
                    if hi - lo < p.count || lo > r.bytes.count { continue }
                    let window = name == "startswith" ? r.bytes[lo..<(lo + p.count)] : r.bytes[(hi - p.count)..<hi]
                    if window.elementsEqual(p) { return .bool(true) }
                }
                return .bool(false)
            }
        }
        for name in ["split", "rsplit"] {
            t.add(name) { interp, a in
                let r = try R.receiver(a, name)
                let args = try a.bind(name, ["sep", "maxsplit"])
                let sep = try args[0].flatMap { $0.isNone ? nil : try arg(interp, $0) }
                let maxsplit = try args[1].map { try interp.indexValue($0, "") } ?? -1
                if sep?.isEmpty == true { throw valueError("empty separator") }
                let parts = BytesSearch.split(r.bytes, sep: sep, maxsplit: maxsplit, fromRight: name == "rsplit")
                return .list(parts.map { R.make($0, mutable: r.mutable) })
            }
        }
        t.add("join") { interp, a in
            let r = try R.receiver(a, "join")
            var out: [UInt8] = []
            var i = 0
            try interp.forEach(try a.exactlyOne("join")) { item in
                guard let b = interp.bufferBytes(item) else {
                    throw typeError("sequence item \(i): expected a bytes-like object, \(interp.pyTypeName(item)) found")
                }
                if i > 0 { out += r.bytes }
                out += b
                i += 1
            }
            return R.make(out, mutable: r.mutable)
        }
        for (name, left, right) in [("strip", true, true), ("lstrip", true, false), ("rstrip", false, true)] {
            t.add(name) { interp, a in
                let r = try R.receiver(a, name)
                let rest = try a.between(name, 0, 1)
                let chars = try rest.first.flatMap { $0.isNone ? nil : Set(try arg(interp, $0)) }
                let test: (UInt8) -> Bool = { c in chars?.contains(c) ?? BytesText.isSpace(c) }
                var lo = 0, hi = r.bytes.count
                if left { while lo < hi && test(r.bytes[lo]) { lo += 1 } }
                if right { while hi > lo && test(r.bytes[hi - 1]) { hi -= 1 } }
                return R.make(Array(r.bytes[lo..<hi]), mutable: r.mutable)
            }
        }
        t.add("replace") { interp, a in
            let r = try R.receiver(a, "replace")
            let rest = try a.between("replace", 2, 3)
            let count = rest.count > 2 ? try interp.indexValue(rest[2], "") : -1
            let out = BytesSearch.replace(r.bytes, try arg(interp, rest[0]), try arg(interp, rest[1]), count: count)
            return R.make(out, mutable: r.mutable)
        }
        for (name, transform) in BytesText.caseMappings {
            t.add(name) { _, a in
                try a.none("\(typeName).\(name)")
                let r = try R.receiver(a, name)
                return R.make(transform(r.bytes), mutable: r.mutable)
            }
        }
        for (name, test) in BytesText.predicates {
            t.add(name) { _, a in
                try a.none("\(typeName).\(name)")
                return .bool(test(try R.receiver(a, name).bytes))
            }
        }
        for name in ["partition", "rpartition"] {
            t.add(name) { interp, a in
                let r = try R.receiver(a, name)
                let sep = try arg(interp, try a.exactlyOne(name))
                if sep.isEmpty { throw valueError("empty separator") }
                let n = r.bytes.count
                let i = name == "partition" ? BytesSearch.find(r.bytes, sep, 0, n) : BytesSearch.rfind(r.bytes, sep, 0, n)
                let m = { (b: [UInt8]) in R.make(b, mutable: r.mutable) }
                if i < 0 {
                    return name == "partition" ? .tuple([m(r.bytes), m([]), m([])]) : .tuple([m([]), m([]), m(r.bytes)])
                }
                return .tuple([m(Array(r.bytes[..<i])), m(sep), m(Array(r.bytes[(i + sep.count)...]))])
            }
        }
        t.add("splitlines") { interp, a in
            let r = try R.receiver(a, "splitlines")
            let args = try a.bind("splitlines", ["keepends"])
            let keep = try args[0].map { try interp.truthy($0) } ?? false
            return .list(BytesSearch.splitLines(r.bytes, keepends: keep).map { R.make($0, mutable: r.mutable) })
        }
        for name in ["removeprefix", "removesuffix"] {
            t.add(name) { interp, a in
                let r = try R.receiver(a, name)
                let affix = try arg(interp, try a.exactlyOne(name))
                let b = r.bytes
                if name == "removeprefix", b.starts(with: affix) { return R.make(Array(b[affix.count...]), mutable: r.mutable) }
                if name == "removesuffix", !affix.isEmpty, b.count >= affix.count, b[(b.count - affix.count)...].elementsEqual(affix) {
                    return R.make(Array(b[..<(b.count - affix.count)]), mutable: r.mutable)
                }
                return R.make(b, mutable: r.mutable)
            }
        }
        for name in ["ljust", "rjust", "center"] {
            t.add(name) { interp, a in
                let r = try R.receiver(a, name)
                let rest = try a.between(name, 1, 2)
                let width = try interp.indexValue(rest[0], "")
                var fill: UInt8 = 0x20
                if rest.count > 1 {
                    guard let f = interp.bufferBytes(rest[1]), f.count == 1 else {
                        throw typeError("\(name)() argument 2 must be a byte string of length 1, not \(interp.pyTypeName(rest[1]))")
                    }
                    fill = f[0]
                }
                let pad = max(0, width - r.bytes.count)
                var left = name == "rjust" ? pad : name == "ljust" ? 0 : pad / 2
                if name == "center" && pad % 2 == 1 && width % 2 == 1 { left += 1 }
                let out = [UInt8](repeating: fill, count: left) + r.bytes + [UInt8](repeating: fill, count: pad - left)
                return R.make(out, mutable: r.mutable)
            }
        }
        t.add("zfill") { interp, a in
            let r = try R.receiver(a, "zfill")
            let width = try interp.indexValue(try a.exactlyOne("zfill"), "")
            var b = r.bytes
            let pad = width - b.count
            if pad > 0 {
                let sign = b.first == 0x2B || b.first == 0x2D
                b.insert(contentsOf: [UInt8](repeating: 0x30, count: pad), at: sign ? 1 : 0)
            }
            return R.make(b, mutable: r.mutable)
        }
    }
}

/// Searching and splitting on byte arrays. The searches are str's
/// (`StrSearch`, linear in the worst case), over bytes instead of scalars.
enum BytesSearch {
    static func find(_ b: [UInt8], _ sub: [UInt8], _ lo: Int, _ hi: Int) -> Int {
        StrSearch.find(b, sub, lo, hi)
    }

    static func rfind(_ b: [UInt8], _ sub: [UInt8], _ lo: Int, _ hi: Int) -> Int {
        StrSearch.rfind(b, sub, lo, hi)
    }

    static func count(_ b: [UInt8], _ sub: [UInt8], _ lo: Int, _ hi: Int) -> Int {
        StrSearch.count(b, sub, lo, hi)
    }

    static func replace(_ b: [UInt8], _ old: [UInt8], _ new: [UInt8], count: Int) -> [UInt8] {
        var out: [UInt8] = []
        var i = 0, done = 0
        if old.isEmpty {
            for (k, c) in b.enumerated() {
                if count < 0 || done < count { out += new; done += 1 }
                out.append(c)
                _ = k
            }
            if count < 0 || done < count { out += new }
            return out
        }
        while i < b.count {
            if count >= 0 && done >= count { break }
            let j = find(b, old, i, b.count)
            if j < 0 { break }
            out += b[i..<j]
            out += new
            i = j + old.count
            done += 1
        }
        out += b[i...]
        return out
    }

    static func split(_ b: [UInt8], sep: [UInt8]?, maxsplit: Int, fromRight: Bool) -> [[UInt8]] {
        guard let sep else {
            // Runs of ASCII whitespace; from the right, walk the reversed bytes.
            let src = fromRight ? b.reversed() : b
            var out: [[UInt8]] = []
            var i = 0
            while true {
                while i < src.count && BytesText.isSpace(src[i]) { i += 1 }
                if i >= src.count { break }
                if maxsplit >= 0 && out.count >= maxsplit {
                    var tail = Array(src[i...])
                    while let last = tail.last, BytesText.isSpace(last) { tail.removeLast() }
                    out.append(tail)
                    break
                }
                let start = i
                while i < src.count && !BytesText.isSpace(src[i]) { i += 1 }
                out.append(Array(src[start..<i]))
            }
            return fromRight ? out.reversed().map { $0.reversed() } : out
        }
        var out: [[UInt8]] = []
        if fromRight {
            var hi = b.count
            while maxsplit < 0 || out.count < maxsplit {
                let j = rfind(b, sep, 0, hi)
                if j < 0 { break }
                out.append(Array(b[(j + sep.count)..<hi]))
                hi = j
            }
            out.append(Array(b[..<hi]))
            return out.reversed()
        }
        var lo = 0
        while maxsplit < 0 || out.count < maxsplit {
            let j = find(b, sep, lo, b.count)
            if j < 0 { break }
            out.append(Array(b[lo..<j]))
            lo = j + sep.count
        }
        out.append(Array(b[lo...]))
        return out
    }

    static func splitLines(_ b: [UInt8], keepends: Bool) -> [[UInt8]] {
        var out: [[UInt8]] = []
        var i = 0, start = 0
        while i < b.count {
            if b[i] == 0x0A || b[i] == 0x0D {
                var end = i + 1
                if b[i] == 0x0D && end < b.count && b[end] == 0x0A { end += 1 }
                out.append(Array(b[start..<(keepends ? end : i)]))
                start = end
                i = end
            } else {
                i += 1
            }
        }
        if start < b.count { out.append(Array(b[start...])) }
        return out
    }
}

/// ASCII classification, case mapping and hex for byte strings.
enum BytesText {
    static func isSpace(_ c: UInt8) -> Bool { c == 0x20 || (c >= 0x09 && c <= 0x0D) }
    static func isLower(_ c: UInt8) -> Bool { c >= 0x61 && c <= 0x7A }
    static func isUpper(_ c: UInt8) -> Bool { c >= 0x41 && c <= 0x5A }
    static func isDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }
    static func isAlpha(_ c: UInt8) -> Bool { isLower(c) || isUpper(c) }
    static func lower(_ c: UInt8) -> UInt8 { isUpper(c) ? c + 32 : c }
    static func upper(_ c: UInt8) -> UInt8 { isLower(c) ? c - 32 : c }

    nonisolated(unsafe) static let caseMappings: [(String, ([UInt8]) -> [UInt8])] = [
        ("lower", { $0.map(lower) }),
        ("upper", { $0.map(upper) }),
        ("swapcase", { $0.map { isLower($0) ? upper($0) : lower($0) } }),
        ("capitalize", { b in b.enumerated().map { $0.offset == 0 ? upper($0.element) : lower($0.element) } }),
        ("title", { b in
            var previousCased = false
            return b.map { c in
                let out = previousCased ? lower(c) : upper(c)
                previousCased = isAlpha(c)
                return out
            }
        }),
    ]

    nonisolated(unsafe) static let predicates: [(String, ([UInt8]) -> Bool)] = [
        ("isdigit", { !$0.isEmpty && $0.allSatisfy(isDigit) }),
        ("isalpha", { !$0.isEmpty && $0.allSatisfy(isAlpha) }),
        ("isalnum", { !$0.isEmpty && $0.allSatisfy { isAlpha($0) || isDigit($0) } }),
        ("isspace", { !$0.isEmpty && $0.allSatisfy(isSpace) }),
        ("islower", { $0.contains(where: isLower) && !$0.contains(where: isUpper) }),
        ("isupper", { $0.contains(where: isUpper) && !$0.contains(where: isLower) }),
        ("isascii", { $0.allSatisfy { $0 < 0x80 } }),
    ]

    static func hex(_ interp: Interpreter, _ b: [UInt8], sep: Value?, perSep: Value?) throws -> String {
        let digits = b.map(BytesRepr.hex)
        guard let sep, !sep.isNone else { return digits.joined() }
        let sepText: String
        if case .str(let s) = sep { sepText = s } else if let sb = interp.bufferBytes(sep) {
            sepText = String(decoding: sb, as: UTF8.self)
        } else {
            throw typeError("sep must be str or bytes.")
        }
        guard sepText.unicodeScalars.count == 1 else { throw valueError("sep must be length 1.") }
        let n = try perSep.map { try interp.indexValue($0, "") } ?? 1
        if n == 0 || digits.isEmpty { return digits.joined() }
        let size = abs(n)
        var groups: [String] = []
        if n > 0 {
            // Groups counted from the right.
            var end = digits.count
            while end > 0 {
                groups.insert(digits[max(0, end - size)..<end].joined(), at: 0)
                end -= size
            }
        } else {
            var start = 0
            while start < digits.count {
                groups.append(digits[start..<min(digits.count, start + size)].joined())
                start += size
            }
        }
        return groups.joined(separator: sepText)
    }

    static func fromHex(_ s: String) throws -> [UInt8] {
        let u = Array(s.unicodeScalars)
        var out: [UInt8] = []
        var i = 0
        while i < u.count {
            if u[i] == " " || (u[i].value >= 9 && u[i].value <= 13) { i += 1; continue }
            guard let hi = Character(u[i]).hexDigitValue, u[i].isASCII else {
                throw valueError("non-hexadecimal number found in fromhex() arg at position \(i)")
            }
            guard i + 1 < u.count, let lo = Character(u[i + 1]).hexDigitValue, u[i + 1].isASCII else {
                throw valueError("non-hexadecimal number found in fromhex() arg at position \(i + 1)")
            }
            out.append(UInt8(hi * 16 + lo))
            i += 2
        }
        return out
    }
}
