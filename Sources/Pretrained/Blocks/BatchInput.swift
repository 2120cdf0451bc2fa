// Input checks shared by every model's forward pass, so that ragged or mismatched
// batches end in a ValueError instead of an out-of-range read.

/// Checks that every row of a batch has the same length and that a mask matches the ids.
func validateBatch(_ ids: [[Int]], mask: [[Int]]?, name: String = "attention_mask") throws {
    guard let length = ids.first?.count, length > 0 else {
        throw PretrainedError(.valueError, "input_ids must hold at least one token in each row")
    }
    guard ids.allSatisfy({ $0.count == length }) else {
        throw PretrainedError(.valueError, "input_ids rows have different lengths; pad them to one length")
    }
    if let mask, mask.count != ids.count || mask.contains(where: { $0.count != length }) {
        throw PretrainedError(.valueError, "\(name) must have the same shape as input_ids")
    }
}
