import Foundation
import TensorCore

extension Model {
    /// `model.fit(x, y, batch_size=32, epochs=1, verbose=1, validation_split=0.0,
    /// validation_data=None, shuffle=True)`: mini-batch training with the compiled optimizer,
    /// printing Keras's progress lines through `Console`, returning the per-epoch logs.
    @discardableResult
    public func fit(x: [FloatTensor], y: FloatTensor, batchSize: Int? = nil, epochs: Int = 1, verbose: Int = 1,
                    validationSplit: Double = 0, validationData: (x: [FloatTensor], y: FloatTensor)? = nil,
                    shuffle: Bool = true) throws -> History {
        guard let compiled, let loss = compiled.loss else {
            throw TensorError(.valueError, "You must call `compile()` before training the model.")
        }
        guard epochs >= 0 else { throw TensorError(.valueError, "`epochs` must be a non-negative integer, got \(epochs)") }
        guard (0..<1).contains(validationSplit) else {
            throw TensorError(.valueError, "`validation_split` must be between 0 and 1, got \(validationSplit)")
        }
        var (trainX, trainY) = (x, y)
        var validation = validationData
        let count = try sampleCount(x, y)
        if validation == nil && validationSplit > 0 {
            // Keras takes the last fraction of the samples, before any shuffling.
            let splitAt = Int((Double(count) * (1 - validationSplit)).rounded(.down))
            guard splitAt > 0, splitAt < count else {
                throw TensorError(.valueError, "Training data contains \(splitAt) samples, which is not sufficient to split it into a validation and training set as specified by `validation_split=\(validationSplit)`. Either provide more data, or a different value for the `validation_split` argument.")
            }
            let head = Array(0..<splitAt), tail = Array(splitAt..<count)
            validation = (x.map { $0.rows(tail) }, y.rows(tail))
            (trainX, trainY) = (x.map { $0.rows(head) }, y.rows(head))
        }
        let trainCount = trainY.shape.first ?? 0
        let batch = min(try validBatchSize(batchSize), max(trainCount, 1))
        let steps = (trainCount + batch - 1) / batch
        try buildIfNeeded(forData: trainX.map { firstBatchShape($0, batch) })
        try requireSingleOutput()
        let history = History(verbose: verbose, epochs: epochs, steps: steps)

        for epoch in 0..<epochs {
            if verbose != 0 && epochs > 1 { Console.write("Epoch \(epoch + 1)/\(epochs)\n") }
            let progbar = Progbar(target: steps, verbose: verbose)
            let order = shuffle ? try Randomness.generator.shuffleIndices(trainCount) : Array(0..<trainCount)
            var trackers = Trackers(compiled.metrics)
            for step in 0..<steps {
                try Console.checkInterrupt()
                let indices = Array(order[(step * batch)..<min(trainCount, (step + 1) * batch)])
                try trainStep(trainX.map { $0.rows(indices) }, trainY.rows(indices), compiled, loss, &trackers)
                progbar.update(step + 1, trackers.logs(), finalize: false)
            }
            var logs = trackers.logs()
            if let validation {
                let results = try evaluateLogs(x: validation.x, y: validation.y, batchSize: batch, verbose: 0)
                logs += results.map { ("val_" + $0.0, $0.1) }
            }
            logs.sort { $0.0 < $1.0 }
            progbar.update(steps, logs, finalize: true)
            history.record(epoch: epoch, logs)
        }
        return history
    }

    /// One optimizer step on one batch: a forward pass in training mode, the loss, its
    /// gradients, and an update of the weights that are trainable *now*: Keras's `train_step`
    /// reads `trainable_weights` when it runs, which is what lets a GAN loop freeze the
    /// discriminator for the generator's step and thaw it for its own.
    private func trainStep(_ inputs: [FloatTensor], _ target: FloatTensor, _ compiled: CompiledState, _ loss: Loss,
                           _ trackers: inout Trackers) throws {
        let (pairs, lossValue, prediction) = try gradients(inputs, target, loss)
        compiled.optimizer.apply(pairs)
        trackers.add(loss: lossValue, target: target, prediction: prediction)
    }

    /// The forward pass and back-propagation of one batch: the gradient of every trainable
    /// weight, the loss and the prediction. The graph is freed on return, so its leaves no
    /// longer share the weights' buffers and the optimizer updates them in place instead of
    /// copying each (a 10 MB embedding table per step) first.
    private func gradients(_ inputs: [FloatTensor], _ target: FloatTensor, _ loss: Loss) throws
        -> (pairs: [(Weight, FloatTensor)], loss: Double, prediction: FloatTensor) {
        let context = CallContext(training: true)
        let outputs = try call(inputs.map { Variable($0) }, context)
        let batchLoss = try loss.batchLoss(outputs[0], target)
        batchLoss.backward()
        let pairs = context.leaves.filter { $0.0.trainable }.map { weight, leaf in
            (weight, leaf.grad ?? FloatTensor.zeros(weight.shape))
        }
        return (pairs, Double(batchLoss.value.data[0]), outputs[0].value)
    }

    /// `model.train_on_batch(x, y)`: one optimizer step on exactly this batch, no progress
    /// line; the loss, then each metric in `compile` order (metrics start afresh each call,
    /// as Keras 3 resets them).
    public func trainOnBatch(x: [FloatTensor], y: FloatTensor) throws -> [(String, Double)] {
        guard let compiled, let loss = compiled.loss else {
            throw TensorError(.valueError, "You must call `compile()` before using the model.")
        }
        _ = try sampleCount(x, y)
        try buildIfNeeded(forData: x.map(\.shape))
        try requireSingleOutput()
        var trackers = Trackers(compiled.metrics)
        try trainStep(x, y, compiled, loss, &trackers)
        return inCompileOrder(trackers.logs())
    }

    /// `model.test_on_batch(x, y)`: the loss and metrics on exactly this batch, in inference mode.
    public func testOnBatch(x: [FloatTensor], y: FloatTensor) throws -> [(String, Double)] {
        let count = try sampleCount(x, y)
        return inCompileOrder(try evaluateLogs(x: x, y: y, batchSize: max(count, 1), verbose: 0))
    }

    /// `model.predict_on_batch(x)`: the outputs for this batch in one pass, no progress line.
    public func predictOnBatch(x: [FloatTensor]) throws -> [FloatTensor] {
        try predict(x: x, batchSize: max(x.first?.shape.first ?? 1, 1), verbose: 0)
    }

    /// The loss, then each metric in `compile` order: what Keras returns as a list.
    private func inCompileOrder(_ logs: [(String, Double)]) -> [(String, Double)] {
        let order = ["loss"] + (compiled?.metrics.map(\.name) ?? [])
        return order.compactMap { name in logs.first { $0.0 == name } }
    }

    /// `model.evaluate(x, y, batch_size=32, verbose="auto")`: the loss, then each metric
    /// in `compile` order, as Keras returns them (its progress line lists them alphabetically).
    public func evaluate(x: [FloatTensor], y: FloatTensor, batchSize: Int? = nil, verbose: Int = 1) throws -> [(String, Double)] {
        let batch = min(try validBatchSize(batchSize), max(y.shape.first ?? 1, 1))
        return inCompileOrder(try evaluateLogs(x: x, y: y, batchSize: batch, verbose: verbose))
    }

    private func evaluateLogs(x: [FloatTensor], y: FloatTensor, batchSize: Int, verbose: Int) throws -> [(String, Double)] {
        guard let compiled, let loss = compiled.loss else {
            throw TensorError(.valueError, "You must call `compile()` before using the model.")
        }
        let count = try sampleCount(x, y)
        try buildIfNeeded(forData: x.map { firstBatchShape($0, batchSize) })
        try requireSingleOutput()
        let steps = (count + batchSize - 1) / batchSize
        let progbar = Progbar(target: steps, verbose: verbose)
        var trackers = Trackers(compiled.metrics)
        for step in 0..<steps {
            try Console.checkInterrupt()
            let indices = Array((step * batchSize)..<min(count, (step + 1) * batchSize))
            let target = y.rows(indices)
            let outputs = try call(x.map { Variable($0.rows(indices)) }, CallContext(training: false))
            trackers.add(loss: Double(try loss.batchLoss(outputs[0], target).value.data[0]), target: target, prediction: outputs[0].value)
            progbar.update(step + 1, trackers.logs(), finalize: false)
        }
        let logs = trackers.logs()
        progbar.update(steps, logs, finalize: true)
        return logs
    }

    /// `model.predict(x, batch_size=32, verbose="auto")`: outputs for every sample, batch by
    /// batch, with a progress line.
    public func predict(x: [FloatTensor], batchSize: Int? = nil, verbose: Int = 1) throws -> [FloatTensor] {
        let count = x.first?.shape.first ?? 0
        let batch = min(try validBatchSize(batchSize), max(count, 1))
        for input in x where input.shape.first != count {
            throw TensorError(.valueError, "Data cardinality is ambiguous. Make sure all arrays contain the same number of samples.")
        }
        try buildIfNeeded(forData: x.map { firstBatchShape($0, batch) })
        let steps = (count + batch - 1) / batch
        let progbar = Progbar(target: steps, verbose: verbose)
        var pieces: [[FloatTensor]] = []
        for step in 0..<steps {
            try Console.checkInterrupt()
            let indices = Array((step * batch)..<min(count, (step + 1) * batch))
            pieces.append(try call(x.map { Variable($0.rows(indices)) }, CallContext(training: false)).map(\.value))
            progbar.update(step + 1, [], finalize: false)
        }
        progbar.update(steps, [], finalize: true)
        guard let first = pieces.first else { return [] }
        return (0..<first.count).map { output in FloatTensor.stackingRows(pieces.map { $0[output] }) }
    }

    /// Losses and metrics are defined for one output so far; several need a loss per output.
    private func requireSingleOutput() throws {
        if let outputs = graph?.outputs, outputs.count != 1 {
            throw TensorError(.valueError, "Training and evaluating a model with \(outputs.count) outputs is not supported yet: give the model a single output.")
        }
    }

    /// The shape of the first batch drawn from `x`.
    private func firstBatchShape(_ x: FloatTensor, _ batch: Int) -> [Int] {
        [min(batch, x.shape.first ?? 0)] + x.shape.dropFirst()
    }

    private func validBatchSize(_ size: Int?) throws -> Int {
        let size = size ?? 32
        guard size > 0 else { throw TensorError(.valueError, "`batch_size` must be a positive integer, got \(size)") }
        return size
    }

    private func sampleCount(_ x: [FloatTensor], _ y: FloatTensor) throws -> Int {
        let sizes = x.map { $0.shape.first ?? 1 }
        let target = y.shape.first ?? 1
        guard sizes.allSatisfy({ $0 == target }) else {
            throw TensorError(.valueError, "Data cardinality is ambiguous. Make sure all arrays contain the same number of samples.'x' sizes: \(sizes.map(String.init).joined(separator: ", "))\n'y' sizes: \(target)\n")
        }
        return target
    }
}

/// The running loss and metric means of one epoch (or one evaluation).
private struct Trackers {
    let requested: [(name: String, metric: Metric)]
    var loss = RunningMean()
    var metrics: [RunningMean]
    var resolved: [Metric]?

    init(_ requested: [(name: String, metric: Metric)]) {
        self.requested = requested
        self.metrics = Array(repeating: RunningMean(), count: requested.count)
    }

    mutating func add(loss value: Double, target: FloatTensor, prediction: FloatTensor) {
        let samples = Double(prediction.shape.first ?? 1)
        loss.add(value, weight: samples)
        let kinds = resolved ?? requested.map { $0.metric.resolved(target: target.shape, prediction: prediction.shape) }
        resolved = kinds
        for (index, kind) in kinds.enumerated() {
            for sample in kind.values(target: target, prediction: prediction) { metrics[index].add(sample, weight: 1) }
        }
    }

    /// Logs sorted by name, as Keras's `pythonify_logs` sorts them.
    func logs() -> [(String, Double)] {
        var logs = [("loss", loss.value)]
        for (index, entry) in requested.enumerated() { logs.append((entry.name, metrics[index].value)) }
        return logs.sorted { $0.0 < $1.0 }
    }
}

extension FloatTensor {
    /// The rows (first-axis entries) at `indices`, in that order.
    func rows(_ indices: [Int]) -> FloatTensor {
        let rowSize = shape.isEmpty ? 1 : count / Swift.max(shape[0], 1)
        var out = [Float]()
        out.reserveCapacity(indices.count * rowSize)
        for index in indices { out.append(contentsOf: data[(index * rowSize)..<((index + 1) * rowSize)]) }
        return FloatTensor(shape: [indices.count] + shape.dropFirst(), data: out)
    }

    /// Arrays with equal trailing shapes joined along the first axis.
    static func stackingRows(_ parts: [FloatTensor]) -> FloatTensor {
        guard let first = parts.first else { return .zeros([0]) }
        let rows = parts.reduce(0) { $0 + ($1.shape.first ?? 1) }
        return FloatTensor(shape: [rows] + first.shape.dropFirst(), data: parts.flatMap(\.data))
    }
}
