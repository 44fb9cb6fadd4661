extension Interpreter {
    func makeReModule() throws -> PyModule? { nil }
}
