// CPython 3.11's "Did you mean: 'x'?" (Python/suggestions.c): the interpreter's
// own traceback printer appends it to an uncaught AttributeError or NameError
// (traceback.py, and so logging, does not in 3.11). The candidate closest to
// the missing name by a Levenshtein distance where a case change costs 1 and
// any other edit 2 wins, if no more than a third of the characters change.

private let moveCost = 2
private let caseCost = 1
private let maxStringSize = 40
private let maxCandidateItems = 750

enum Suggestions {
    static func substitutionCost(_ a: UInt8, _ b: UInt8) -> Int {
        // Characters that differ outside the low five bits are never a case pair.
        if a & 31 != b & 31 { return moveCost }
        if a == b { return 0 }
        func lower(_ c: UInt8) -> UInt8 { (65...90).contains(c) ? c + 32 : c }
        return lower(a) == lower(b) ? caseCost : moveCost
    }

    /// The edit distance, or `maxCost + 1` once it is certainly above `maxCost`.
    static func distance(_ s1: [UInt8], _ s2: [UInt8], maxCost: Int) -> Int {
        var a = s1[...], b = s2[...]
        while let x = a.first, let y = b.first, x == y { a = a.dropFirst(); b = b.dropFirst() }
        while let x = a.last, let y = b.last, x == y { a = a.dropLast(); b = b.dropLast() }
        if a.isEmpty || b.isEmpty { return (a.count + b.count) * moveCost }
        if a.count > maxStringSize || b.count > maxStringSize { return maxCost + 1 }
        if b.count < a.count { swap(&a, &b) }
        if (b.count - a.count) * moveCost > maxCost { return maxCost + 1 }
        let aa = Array(a), bb = Array(b)
        // One row of the matrix, updated in place: row[i] = cost(b[:j], a[:i+1]).
        var row = (0..<aa.count).map { ($0 + 1) * moveCost }
        var result = 0
        for (j, code) in bb.enumerated() {
            var diagonal = j * moveCost
            result = diagonal
            var minimum = Int.max
            for i in 0..<aa.count {
                let substitute = diagonal + substitutionCost(code, aa[i])
                diagonal = row[i]
                result = min(min(result, diagonal) + moveCost, substitute)
                row[i] = result
                minimum = min(minimum, result)
            }
            if minimum > maxCost { return maxCost + 1 }
        }
        return result
    }

    /// `calculate_suggestions`: the first candidate at the smallest distance.
    static func best(for name: String, among candidates: [String]) -> String? {
        if candidates.count >= maxCandidateItems { return nil }
        let n = Array(name.utf8)
        var best: String?
        var bestDistance = Int.max
        for item in candidates where item != name {
            let it = Array(item.utf8)
            let maxDistance = min((n.count + it.count + 3) * moveCost / 6, bestDistance - 1)
            let d = distance(n, it, maxCost: maxDistance)
            if d > maxDistance { continue }
            if best == nil || d < bestDistance {
                best = item
                bestDistance = d
            }
        }
        return best
    }

    /// `dir(asyncio)` in CPython 3.11: typos are judged against the real
    /// package (its submodules included: `asyncio.coroutine` suggests 'coroutines').
    static let asyncioDir = """
        ALL_COMPLETED AbstractChildWatcher AbstractEventLoop AbstractEventLoopPolicy AbstractServer Barrier \
        BaseEventLoop BaseProtocol BaseTransport BoundedSemaphore BrokenBarrierError BufferedProtocol \
        CancelledError Condition DatagramProtocol DatagramTransport DefaultEventLoopPolicy Event \
        FIRST_COMPLETED FIRST_EXCEPTION FastChildWatcher Future Handle IncompleteReadError InvalidStateError \
        LifoQueue LimitOverrunError Lock MultiLoopChildWatcher PidfdChildWatcher PriorityQueue Protocol \
        Queue QueueEmpty QueueFull ReadTransport Runner SafeChildWatcher SelectorEventLoop Semaphore \
        SendfileNotAvailableError Server StreamReader StreamReaderProtocol StreamWriter SubprocessProtocol \
        SubprocessTransport Task TaskGroup ThreadedChildWatcher Timeout TimeoutError TimerHandle Transport \
        WriteTransport __all__ __builtins__ __cached__ __doc__ __file__ __loader__ __name__ __package__ \
        __path__ __spec__ _enter_task _get_running_loop _leave_task _register_task _set_running_loop \
        _unregister_task all_tasks as_completed base_events base_futures base_subprocess base_tasks \
        constants coroutines create_subprocess_exec create_subprocess_shell create_task current_task \
        ensure_future events exceptions format_helpers futures gather get_child_watcher get_event_loop \
        get_event_loop_policy get_running_loop iscoroutine iscoroutinefunction isfuture locks log mixins \
        new_event_loop open_connection open_unix_connection protocols queues run run_coroutine_threadsafe \
        runners selector_events set_child_watcher set_event_loop set_event_loop_policy shield sleep \
        sslproto staggered start_server start_unix_server streams subprocess sys taskgroups tasks threads \
        timeout timeout_at timeouts to_thread transports trsock unix_events wait wait_for wrap_future
        """.split(separator: " ").map(String.init)

    /// The builtins module's names in CPython 3.11's dict order (ties go to the first).
    static let builtinNames = """
        __name__ __doc__ __package__ __loader__ __spec__ __build_class__ __import__ abs all any ascii bin \
        breakpoint callable chr compile delattr dir divmod eval exec format getattr globals hasattr hash hex \
        id input isinstance issubclass iter aiter len locals max min next anext oct ord pow print repr round \
        setattr sorted sum vars None Ellipsis NotImplemented False True bool memoryview bytearray bytes \
        classmethod complex dict enumerate filter float frozenset property int list map object range \
        reversed set slice staticmethod str super tuple type zip __debug__ BaseException BaseExceptionGroup \
        Exception GeneratorExit KeyboardInterrupt SystemExit ArithmeticError AssertionError AttributeError \
        BufferError EOFError ImportError LookupError MemoryError NameError OSError ReferenceError \
        RuntimeError StopAsyncIteration StopIteration SyntaxError SystemError TypeError ValueError Warning \
        FloatingPointError OverflowError ZeroDivisionError BytesWarning DeprecationWarning EncodingWarning \
        FutureWarning ImportWarning PendingDeprecationWarning ResourceWarning RuntimeWarning SyntaxWarning \
        UnicodeWarning UserWarning BlockingIOError ChildProcessError ConnectionError FileExistsError \
        FileNotFoundError InterruptedError IsADirectoryError NotADirectoryError PermissionError \
        ProcessLookupError TimeoutError IndentationError IndexError KeyError ModuleNotFoundError \
        NotImplementedError RecursionError UnboundLocalError UnicodeError BrokenPipeError \
        ConnectionAbortedError ConnectionRefusedError ConnectionResetError TabError UnicodeDecodeError \
        UnicodeEncodeError UnicodeTranslateError ExceptionGroup EnvironmentError IOError open quit exit \
        copyright credits license help
        """.split(separator: " ").map(String.init)

    /// `object.__dir__`'s names every instance has.
    static let objectNames = """
        __class__ __delattr__ __dir__ __doc__ __eq__ __format__ __ge__ __getattribute__ __getstate__ __gt__ \
        __hash__ __init__ __init_subclass__ __le__ __lt__ __ne__ __new__ __reduce__ __reduce_ex__ __repr__ \
        __setattr__ __sizeof__ __str__ __subclasshook__
        """.split(separator: " ").map(String.init)
}

/// Where a NameError was raised: the names `offer_suggestions_for_name_error`
/// searches (the frame's locals, then its globals, then builtins).
final class NameErrorScope {
    let localNames: [String]
    let module: Namespace
    init(localNames: [String], module: Namespace) {
        self.localNames = localNames
        self.module = module
    }
}

extension Interpreter {
    /// `. Did you mean: 'x'?` for an uncaught exception, or "".
    func suggestionSuffix(_ exc: PyException) -> String {
        guard case .str(let name)? = exc.dict["name"] else { return "" }
        var found: String?
        if exc.isInstance(of: BuiltinTypes.attributeError), let obj = exc.dict["obj"] {
            found = Suggestions.best(for: name, among: dirNames(obj))
        } else if exc.isInstance(of: BuiltinTypes.nameError), let scope = exc.nameErrorScope as? NameErrorScope {
            found = Suggestions.best(for: name, among: scope.localNames)
                ?? Suggestions.best(for: name, among: scope.module.orderedItems.map { $0.0 })
                ?? Suggestions.best(for: name, among: Suggestions.builtinNames)
        }
        guard let found else { return "" }
        return ". Did you mean: '\(found)'?"
    }

    /// `dir(obj)`, sorted.
    func dirNames(_ obj: Value) -> [String] {
        var names = Set<String>()
        switch obj {
        case .object(let m as PyModule):
            if m.name == "asyncio" { return Suggestions.asyncioDir }
            names.formUnion(m.namespace.orderedItems.map { $0.0 })
        case .object(let t as PyType):
            for c in t.mro { names.formUnion(c.dict.keys) }
        default:
            if case .object(let o) = obj {
                if let inst = o as? PyInstance { names.formUnion(inst.dict.keys) }
                else if let attrs = o.attributes { names.formUnion(attrs.keys) }
            }
            for c in typeOf(obj).mro { names.formUnion(c.dict.keys) }
            names.formUnion(Suggestions.objectNames)
        }
        return names.sorted()
    }
}
