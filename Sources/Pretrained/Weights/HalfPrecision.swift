/// IEEE 754 half precision (F16) bits to float32; every half value is exact in float32.
func floatFromHalf(_ bits: UInt16) -> Float {
    let sign: UInt32 = UInt32(bits & 0x8000) << 16
    let exponent = Int(bits >> 10) & 0x1F
    let fraction = UInt32(bits & 0x03FF)
    switch exponent {
    case 0:
        // Zero or subnormal: fraction × 2^-24.
        let magnitude = Float(fraction) * Float(sign: .plus, exponent: -24, significand: 1)
        return sign == 0 ? magnitude : -magnitude
    case 0x1F:
        // Infinity or NaN: keep the payload in the top fraction bits.
        return Float(bitPattern: sign | 0x7F80_0000 | fraction << 13)
    default:
        // Normal: rebias the exponent from 15 to 127.
        return Float(bitPattern: sign | UInt32(exponent - 15 + 127) << 23 | fraction << 13)
    }
}

/// bfloat16 bits to float32: bfloat16 is the top half of a float32.
func floatFromBFloat16(_ bits: UInt16) -> Float {
    Float(bitPattern: UInt32(bits) << 16)
}
