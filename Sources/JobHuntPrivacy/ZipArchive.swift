// A minimal zip writer for the export: entries stored uncompressed, which
// every unzip reads, so jobhunt needs no zlib binding and no `zip` program.
// (PKWARE APPNOTE 6.3: local headers, the central directory, the end record.)
import Foundation
import JobHuntKernel

enum ZipArchive {
    /// The archive of `files` (path, bytes), each stored with its CRC-32 and
    /// Unix mode 0600. Exports are small (a person's rows and documents), well
    /// under zip's 4 GiB limits; larger input is refused rather than corrupted.
    static func stored(_ files: [(String, Data)], modified: Date) throws -> Data {
        let (time, date) = dosTimestamp(modified)
        var archive = Data()
        var central = Data()
        for (path, data) in files {
            guard data.count < Int(UInt32.max), archive.count < Int(UInt32.max) else {
                throw JobHuntError(
                    .exportDestination, "the export is larger than a zip holds (4 GiB)", remedy: "export to a folder")
            }
            let name = Data(path.utf8)
            let crc = crc32(data)
            let offset = UInt32(archive.count)
            var local = Data()
            local.append(le32: 0x0403_4B50)
            local.append(le16: 20)  // version needed: 2.0
            local.append(le16: 0x0800)  // UTF-8 names
            local.append(le16: 0)  // stored
            local.append(le16: time)
            local.append(le16: date)
            local.append(le32: crc)
            local.append(le32: UInt32(data.count))
            local.append(le32: UInt32(data.count))
            local.append(le16: UInt16(name.count))
            local.append(le16: 0)
            archive.append(local)
            archive.append(name)
            archive.append(data)

            central.append(le32: 0x0201_4B50)
            central.append(le16: 0x0314)  // made by Unix, spec 2.0
            central.append(le16: 20)
            central.append(le16: 0x0800)
            central.append(le16: 0)
            central.append(le16: time)
            central.append(le16: date)
            central.append(le32: crc)
            central.append(le32: UInt32(data.count))
            central.append(le32: UInt32(data.count))
            central.append(le16: UInt16(name.count))
            central.append(le16: 0)  // extra
            central.append(le16: 0)  // comment
            central.append(le16: 0)  // disk
            central.append(le16: 0)  // internal attributes
            central.append(le32: UInt32(0o100600) << 16)  // regular file, rw-------
            central.append(le32: offset)
            central.append(name)
        }
        let centralOffset = UInt32(archive.count)
        archive.append(central)
        archive.append(le32: 0x0605_4B50)
        archive.append(le16: 0)
        archive.append(le16: 0)
        archive.append(le16: UInt16(files.count))
        archive.append(le16: UInt16(files.count))
        archive.append(le32: UInt32(central.count))
        archive.append(le32: centralOffset)
        archive.append(le16: 0)
        return archive
    }

    /// MS-DOS time and date (2-second resolution, UTC).
    static func dosTimestamp(_ date: Date) -> (UInt16, UInt16) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = .gmt
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        let time = UInt16((c.hour ?? 0) << 11 | (c.minute ?? 0) << 5 | (c.second ?? 0) / 2)
        let day = UInt16(max(0, (c.year ?? 1980) - 1980) << 9 | (c.month ?? 1) << 5 | (c.day ?? 1))
        return (time, day)
    }

    /// CRC-32 (IEEE 802.3, reflected, polynomial 0xEDB88320), as zip requires.
    static func crc32(_ data: Data) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in data {
            crc = table[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8)
        }
        return crc ^ 0xFFFF_FFFF
    }

    private static let table: [UInt32] = (0..<256).map { index in
        var value = UInt32(index)
        for _ in 0..<8 { value = value & 1 == 1 ? 0xEDB8_8320 ^ (value >> 1) : value >> 1 }
        return value
    }
}

extension Data {
    fileprivate mutating func append(le16 value: UInt16) {
        append(UInt8(value & 0xFF))
        append(UInt8(value >> 8))
    }

    fileprivate mutating func append(le32 value: UInt32) {
        for shift in stride(from: 0, to: 32, by: 8) { append(UInt8((value >> UInt32(shift)) & 0xFF)) }
    }
}
