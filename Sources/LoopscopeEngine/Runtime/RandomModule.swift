// OWNER: runtime helper.
extension Interpreter {
    /// `import random`: CPython's Mersenne Twister, bit for bit.
    public func makeRandomModule() throws -> PyModule { fatalError("runtime: makeRandomModule") }
}
