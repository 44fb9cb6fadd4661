import Testing
@testable import LoopscopeEngine

// Per-code-point casefold/lower/upper/title against CPython 3.11 (Unicode
// 14.0), over U+0000..U+2FFFF. The expected count and digest come from:
//
//     import hashlib
//     def hx(s): return ','.join('%X' % ord(ch) for ch in s)
//     lines = []
//     for c in range(0x30000):
//         if 0xD800 <= c <= 0xDFFF: continue
//         s = chr(c); m = [s.casefold(), s.lower(), s.upper(), s.title()]
//         if any(x != s for x in m): lines.append('%X:' % c + ';'.join(hx(x) for x in m))
//     text = '\n'.join(lines)
//     print(len(lines), hashlib.sha512(text.encode()).hexdigest())

@Suite struct RuntimeCaseMappingTests {
    static func hex(_ s: String) -> String {
        s.unicodeScalars.map { String($0.value, radix: 16, uppercase: true) }.joined(separator: ",")
    }

    @Test func caseMappingsOfEveryCodePointMatchCPython311() {
        var lines: [String] = []
        for v in UInt32(0)..<0x30000 {
            guard let c = Unicode.Scalar(v) else { continue }
            let mappings = [CaseFolding.fold(c), PyStrChars.lower(c), PyStrChars.upper(c), PyStrChars.title(c)]
            let same = mappings.allSatisfy { $0.unicodeScalars.elementsEqual([c]) }
            if !same { lines.append(String(v, radix: 16, uppercase: true) + ":" + mappings.map(Self.hex).joined(separator: ";")) }
        }
        let digest = SHA512.digest(Array(lines.joined(separator: "\n").utf8))
            .map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined()
        #expect(lines.count == 2927)
        #expect(digest == "8e7ef02390014dea734c27cc2e451b06ffc16d6dee53b0ad25a1eb32872158ba84b6e9ef8b618e59fe4bbe9e16c1b0d7ab0f34485af33f35707cdcb002535158")
    }

    @Test func casefoldExamples() throws {
        let interp = makeInterp()
        let cases: [(String, String)] = [("ß", "ss"), ("Straße", "strasse"), ("ﬁ", "fi"), ("ΣΑΣ ς", "σασ σ"), ("ꭰ", "Ꭰ"), ("ı", "ı")]
        for (s, expected) in cases {
            guard case .str(let got) = try interp.method(.str(s), "casefold") else { Issue.record("not a str"); continue }
            #expect(got.unicodeScalars.elementsEqual(expected.unicodeScalars), "\(s)")
        }
    }
}
