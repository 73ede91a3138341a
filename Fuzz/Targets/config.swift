// Fuzz target: config file parsing (settings and key bindings).
// uses: ../Sources/Reader/App/Config.swift ../Sources/Reader/Input/*.swift
// seeds: Tests/ReaderTests
// no-model
import Foundation

/// libFuzzer's entry point: the bytes as a config file; every problem must name its line.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzConfig(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: data == nil ? 0 : size), as: UTF8.self)
    let config = Config.parse(text, file: "fuzz.config")
    for problem in config.problems where !problem.hasPrefix("fuzz.config:") {
        fatalError("config problem without file:line: \(problem)")
    }
    return 0
}
