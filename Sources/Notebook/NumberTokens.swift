/// A piece of output text for tolerant comparison: a number, or one other character.
enum OutputToken: Equatable {
    case number(text: String, value: Double)
    case character(Character)
}

/// Splits a line into numbers and single characters. A number is `[-+]digits[.digits][e[-+]digits]`
/// (also `1.` and `.5`, as numpy prints them) standing on its own: digits inside a word such as
/// `dense_12` or `x86` stay text, and a sign counts only where it cannot be a minus between terms.
func outputTokens(_ line: String) -> [OutputToken] {
    let chars = Array(line)
    var tokens: [OutputToken] = []
    var i = 0
    while i < chars.count {
        if let end = numberEnd(chars, from: i), let value = Double(String(chars[i..<end])) {
            tokens.append(.number(text: String(chars[i..<end]), value: value))
            i = end
        } else {
            tokens.append(.character(chars[i]))
            i += 1
        }
    }
    return tokens
}

private func numberEnd(_ chars: [Character], from start: Int) -> Int? {
    func isDigit(_ k: Int) -> Bool { k < chars.count && chars[k].isASCII && chars[k].isNumber }
    func isWordChar(_ c: Character) -> Bool { c.isLetter || c.isNumber || c == "_" }
    if start > 0, isWordChar(chars[start - 1]) || chars[start - 1] == "." { return nil }
    var i = start
    if chars[i] == "-" || chars[i] == "+" {
        // "x-1" and "2-1" are subtractions; "[-1", " -1", "(-1" are signed numbers.
        if start > 0, chars[start - 1] == ")" || chars[start - 1] == "]" { return nil }
        i += 1
    }
    let integerStart = i
    while isDigit(i) { i += 1 }
    var sawDigits = i > integerStart
    if i < chars.count, chars[i] == ".", !(i + 1 < chars.count && chars[i + 1] == ".") {
        let fractionStart = i + 1
        var k = fractionStart
        while isDigit(k) { k += 1 }
        if sawDigits || k > fractionStart {
            sawDigits = true
            i = k
        }
    }
    guard sawDigits else { return nil }
    if i < chars.count, chars[i] == "e" || chars[i] == "E" {
        var k = i + 1
        if k < chars.count, chars[k] == "-" || chars[k] == "+" { k += 1 }
        let exponentStart = k
        while isDigit(k) { k += 1 }
        if k > exponentStart { i = k }
    }
    if i < chars.count, isWordChar(chars[i]) { return nil }
    return i
}
