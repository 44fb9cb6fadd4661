// asyncio.Handle (events.py): a callback waiting in the loop's ready queue.
// Callbacks the loop itself schedules (a Task's step, its wake-up, a
// Future's done-callback) are Swift cases, so the hot path allocates no
// Python objects; `call_soon(fn, *args)` from Python uses `.call`.

//
// Every payload is at most two references, so a Handle is 56 bytes (a
// 64-byte malloc chunk instead of 80): a mass wake-up of 100,000 tasks
// queues 100,000 handles at once. The rare wider payloads are boxed.
enum HandleCallback {
    /// `Task.__step(exc)`.
    case taskStep(Task, PyException?)
    /// `Task.__wakeup(future)`.
    case taskWakeup(Task, Future)
    /// A Future's done-callback, called with the future.
    case doneCallback(FutureCallback, Future)
    /// A Python callable with positional arguments.
    case call(PythonCall)
    /// Loop-internal work written in Swift (`_set_result_unless_cancelled`, ...).
    case native(NativeHandleBody)

    static func call(_ fn: Value, _ args: [Value]) -> HandleCallback {
        .call(PythonCall(fn: fn, args: args))
    }

    static func native(_ name: String, _ body: @escaping (Interpreter) throws -> Void) -> HandleCallback {
        .native(NativeHandleBody(name: name, body: body))
    }
}

/// `call_soon(fn, *args)` from Python.
final class PythonCall {
    let fn: Value
    let args: [Value]
    /// The contextvars context it runs in (nil without contextvars).
    var context: Value?
    init(fn: Value, args: [Value]) {
        self.fn = fn
        self.args = args
    }
}

/// Loop-internal work written in Swift, with a name for people.
final class NativeHandleBody {
    let name: String
    let body: (Interpreter) throws -> Void
    init(name: String, body: @escaping (Interpreter) throws -> Void) {
        self.name = name
        self.body = body
    }
}

enum HandleRunResult {
    case finished(instructions: Int)
    /// The instruction budget ran out; run the same handle again to continue.
    case sliced(instructions: Int, line: Int)
}

class Handle: PyObject {
    let id: HandleID
    var callback: HandleCallback
    var cancelled = false
    /// Strong, as CPython's `_loop`: a handle the program keeps may outlive
    /// every other reference to its loop (`h = loop.call_later(...)`,
    /// `del loop`, `h.cancel()`).
    let loop: EventLoop

    init(id: HandleID, callback: HandleCallback, loop: EventLoop) {
        self.id = id
        self.callback = callback
        self.loop = loop
    }

    override var pyType: PyType { AsyncioTypes.handle }

    /// The task this handle steps, if any.
    var task: Task? {
        switch callback {
        case .taskStep(let t, _), .taskWakeup(let t, _): return t
        case .doneCallback(.wakeup(let t), _): return t
        default: return nil
        }
    }

    /// For people, like CPython's handle repr: `Task-2.__step()`, `print_later()`.
    func describe(_ interp: Interpreter) -> String {
        switch callback {
        case .taskStep(let t, _): return t.stepDescription
        case .taskWakeup(let t, _): return t.wakeupDescription
        case .doneCallback(let cb, _): return cb.describe(interp) + "()"
        case .call(let c):
            return interp.callableName(c.fn) + "(" + c.args.map { interp.describe($0) }.joined(separator: ", ") + ")"
        case .native(let n): return n.name + "()"
        }
    }

    /// `format_helpers._format_callback_source`: the call, then ` at FILE:LINE`
    /// where the callback is a Python function (CPython shows no source for
    /// bound methods and builtins).
    func callbackSource(_ interp: Interpreter) -> String {
        let call = describe(interp)
        guard case .call(let c) = callback, case .object(let o) = c.fn, let fn = o as? PyFunction else { return call }
        return call + " at \(fn.code.filename):\(fn.code.firstLine)"
    }

    /// `Handle.__repr__` / `TimerHandle.__repr__`: `<Handle cb(1) at f.py:2>`,
    /// `<TimerHandle cancelled when=5.0>` (cancelling drops the callback).
    func repr(_ interp: Interpreter) -> String {
        var info = [self is TimerHandle ? "TimerHandle" : "Handle"]
        if cancelled { info.append("cancelled") }
        if let timer = self as? TimerHandle { info.append("when=\(interp.describe(.float(timer.when)))") }
        if !cancelled { info.append(callbackSource(interp)) }
        // Debug mode remembers where the program scheduled it (`_source_traceback`).
        if let site = loop.handleCreationSites[id] { info.append("created at \(site)") }
        return "<" + info.joined(separator: " ") + ">"
    }

    func cancel() {
        if cancelled { return }
        cancelled = true
        loop.interp.asyncio.emit(.handleCancelled(handle: id))
    }

    /// `Handle._run`: exceptions go to the loop's exception handler, except
    /// SystemExit/KeyboardInterrupt, which propagate (thrown as PyError).
    func run(_ interp: Interpreter) throws -> HandleRunResult {
        if interp.stdlib.copyContext != nil, let ctx = runContext {
            return try interp.withContext(ctx) { try runCallback(interp) }
        }
        return try runCallback(interp)
    }

    /// The contextvars context the callback runs in, if it captured one.
    private var runContext: Value? {
        switch callback {
        case .taskStep(let t, _), .taskWakeup(let t, _): return t.context
        case .doneCallback(.wakeup(let t), _): return t.context
        case .doneCallback(.python(let cb), _): return cb.context
        case .call(let c): return c.context
        default: return nil
        }
    }

    private func runCallback(_ interp: Interpreter) throws -> HandleRunResult {
        switch callback {
        case .taskStep(let task, let exc):
            return try task.step(exc)
        case .taskWakeup(let task, let future):
            return try task.wakeup(future)
        default:
            do {
                switch callback {
                case .doneCallback(let cb, let future): try cb.call(interp, future)
                case .call(let c): try interp.callDroppingResult(c.fn, Arguments(c.args))
                case .native(let n): try n.body(interp)
                default: break
                }
            } catch let error as PyError {
                let e = error.exception
                if e.isInstance(of: BuiltinTypes.systemExit) || e.isInstance(of: BuiltinTypes.keyboardInterrupt) {
                    throw error
                }
                interp.loggingCallbackException(e) { loop.reportCallbackException(self, e) }
            }
            return .finished(instructions: 0)
        }
    }
}

/// A callback registered with `Future.add_done_callback`.
/// A Python done-callback.
final class PythonCallback {
    let fn: Value
    /// The contextvars context it runs in (nil without contextvars).
    var context: Value?
    init(_ fn: Value) { self.fn = fn }
}

/// A done-callback written in Swift. A class, so `FutureCallback` stays
/// 24 bytes a slot and one callback can be shared by many futures (gather's
/// `_done_callback` on each of 100,000 children).
final class NativeFutureCallback {
    /// Lets Swift code remove it again (`remove_done_callback`).
    let key: Int
    let name: String
    let body: (Interpreter, Future) throws -> Void

    init(key: Int, name: String, _ body: @escaping (Interpreter, Future) throws -> Void) {
        self.key = key
        self.name = name
        self.body = body
    }
}

enum FutureCallback {
    /// `add_done_callback(fn)` from Python (boxed: keeps this enum, and
    /// so a Handle, two words wide).
    case python(PythonCallback)
    case native(NativeFutureCallback)
    case wakeup(Task)

    static func native(key: Int, name: String,
                       _ body: @escaping (Interpreter, Future) throws -> Void) -> FutureCallback {
        .native(NativeFutureCallback(key: key, name: name, body))
    }

    func call(_ interp: Interpreter, _ future: Future) throws {
        switch self {
        case .python(let cb): try interp.callDroppingResult(cb.fn, Arguments([.object(future)]))
        case .native(let cb): try cb.body(interp, future)
        case .wakeup(let task): _ = try task.wakeup(future)
        }
    }

    /// Whether this is `cb` itself (one native callback shared by a gather's children).
    func isSameNative(_ cb: FutureCallback) -> Bool {
        if case .native(let a) = self, case .native(let b) = cb { return a === b }
        return false
    }

    /// `format_helpers._format_callback_source`'s ` at FILE:LINE`: plain
    /// functions only (not bound methods); the loop's own callbacks are at
    /// the lines CPython 3.11.7 defines them.
    func sourceSuffix(_ interp: Interpreter) -> String {
        if case .python(let cb) = self, case .object(let o) = cb.fn, let fn = o as? PyFunction, !fn.code.isPrelude {
            return " at \(fn.code.filename):\(fn.code.firstLine)"
        }
        if case .wakeup = self { return "" }
        guard let place = Self.cpythonSources[describe(interp)] else { return "" }
        return " at \(cpythonAsyncioDirectory)/\(place)"
    }

    private static let cpythonSources: [String: String] = [
        "_run_until_complete_cb": "base_events.py:180",
        "gather.<locals>._done_callback": "tasks.py:764",
        "_wait.<locals>._on_completion": "tasks.py:519",
        "as_completed.<locals>._on_completion": "tasks.py:602",
        "shield.<locals>._inner_done_callback": "tasks.py:891",
        "shield.<locals>._outer_done_callback": "tasks.py:908",
    ]

    func describe(_ interp: Interpreter) -> String {
        switch self {
        case .python(let cb): return interp.callableName(cb.fn)
        case .native(let cb): return cb.name
        case .wakeup: return "Task.task_wakeup"
        }
    }
}

extension Interpreter {
    /// `print`, `main.<locals>.<lambda>`: the callable's __qualname__ when it
    /// has one, as CPython's `_format_callback` shows it.
    func callableName(_ fn: Value) -> String {
        if case .object(let o) = fn {
            if let native = o as? PyNativeFunction { return native.name }
            if let name = try? getAttribute(fn, "__qualname__"), case .str(let s) = name { return s }
        }
        return describe(fn)
    }
}
