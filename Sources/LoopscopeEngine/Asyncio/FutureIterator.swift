// `Future.__await__()` / `Future.__iter__()` called by hand, as teaching code
// does to show what `await` drives (`_asyncio.FutureIter`): it yields the
// future while pending, then stops with its result. `await fut` itself
// never builds one: the VM steps the future directly (Future.awaitStep).
final class FutureIterator: PyObject {
    let future: Future
    private var started = false

    init(_ future: Future) { self.future = future }

    override var pyType: PyType { AsyncioTypes.futureIterator }

    func send(_ interp: Interpreter, _ input: ResumeInput?) throws -> Value {
        let step = try future.awaitStep(interp, started ? input ?? .send(.none) : input)
        started = true
        switch step {
        case .suspend(let v): return v
        case .done(let v): throw PyError(PyException(type: BuiltinTypes.stopIteration, args: v.isNone ? [] : [v]))
        }
    }
}

extension AsyncioTypes {
    nonisolated(unsafe) static let futureIterator = make("FutureIter", module: "_asyncio", [
        method(FutureIterator.self, "__iter__") { _, it, _ in .object(it) },
        method(FutureIterator.self, "__next__") { interp, it, _ in try it.send(interp, nil) },
        method(FutureIterator.self, "send") { interp, it, a in
            let v = try a.required(0, "value")
            return try it.send(interp, v.isNone ? nil : .send(v))
        },
        method(FutureIterator.self, "throw") { interp, it, a in
            var v = try a.required(0, "typ")
            if v.asObject is PyType { v = try interp.call(v, Arguments([])) }
            guard let e = v.asObject as? PyException else { throw pyTypeError("exceptions must derive from BaseException") }
            return try it.send(interp, .throwing(e))
        },
        method(FutureIterator.self, "close") { _, _, _ in .none },
    ])

    static var futureAwaitMethods: [(String, Value)] {
        [
            method(Future.self, "__await__") { _, f, _ in .object(FutureIterator(f)) },
            method(Future.self, "__iter__") { _, f, _ in .object(FutureIterator(f)) },
        ]
    }
}
