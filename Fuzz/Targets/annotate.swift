// Fuzz target: quote, speaker and people annotation of one plain-text article.
// requires: ArticleAnnotator
// uses: Shared/FuzzChecks.swift
// seeds: Tests/Hostile demo ../shared/seeds
import Foundation
import Model

/// libFuzzer's entry point: the bytes decoded as a file would be, parsed, annotated and checked.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzAnnotate(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = data.map { Data(bytes: $0, count: size) } ?? Data()
    guard case .text(let text, _) = TextDecoder.decode(bytes) else { return 0 }
    let article = PlainTextParser.parse(text, id: "fuzz.txt")
    FuzzChecks.checkArticle(article)
    let annotations = ArticleAnnotator.annotate(article)
    for quote in annotations.quotes {
        FuzzChecks.checkRange(quote.span, in: article.text, "quote")
        if let mention = quote.speakerMention { FuzzChecks.checkRange(mention, in: article.text, "speaker mention") }
        if let cue = quote.cue { FuzzChecks.checkRange(cue, in: article.text, "cue") }
    }
    for person in annotations.people {
        for mention in person.mentions { FuzzChecks.checkRange(mention, in: article.text, "person mention") }
    }
    _ = ExtractRecord(article: article, annotations: annotations, story: nil).jsonLine()
    return 0
}
