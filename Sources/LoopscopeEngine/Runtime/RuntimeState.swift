// OWNER: runtime helper. Per-run state of the runtime library (random, ...).
public final class RuntimeState {
    public init() {}
}
