// Argument handling for asyncio's native functions, with CPython's wording.
struct NativeArgs {
    let function: String
    let args: Arguments

    init(_ function: String, _ args: Arguments) {
        self.function = function
        self.args = args
    }

    /// Positional `i`, or the keyword `name`, or nil.
    func get(_ i: Int, _ name: String) -> Value? {
        if i < args.positional.count { return args.positional[i] }
        return args.keyword(name)
    }

    func required(_ i: Int, _ name: String) throws -> Value {
        guard let v = get(i, name) else {
            throw pyTypeError("\(function)() missing required argument '\(name)' (pos \(i + 1))")
        }
        return v
    }

    func keyword(_ name: String) -> Value? { args.keyword(name) }

    func maxPositional(_ n: Int) throws {
        if args.positional.count > n {
            throw pyTypeError("\(function)() takes at most \(n) positional argument\(n == 1 ? "" : "s") (\(args.positional.count) given)")
        }
    }
}

/// A method of a builtin asyncio type: `args[0]` is the receiver.
func method<T: PyObject>(_ type: T.Type, _ name: String,
                         _ body: @escaping (Interpreter, T, NativeArgs) throws -> Value) -> (String, Value) {
    let fn = PyNativeFunction(name) { interp, args in
        guard let first = args.positional.first, case .object(let o) = first, let receiver = o as? T else {
            throw pyTypeError("descriptor '\(name)' requires a receiver")
        }
        var rest = args
        rest.positional.removeFirst()
        do {
            return try body(interp, receiver, NativeArgs(name, rest))
        } catch let e as PyError {
            interp.keepUnawaitedArguments(rest, in: e.exception)
            throw e
        }
    }
    return (name, .object(fn))
}

func function(_ name: String, _ body: @escaping (Interpreter, NativeArgs) throws -> Value) -> (String, Value) {
    (name, .object(PyNativeFunction(name) { interp, args in
        do {
            return try body(interp, NativeArgs(name, args))
        } catch let e as PyError {
            interp.keepUnawaitedArguments(args, in: e.exception)
            throw e
        }
    }))
}

extension Interpreter {
    /// A delay added to `loop.time()`: CPython's float + int addition raises
    /// for an int too large for a float (`asyncio.sleep(10**400)`).
    func requireDelay(_ v: Value, _ what: String) throws -> Double {
        let d = try requireNumber(v, what)
        if case .bigint = v, !d.isFinite {
            throw PyError(BuiltinTypes.overflowError, "int too large to convert to float")
        }
        return d
    }

    func requireNumber(_ v: Value, _ what: String) throws -> Double {
        guard let d = v.asDouble else {
            throw pyTypeError("'\(what)' must be a real number, not \(typeOf(v).name)")
        }
        return d
    }
}
