/// How one reduction walks its input: which axes survive into the output, and the reduced
/// axes in numpy's iteration order (ordered by stride, size-1 axes dropped, neighbours that
/// are contiguous with each other merged), so sums group elements as numpy's do.
struct ReductionPlan {
    /// Output shape without the reduced axes, and with them as 1s (`keepdims=True`).
    let outShape: [Int]
    let keepdimsShape: [Int]
    let keptShape: [Int]
    let keptStrides: [Int]
    let reducedShape: [Int]
    let reducedStrides: [Int]
    /// Elements folded into each output.
    let count: Int
    /// True when numpy's innermost loop runs along a reduced axis, which is when numpy uses
    /// pairwise summation for that run.
    let innermostIsReduced: Bool

    init(_ input: Tensor, axes: [Int]?) throws {
        let reduced = Set(try axes.map { try normalizeAxes($0, ndim: input.ndim) } ?? Array(0..<input.ndim))
        var outShape: [Int] = [], keepdimsShape: [Int] = [], keptStrides: [Int] = []
        var reducedAxes: [Int] = []
        for axis in 0..<input.ndim {
            if reduced.contains(axis) {
                keepdimsShape.append(1)
                if input.shape[axis] != 1 { reducedAxes.append(axis) }
            } else {
                outShape.append(input.shape[axis])
                keepdimsShape.append(input.shape[axis])
                keptStrides.append(input.strides[axis])
            }
        }
        self.outShape = outShape
        self.keepdimsShape = keepdimsShape
        keptShape = outShape
        self.keptStrides = keptStrides
        count = reduced.reduce(1) { $0 * input.shape[$1] }

        // numpy's iterator puts the smallest stride innermost.
        let ordered = reducedAxes.enumerated().sorted {
            let (s0, s1) = (abs(input.strides[$0.element]), abs(input.strides[$1.element]))
            return s0 != s1 ? s0 > s1 : $0.offset < $1.offset
        }.map(\.element)
        var shape: [Int] = [], strides: [Int] = []
        for axis in ordered {
            if let last = shape.indices.last, strides[last] == input.strides[axis] * input.shape[axis] {
                shape[last] *= input.shape[axis]
                strides[last] = input.strides[axis]
            } else {
                shape.append(input.shape[axis])
                strides.append(input.strides[axis])
            }
        }
        reducedShape = shape
        reducedStrides = strides
        let nontrivial = (0..<input.ndim).filter { input.shape[$0] != 1 }
        let innermost = nontrivial.min { a, b in
            let (sa, sb) = (abs(input.strides[a]), abs(input.strides[b]))
            return sa != sb ? sa < sb : a > b
        }
        innermostIsReduced = innermost.map { reducedAxes.contains($0) } ?? false
    }
}

/// A reduction that combines elements one at a time, in numpy's iteration order.
protocol RunReducer {
    associatedtype Input: TensorScalar
    associatedtype Output: TensorScalar
    /// The starting value; `first` is the first element reduced (for max/min, which have no identity).
    static func initial(first: Input) -> Output
    static func combine(_ acc: Output, _ x: Input) -> Output
    /// Folds `n` elements at `run` (step `stride`) into `acc`. `pairwise` says numpy would
    /// sum this run pairwise; only sums care.
    static func fold(_ acc: Output, _ run: UnsafePointer<Input>, _ n: Int, _ stride: Int, pairwise: Bool) -> Output
}

extension RunReducer {
    @inline(__always)
    static func fold(_ acc: Output, _ run: UnsafePointer<Input>, _ n: Int, _ stride: Int, pairwise: Bool) -> Output {
        var result = acc
        for i in 0..<n { result = combine(result, run[i * stride]) }
        return result
    }
}

/// Runs reducer `R` over `input` (dtype `R.Input`) as `plan` describes.
func runReduction<R: RunReducer>(_ reducer: R.Type, _ input: Tensor, _ plan: ReductionPlan, keepdims: Bool) throws -> Tensor {
    let out = try Tensor.allocate(keepdims ? plan.keepdimsShape : plan.outShape, R.Output.dtype)
    if plan.innermostIsReduced || out.size <= 1 || plan.count == 0 {
        reduceRuns(reducer, input, plan, into: out)
    } else {
        reduceAcross(reducer, input, plan, into: out)
    }
    return out
}

/// Combines `count` (1 to 4) input rows, `apart` elements from each other, into the outputs
/// `d[j]` for `j` in `columns`, row after row: `d[j] = combine(combine(d[j], s0[j]), s1[j])...`.
/// A unit step (a C-ordered input, the common case) gets loops the compiler vectorizes.
@inline(never)
private func combineRows<R: RunReducer>(_: R.Type, into d: UnsafeMutablePointer<R.Output>, _ s: UnsafePointer<R.Input>,
                                        count: Int, apart: Int, step: Int, _ columns: Range<Int>) {
    if step == 1 && count == 4 {
        let s0 = s, s1 = s + apart, s2 = s + 2 * apart, s3 = s + 3 * apart
        for j in columns { d[j] = R.combine(R.combine(R.combine(R.combine(d[j], s0[j]), s1[j]), s2[j]), s3[j]) }
        return
    }
    for i in 0..<count {
        let row = s + i * apart
        if step == 1 {
            for j in columns { d[j] = R.combine(d[j], row[j]) }
        } else {
            for j in columns { d[j] = R.combine(d[j], row[j * step]) }
        }
    }
}

/// One output at a time: fold the reduced runs that feed it (pairwise for sums when the
/// runs are numpy's innermost loop).
private func reduceRuns<R: RunReducer>(_: R.Type, _ input: Tensor, _ plan: ReductionPlan, into out: Tensor) {
    let src = input.base(R.Input.self), dst = out.base(R.Output.self)
    let keptWalker = RowWalker(shape: plan.keptShape, strides: [plan.keptStrides])
    let runs = RowWalker(shape: plan.reducedShape, strides: [plan.reducedStrides])
    let runLength = runs.rowLength, runStride = runs.innerStride(0)
    let pairwise = plan.innermostIsReduced, length = keptWalker.rowLength
    guard length > 0 else { return }
    // Split over the outputs, not over rows of them: `sum(axis=1)` of a matrix has its
    // outputs in one row.
    parallelRanges(keptWalker.rowCount * length, work: out.size * plan.count) { outputs in
        let rows = outputs.lowerBound / length..<(outputs.upperBound + length - 1) / length
        keptWalker.forEachRow(rows) { row, keptOffsets in
            let first = row * length
            for j in Swift.max(outputs.lowerBound - first, 0)..<Swift.min(outputs.upperBound - first, length) {
                let start = src + keptOffsets[0] + j * keptWalker.innerStride(0)
                var acc = R.initial(first: plan.count > 0 ? start.pointee : R.Input(fromBool: false))
                if runs.rowCount == 1 {
                    // One run per output (a reduction over one axis, or over all of a
                    // contiguous block): no walk, whose set-up would cost as much as a short run.
                    acc = R.fold(acc, start, runLength, runStride, pairwise: pairwise)
                } else {
                    runs.forEachRow(0..<runs.rowCount) { _, offsets in
                        acc = R.fold(acc, start + offsets[0], runLength, runStride, pairwise: pairwise)
                    }
                }
                dst[first + j] = acc
            }
        }
    }
}

/// All outputs at once, when numpy's innermost loop runs along a kept axis (`sum(axis=0)`
/// of a C-ordered matrix): each reduced position is combined into every output in turn.
/// Every output still sees its elements in the same order, so results are identical to
/// `reduceRuns`, but memory is read in order.
private func reduceAcross<R: RunReducer>(_: R.Type, _ input: Tensor, _ plan: ReductionPlan, into out: Tensor) {
    let src = input.base(R.Input.self), dst = out.base(R.Output.self)
    let keptWalker = RowWalker(shape: plan.keptShape, strides: [plan.keptStrides])
    let runs = RowWalker(shape: plan.reducedShape, strides: [plan.reducedStrides])
    let length = keptWalker.rowLength, step = keptWalker.innerStride(0)
    /// Folds every reduced position into the outputs of `rows` × `columns`.
    func accumulate(rows: Range<Int>, columns: Range<Int>) {
        keptWalker.forEachRow(rows) { row, keptOffsets in
            let first = src + keptOffsets[0], d = dst + row * length
            for j in columns { d[j] = R.initial(first: first[j * step]) }
        }
        let runStride = runs.innerStride(0)
        runs.forEachRow(0..<runs.rowCount) { _, runOffsets in
            // Four reduced positions at a time: each output still takes them in order, but
            // it is loaded and stored once per four, and four input streams are in flight.
            var r = 0
            while r < runs.rowLength {
                let block = Swift.min(4, runs.rowLength - r)
                let reduced = src + runOffsets[0] + r * runStride
                keptWalker.forEachRow(rows) { row, keptOffsets in
                    combineRows(R.self, into: dst + row * length, reduced + keptOffsets[0], count: block,
                                apart: runStride, step: step, columns)
                }
                r += block
            }
        }
    }
    // Split the work between the cores by output rows. When the outputs form a single row
    // (`sum(axis=0)` of a matrix), one thread walks the rows in order: the job is bound by
    // memory, and column strips for two threads read in runs too short to stream (measured
    // on a 4096x4096 sum: two strips 0.58-0.94 of numpy's speed, eight 0.4-0.8, one 1.02-1.10).
    if keptWalker.rowCount >= 2 {
        parallelRanges(keptWalker.rowCount, work: out.size * plan.count) { accumulate(rows: $0, columns: 0..<length) }
    } else {
        accumulate(rows: 0..<keptWalker.rowCount, columns: 0..<length)
    }
}
