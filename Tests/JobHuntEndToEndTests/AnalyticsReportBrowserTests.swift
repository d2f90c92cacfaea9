// The HTML report in a real browser: headless Chromium loads it without a
// console message, its DOM has every section, and its screenshot is not
// blank (decoded pixel by pixel, compared with an empty page's).
import Foundation
import JobHuntTesting
import Testing

@Suite("End to end: the analytics report in Chromium")
struct AnalyticsReportBrowserTests {
    /// Decodes an 8-bit RGB(A) PNG with zlib alone and prints
    /// `width height inked colours`: pixels that are not the page's white,
    /// and distinct colours among them.
    static let pngStatistics = """
        import struct, sys, zlib
        data = open(sys.argv[1] if len(sys.argv) > 1 else __import__('os').environ['PNG'], 'rb').read()
        assert data[:8] == b'\\x89PNG\\r\\n\\x1a\\n', 'not a PNG'
        pos, idat, width = 8, b'', 0
        while pos < len(data):
            length, kind = struct.unpack('>I4s', data[pos:pos + 8])
            body = data[pos + 8:pos + 8 + length]
            if kind == b'IHDR':
                width, height, depth, colour = struct.unpack('>IIBB', body[:10])
                assert depth == 8 and colour in (2, 6), (depth, colour)
                channels = 3 if colour == 2 else 4
            elif kind == b'IDAT':
                idat += body
            pos += 12 + length
        raw = zlib.decompress(idat)
        stride = width * channels
        previous = bytearray(stride)
        inked, colours, pos = 0, set(), 0
        for y in range(height):
            kind = raw[pos]; line = bytearray(raw[pos + 1:pos + 1 + stride]); pos += 1 + stride
            for i in range(stride):
                a = line[i - channels] if i >= channels else 0
                b = previous[i]
                c = previous[i - channels] if i >= channels else 0
                if kind == 1: line[i] = (line[i] + a) & 255
                elif kind == 2: line[i] = (line[i] + b) & 255
                elif kind == 3: line[i] = (line[i] + (a + b) // 2) & 255
                elif kind == 4:
                    p = a + b - c; pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                    line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
            for x in range(0, stride, channels):
                pixel = bytes(line[x:x + 3])
                if pixel != b'\\xff\\xff\\xff':
                    inked += 1; colours.add(pixel)
            previous = line
        print(width, height, inked, len(colours))
        """

    static func statistics(_ png: Data) throws -> [Int] {
        let directory = try TemporaryDirectory(prefix: "jobhunt-png")
        let file = directory.file("shot.png")
        try png.write(to: file)
        let result = try TestTools.python(pngStatistics, environment: ["PNG": file.path])
        #expect(result.status == 0, "\(result.stderr)")
        return result.stdout.split(separator: " ").compactMap {
            Int($0.trimmingCharacters(in: .whitespacesAndNewlines))
        }
    }

    @Test(
        "the report loads without console messages and its screenshot is not blank",
        .enabled(if: HeadlessChromium.shouldRun))
    func rendered() throws {
        let session = try AnalyticsEndToEndTests.seeded(.sqlite)
        let report = session.home.file("report.html")
        let result = try session.run(["analytics", "report", "--html", report.path])
        #expect(result.status == 0, "\(result.stderr)")
        let render = try HeadlessChromium.render(report)
        #expect(render.consoleMessages.isEmpty, "\(render.consoleMessages)")
        for section in [
            "Applications per week", "Funnel", "By source platform", "By résumé generator", "Source health",
        ] {
            #expect(render.dom.contains(section), "the loaded page has \(section)")
        }
        let shot = try Self.statistics(render.screenshot)
        #expect(shot.count == 4)
        #expect(shot.first == 1200)

        // An empty page of the same size, rendered the same way, is the blank to beat.
        let blankFile = session.home.file("blank.html")
        try "<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body></body></html>".write(
            to: blankFile, atomically: true, encoding: .utf8)
        let blank = try Self.statistics(try HeadlessChromium.render(blankFile).screenshot)
        #expect(blank.count == 4)
        if shot.count == 4, blank.count == 4 {
            #expect(shot[2] > blank[2] + 1200 * 1600 / 50, "over 2% of the page is drawn: \(shot) against \(blank)")
            #expect(shot[3] > 20, "text, bars and rules in several colours: \(shot)")
        }
    }
}
