import XCTest
@testable import Script

final class LexerTests: XCTestCase {
    private func kinds(_ source: String) throws -> [String] {
        try Lexer.tokenize(source).map { t in
            switch t.kind {
            case .indent: return "INDENT"
            case .dedent: return "DEDENT"
            case .newline: return "NL"
            case .eof: return "EOF"
            default: return t.text
            }
        }
    }

    func testIndentAndDedent() throws {
        XCTAssertEqual(try kinds("if x:\n    y\n    z\nw\n"),
                       ["if", "x", ":", "NL", "INDENT", "y", "NL", "z", "NL", "DEDENT", "w", "NL", "EOF"])
    }

    func testBlankLinesCommentsAndBracketsDoNotBreakLines() throws {
        XCTAssertEqual(try kinds("a = (1,\n  2)  # note\n\n   # only a comment\nb\n"),
                       ["a", "=", "(", "1", ",", "2", ")", "NL", "b", "NL", "EOF"])
    }

    func testNestedDedentsCloseEveryLevel() throws {
        XCTAssertEqual(try kinds("if a:\n  if b:\n    c\nd"),
                       ["if", "a", ":", "NL", "INDENT", "if", "b", ":", "NL", "INDENT", "c", "NL", "DEDENT", "DEDENT", "d", "NL", "EOF"])
    }

    func testStringsAndEscapes() throws {
        let tokens = try Lexer.tokenize(#"'a\tb' "it's" r'\n' '''x"""y''' '\x41\u00e9'"#)
        XCTAssertEqual(tokens.filter { $0.kind == .string }.map(\.text), ["a\tb", "it's", "\\n", "x\"\"\"y", "Aé"])
    }

    func testNumbers() throws {
        let tokens = try Lexer.tokenize("1_000 0x1F 0b101 0o17 3.5e-2 .5 7.")
        XCTAssertEqual(tokens.filter { $0.kind == .number }.map(\.text), ["1000", "0x1F", "0b101", "0o17", "3.5e-2", ".5", "7."])
    }

    func testErrorsAreCompileErrorsWithPositions() {
        func message(_ s: String) -> String? {
            do { _ = try Lexer.tokenize(s); return nil } catch let e as CompileError { return "\(e.typeName): \(e.message) @\(e.line):\(e.column)" } catch { return "other" }
        }
        XCTAssertEqual(message("x = 'abc\n"), "SyntaxError: unterminated string literal (detected at line 1) @1:4")
        XCTAssertEqual(message("if x:\n    a\n  b\n"), "IndentationError: unindent does not match any outer indentation level @3:2")
        XCTAssertEqual(message("f(1, 2]"), "SyntaxError: closing parenthesis ']' does not match opening parenthesis '(' @1:6")
        XCTAssertEqual(message("x = (1,\n"), "SyntaxError: '(' was never closed @1:4")
        XCTAssertEqual(message("a = 1 € 2"), "SyntaxError: invalid character '€' (U+20AC) @1:6")
        XCTAssertEqual(message("x = 012"), "SyntaxError: leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers @1:4")
        XCTAssertEqual(message(String(repeating: "(", count: 300)), "SyntaxError: too many nested parentheses @1:200")
    }
}
