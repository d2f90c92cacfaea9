// Paper for Print Page: size, margins and whether backgrounds print.
import Foundation
import JobHuntIO

/// A page format for ``WebDriverSession/printPDF(_:)``, in centimetres as the
/// WebDriver Print Page command takes them. https://www.w3.org/TR/webdriver2/#print-page
public struct Paper: Sendable, Equatable {
    public var widthCentimetres: Double
    public var heightCentimetres: Double
    /// The same margin on every side.
    public var marginCentimetres: Double
    /// Print background colours and images (résumé headers often use them).
    public var background: Bool
    public var landscape: Bool

    public init(
        widthCentimetres: Double, heightCentimetres: Double, marginCentimetres: Double = 1.5,
        background: Bool = true, landscape: Bool = false
    ) {
        self.widthCentimetres = widthCentimetres
        self.heightCentimetres = heightCentimetres
        self.marginCentimetres = marginCentimetres
        self.background = background
        self.landscape = landscape
    }

    /// ISO A4, 210 × 297 mm.
    public static let a4 = Paper(widthCentimetres: 21.0, heightCentimetres: 29.7)
    /// US Letter, 8.5 × 11 in.
    public static let letter = Paper(widthCentimetres: 21.59, heightCentimetres: 27.94)

    /// This paper with another margin on every side.
    public func margin(_ centimetres: Double) -> Paper {
        var paper = self
        paper.marginCentimetres = centimetres
        return paper
    }

    var printParameters: JSONValue {
        let margin = JSONValue.number(marginCentimetres)
        return [
            "orientation": .string(landscape ? "landscape" : "portrait"),
            "background": .bool(background),
            "shrinkToFit": true,
            "page": ["width": .number(widthCentimetres), "height": .number(heightCentimetres)],
            "margin": ["top": margin, "bottom": margin, "left": margin, "right": margin],
        ]
    }
}
