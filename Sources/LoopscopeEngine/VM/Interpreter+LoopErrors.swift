// The errors the dispatch loop raises, built out of line. Kept out of
// `run` on purpose: string literals inside the loop body make the compiler
// rematerialise them on every instruction, which costs more than the
// instructions themselves.

extension Interpreter {
    @inline(never)
    func unboundLocal(_ code: CodeObject, _ i: Int) -> PyError {
        PyError(BuiltinTypes.unboundLocalError,
                "cannot access local variable '\(code.varnames[i])' where it is not associated with a value")
    }

    @inline(never)
    func unboundCell(_ code: CodeObject, _ i: Int) -> PyError {
        if i < code.cellvars.count {
            return PyError(BuiltinTypes.unboundLocalError,
                           "cannot access local variable '\(code.cellvars[i])' where it is not associated with a value")
        }
        let name = code.freevars[i - code.cellvars.count]
        return PyError(BuiltinTypes.nameError,
                       "cannot access free variable '\(name)' where it is not associated with a value in enclosing scope")
    }

    @inline(never)
    func nameNotDefined(_ name: String) -> PyError {
        let e = PyException(BuiltinTypes.nameError, "name '\(name)' is not defined")
        e.dict["name"] = .str(name)
        if let f = currentFrame { e.nameErrorScope = NameErrorScope(localNames: f.code.varnames, module: f.globals) }
        return PyError(e)
    }

    @inline(never)
    func notEnoughValuesToUnpack(atLeast expected: Int, got: Int) -> PyError {
        PyError(BuiltinTypes.valueError, "not enough values to unpack (expected at least \(expected), got \(got))")
    }

    @inline(never)
    func noActiveException() -> PyError {
        PyError(BuiltinTypes.runtimeError, "No active exception to reraise")
    }

    @inline(never)
    func cannotSuspendHere() -> PyException {
        PyException(BuiltinTypes.runtimeError, "this operation cannot suspend here (it must be called at module level)")
    }

    @inline(never)
    func internalError(_ error: any Error) -> PyException {
        PyException(BuiltinTypes.runtimeError, "internal error: \(error)")
    }
}
