struct SumReducer<T: NumericScalar>: RunReducer {
    @inline(__always) static func initial(first: T) -> T { T.zero }
    @inline(__always) static func combine(_ acc: T, _ x: T) -> T { T.add(acc, x) }
    @inline(__always) static func fold(_ acc: T, _ run: UnsafePointer<T>, _ n: Int, _ stride: Int, pairwise: Bool) -> T {
        if pairwise { return T.add(acc, pairwiseSum(run, n, stride)) }
        var result = acc
        for i in 0..<n { result = T.add(result, run[i * stride]) }
        return result
    }
}

struct ProductReducer<T: NumericScalar>: RunReducer {
    @inline(__always) static func initial(first: T) -> T { T.one }
    @inline(__always) static func combine(_ acc: T, _ x: T) -> T { T.multiply(acc, x) }
}

struct MaxReducer<T: NumericScalar>: RunReducer {
    @inline(__always) static func initial(first: T) -> T { first }
    @inline(__always) static func combine(_ acc: T, _ x: T) -> T { T.maximum(acc, x) }
}

struct MinReducer<T: NumericScalar>: RunReducer {
    @inline(__always) static func initial(first: T) -> T { first }
    @inline(__always) static func combine(_ acc: T, _ x: T) -> T { T.minimum(acc, x) }
}

struct AnyReducer: RunReducer {
    @inline(__always) static func initial(first: Bool) -> Bool { false }
    @inline(__always) static func combine(_ acc: Bool, _ x: Bool) -> Bool { acc || x }
}

struct AllReducer: RunReducer {
    @inline(__always) static func initial(first: Bool) -> Bool { true }
    @inline(__always) static func combine(_ acc: Bool, _ x: Bool) -> Bool { acc && x }
}
