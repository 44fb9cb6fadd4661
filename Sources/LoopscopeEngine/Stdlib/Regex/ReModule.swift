// The native core under `re`: compile a pattern to a handle, and run one
// match attempt (match, fullmatch or search) returning the group spans.
// Everything users see (Pattern, Match, sub, split, re.error) is Python in
// ReSource.swift, built on these two functions.

final class PyRegexHandle: PyObject {
    nonisolated(unsafe) static let type = BuiltinTypes.builtin("_regex_handle")
    let regex: CompiledRegex
    /// The last subject string as code points: finditer/sub call again and again on one string.
    private var lastString: String?
    private var lastScalars: [UInt32] = []

    init(_ regex: CompiledRegex) { self.regex = regex }
    override var pyType: PyType { Self.type }

    /// The same string object (its buffer is kept alive by `lastString`, so no other string can share it).
    private static func sameStorage(_ a: String, _ b: String) -> Bool {
        guard let pa = a.utf8.withContiguousStorageIfAvailable({ $0.baseAddress }),
              let pb = b.utf8.withContiguousStorageIfAvailable({ $0.baseAddress }), a.utf8.count > 15 else { return false }
        return pa == pb
    }

    func scalars(_ s: String) -> [UInt32] {
        if let last = lastString, last.utf8.count == s.utf8.count, Self.sameStorage(last, s) || last.utf8.elementsEqual(s.utf8) {
            return lastScalars
        }
        lastString = s
        lastScalars = s.unicodeScalars.map(\.value)
        return lastScalars
    }
}

extension Interpreter {
    func makeReModule() throws -> PyModule? {
        if let m = modules["re"] { return m }
        let core = PyModule(name: "_loopscope_re")
        core.namespace["compile"] = native("compile") { interp, args in
            guard args.count == 2, case .str(let pattern) = args[0], case .int(let flags) = args[1] else {
                throw PyError(BuiltinTypes.typeError, "first argument must be string or compiled pattern")
            }
            do {
                let re = try RegexParser.compile(pattern, flags: RegexFlags(rawValue: flags))
                let names = interp.dictValue(re.groupNames.map { ($0.0, .int($0.1)) })
                return .tuple([.object(PyRegexHandle(re)), .int(re.groupCount), names, .int(re.flags.rawValue)])
            } catch let e as RegexError {
                return .tuple([.none, .str(e.message), e.position.map { .int($0) } ?? .none, .none])
            }
        }
        core.namespace["scan"] = native("scan") { _, args in
            // Every match from pos (finditer's walk), as one list of span lists.
            guard args.count == 5, case .object(let ho) = args[0], let h = ho as? PyRegexHandle,
                  case .str(let s) = args[1], case .int(let pos) = args[2], case .int(let endpos) = args[3],
                  case .int(let limit) = args[4] else {
                throw PyError(BuiltinTypes.typeError, "expected string or bytes-like object")
            }
            let input = h.scalars(s)
            let end = max(0, min(endpos, input.count))
            var start = max(0, min(pos, input.count))
            var out: [Value] = []
            var mustAdvance = false
            while start <= end && (limit == 0 || out.count < limit) {
                let m = RegexMatcher(input: input, end: end, groupCount: h.regex.groupCount)
                guard try Self.runMatcher(m, h.regex, from: start, mode: 2, mustAdvance: mustAdvance) else { break }
                out.append(.tuple(m.caps.map { .int($0) }))
                mustAdvance = m.caps[0] == m.caps[1]
                start = m.caps[1]
            }
            return .list(out)
        }
        core.namespace["run"] = native("run") { _, args in
            guard args.count == 6, case .object(let ho) = args[0], let h = ho as? PyRegexHandle,
                  case .str(let s) = args[1], case .int(let pos) = args[2], case .int(let endpos) = args[3],
                  case .int(let mode) = args[4] else {
                throw PyError(BuiltinTypes.typeError, "expected string or bytes-like object")
            }
            let input = h.scalars(s)
            let end = max(0, min(endpos, input.count))
            let start = max(0, min(pos, input.count))
            if start > end { return .none }
            let m = RegexMatcher(input: input, end: end, groupCount: h.regex.groupCount)
            let found = try Self.runMatcher(m, h.regex, from: start, mode: mode, mustAdvance: args[5].isTruthyBool)
            return found ? .tuple(m.caps.map { .int($0) }) : .none
        }
        modules["_loopscope_re"] = core
        let m = try executeModuleSource(PreludeSources.reModule, name: "re")
        return m
    }
}

extension Interpreter {
    /// mode: 0 match, 1 fullmatch, 2 search.
    static func runMatcher(_ m: RegexMatcher, _ re: CompiledRegex, from: Int, mode: Int, mustAdvance: Bool) throws -> Bool {
        do {
            return try m.find(re, from: from, anchored: mode != 2, full: mode == 1, mustAdvance: mustAdvance)
        } catch RegexMatcher.Failure.tooDeep {
            throw PyError(BuiltinTypes.recursionError, "maximum recursion depth exceeded while matching a regular expression")
        } catch {
            throw PyError(BuiltinTypes.runtimeError,
                          "loopscope: the regular expression backtracked too long (more than 5000000 steps) and was stopped")
        }
    }
}

private extension Value {
    var isTruthyBool: Bool {
        switch self {
        case .bool(let b): return b
        case .int(let i): return i != 0
        default: return false
        }
    }
}
