/// The program's version, shown by `reader --version`.
enum ReaderVersion {
    static let current = "0.1.0"
}
