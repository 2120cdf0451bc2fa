import Foundation
import TensorCore
import XCTest
@testable import Pretrained

final class SafeTensorsTests: XCTestCase {
    /// Writes a safetensors file from a literal header and data bytes.
    private func file(header: String, data: [UInt8] = [], length: UInt64? = nil) throws -> String {
        let path = try temporaryFolder(self) + "/hand.safetensors"
        var bytes = Data()
        withUnsafeBytes(of: (length ?? UInt64(header.utf8.count)).littleEndian) { bytes.append(contentsOf: $0) }
        bytes.append(contentsOf: Array(header.utf8))
        bytes.append(contentsOf: data)
        try bytes.write(to: URL(fileURLWithPath: path))
        return path
    }

    private func writeRaw(_ bytes: [UInt8]) throws -> String {
        let path = try temporaryFolder(self) + "/raw.safetensors"
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    func testWriterRoundTripsEveryDType() throws {
        let path = try temporaryFolder(self) + "/round.safetensors"
        let floats = try Tensor(shape: [2, 3], values: [Float](arrayLiteral: 1.5, -2, 0, 3.25, 1e-8, -7))
        let doubles = try Tensor(shape: [2], values: [0.1, -1e300])
        let ints = try Tensor(shape: [3, 1], values: [Int64](arrayLiteral: -5, 0, Int64.max))
        let flags = try Tensor(shape: [2], values: [true, false])
        let empty = try Tensor(shape: [0, 4], values: [Float]())
        try SafeTensorsWriter.write([("b.floats", floats), ("a.doubles", doubles), ("ints", ints), ("flags", flags),
                                     ("empty", empty)], metadata: ["format": "pt"], to: path)
        let reread = try SafeTensorsFile(path: path)
        XCTAssertEqual(reread.metadata, ["format": "pt"])
        XCTAssertEqual(Set(reread.names), ["a.doubles", "b.floats", "ints", "flags", "empty"])
        for (name, original) in [("b.floats", floats), ("a.doubles", doubles), ("ints", ints), ("flags", flags), ("empty", empty)] {
            let loaded = try reread.tensor(name)
            XCTAssertEqual(loaded.dtype, original.dtype, name)
            XCTAssertTrue(try Tensor.arrayEqual(loaded, original), name)
        }
        XCTAssertEqual(reread.info("b.floats")?.dtype, .float32)
    }

    func testHalfAndBFloat16ConvertToFloat32() throws {
        // F16: 1, -2, 65504 (largest), 2^-24 (smallest subnormal), +inf; BF16: 1, -3.5.
        let half: [UInt16] = [0x3C00, 0xC000, 0x7BFF, 0x0001, 0x7C00]
        let brain: [UInt16] = [0x3F80, 0xC060]
        let data = (half + brain).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let path = try file(header: #"{"h":{"dtype":"F16","shape":[5],"data_offsets":[0,10]},"b":{"dtype":"BF16","shape":[2],"data_offsets":[10,14]}}"#,
                            data: data)
        let reader = try SafeTensorsFile(path: path)
        XCTAssertEqual(try reader.tensor("h").values(as: Float.self), [1, -2, 65504, 0x1p-24, .infinity])
        XCTAssertEqual(try reader.tensor("b").values(as: Float.self), [1, -3.5])
        XCTAssertTrue(floatFromHalf(0x7E00).isNaN)
        XCTAssertEqual(floatFromHalf(0x8000).sign, .minus)
    }

    func testFloat32TensorsAreServedFromTheMappingWithoutTouchingTheFile() throws {
        let path = try temporaryFolder(self) + "/mapped.safetensors"
        let original = try Tensor(shape: [2, 2], values: [Float](arrayLiteral: 1, 2, 3, 4))
        try SafeTensorsWriter.write([("w", original), ("d", Tensor(shape: [1], values: [0.5]))], to: path)
        var mapped: Tensor
        do {
            let reader = try SafeTensorsFile(path: path)
            XCTAssertTrue(reader.isMappedInPlace("w"))
            XCTAssertFalse(reader.isMappedInPlace("d"), "float64 is not a weight type the models read in place")
            XCTAssertFalse(reader.isMappedInPlace("nope"))
            mapped = try reader.mappedTensor("w")
            XCTAssertTrue(try Tensor.arrayEqual(mapped, original))
            XCTAssertEqual(try reader.mappedTensor("d").values(as: Double.self), [0.5])
        }
        // The tensor keeps the mapping alive after the file object is gone, and a write
        // through it (copy-on-write) stays in memory: the file still holds the original.
        XCTAssertEqual(try mapped.values(as: Float.self), [1, 2, 3, 4])
        try mapped.setItem([.int(0), .int(0)], .float(9))
        XCTAssertEqual(try mapped.values(as: Float.self), [9, 2, 3, 4])
        XCTAssertEqual(try SafeTensorsFile(path: path).tensor("w").values(as: Float.self), [1, 2, 3, 4])
    }

    func testMisalignedAndHalfTensorsAreConvertedCopies() throws {
        // A 109-byte header puts the data area at byte 117: float32 values there are not
        // 4-byte aligned, so they are copied instead of mapped; F16 is always converted.
        let one = Array(withUnsafeBytes(of: Float(1.5).bitPattern.littleEndian) { Array($0) })
        let path = try file(header: #"{"w":{"dtype":"F32","shape":[1],"data_offsets":[0,4]},"h":{"dtype":"F16","shape":[1],"data_offsets":[4,6]}}"# + "  ",
                            data: one + [0x00, 0x3C])
        let reader = try SafeTensorsFile(path: path)
        XCTAssertEqual(try reader.mappedTensor("w").values(as: Float.self), [1.5])
        XCTAssertEqual(try reader.mappedTensor("h").values(as: Float.self), [1])
        XCTAssertFalse(reader.isMappedInPlace("w"))
        XCTAssertFalse(reader.isMappedInPlace("h"))
    }

    func testFixtureWeightsMatchTorchLayout() throws {
        let reader = try SafeTensorsFile(path: fixtures + "/tiny-gpt2/model.safetensors")
        XCTAssertEqual(reader.metadata["format"], "pt")
        XCTAssertEqual(reader.info("transformer.h.0.attn.c_attn.weight")?.shape, [32, 96])
        XCTAssertEqual(try reader.tensor("transformer.wte.weight").shape, [1000, 32])
    }

    func testHostileFilesGiveClearErrors() throws {
        let entry = #""w":{"dtype":"F32","shape":[2],"data_offsets":[0,8]}"#
        let cases: [(String, () throws -> String, [String])] = [
            ("too short", { try self.writeRaw([1, 2, 3]) }, ["too short"]),
            ("huge header", { try self.file(header: "{}", length: UInt64.max) }, ["larger than the limit"]),
            ("header past the end", { try self.file(header: "{}", length: 500) }, ["runs past the end of the file"]),
            ("not json", { try self.file(header: "{oops") }, ["not valid JSON"]),
            ("not an object", { try self.file(header: "[1]") }, ["not a JSON object"]),
            ("negative offset", { try self.file(header: #"{"w":{"dtype":"F32","shape":[2],"data_offsets":[-8,0]}}"#) }, ["'w'", "not a valid range"]),
            ("huge offset", { try self.file(header: #"{"w":{"dtype":"F32","shape":[2],"data_offsets":[0,99999999999999999999999]}}"#) }, ["not valid JSON"]),
            ("fractional shape", { try self.file(header: #"{"w":{"dtype":"F32","shape":[1.5],"data_offsets":[0,8]}}"#, data: [UInt8](repeating: 0, count: 8)) }, ["not valid JSON"]),
            ("truncated", { try self.file(header: "{\(entry)}", data: [0, 0, 0, 0]) }, ["'w'", "past the end of the data", "truncated"]),
            ("size mismatch", { try self.file(header: #"{"w":{"dtype":"F32","shape":[3],"data_offsets":[0,8]}}"#, data: [UInt8](repeating: 0, count: 8)) }, ["'w'", "12 bytes", "hold 8 bytes"]),
            ("overlap", { try self.file(header: #"{"a":{"dtype":"F32","shape":[2],"data_offsets":[0,8]},"b":{"dtype":"F32","shape":[1],"data_offsets":[4,8]}}"#, data: [UInt8](repeating: 0, count: 8)) }, ["overlaps"]),
            ("gap", { try self.file(header: #"{"a":{"dtype":"F32","shape":[1],"data_offsets":[4,8]}}"#, data: [UInt8](repeating: 0, count: 8)) }, ["belong to no tensor"]),
            ("trailing bytes", { try self.file(header: "{\(entry)}", data: [UInt8](repeating: 0, count: 12)) }, ["cover only 8"]),
            ("unknown dtype", { try self.file(header: #"{"w":{"dtype":"Q7","shape":[1],"data_offsets":[0,1]}}"#, data: [0]) }, ["'w'", "unknown dtype 'Q7'"]),
            ("overflowing shape", { try self.file(header: #"{"w":{"dtype":"F64","shape":[4294967296,4294967296],"data_offsets":[0,8]}}"#, data: [UInt8](repeating: 0, count: 8)) }, ["too large"]),
            ("bad metadata", { try self.file(header: #"{"__metadata__":{"format":1}}"#) }, ["not valid JSON"]),
        ]
        for (label, make, fragments) in cases {
            let path = try make()
            do {
                _ = try SafeTensorsFile(path: path)
                XCTFail("\(label): accepted")
            } catch let error as PretrainedError {
                XCTAssertEqual(error.kind, .osError, label)
                XCTAssertTrue(error.message.contains(path), "\(label): names the file: \(error.message)")
                for fragment in fragments {
                    XCTAssertTrue(error.message.contains(fragment), "\(label): '\(fragment)' not in: \(error.message)")
                }
            }
        }
    }

    func testMissingFileAndTensor() throws {
        assertPretrainedError(.osError, ["/no/such/file.safetensors"]) { try SafeTensorsFile(path: "/no/such/file.safetensors") }
        let reader = try SafeTensorsFile(path: fixtures + "/tiny-gpt2/model.safetensors")
        assertPretrainedError(.keyError, ["'nope'"]) { try reader.tensor("nope") }
    }
}
