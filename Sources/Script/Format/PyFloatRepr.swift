// PyFloatRepr: repr(float) and str(float), which are the same in Python 3.
//
// The shortest digit string that reads back as the same double, laid out positionally
// when the decimal exponent x (value = d.ddd × 10^x) is in [-4, 16) and with an exponent
// otherwise; a number shown positionally always has a fractional digit. So:
// 0.30000000000000004, 1e+16, 1e-05, 2.5e-05, 1234567890123456.0, 0.0001, 100.0, -0.0,
// inf, -inf, nan, 5e-324, 1.7976931348623157e+308.

public enum PyFloatRepr {
    /// `repr(d)` exactly as CPython prints it.
    public static func repr(_ d: Double) -> String {
        var options = FloatText.Options()
        options.addDotZero = true
        return FloatText.render(d, style: .shortest, precision: 0, options: options)
    }
}
