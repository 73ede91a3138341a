/// Puts the articles of a corpus into stories (same event, different outlets): the interface
/// point where the project's `StoryGrouper` plugs in.
///
/// Until then, `provisional` links each article to others that share enough of their rarer
/// words (names, places, numbers), which is what degraded-text recovery needs to find the other
/// accounts of a story.
public enum StoryAssignment {
    /// A function from the corpus's articles to one story id per article (nil: a story of its own).
    public typealias Grouping = @Sendable ([Article]) -> [String?]

    /// Provisional grouping by shared rare words (cosine of idf-weighted word sets, single link).
    public static let provisional: Grouping = { articles in
        let sets = articles.map { article -> Set<String> in
            var words = Set<String>()
            for paragraph in [article.titleRange].compactMap({ $0 }) + article.articleParagraphs {
                for word in NormalisedWords.words(in: article.text, range: paragraph) where word.text.utf8.count >= 4 {
                    words.insert(word.text)
                }
            }
            return words
        }
        var documentFrequency: [String: Int] = [:]
        for set in sets { for word in set { documentFrequency[word, default: 0] += 1 } }
        let total = Double(max(articles.count, 1))
        func weight(_ word: String) -> Double {
            let frequency = Double(documentFrequency[word] ?? 1)
            return frequency <= 1 ? 0 : log((total + 1) / frequency)
        }
        let norms = sets.map { set in set.reduce(0) { $0 + weight($1) * weight($1) }.squareRoot() }
        // Dot products through postings of words shared by few articles (common words add little).
        let maximumFrequency = max(2, articles.count / 10)
        var postings: [String: [Int]] = [:]
        for (index, set) in sets.enumerated() {
            for word in set where (documentFrequency[word] ?? 0) >= 2 && (documentFrequency[word] ?? 0) <= maximumFrequency {
                postings[word, default: []].append(index)
            }
        }
        var dots: [Int: [Int: Double]] = [:]
        for (word, documents) in postings {
            let w = weight(word) * weight(word)
            for a in documents.indices {
                for b in documents.indices where b > a { dots[documents[a], default: [:]][documents[b], default: 0] += w }
            }
        }
        var parent = Array(articles.indices)
        func root(_ index: Int) -> Int {
            var index = index
            while parent[index] != index { parent[index] = parent[parent[index]]; index = parent[index] }
            return index
        }
        let threshold = 0.15
        for (i, row) in dots {
            for (j, dot) in row where norms[i] > 0 && norms[j] > 0 && dot / (norms[i] * norms[j]) >= threshold {
                parent[root(j)] = root(i)
            }
        }
        var sizes: [Int: Int] = [:]
        for index in articles.indices { sizes[root(index), default: 0] += 1 }
        return articles.indices.map { index in
            let group = root(index)
            return (sizes[group] ?? 0) > 1 ? "story-\(group + 1)" : nil
        }
    }
}

import Foundation
