// The part of a class statement that only metaclass-aware code reads:
// class keywords (`metaclass=M`, `**kw`). Annotations: Compiler+Annotations.swift.

extension Compiler {
    static let classKeywordsFlag: Int32 = 1 << 16

    /// Pushes one dict holding the class statement's keywords.
    func compileClassKeywords(_ keywords: [Keyword]) throws {
        emit(.buildMap(0))
        for k in keywords {
            if let n = k.name {
                emit(.loadConst(constant(.str(n))))
                try compile(k.value)
                emit(.buildMap(1))
            } else {
                try compile(k.value)
            }
            emit(.dictUpdate(1))
        }
    }
}
