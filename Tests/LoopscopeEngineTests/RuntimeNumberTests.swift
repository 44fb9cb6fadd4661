import Testing
@testable import LoopscopeEngine

// Int and float semantics against CPython 3.11 (expected values were
// produced by running python3 on the same operands).

func big(_ s: String) -> Value { PyInt.parse(s, base: 10) ?? .none }

@Suite struct RuntimeNumberTests {
    @Test func binaryOperatorsMatchCPython() {
        let interp = makeInterp()
        let cases: [(BinaryOp, Value, Value, String)] = [
        (.floordiv, .int(-7), .int(2), "-4"),
        (.mod, .int(-7), .int(2), "1"),
        (.floordiv, .int(7), .int(-2), "-4"),
        (.mod, .int(7), .int(-2), "-1"),
        (.mod, .int(-7), .int(-2), "-1"),
        (.floordiv, .float(-7.5), .int(2), "-4.0"),
        (.mod, .float(-7.5), .int(2), "0.5"),
        (.mod, .float(7.5), .int(-2), "-0.5"),
        (.mod, .float(-0.0), .float(3.0), "0.0"),
        (.floordiv, .int(1), .int(0), "ZeroDivisionError: integer division or modulo by zero"),
        (.mod, .int(1), .int(0), "ZeroDivisionError: integer modulo by zero"),
        (.truediv, .int(1), .int(0), "ZeroDivisionError: division by zero"),
        (.truediv, .float(1.0), .int(0), "ZeroDivisionError: float division by zero"),
        (.floordiv, .float(1.0), .int(0), "ZeroDivisionError: float floor division by zero"),
        (.mod, .float(1.0), .float(0.0), "ZeroDivisionError: float modulo"),
        (.pow, .int(2), .int(-2), "0.25"),
        (.pow, .int(2), .int(100), "1267650600228229401496703205376"),
        (.pow, .int(-2), .int(63), "-9223372036854775808"),
        (.pow, .int(0), .int(-1), "ZeroDivisionError: 0.0 cannot be raised to a negative power"),
        (.pow, .float(0.0), .int(-1), "ZeroDivisionError: 0.0 cannot be raised to a negative power"),
        (.pow, .float(10.0), .int(400), "OverflowError: (34, 'Numerical result out of range')"),
        (.pow, .int(-8), .float(0.3333333333333333), "(1.0000000000000002+1.7320508075688772j)"),
        (.pow, .float(2.0), .float(0.5), "1.4142135623730951"),
        (.pow, .float(-2.0), .int(3), "-8.0"),
        (.add, .int(9223372036854775807), .int(1), "9223372036854775808"),
        (.sub, .int(-9223372036854775808), .int(1), "-9223372036854775809"),
        (.mul, .int(4611686018427387904), .int(4), "18446744073709551616"),
        (.mul, .int(3037000500), .int(3037000500), "9223372037000250000"),
        (.floordiv, .int(-9223372036854775808), .int(-1), "9223372036854775808"),
        (.mod, .int(-9223372036854775808), .int(-1), "0"),
        (.truediv, big("1000000000000000000000000000000"), .int(3), "3.333333333333333e+29"),
        (.truediv, big("13582985290493858492773514283592667786034938469317445497485196697278130927542418487205392083207560592298578262953847383475038725543234929971155548342800628721885763499406390331782864144164680730766837160526223176512798435772129956553355286032203080380775759732320198985094884004069116123084147875437183658467465148948790552744165376"), .int(1125899906842624), "OverflowError: integer division result too large for a float"),
        (.truediv, .int(1), .int(3), "0.3333333333333333"),
        (.truediv, .int(7), .int(7), "1.0"),
        (.truediv, .int(-1), big("1208925819614629174706176"), "-8.271806125530277e-25"),
        (.truediv, big("10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"), .int(1), "OverflowError: integer division result too large for a float"),
        (.lshift, .int(1), .int(100), "1267650600228229401496703205376"),
        (.lshift, .int(-3), .int(2), "-12"),
        (.rshift, .int(-5), .int(1), "-3"),
        (.rshift, big("-1180591620717411303424"), .int(3), "-147573952589676412928"),
        (.rshift, .int(5), .int(100), "0"),
        (.rshift, .int(-5), .int(100), "-1"),
        (.lshift, .int(1), .int(-1), "ValueError: negative shift count"),
        (.bitand, big("-1180591620717411303424"), big("1180591620717411303423"), "0"),
        (.bitor, big("-36893488147419103232"), .int(12345), "-36893488147419090887"),
        (.bitxor, .int(-1), big("18446744073709551616"), "-18446744073709551617"),
        (.bitand, .int(-12), .int(10), "0"),
        (.bitor, .bool(true), .bool(false), "True"),
        (.bitxor, .bool(true), .bool(true), "False"),
        (.add, .int(1), .float(2.5), "3.5"),
        (.add, .bool(true), .bool(true), "2"),
        (.mul, .bool(true), .float(3.0), "3.0"),
        (.add, .int(1), .str("a"), "TypeError: unsupported operand type(s) for +: 'int' and 'str'"),
        (.add, .str("a"), .int(1), "TypeError: can only concatenate str (not \"int\") to str"),
        (.mul, .str("ab"), .int(3), "'ababab'"),
        (.mul, .int(3), .str("ab"), "'ababab'"),
        (.mul, .str("ab"), .int(-1), "''"),
        (.mul, .str("ab"), .float(2.0), "TypeError: can't multiply sequence by non-int of type 'float'"),
        (.sub, .str("a"), .str("b"), "TypeError: unsupported operand type(s) for -: 'str' and 'str'"),
        (.pow, .none, .int(2), "TypeError: unsupported operand type(s) for ** or pow(): 'NoneType' and 'int'"),
        (.floordiv, big("100000000000000000000"), .int(-7), "-14285714285714285715"),
        (.mod, big("100000000000000000000"), .int(-7), "-5"),
        (.mod, big("-100000000000000000000"), .int(7), "5"),
        (.pow, .int(3), .int(40), "12157665459056928801"),
        (.pow, .int(-3), .int(41), "-36472996377170786403"),
        (.mod, .int(5), big("1180591620717411303424"), "5"),
        (.mod, .int(-5), big("1180591620717411303424"), "1180591620717411303419"),
        ]
        for (op, a, b, expected) in cases {
            let got = interp.outcome { try interp.binaryOp(op, a, b) }
            #expect(got == expected, "\(op) \(String(describing: try? interp.repr(a))) \(String(describing: try? interp.repr(b)))")
        }
    }

    @Test func floatReprIsShortestRoundTripInCPythonLayout() {
        let interp = makeInterp()
        let cases: [(Double, String)] = [
            (0.1, "0.1"),
            (0.30000000000000004, "0.30000000000000004"),
            (1e+16, "1e+16"),
            (1000000000000000.0, "1000000000000000.0"),
            (1e-05, "1e-05"),
            (0.0001, "0.0001"),
            (100.0, "100.0"),
            (1.5e+300, "1.5e+300"),
            (-0.0, "-0.0"),
            (0.0, "0.0"),
            (Double.leastNonzeroMagnitude, "5e-324"),
            (1.7976931348623157e+308, "1.7976931348623157e+308"),
            (123456789.123, "123456789.123"),
            (0.000123, "0.000123"),
            (0.3333333333333333, "0.3333333333333333"),
            (0.6666666666666666, "0.6666666666666666"),
            (1e+22, "1e+22"),
            (1e+23, "1e+23"),
            (9007199254740992.0, "9007199254740992.0"),
            (1.2345678901234568e+16, "1.2345678901234568e+16"),
            (1234567890123456.8, "1234567890123456.8"),
            (2.5, "2.5"),
            (-1.25e-07, "-1.25e-07"),
            (3.141592653589793, "3.141592653589793"),
            (1e+100, "1e+100"),
            (5e-05, "5e-05"),
            (.infinity, "inf"), (-.infinity, "-inf"), (.nan, "nan"),
        ]
        for (v, expected) in cases {
            #expect((try? interp.repr(.float(v))) == expected)
        }
    }
}
