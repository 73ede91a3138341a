import Foundation
import Testing
@testable import Model

@Test("debug dump") func debugDump() {
    guard let paths = ProcessInfo.processInfo.environment["DUMP"] else { return }
    let corpus = CorpusLoader().load(paths: paths.split(separator: ",").map(String.init))
    for a in corpus.articles {
        print("== \(a.id) title=\(a.title ?? "-") outlet=\(a.outlet ?? "-") deg=\(a.degradation.rawValue)")
        for p in a.paragraphs { print("  P[\(a.boilerplate.contains { $0.contains(p) } ? "B" : " ")] \(a.substring(p).prefix(100))") }
        for b in a.boilerplate { print("  BP: \(a.substring(b).prefix(80)) … \(a.substring(b).suffix(30))") }
    }
    for s in corpus.skipped { print("SKIP \(s.location): \(s.reason)") }
}
