// OWNER: asyncio helper. Per-run asyncio state hung off the Interpreter.
public final class AsyncioState {
    public init() {}
}
