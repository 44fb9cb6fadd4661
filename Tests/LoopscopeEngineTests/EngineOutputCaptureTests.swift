import Testing
import LoopscopeEngine

/// A streamed run (`loopscope run`) must not keep what the program printed.
@Suite struct EngineOutputCaptureTests {
    static let program = "import sys\nfor i in range(3):\n    print('line', i)\nsys.stderr.write('err\\n')\n"

    @Test func streamedOutputIsPassedOnNotKept() {
        var options = EngineOptions(recordEvents: false)
        options.captureOutput = false
        let engine = Engine(source: Self.program, filename: "p.py", options: options)
        var streamed = ""
        engine.onOutput = { text, _ in streamed += text }
        #expect(engine.runToEnd() == 0)
        #expect(streamed == "line 0\nline 1\nline 2\nerr\n")
        #expect(engine.stdout.isEmpty && engine.stderr.isEmpty)
    }

    @Test func capturedByDefault() {
        let engine = Engine(source: Self.program, filename: "p.py")
        engine.runToEnd()
        #expect(engine.stdout == "line 0\nline 1\nline 2\n")
        #expect(engine.stderr == "err\n")
    }
}
