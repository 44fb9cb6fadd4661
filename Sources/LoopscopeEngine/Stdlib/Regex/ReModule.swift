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

    func scalars(_ s: String) -> [UInt32] {
        if let last = lastString, last.utf8.elementsEqual(s.utf8) { return lastScalars }
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
            let found: Bool
            do {
                found = try m.find(h.regex, from: start, anchored: mode != 2, full: mode == 1,
                                   mustAdvance: args[5].isTruthyBool)
            } catch RegexMatcher.Failure.tooDeep {
                throw PyError(BuiltinTypes.recursionError, "maximum recursion depth exceeded while matching a regular expression")
            } catch {
                throw PyError(BuiltinTypes.runtimeError,
                              "loopscope: the regular expression backtracked too long (more than 20000000 steps) and was stopped")
            }
            return found ? .tuple(m.caps.map { .int($0) }) : .none
        }
        modules["_loopscope_re"] = core
        let m = try executeModuleSource(PreludeSources.reModule, name: "re")
        return m
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
