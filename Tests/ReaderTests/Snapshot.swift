import Foundation
import Testing
@testable import Reader

/// Compares a rendered buffer with a text snapshot in `Snapshots/`: rows framed with `|` so
/// trailing spaces show, then one role letter per cell. `RECORD_SNAPSHOTS=1` re-records.
func assertSnapshot(_ buffer: ScreenBuffer, named name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let rendered = snapshotText(buffer)
    let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")
    let file = folder.appendingPathComponent(name + ".txt")
    if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" || !FileManager.default.fileExists(atPath: file.path) {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try rendered.write(to: file, atomically: true, encoding: .utf8)
        if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] != "1" {
            Issue.record("recorded a new snapshot \(name); check it and run again", sourceLocation: sourceLocation)
        }
        return
    }
    let expected = try String(contentsOf: file, encoding: .utf8)
    #expect(rendered == expected, "snapshot \(name) differs; RECORD_SNAPSHOTS=1 re-records", sourceLocation: sourceLocation)
}

/// The buffer as framed text rows, a blank line, then framed role-letter rows.
func snapshotText(_ buffer: ScreenBuffer) -> String {
    var rows: [String] = []
    for y in 0..<buffer.height {
        rows.append("|" + (0..<buffer.width).map { buffer[$0, y].text }.joined() + "|")
    }
    rows.append("")
    for y in 0..<buffer.height {
        rows.append("|" + (0..<buffer.width).map { roleLetter(buffer[$0, y].role) }.joined() + "|")
    }
    return rows.joined(separator: "\n") + "\n"
}

/// One letter per role so highlight changes show in the snapshot.
func roleLetter(_ role: Role) -> String {
    switch role {
    case .text: return "."
    case .title: return "T"
    case .meta: return "m"
    case .dim: return "d"
    case .header: return "H"
    case .selection: return "S"
    case .status: return "s"
    case .statusKey: return "k"
    case .message: return "M"
    case .error: return "E"
    case .quote: return "q"
    case .quoteCurrent: return "Q"
    case .speaker: return "P"
    case .person: return "p"
    case .personFocus: return "F"
    case .inferred: return "i"
    case .scare: return "c"
    case .boilerplate: return "b"
    case .searchHit: return "h"
    case .aligned: return "a"
    case .onlyHere: return "o"
    case .diffAdded: return "+"
    case .diffRemoved: return "-"
    case .filler: return "~"
    case .border: return "|"
    case .unread: return "u"
    }
}
