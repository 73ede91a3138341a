// Fuzz target: theme file parsing.
// uses: ../Sources/Reader/Theme/Theme.swift ../Sources/Reader/Theme/Style.swift ../Sources/Reader/Render/Role.swift
// seeds: themes
// no-model
import Foundation

/// libFuzzer's entry point: the bytes as a theme file; every problem must name its line.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTheme(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: data == nil ? 0 : size), as: UTF8.self)
    let (theme, problems) = Theme.parse(text, name: "fuzz", file: "fuzz.theme")
    for problem in problems where !problem.hasPrefix("fuzz.theme:") {
        fatalError("theme problem without file:line: \(problem)")
    }
    for role in Role.allCases {
        for colors in [0, 8, 16, 256] { _ = theme.style(for: role, colors: colors) }
    }
    return 0
}
