// Fuzz target: story grouping and side-by-side alignment of two accounts split from one input.
// requires: Aligner StoryGrouper
// uses: Shared/FuzzChecks.swift
// seeds: demo ../shared/seeds Tests/Hostile
import Foundation
import Model

/// libFuzzer's entry point: the input is split at its first 0xFF byte (else in half) into two
/// articles, which are grouped and aligned; every aligned range must lie inside its article.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzAlign(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = data.map { [UInt8](UnsafeBufferPointer(start: $0, count: size)) } ?? []
    let cut = bytes.firstIndex(of: 0xFF) ?? bytes.count / 2
    let halves = [Array(bytes[..<cut]), Array(bytes[min(bytes.count, cut + 1)...])]
    let articles = halves.enumerated().map { index, half in
        PlainTextParser.parse(String(decoding: half, as: UTF8.self), id: "side-\(index).txt")
    }
    _ = StoryGrouper().group(articles)
    let alignment = Aligner().align(articles[0], articles[1])
    for row in alignment.rows {
        switch row {
        case .leftOnly(let left):
            FuzzChecks.checkRange(left, in: articles[0].text, "left-only passage")
        case .rightOnly(let right):
            FuzzChecks.checkRange(right, in: articles[1].text, "right-only passage")
        case .matched(let match):
            FuzzChecks.checkRange(match.left, in: articles[0].text, "left passage")
            FuzzChecks.checkRange(match.right, in: articles[1].text, "right passage")
            for difference in match.differences {
                FuzzChecks.checkRange(difference.left, in: articles[0].text, "left difference")
                FuzzChecks.checkRange(difference.right, in: articles[1].text, "right difference")
            }
        }
    }
    return 0
}
