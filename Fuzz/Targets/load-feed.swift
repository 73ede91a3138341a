// Fuzz target: CorpusLoader on a .xml file (the loader picks the parser by extension and content).
// uses: Shared/FuzzChecks.swift Shared/LoadFuzzing.swift
// seeds: Tests/Hostile demo Tests/ModelTests/Fixtures
import Model

/// libFuzzer's entry point: one input, loaded as a .xml file.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzLoad(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    LoadFuzzing.run(data, size, fileExtension: "xml")
}
