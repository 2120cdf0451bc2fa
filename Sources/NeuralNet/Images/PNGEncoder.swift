/// Writes PNG files (the W3C PNG specification, RFC 1950 zlib framing): 8-bit greyscale,
/// RGB or RGBA pixels, every scanline with filter 0, the zlib stream made of *stored*
/// (uncompressed) deflate blocks. The files are larger than a compressing encoder's, but
/// valid for every reader, and the code stays a page long.
public enum PNGEncoder {
    /// The PNG file for `pixels`: `height` rows of `width` pixels of `channels` bytes each
    /// (1 greyscale, 3 RGB, 4 RGBA), row after row.
    public static func encode(width: Int, height: Int, channels: Int, pixels: [UInt8]) -> [UInt8] {
        precondition(width > 0 && height > 0 && pixels.count == width * height * channels)
        let colourType: UInt8
        switch channels {
        case 1: colourType = 0
        case 3: colourType = 2
        case 4: colourType = 6
        default: preconditionFailure("a PNG pixel has 1, 3 or 4 channels, not \(channels)")
        }
        var scanlines = [UInt8]()
        scanlines.reserveCapacity(height * (1 + width * channels))
        let rowBytes = width * channels
        for row in 0..<height {
            scanlines.append(0)  // filter type 0: the row as it is
            scanlines.append(contentsOf: pixels[(row * rowBytes)..<((row + 1) * rowBytes)])
        }
        var header = bigEndian(UInt32(width)) + bigEndian(UInt32(height))
        header += [8, colourType, 0, 0, 0]  // bit depth, colour type, deflate, filter method 0, no interlace
        var file: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        file += chunk("IHDR", header)
        file += chunk("IDAT", zlibStored(scanlines))
        file += chunk("IEND", [])
        return file
    }

    /// A chunk: length, type, data, and the CRC-32 of type and data.
    private static func chunk(_ type: String, _ data: [UInt8]) -> [UInt8] {
        let typeAndData = Array(type.utf8) + data
        return bigEndian(UInt32(data.count)) + typeAndData + bigEndian(crc32(typeAndData))
    }

    /// A zlib stream (deflate, 32K window, no dictionary) of stored blocks of at most 65,535
    /// bytes, ending with the Adler-32 checksum of the data.
    static func zlibStored(_ data: [UInt8]) -> [UInt8] {
        var out: [UInt8] = [0x78, 0x01]
        var start = 0
        repeat {
            let end = min(start + 65_535, data.count)
            let length = UInt16(end - start)
            out.append(end == data.count ? 1 : 0)  // BFINAL, BTYPE 00 (stored)
            out += [UInt8(length & 0xFF), UInt8(length >> 8), UInt8(~length & 0xFF), UInt8(~length >> 8)]
            out.append(contentsOf: data[start..<end])
            start = end
        } while start < data.count
        return out + bigEndian(adler32(data))
    }

    static func adler32(_ data: [UInt8]) -> UInt32 {
        var a: UInt32 = 1, b: UInt32 = 0
        for byte in data {
            a = (a + UInt32(byte)) % 65_521
            b = (b + a) % 65_521
        }
        return b << 16 | a
    }

    static func crc32(_ data: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in data { crc = crcTable[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8) }
        return crc ^ 0xFFFF_FFFF
    }

    /// CRC-32 (polynomial 0xEDB88320, reflected) of every byte value.
    private static let crcTable: [UInt32] = (0..<256).map { n in
        var c = UInt32(n)
        for _ in 0..<8 { c = c & 1 == 1 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
        return c
    }

    private static func bigEndian(_ value: UInt32) -> [UInt8] {
        [UInt8(value >> 24), UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF)]
    }
}
