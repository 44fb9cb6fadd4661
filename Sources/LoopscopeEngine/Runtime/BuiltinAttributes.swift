// Data attributes of builtin objects (`exc.args`, `range.start`,
// `x.real`, `t.__name__`...). The VM's getAttribute can ask here before
// looking for methods: the runtime owns these objects' layout.

extension Interpreter {
    /// The value of a non-method attribute of a builtin object, or nil.
    public func builtinDataAttribute(_ v: Value, _ name: String) -> Value? {
        if name == "__class__" { return .object(typeOf(v)) }
        switch v {
        case .int, .bigint, .bool:
            switch name {
            case "real", "numerator": return PyInt.isInt(v) ? (try? unaryOp(.pos, v)) : nil
            case "imag": return .int(0)
            case "denominator": return .int(1)
            default: return nil
            }
        case .float(let d):
            switch name {
            case "real": return .float(d)
            case "imag": return .float(0)
            default: return nil
            }
        case .object(let o):
            switch o {
            case let e as PyException:
                switch name {
                case "args": return .tuple(e.args)
                case "__cause__": return e.cause.map { .object($0) } ?? Value.none
                case "__context__": return e.context.map { .object($0) } ?? Value.none
                case "__suppress_context__": return .bool(e.suppressContext)
                case "__traceback__": return Value.none
                case "value" where e.pyType.isSubtype(of: BuiltinTypes.stopIteration):
                    return e.args.first ?? Value.none
                case "code" where e.pyType.isSubtype(of: BuiltinTypes.systemExit):
                    return e.args.count == 1 ? e.args[0] : (e.args.isEmpty ? .none : .tuple(e.args))
                case _ where ExceptionMethods.syntaxErrorFields.contains(name) && e.pyType.isSubtype(of: BuiltinTypes.syntaxError):
                    return e.dict[name] ?? (name == "msg" ? e.args.first : nil) ?? Value.none
                case "errno" where e.pyType.isSubtype(of: BuiltinTypes.osError),
                     "strerror" where e.pyType.isSubtype(of: BuiltinTypes.osError):
                    // OSError(errno, strerror): set only for 2 to 5 arguments.
                    guard (2...5).contains(e.args.count) else { return Value.none }
                    return e.args[name == "errno" ? 0 : 1]
                case "filename" where e.pyType.isSubtype(of: BuiltinTypes.osError),
                     "filename2" where e.pyType.isSubtype(of: BuiltinTypes.osError):
                    return e.dict[name] ?? Value.none
                case "message" where e.pyType.isSubtype(of: BuiltinTypes.baseExceptionGroup):
                    return e.args.first ?? Value.none
                case "exceptions" where e.pyType.isSubtype(of: BuiltinTypes.baseExceptionGroup):
                    return e.args.count > 1 ? .tuple((try? toArray(e.args[1])) ?? []) : .tuple([])
                default: return nil
                }
            case let c as PyComplex:
                switch name {
                case "real": return .float(c.re)
                case "imag": return .float(c.im)
                default: return nil
                }
            case let r as PyRange:
                switch name {
                case "start": return r.startValue
                case "stop": return r.stopValue
                case "step": return r.stepValue
                default: return nil
                }
            case let s as PySlice:
                switch name {
                case "start": return s.start
                case "stop": return s.stop
                case "step": return s.step
                default: return nil
                }
            case let t as PyType:
                switch name {
                case "__name__": return .str(t.name)
                case "__qualname__": return .str(t.qualname)
                case "__module__": return .str(t.module)
                case "__bases__": return .tuple(t.bases.map { .object($0) })
                case "__mro__": return .tuple(t.mro.map { .object($0) })
                case "__doc__": return Value.none
                default: return nil
                }
            case let f as PyNativeFunction:
                switch name {
                case "__name__", "__qualname__": return .str(f.name)
                case "__doc__": return Value.none
                default: return nil
                }
            case let m as PyModule where name == "__name__":
                return .str(m.name)
            case let rnd as PyRandom where name == "gauss_next":
                return rnd.gaussNext.map { .float($0) } ?? Value.none
            default:
                return nil
            }
        default:
            return nil
        }
    }
}
