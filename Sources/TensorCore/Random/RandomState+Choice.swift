extension RandomState {
    /// `choice(a, size, replace, p)`, as indices into the population (the binding maps them
    /// back to `a`'s elements). Each case draws what numpy's legacy `choice` draws:
    /// with replacement, `randint` or (with `p`) uniforms looked up in the cumulative `p`;
    /// without, a prefix of `permutation` or (with `p`) repeated rounds of uniforms that
    /// zero out the probabilities already taken.
    /// `populationIsArray` picks numpy's message for an empty population.
    public func choice(populationSize: Int, count: Int, replace: Bool, p: [Double]?,
                       populationIsArray: Bool = false) throws -> [Int64] {
        if populationSize <= 0 && count != 0 {
            throw TensorError(.valueError, populationIsArray
                ? "'a' cannot be empty unless no samples are taken"
                : "a must be greater than 0 unless no samples are taken")
        }
        if let p { try checkProbabilities(p, populationSize: populationSize) }

        if replace {
            guard let p else { return try randint(low: 0, high: Int64(populationSize), count: count) }
            let cdf = normalisedCumulativeSum(p)
            return try randomSample(count).map { Int64(searchSortedRight(cdf, $0)) }
        }

        if count > populationSize {
            throw TensorError(.valueError, "Cannot take a larger sample than population when 'replace=False'")
        }
        try checkCount(count)
        guard var weights = p else { return Array(try permutation(populationSize).prefix(count)) }
        if weights.filter({ $0 > 0 }).count < count {
            throw TensorError(.valueError, "Fewer non-zero entries in p than size")
        }
        var found: [Int] = []
        while found.count < count {
            let uniforms = try randomSample(count - found.count)
            for index in found { weights[index] = 0 }
            let cdf = normalisedCumulativeSum(weights)
            // Keep each newly drawn index once, in the order first drawn.
            var fresh: [Int] = []
            for u in uniforms {
                let index = searchSortedRight(cdf, u)
                if !fresh.contains(index) { fresh.append(index) }
            }
            found += fresh
        }
        return found.map(Int64.init)
    }

    private func checkProbabilities(_ p: [Double], populationSize: Int) throws {
        guard p.count == populationSize else {
            throw TensorError(.valueError, "'a' and 'p' must have same size")
        }
        let total = kahanSum(p)
        if total.isNaN { throw TensorError(.valueError, "probabilities contain NaN") }
        if p.contains(where: { $0 < 0 }) { throw TensorError(.valueError, "probabilities are not non-negative") }
        // numpy's tolerance is sqrt(float64 eps).
        if abs(total - 1) > 1.4901161193847656e-08 {
            throw TensorError(.valueError, "probabilities do not sum to 1")
        }
    }
}

/// Compensated summation, as numpy sums `p` before checking it.
private func kahanSum(_ values: [Double]) -> Double {
    guard var sum = values.first else { return 0 }
    var compensation = 0.0
    for value in values.dropFirst() {
        let y = value - compensation
        let t = sum + y
        compensation = (t - sum) - y
        sum = t
    }
    return sum
}

/// `cumsum(p) / cumsum(p)[-1]`, summed left to right as numpy's cumsum does.
private func normalisedCumulativeSum(_ p: [Double]) -> [Double] {
    var running = 0.0
    let cumulative = p.map { value -> Double in
        running += value
        return running
    }
    return cumulative.map { $0 / running }
}

/// numpy's `searchsorted(side='right')`: the first index whose value is greater than `x`.
private func searchSortedRight(_ sorted: [Double], _ x: Double) -> Int {
    var low = 0, high = sorted.count
    while low < high {
        let middle = (low + high) / 2
        if sorted[middle] <= x { low = middle + 1 } else { high = middle }
    }
    return low
}
