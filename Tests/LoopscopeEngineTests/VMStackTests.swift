import Foundation
import Testing
@testable import LoopscopeEngine

@Suite struct VMStackTests {
    /// Runs `body` on a thread with a small stack (like a secondary thread on macOS).
    func onSmallStack(_ body: @escaping @Sendable () -> Void) {
        let done = DispatchSemaphore(value: 0)
        let t = Thread {
            body()
            done.signal()
        }
        t.stackSize = 512 * 1024
        t.start()
        done.wait()
    }

    @Test func nativeNestingEndsInRecursionErrorOnASmallStack() {
        final class Box: @unchecked Sendable { var type: String?; var message: String? }
        let box = Box()
        onSmallStack {
            let r = VMRun("""
            class A:
                def __getattr__(self, name):
                    return self.other
            A().p
            """)
            r.start()
            box.type = r.raisedType
            box.message = r.raisedMessage
        }
        #expect(box.type == "RecursionError")
        #expect(box.message == "maximum recursion depth exceeded while calling a Python object")
    }

    @Test func deepPythonRecursionDoesNotUseTheSwiftStack() {
        final class Box: @unchecked Sendable { var result: [String] = [] }
        let box = Box()
        onSmallStack {
            let r = VMRun("""
            def down(n):
                if n == 0:
                    return 0
                return 1 + down(n - 1)
            record(down(990))
            """)
            r.start()
            box.result = r.rendered
        }
        #expect(box.result == ["990"])
    }
}
