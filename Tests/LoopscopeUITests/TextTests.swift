import Testing
@testable import LoopscopeUI

@Suite struct TextTests {
    @Test func lessonsReflowIntoParagraphsButKeepListsAndCode() {
        let text = "One thread,\ntwo tasks.\n\n- a point\n- another\n    code()\nEnd."
        #expect(TextWrap.reflow(text) == "One thread, two tasks.\n\n- a point\n- another\n    code()\nEnd.")
    }

    @Test func wrapBreaksAtSpacesAndSplitsLongWords() {
        #expect(TextWrap.wrap("aaa bbb ccc", width: 7) == ["aaa bbb", "ccc"])
        #expect(TextWrap.wrap("abcdefghij", width: 4) == ["abcd", "efgh", "ij"])
    }

    /// The byte fast path wraps exactly as the general one: spaces collapse,
    /// long words split (never inside a character), blank lines stay.
    @Test func narrowWrappingMatchesTheGeneralPath() {
        var rng = SystemRandomNumberGenerator()
        let alphabet = Array("ab  c\nlong-word.d e⚠—é→")
        for _ in 0..<2_000 {
            let text = String((0..<Int.random(in: 0...60, using: &rng)).map { _ in alphabet.randomElement(using: &rng)! })
            for width in 1...12 {
                #expect(TextWrap.wrapNarrow(text, width: width) == TextWrap.wrapCharacters(text, width: width), "\(text.debugDescription) at \(width)")
            }
        }
        #expect(TextWrap.wrapNarrow("café au lait ⚠", width: 5) == ["café", "au", "lait", "⚠"])
        // Wide, combining and joined characters take the general path.
        #expect(TextWrap.wrapNarrow("日本", width: 5) == nil)
        #expect(TextWrap.wrapNarrow("e\u{301}", width: 5) == nil)
        #expect(TextWrap.wrapNarrow("⚠\u{FE0F}", width: 5) == nil)
    }

    @Test func timesPrintLikeTheHeader() {
        #expect(TimeText.seconds(1.25) == "1.250s")
        #expect(TimeText.seconds(0) == "0.000s")
        #expect(TimeText.tick(0.5) == "0.5s")
        #expect(TimeText.tick(2) == "2s")
        #expect(TimeText.tick(0.25) == "0.25s")
    }

    @Test func axisSpansGrowInNiceSteps() {
        #expect(AxisWindow.niceCeiling(0.9) == 1)
        #expect(AxisWindow.niceCeiling(2.16) == 2.5)
        #expect(AxisWindow.niceCeiling(3.24) == 4)
        #expect(AxisWindow.tickStep(0.2) == 0.2)
        #expect(AxisWindow.tickStep(0.3) == 0.5)
    }

    @Test func wideCharactersAreTwoColumns() {
        #expect(CharWidth.of("漢") == 2)
        #expect(CharWidth.of("a") == 1)
        #expect(CharWidth.of("█") == 1)
        #expect(CharWidth.of("e\u{301}") == 1)
    }
}
