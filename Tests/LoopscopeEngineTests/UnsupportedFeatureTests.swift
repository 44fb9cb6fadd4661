import Testing
import LoopscopeEngine

/// Features Loopscope lacks say so, naming the feature and the line, instead
/// of running on with a behaviour CPython would not have.
@Suite struct UnsupportedFeatureTests {
    func run(_ source: String) -> (code: Int, stdout: String, stderr: String) {
        let engine = Engine(source: source, filename: "unsupported.py")
        let code = engine.runToEnd()
        return (code, engine.stdout, engine.stderr)
    }

    @Test(arguments: [("property", "len"), ("staticmethod", "len")])
    func instantiatingAnUnsupportedBuiltinSubclassNamesTheBase(_ base: String, _ arg: String) {
        let r = run("""
            class Mine(\(base)):
                def extra(self):
                    return 1
            print("defined")
            m = Mine(\(arg))
            print(m.extra())
            """)
        #expect(r.code == 1)
        #expect(r.stdout == "defined\n")
        #expect(r.stderr.contains("line 5, in <module>"))
        #expect(r.stderr.hasSuffix("NotImplementedError: loopscope does not support subclassing the built-in type '\(base)' (class Mine)\n"))
    }

    @Test(arguments: [("dict", "{}", "{}"), ("list", "[1]", "[1]"), ("int", "4", "4"), ("str", "'x'", "x"), ("set", "()", "Mine()"),
                      ("tuple", "()", "()"), ("float", "1.5", "1.5"), ("bytes", "b'a'", "b'a'"), ("frozenset", "[2]", "Mine({2})")])
    func builtinSubclassesKeepTheirMethodsAndValue(_ base: String, _ arg: String, _ printed: String) {
        let r = run("""
            class Mine(\(base)):
                def extra(self):
                    return 1
            m = Mine(\(arg))
            print(m, m.extra(), type(m).__name__, isinstance(m, \(base)))
            """)
        #expect(r.stderr == "")
        #expect(r.stdout == "\(printed) 1 Mine True\n")
    }

    @Test func exceptionsAndEnumMixinsStillSubclassBuiltins() {
        let r = run("""
            import enum
            class Color(str, enum.Enum):
                RED = "r"
            class Oops(ValueError):
                pass
            try:
                raise Oops("bad")
            except ValueError as e:
                print(type(e).__name__, e, Color.RED.upper(), Color("r") is Color.RED)
            """)
        #expect(r.code == 0)
        #expect(r.stdout == "Oops bad R True\n")
    }

    /// A name CPython's module has and Loopscope's lacks says so; a name
    /// neither has keeps CPython's wording and its suggestion.
    @Test(arguments: [
        ("import sys\nsys.getsizeof(1)", "AttributeError: loopscope does not support sys.getsizeof yet"),
        ("from contextlib import ExitStack", "ImportError: loopscope does not support contextlib.ExitStack yet"),
        ("import os\nos.path.samestat", "AttributeError: loopscope does not support os.path.samestat yet"),
        ("import asyncio\nasyncio.sleeep", "AttributeError: module 'asyncio' has no attribute 'sleeep'. Did you mean: 'sleep'?"),
    ])
    func missingModuleNamesNameTheFeature(_ source: String, _ last: String) {
        let r = run(source)
        #expect(r.code == 1)
        #expect(r.stderr.contains("line \(source.split(separator: "\n").count), in <module>"))
        #expect(r.stderr.hasSuffix(last + "\n"))
    }

    @Test func hasattrStillAnswersFalse() {
        let r = run("import sys\nprint(hasattr(sys, 'getsizeof'), getattr(sys, 'getsizeof', 'none'))")
        #expect(r.stdout == "False none\n")
    }

    @Test func memoryviewNamesItself() {
        let r = run("data = b'ab'\nview = memoryview(data)")
        #expect(r.code == 1)
        #expect(r.stderr.contains("line 2, in <module>"))
        #expect(r.stderr.hasSuffix("NotImplementedError: loopscope does not support memoryview() yet\n"))
    }
}
