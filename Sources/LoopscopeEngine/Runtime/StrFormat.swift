// str.format / str.format_map: replacement fields with auto or manual
// numbering, attribute and index lookups, conversions and nested specs.

enum StrFormat {
    final class Counter {
        var auto = 0
        var mode: Bool?  // true = automatic, false = manual
    }

    static func format(_ interp: Interpreter, _ template: String, args: [Value], kwargs: Value?, depth: Int = 2) throws -> String {
        let counter = Counter()
        return try render(interp, Array(template), args: args, kwargs: kwargs, counter: counter, depth: depth)
    }

    private static func render(_ interp: Interpreter, _ c: [Character], args: [Value], kwargs: Value?, counter: Counter, depth: Int) throws -> String {
        // CPython's build_string starts at depth 2 and refuses depth 0, so a
        // spec may hold fields but a spec inside a spec may not.
        if depth <= 0 { throw valueError("Max string recursion exceeded") }
        var out = ""
        var i = 0
        while i < c.count {
            let ch = c[i]
            if ch == "}" {
                if i + 1 < c.count && c[i + 1] == "}" { out.append("}"); i += 2; continue }
                throw valueError("Single '}' encountered in format string")
            }
            if ch != "{" { out.append(ch); i += 1; continue }
            if i + 1 < c.count && c[i + 1] == "{" { out.append("{"); i += 2; continue }
            // Find the matching close brace (nested braces allowed in the spec).
            var j = i + 1, level = 1
            while j < c.count {
                if c[j] == "{" { level += 1 } else if c[j] == "}" { level -= 1; if level == 0 { break } }
                j += 1
            }
            if j >= c.count {
                if i + 1 >= c.count { throw valueError("Single '{' encountered in format string") }
                throw valueError("expected '}' before end of string")
            }
            let field = Array(c[(i + 1)..<j])
            out += try replace(interp, field, args: args, kwargs: kwargs, counter: counter, depth: depth)
            i = j + 1
        }
        return out
    }

    private static func replace(_ interp: Interpreter, _ field: [Character], args: [Value], kwargs: Value?, counter: Counter, depth: Int) throws -> String {
        // Split name[!conv][:spec]; '[' ... ']' may contain ':' or '!'.
        var k = 0
        var inBracket = false
        while k < field.count {
            let ch = field[k]
            if ch == "[" { inBracket = true } else if ch == "]" { inBracket = false } else if !inBracket && (ch == "!" || ch == ":") { break }
            k += 1
        }
        let name = String(field[0..<k])
        var conversion: Character?
        if k < field.count && field[k] == "!" {
            guard k + 1 < field.count else { throw valueError("end of string while looking for conversion specifier") }
            conversion = field[k + 1]
            k += 2
            if k < field.count && field[k] != ":" { throw valueError("expected ':' after conversion specifier") }
        }
        // The field's own object is looked up before its spec is expanded
        // (CPython's output_markup), so an automatic field takes its number
        // before the nested fields inside its spec take theirs.
        var value = try resolve(interp, name, args: args, kwargs: kwargs, counter: counter)
        if let conv = conversion {
            switch conv {
            case "r": value = .str(try interp.repr(value))
            case "s": value = .str(try interp.str(value))
            case "a": value = .str(asciiRepr(try interp.repr(value)))
            default: throw valueError("Unknown conversion specifier \(conv)")
            }
        }
        var spec = ""
        if k < field.count && field[k] == ":" {
            spec = try render(interp, Array(field[(k + 1)...]), args: args, kwargs: kwargs, counter: counter, depth: depth - 1)
        }
        return try interp.format(value, spec)
    }

    private static func resolve(_ interp: Interpreter, _ name: String, args: [Value], kwargs: Value?, counter: Counter) throws -> Value {
        let chars = Array(name)
        var k = 0
        while k < chars.count && chars[k] != "." && chars[k] != "[" { k += 1 }
        let first = String(chars[0..<k])
        var value: Value
        if first.isEmpty || first.allSatisfy({ $0.isASCII && $0.isNumber }) {
            let index: Int
            if first.isEmpty {
                if counter.mode == false { throw valueError("cannot switch from manual field specification to automatic field numbering") }
                counter.mode = true
                index = counter.auto
                counter.auto += 1
            } else {
                if counter.mode == true { throw valueError("cannot switch from automatic field numbering to manual field specification") }
                counter.mode = false
                index = Int(first) ?? Int.max
            }
            guard index < args.count else { throw indexError("Replacement index \(index) out of range for positional args tuple") }
            value = args[index]
        } else {
            guard let kw = kwargs else { throw PyError(PyException(type: BuiltinTypes.keyError, args: [.str(first)])) }
            value = try interp.getItem(kw, .str(first))
        }
        while k < chars.count {
            if chars[k] == "." {
                var e = k + 1
                while e < chars.count && chars[e] != "." && chars[e] != "[" { e += 1 }
                let attr = String(chars[(k + 1)..<e])
                if attr.isEmpty { throw valueError("Empty attribute in format string") }
                value = try interp.getAttribute(value, attr)
                k = e
            } else if chars[k] == "[" {
                guard let close = chars[k...].firstIndex(of: "]") else { throw valueError("Missing ']' in format string") }
                let key = String(chars[(k + 1)..<close])
                if key.isEmpty { throw valueError("Empty attribute in format string") }
                let keyValue: Value = key.allSatisfy({ $0.isASCII && $0.isNumber }) ? .int(Int(key) ?? 0) : .str(key)
                value = try interp.getItem(value, keyValue)
                k = close + 1
                if k < chars.count && chars[k] != "." && chars[k] != "[" {
                    throw valueError("Only '.' or '[' may follow ']' in format field specifier")
                }
            } else {
                break
            }
        }
        return value
    }

    /// ascii(): repr with non-ASCII escaped.
    static func asciiRepr(_ r: String) -> String {
        var out = ""
        for u in r.unicodeScalars {
            if u.value < 128 { out.unicodeScalars.append(u) } else if u.value < 0x100 { out += "\\x" + StrRepr.hex(u.value, 2) } else if u.value < 0x10000 { out += "\\u" + StrRepr.hex(u.value, 4) } else { out += "\\U" + StrRepr.hex(u.value, 8) }
        }
        return out
    }
}
