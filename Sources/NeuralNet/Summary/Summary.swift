import Foundation

extension Model {
    /// `model.summary()` as Keras 3 prints it when output is not a terminal (line length
    /// 76), written through `Console`.
    public func summary(lineLength: Int? = nil) {
        Console.write(summaryText(lineLength: lineLength))
    }

    /// The text of `summary()` (keras/src/utils/summary_utils.py `print_summary`).
    public func summaryText(lineLength: Int? = nil) -> String {
        let relevantNodes = graph.map { Set($0.nodes.map(ObjectIdentifier.init)) }
        let sequentialLike = isSequentialLike
        let positions = sequentialLike ? [0.45, 0.80, 1.0] : [0.3, 0.56, 0.74, 1.0]
        let length = lineLength ?? min(sequentialLike ? 88 : 108, 76)
        var requested: [Int] = [], current = 0
        for position in positions {
            let width = Int(position * Double(length)) - current
            requested.append(width)
            current += width
        }
        var headers = ["Layer (type)", "Output Shape", "Param #"]
        var justify: [BoxTable.Justify] = [.left, .left, .right]
        if !sequentialLike {
            headers.append("Connected to")
            justify.append(.left)
        }
        var table = BoxTable(headers: headers, justify: justify, requestedWidths: requested, tableWidth: length)
        let rows = self is Sequential ? layers : (graph?.layers ?? layers)
        for layer in rows {
            var cells = ["\(layer.name) (\(layer.className))", summaryShape(layer), summaryParams(layer)]
            if !sequentialLike { cells.append(connections(layer, relevantNodes)) }
            table.rows.append(cells)
        }

        let trainable = trainableWeights, frozen = nonTrainableWeights
        let trainableCount = trainable.reduce(0) { $0 + $1.value.count }
        let frozenCount = frozen.reduce(0) { $0 + $1.value.count }
        var optimizerCount = 0, optimizerBytes = 0.0
        if let optimizer = compiled?.optimizer, optimizer.isBuilt {
            optimizerCount = optimizer.variableCount(trainableParams: trainableCount)
            // float32 slots and learning rate, plus `iterations`, an int64.
            optimizerBytes = Double((optimizerCount - 1) * 4 + 8)
        }
        let total = trainableCount + frozenCount + optimizerCount
        let totalBytes = Double(trainableCount + frozenCount) * 4 + optimizerBytes
        var text = "Model: \"\(name)\"\n" + table.render()
        text += " Total params: \(grouped(total)) (\(readableSize(totalBytes)))\n"
        text += " Trainable params: \(grouped(trainableCount)) (\(readableSize(Double(trainableCount) * 4)))\n"
        text += " Non-trainable params: \(grouped(frozenCount)) (\(readableSize(Double(frozenCount) * 4)))\n"
        if optimizerCount > 0 {
            text += " Optimizer params: \(grouped(optimizerCount)) (\(readableSize(optimizerBytes)))\n"
        }
        return text
    }

    /// Keras uses the 3-column layout for Sequential models and for functional graphs that
    /// are a simple chain (one node per depth, no node with several inputs, no layer called twice).
    var isSequentialLike: Bool {
        guard !(self is Sequential), let graph else { return true }
        var depthCounts: [Int: Int] = [:]
        let depths = nodeDepths(graph)
        for node in graph.nodes {
            if node.inputs.count > 1 { return false }
            depthCounts[depths[ObjectIdentifier(node)] ?? 0, default: 0] += 1
        }
        if depthCounts.values.contains(where: { $0 > 1 }) { return false }
        let nodeIDs = Set(graph.nodes.map(ObjectIdentifier.init))
        return graph.layers.allSatisfy { layer in layer.inboundNodes.filter { nodeIDs.contains(ObjectIdentifier($0)) }.count <= 1 }
    }

    private func nodeDepths(_ graph: Graph) -> [ObjectIdentifier: Int] {
        var depth: [ObjectIdentifier: Int] = [:], layerDepth: [ObjectIdentifier: Int] = [:]
        for node in graph.nodes.reversed() {
            let d = max(depth[ObjectIdentifier(node), default: 0], layerDepth[ObjectIdentifier(node.layer), default: 0])
            depth[ObjectIdentifier(node)] = d
            layerDepth[ObjectIdentifier(node.layer)] = d
            for input in node.inputs where !(node.layer is InputLayer) {
                depth[ObjectIdentifier(input.node)] = max(d + 1, depth[ObjectIdentifier(input.node), default: 0])
            }
        }
        return depth
    }

    /// The shapes of the layer's last call: `(None, 64)`, or a list for several outputs;
    /// `?` for a layer never called.
    private func summaryShape(_ layer: Layer) -> String {
        guard let node = layer.inboundNodes.last else { return "?" }
        let shapes = node.outputs.map { "(" + $0.shape.map { $0.map(String.init) ?? "None" }.joined(separator: ", ") + ")" }
        return shapes.count == 1 ? shapes[0] : "[" + shapes.joined(separator: ", ") + "]"
    }

    private func summaryParams(_ layer: Layer) -> String {
        guard layer.built else { return "0 (unbuilt)" }
        return grouped((try? layer.countParams()) ?? 0)
    }

    /// `name[node][tensor]` for every input of the layer's calls inside this model.
    private func connections(_ layer: Layer, _ relevant: Set<ObjectIdentifier>?) -> String {
        var parts: [String] = []
        for node in layer.inboundNodes where relevant?.contains(ObjectIdentifier(node)) ?? true {
            for input in node.inputs { parts.append("\(input.node.layer.name)[\(input.node.index)][\(input.index)]") }
        }
        return parts.isEmpty ? "-" : parts.joined(separator: ", ")
    }
}

/// `f"{n:,}"`.
func grouped(_ n: Int) -> String {
    let digits = String(abs(n))
    var out = ""
    for (index, char) in digits.enumerated() {
        if index > 0 && (digits.count - index) % 3 == 0 { out.append(",") }
        out.append(char)
    }
    return (n < 0 ? "-" : "") + out
}

/// Keras's `readable_memory_size`: divide by 1024 until below one unit, two decimals.
func readableSize(_ bytes: Double) -> String {
    var size = bytes
    for unit in ["B", "KB", "MB", "GB", "TB"] {
        if size / 1024 < 1 { return String(format: "%.2f ", size) + unit }
        size /= 1024
    }
    return String(format: "%.2f PB", size)
}
