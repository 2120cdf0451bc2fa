import Dispatch

/// Element count above which a kernel splits its work across both cores.
let parallelThreshold = 100_000

/// Most pieces a large job is cut into.
private let maxPieces = 16

/// Runs `body` over `0..<count` in pieces on both cores when `work` (elements touched) is
/// large enough to repay the dispatch. A large job is cut into more pieces than there are
/// cores, which the threads take in turn: when another process preempts one thread, the
/// other carries on with the remaining pieces instead of waiting for it to finish its half.
/// Pieces are ranges of whole rows, so results do not depend on how the work is cut.
func parallelRanges(_ count: Int, work: Int, _ body: (Range<Int>) -> Void) {
    guard work >= parallelThreshold && count >= 2 else {
        body(0..<count)
        return
    }
    let pieces = Swift.min(count, Swift.max(2, Swift.min(maxPieces, work / parallelThreshold)))
    DispatchQueue.concurrentPerform(iterations: pieces) { piece in
        let start = count * piece / pieces, end = count * (piece + 1) / pieces
        body(start..<end)
    }
}

/// Walks an n-d index space row by row (a row is the last axis), keeping the element
/// offset of each operand current, so kernels run a tight strided loop per row.
struct RowWalker {
    let outerShape: [Int]
    let rowLength: Int
    let rowCount: Int
    let operandStrides: [[Int]]

    /// `strides[k]` are operand k's strides over `shape` (0 on broadcast axes).
    init(shape: [Int], strides: [[Int]]) {
        if shape.isEmpty {
            outerShape = []
            rowLength = 1
            operandStrides = strides.map { _ in [0] }
        } else {
            outerShape = Array(shape.dropLast())
            rowLength = shape[shape.count - 1]
            operandStrides = strides
        }
        rowCount = rowLength == 0 ? 0 : outerShape.reduce(1, *)
    }

    /// Inner-loop stride of operand k.
    func innerStride(_ k: Int) -> Int { operandStrides[k].last ?? 0 }

    /// Calls `body(row, offsets)` for each row in `rows`; offsets are relative to each
    /// operand's base pointer.
    func forEachRow(_ rows: Range<Int>, _ body: (Int, UnsafeMutableBufferPointer<Int>) -> Void) {
        guard !rows.isEmpty else { return }
        let depth = outerShape.count, operands = operandStrides.count
        var index = [Int](repeating: 0, count: depth)
        var remainder = rows.lowerBound
        for axis in stride(from: depth - 1, through: 0, by: -1) {
            index[axis] = remainder % outerShape[axis]
            remainder /= outerShape[axis]
        }
        var offsets = [Int](repeating: 0, count: operands)
        for k in 0..<operands {
            for axis in 0..<depth { offsets[k] += index[axis] * operandStrides[k][axis] }
        }
        offsets.withUnsafeMutableBufferPointer { offsetBuffer in
            for row in rows {
                body(row, offsetBuffer)
                // Advance the odometer over the outer axes.
                var axis = depth - 1
                while axis >= 0 {
                    index[axis] += 1
                    for k in 0..<operands { offsetBuffer[k] += operandStrides[k][axis] }
                    if index[axis] < outerShape[axis] { break }
                    for k in 0..<operands { offsetBuffer[k] -= operandStrides[k][axis] * outerShape[axis] }
                    index[axis] = 0
                    axis -= 1
                }
            }
        }
    }
}

/// numpy's broadcast of several shapes, or its error.
func broadcastShapes(_ shapes: [[Int]]) throws -> [Int] {
    let ndim = shapes.map(\.count).max() ?? 0
    var result = [Int](repeating: 1, count: ndim)
    for shape in shapes {
        for (i, dim) in shape.enumerated() {
            let axis = ndim - shape.count + i
            if result[axis] == 1 {
                result[axis] = dim
            } else if dim != 1 && dim != result[axis] {
                throw TensorError.broadcast(shapes)
            }
        }
    }
    return result
}

extension Tensor {
    /// Strides that read this tensor as if broadcast to `shape` (0 on stretched axes).
    /// `shape` must be a valid broadcast target of `self.shape`.
    func broadcastStrides(to shape: [Int]) -> [Int] {
        var result = [Int](repeating: 0, count: shape.count)
        let lead = shape.count - ndim
        for axis in 0..<ndim where self.shape[axis] != 1 {
            result[lead + axis] = strides[axis]
        }
        return result
    }
}
