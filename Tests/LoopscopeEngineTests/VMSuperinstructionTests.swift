// Superinstructions must be invisible: same output, same errors, and the same
// instruction counts in the event stream as the plain bytecode. A budget of
// one instruction never lets a fused instruction take its fast path, so it
// runs exactly the unfused program and serves as the reference.

import Testing
import LoopscopeEngine

@Suite("VM superinstructions")
struct VMSuperinstructionTests {
    static let loops = """
        import asyncio

        async def spin(n):
            total = 0
            i = 0
            while i < n:
                if i % 3 == 0:
                    total += i
                elif i >= 40:
                    total -= 1
                j = n
                if i != j and j > i:
                    total = total + i * 2
                i += 1
            return total

        def fib(n):
            return n if n < 2 else fib(n - 1) + fib(n - 2)

        async def main():
            print(await asyncio.create_task(spin(50)), fib(12))

        asyncio.run(main())
        """

    func run(_ source: String, budget: Int) -> Engine {
        let engine = Engine(source: source, filename: "loops.py", options: EngineOptions(instructionBudget: budget))
        engine.runToEnd()
        return engine
    }

    func instructionsPerStep(_ e: Engine) -> [Int] {
        e.events.compactMap { ev -> Int? in
            if case .stepEnded(_, _, let n) = ev.kind { return n }
            return nil
        }
    }

    @Test func sameOutputAndInstructionCountsAsUnfusedCode() {
        let reference = run(Self.loops, budget: 1)
        #expect(reference.stdout == "2851 144\n")
        let referenceSteps = instructionsPerStep(reference)
        for budget in [2, 3, 5, 7, 1000, 1_000_000] {
            let e = run(Self.loops, budget: budget)
            #expect(e.stdout == reference.stdout)
            #expect(e.exitCode == 0)
            #expect(instructionsPerStep(e) == referenceSteps, "budget \(budget)")
        }
    }

    @Test func slicesEndExactlyAtTheBudget() {
        for budget in [2, 3, 7, 100] {
            let e = run(Self.loops, budget: budget)
            let slices = e.events.compactMap { ev -> Int? in
                // A task's count is cumulative over its sliced step.
                if case .notYielded(let task?, let n, _) = ev.kind, task > 1 { return n }
                return nil
            }
            #expect(!slices.isEmpty)
            #expect(slices.allSatisfy { $0 % budget == 0 }, "budget \(budget): \(slices.prefix(8))")
        }
    }

    @Test func fusedOperandsThatAreNotSmallIntsTakeTheGeneralPath() {
        let source = """
            class Loud:
                def __lt__(self, other):
                    return [1]
            def f(a, b):
                out = []
                x = a
                x += 1
                out.append(x)
                out.append(a - 1)
                out.append(a * 3)
                out.append(a + b)
                if a < 2:
                    out.append("small")
                if a == b:
                    out.append("same")
                return out
            print(f(1, 1))
            print(f(2**62, 2**62))
            print(f(1.5, 2.5))
            print(f(-2**63, 0))
            print(f("s", "s") if False else "skip")
            l = Loud()
            print("truthy" if l < 2 else "falsy")
            def unbound():
                if y < 2:
                    pass
                y = 1
            try:
                unbound()
            except UnboundLocalError as e:
                print(e)
            n = 0
            while n < 5:
                n += 2
            print(n, n % 3, 7 // -2, -7 % 3)
            def add(a, b):
                return a + b
            print(add(2**62, 2**62), add("a", "b"), add(1, 2), add([1], [2]))
            try:
                add(1, "x")
            except TypeError as e:
                print(e)
            """
        let e = Engine(source: source, filename: "t.py")
        e.runToEnd()
        #expect(e.stderr == "")
        #expect(e.stdout == """
            [2, 0, 3, 2, 'small', 'same']
            [4611686018427387905, 4611686018427387903, 13835058055282163712, 9223372036854775808, 'same']
            [2.5, 0.5, 4.5, 4.0, 'small']
            [-9223372036854775807, -9223372036854775809, -27670116110564327424, -9223372036854775808, 'small']
            skip
            truthy
            cannot access local variable 'y' where it is not associated with a value
            6 0 -4 2
            9223372036854775808 ab 3 [1, 2]
            unsupported operand type(s) for +: 'int' and 'str'

            """)
    }
}
