import XCTest
@testable import Pretrained

final class TokenChoiceTests: XCTestCase {
    func testTopKKeepsTiesWithTheKthLogit() {
        XCTAssertEqual(topKFilter([1, 5, 3, 3, 0], 2), [-.infinity, 5, 3, 3, -.infinity])
        XCTAssertEqual(topKFilter([1, 2], 0), [1, 2], "0 disables top-k")
    }

    func testTopPKeepsTheSmallestSetReachingP() {
        // Probabilities ≈ [0.643, 0.237, 0.087, 0.032]: 0.643 alone is below 0.7, so two stay.
        let logits: [Float] = [3, 2, 1, 0]
        XCTAssertEqual(topPFilter(logits, 0.7), [3, 2, -.infinity, -.infinity])
        XCTAssertEqual(topPFilter(logits, 0.5), [3, -.infinity, -.infinity, -.infinity])
        XCTAssertEqual(topPFilter(logits, 1.0), logits)
    }

    func testSamplingFollowsTheProbabilities() {
        let random = SplitMixRandom(seed: 42)
        var counts = [0, 0, 0]
        let logits: [Float] = [0, Float(log(3.0)), -.infinity]  // probabilities 1/4, 3/4, 0
        for _ in 0..<4000 { counts[sampleToken(logits, random: random)] += 1 }
        XCTAssertEqual(counts[2], 0)
        XCTAssertEqual(Double(counts[1]) / 4000, 0.75, accuracy: 0.03)
    }

    func testGreedyTakesTheFirstMaximum() {
        XCTAssertEqual(greedyToken([1, 7, 7, 2]), 1)
    }
}
