import XCTest
import TensorCore
@testable import NeuralNet

/// `keras.utils.array_to_img`'s scaling and the PNG files it is shown as.
final class ImageTests: XCTestCase {
    func testChecksumsMatchTheirSpecifications() {
        // The CRC of an IEND chunk's type, as every PNG file ends with it; Adler-32 of
        // "Wikipedia", the worked example of the algorithm's common description.
        XCTAssertEqual(PNGEncoder.crc32(Array("IEND".utf8)), 0xAE42_6082)
        XCTAssertEqual(PNGEncoder.adler32(Array("Wikipedia".utf8)), 0x11E6_0398)
    }

    func testStoredBlocksSplitAt65535Bytes() {
        let data = [UInt8](repeating: 7, count: 70_000)
        let stream = PNGEncoder.zlibStored(data)
        // header, two blocks with 5-byte headers, checksum
        XCTAssertEqual(stream.count, 2 + 5 + 65_535 + 5 + 4_465 + 4)
        XCTAssertEqual(Array(stream[0..<7]), [0x78, 0x01, 0, 0xFF, 0xFF, 0, 0])
        XCTAssertEqual(Array(stream[(7 + 65_535)..<(7 + 65_535 + 5)]), [1, 0x71, 0x11, 0x8E, 0xEE])
    }

    func testGreyscalePNGLayout() {
        let png = PNGEncoder.encode(width: 2, height: 1, channels: 1, pixels: [0, 255])
        XCTAssertEqual(Array(png[0..<8]), [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        // IHDR: length 13, width 2, height 1, depth 8, colour type 0
        XCTAssertEqual(Array(png[8..<16]), [0, 0, 0, 13] + Array("IHDR".utf8))
        XCTAssertEqual(Array(png[16..<29]), [0, 0, 0, 2, 0, 0, 0, 1, 8, 0, 0, 0, 0])
        // IDAT holds the zlib stream of one scanline: filter 0, then the two pixels.
        let idat = Array(png[41..<(41 + 2 + 5 + 3 + 4)])
        XCTAssertEqual(Array(idat[0..<10]), [0x78, 0x01, 1, 3, 0, 0xFC, 0xFF, 0, 0, 255])
        XCTAssertEqual(Array(png.suffix(12)), [0, 0, 0, 0] + Array("IEND".utf8) + [0xAE, 0x42, 0x60, 0x82])
    }

    func testArrayToImageScalesAsKerasDoes() throws {
        // x - min, / max, * 255, truncated: -1 -> 0, 0 -> 127 (127.5), 1 -> 255.
        let image = try ImageArray(try FloatTensor(shape: [1, 3, 1], values: [-1, 0, 1]))
        XCTAssertEqual(image.mode, "L")
        XCTAssertEqual(image.pixels, [0, 127, 255])
        let unscaled = try ImageArray(try FloatTensor(shape: [1, 1, 3], values: [10, 20.9, 300]), scale: false)
        XCTAssertEqual(unscaled.mode, "RGB")
        XCTAssertEqual(unscaled.pixels, [10, 20, 255])
        let channelsFirst = try ImageArray(try FloatTensor(shape: [3, 1, 2], values: [0, 1, 2, 3, 4, 5]), channelsFirst: true, scale: false)
        XCTAssertEqual(channelsFirst.pixels, [0, 2, 4, 1, 3, 5])
        XCTAssertEqual(channelsFirst.width, 2)
    }

    func testBadImageArraysGiveKerasErrors() {
        XCTAssertThrowsError(try ImageArray(FloatTensor(repeating: 0, shape: [2, 2]))) { error in
            XCTAssertEqual((error as? TensorError)?.message, "Expected image array to have rank 3 (single image). Got array with shape: (2, 2)")
        }
        XCTAssertThrowsError(try ImageArray(FloatTensor(repeating: 0, shape: [2, 2, 2]))) { error in
            XCTAssertEqual((error as? TensorError)?.message, "Unsupported channel number: 2")
        }
    }
}
