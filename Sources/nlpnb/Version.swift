/// The version `nlpnb --version` prints and the REPL greets with.
enum Version {
    static let string = "0.1.0"
}
