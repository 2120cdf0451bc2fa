import Foundation

/// Keras's `Progbar` (keras/src/utils/progbar.py) as `fit`, `evaluate` and `predict` show it.
///
/// verbose 1 redraws one line: backspaces over the previous line and a carriage return,
/// a bold `cur/target` counter, a 20-character bar of `━` (green done, white to go), the ETA
/// (or the elapsed time on the final update), the time per step (the first step excluded
/// from the average), then ` - name: value` for each metric; the final update ends the
/// line. Between updates metric values are step-weighted averages of what was passed; the
/// final update shows the values passed. Updates closer than 0.05 s are skipped unless final.
/// verbose 2 prints only the final line, without bar or colours.
final class Progbar {
    let target: Int
    let verbose: Int
    let width = 20, interval = 0.05
    private var values: [String: (total: Double, count: Double)] = [:]
    private var order: [String] = []
    private var seenSoFar = 0
    private let start: Double
    private var lastUpdate = 0.0
    private var timeAfterFirstStep: Double?
    private var previousWidth = 0

    init(target: Int, verbose: Int) {
        self.target = target
        self.verbose = verbose
        self.start = Console.now()
    }

    func update(_ current: Int, _ logs: [(String, Double)], finalize: Bool) {
        for (key, value) in logs {
            if values[key] == nil { order.append(key) }
            if finalize {
                values[key] = (value, 1)
            } else {
                let base = Double(max(current - seenSoFar, 1))
                let old = values[key] ?? (0, 0)
                values[key] = (old.total + value * base, old.count + base)
            }
        }
        seenSoFar = current
        let now = Console.now()
        let perStep = stepDuration(current, now)
        defer { lastUpdate = now }
        if verbose == 1 {
            if now - lastUpdate < interval && !finalize { return }
            write(current: current, now: now, perStep: perStep, finalize: finalize)
        } else if verbose == 2 && finalize && target > 0 {
            var info = "\(counter(current)) - \(format0(now - start))s -\(Progbar.formatTime(perStep))"
            for key in order { info += " - \(key): " + formatMetric(key, signed: false) }
            Console.write(info + "\n")
        }
    }

    private func write(current: Int, now: Double, perStep: Double, finalize: Bool) {
        var message = String(repeating: "\u{8}", count: previousWidth) + "\r"
        var bar: String, special = 0
        if target > 0 {
            bar = "\u{1B}[1m\(counter(current))\u{1B}[0m "
            special += 8
            let done = Int(Double(width) * Double(current) / Double(target))
            if done > 0 {
                bar += "\u{1B}[32m" + String(repeating: "━", count: done) + "\u{1B}[0m"
                special += 9
            }
            bar += "\u{1B}[37m" + String(repeating: "━", count: width - done) + "\u{1B}[0m"
            special += 9
        } else {
            bar = String(repeating: " ", count: max(0, 7 - String(current).count)) + "\(current)/Unknown"
        }
        var info: String
        if target > 0 && !finalize {
            let eta = perStep * Double(target - current)
            let text: String
            if eta > 3600 {
                text = String(format: "%d:%02d:%02d", Int(eta / 3600), Int(eta.truncatingRemainder(dividingBy: 3600) / 60), Int(eta.truncatingRemainder(dividingBy: 60)))
            } else if eta > 60 {
                text = String(format: "%d:%02d", Int(eta / 60), Int(eta.truncatingRemainder(dividingBy: 60)))
            } else {
                text = "\(Int(eta))s"
            }
            info = " \u{1B}[1m\(text)\u{1B}[0m"
        } else {
            info = " \u{1B}[1m\(format0(now - start))s\u{1B}[0m"
        }
        special += 8
        info += Progbar.formatTime(perStep)
        for key in order { info += " - \(key): " + formatMetric(key, signed: true) }
        message += bar + info
        // Python's len() counts code points, which is what the widths are measured in.
        let totalWidth = bar.unicodeScalars.count + info.unicodeScalars.count - special
        if previousWidth > totalWidth { message += String(repeating: " ", count: previousWidth - totalWidth) }
        if finalize { message += "\n" }
        Console.write(message)
        previousWidth = totalWidth
    }

    /// `%{digits}d/%d`: the step counter right-aligned to the target's width.
    private func counter(_ current: Int) -> String {
        let digits = String(target).count
        let text = String(current)
        return String(repeating: " ", count: max(0, digits - text.count)) + text + "/\(target)"
    }

    /// The displayed average: 4 decimals, or scientific notation when small (Keras tests
    /// |v| > 1e-3 at verbose 1 and v > 1e-3 at verbose 2).
    private func formatMetric(_ key: String, signed: Bool) -> String {
        guard let entry = values[key] else { return "" }
        let average = entry.total / max(1, entry.count)
        let large = signed ? abs(average) > 1e-3 : average > 1e-3
        return String(format: large ? "%.4f" : "%.4e", average)
    }

    private func stepDuration(_ current: Int, _ now: Double) -> Double {
        guard current > 0 else { return 0 }
        let perStep: Double
        if let after = timeAfterFirstStep, current > 1 {
            perStep = (now - after) / Double(current - 1)
        } else {
            perStep = (now - start) / Double(current)
        }
        if current == 1 { timeAfterFirstStep = now }
        return perStep
    }

    private func format0(_ value: Double) -> String { String(format: "%.0f", value) }

    /// ` 3s/step`, ` 17ms/step` or ` 850us/step`.
    static func formatTime(_ perStep: Double, unit: String = "step") -> String {
        if perStep >= 1 || perStep == 0 { return String(format: " %.0f", perStep) + "s/" + unit }
        if perStep >= 1e-3 { return String(format: " %.0f", perStep * 1000) + "ms/" + unit }
        return String(format: " %.0f", perStep * 1_000_000) + "us/" + unit
    }
}
