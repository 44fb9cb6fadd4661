import LoopscopeAnalysis

/// Display width as the screen buffer counts it (see `DisplayWidth`).
enum CharWidth {
    static func of(_ c: Character) -> Int { DisplayWidth.of(c) }
    static func of(_ s: String) -> Int { DisplayWidth.of(s) }
}
