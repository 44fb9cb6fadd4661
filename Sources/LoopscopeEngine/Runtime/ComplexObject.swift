#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// `complex`: a pair of doubles with CPython's arithmetic (Objects/complexobject.c):
// int and float operands are widened to complex first, division scales by the
// larger part of the divisor, small integral powers multiply, other powers go
// through polar form, and overflow or division by zero raise CPython's errors.

public final class PyComplex: PyObject {
    public let re: Double
    public let im: Double

    public init(_ re: Double, _ im: Double) {
        self.re = re
        self.im = im
    }

    public override var pyType: PyType { BuiltinTypes.complex }
}

extension BuiltinTypes {
    nonisolated(unsafe) public static let complex = builtin("complex", methods: ComplexMethods.methods)
}

/// A complex number as CPython's Py_complex.
struct Complex: Equatable {
    var re: Double
    var im: Double

    init(_ re: Double, _ im: Double) {
        self.re = re
        self.im = im
    }

    static let one = Complex(1, 0)

    var value: Value { .object(PyComplex(re, im)) }

    static func + (a: Complex, b: Complex) -> Complex { Complex(a.re + b.re, a.im + b.im) }
    static func - (a: Complex, b: Complex) -> Complex { Complex(a.re - b.re, a.im - b.im) }
    static func * (a: Complex, b: Complex) -> Complex {
        Complex(a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re)
    }

    /// _Py_c_quot: nil when the divisor is zero.
    static func quotient(_ a: Complex, _ b: Complex) -> Complex? {
        let absRe = b.re.magnitude, absIm = b.im.magnitude
        if absRe >= absIm {
            if absRe == 0 { return nil }
            let ratio = b.im / b.re
            let denom = b.re + b.im * ratio
            return Complex((a.re + a.im * ratio) / denom, (a.im - a.re * ratio) / denom)
        }
        if absIm >= absRe {
            let ratio = b.re / b.im
            let denom = b.re * ratio + b.im
            return Complex((a.re * ratio + a.im) / denom, (a.im * ratio - a.re) / denom)
        }
        // A NaN in the divisor.
        return Complex(.nan, .nan)
    }

    /// _Py_c_abs: infinities win over NaNs; nil when a finite value overflows.
    var magnitude: Double? {
        if !re.isFinite || !im.isFinite {
            if re.isInfinite || im.isInfinite { return .infinity }
            return .nan
        }
        let r = hypot(re, im)
        return r.isFinite ? r : nil
    }

    /// complex_pow: `self ** e`.
    func power(_ e: Complex) throws -> Complex {
        var domainError = false
        let r: Complex
        if e.im == 0, e.re == e.re.rounded(.down), e.re.magnitude <= 100 {
            // Small integral exponents multiply, more accurately than polar form.
            let n = Int(e.re)
            if n >= 0 {
                r = powu(n)
            } else if let q = Complex.quotient(.one, powu(-n)) {
                r = q
            } else {
                domainError = true
                r = Complex(0, 0)
            }
        } else {
            (r, domainError) = polarPower(e)
        }
        if domainError { throw PyError(BuiltinTypes.zeroDivisionError, "0.0 to a negative or complex power") }
        if r.re.isInfinite || r.im.isInfinite { throw PyError(BuiltinTypes.overflowError, "complex exponentiation") }
        return r
    }

    private func powu(_ n: Int) -> Complex {
        var r = Complex.one, p = self, mask = 1
        while mask > 0 && n >= mask {
            if n & mask != 0 { r = r * p }
            mask <<= 1
            p = p * p
        }
        return r
    }

    /// _Py_c_pow; the flag is CPython's EDOM (zero to a negative or complex power).
    private func polarPower(_ e: Complex) -> (Complex, Bool) {
        if e.re == 0 && e.im == 0 { return (.one, false) }
        if re == 0 && im == 0 { return (Complex(0, 0), e.im != 0 || e.re < 0) }
        let vabs = hypot(re, im)
        var len = pow(vabs, e.re)
        let at = atan2(im, re)
        var phase = at * e.re
        if e.im != 0 {
            len /= exp(at * e.im)
            phase += e.im * log(vabs)
        }
        return (Complex(len * cos(phase), len * sin(phase)), false)
    }

    /// complex_hash: the parts' float hashes combined as CPython does.
    var hash: Int {
        let hr = UInt(bitPattern: PyHash.double(re)), hi = UInt(bitPattern: PyHash.double(im))
        var combined = hr &+ 1000003 &* hi
        if combined == UInt.max { combined = UInt.max - 1 }
        return Int(bitPattern: combined)
    }
}
