import TensorCore

/// `nn.Embedding`: row `id` of a (count, width) table for each id.
struct Embedding {
    let table: Tensor

    init(_ loader: WeightLoader, _ name: String, count: Int, width: Int) throws {
        table = try loader.base(name + ".weight", [count, width])
    }

    /// The rows for `ids` (batch × length), shaped (batch, length, width). An id outside the
    /// table raises torch's IndexError instead of reading past it.
    func callAsFunction(_ ids: [[Int]]) throws -> Tensor {
        let count = table.shape[0]
        for row in ids {
            for id in row where id < 0 || id >= count {
                throw PretrainedError(.indexError, "index out of range in self (id \(id) in an embedding table of \(count) rows)")
            }
        }
        let flat = try Tensor(shape: [ids.count, ids.first?.count ?? 0], values: ids.joined().map(Int64.init))
        return try table.getItem([.intArray(flat)])
    }
}
