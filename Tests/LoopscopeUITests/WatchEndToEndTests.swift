import Foundation
import Testing

/// Runs scripts/e2e-watch.sh: `loopscope watch` on a real python3 in tmux
/// (paused start, n, play, pause, b into history, q).
@Suite struct WatchEndToEndTests {
    static let script = EndToEndTests.root.appendingPathComponent("scripts/e2e-watch.sh").path

    static var available: Bool {
        EndToEndTests.available && EndToEndTests.run(["-c", "command -v python3"], "/bin/sh").0 == 0
    }

    @Test(.enabled(if: WatchEndToEndTests.available, "needs tmux, python3 and a built loopscope"))
    func pausedStartStepPlayPauseHistoryQuit() {
        let (status, output) = EndToEndTests.run([Self.script, EndToEndTests.binary], "/bin/bash")
        #expect(status == 0, "\(output)")
    }
}
