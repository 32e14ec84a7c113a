/// A horizontal bar chart of each partner's earned value as a share of its contract value, drawn by Siar
/// as inline SVG: no script, no library, no third-party request, and the same bytes for the same figures.
///
/// ```swift
/// let chart = PartnerChart(title: "Capaian nilai diakui", description: "…", bars: [
///     .init(name: "Suara NTB", share: 0.3, expected: 0.483,
///           summary: "Suara NTB: Rp18.000.000 dari Rp60.000.000 (30,0%)", valueText: "30,0%"),
/// ])
/// let svg = chart.svg()   // <svg xmlns="http://www.w3.org/2000/svg" role="img" …>
/// ```
///
/// The chart is one image for assistive technology (`role="img"`, named by its `<title>` and `<desc>`
/// through `aria-labelledby`); each bar's group carries its own `<title>` with the figures, which screen
/// readers that browse SVG and mouse users (as a tooltip) can reach. Every bar has a track for 0–100 %, a
/// fill for the earned share and a vertical marker where the bar would end if the partner kept to
/// schedule. Text is escaped for XML; coordinates are written with at most one decimal.
package struct PartnerChart: Sendable {
    /// One partner's bar.
    package struct Bar: Sendable {
        let name: String
        /// Earned value ÷ contract value; drawn clamped to 0…1.
        let share: Double
        /// The share of contract time elapsed (weighted by contract value), 0…1: the marker.
        let expected: Double
        /// The bar's `<title>`, e.g. "Suara NTB: Rp18.000.000 dari Rp60.000.000 (30,0%)".
        let summary: String
        /// Printed after the bar, e.g. "30,0%".
        let valueText: String

        package init(name: String, share: Double, expected: Double, summary: String, valueText: String) {
            self.name = name
            self.share = share
            self.expected = expected
            self.summary = summary
            self.valueText = valueText
        }
    }

    let title: String
    let description: String
    let bars: [Bar]
    /// Prefix of the `id`s of the chart's title and description, unique within the page.
    let idPrefix: String

    package init(title: String, description: String, bars: [Bar], idPrefix: String = "grafik-mitra") {
        self.title = title
        self.description = description
        self.bars = bars
        self.idPrefix = idPrefix
    }

    static let width = 720.0
    static let labelRight = 182.0
    static let barLeft = 190.0
    static let barWidth = 440.0
    static let rowHeight = 32.0
    static let barHeight = 18.0
    static let top = 8.0
    /// Longer names are shortened on the axis; the full name stays in the bar's title.
    static let nameLimit = 24

    /// The `<svg>` element, on several lines, without an XML declaration (it is embedded in HTML).
    package func svg() -> String {
        let axisY = Self.top + Double(bars.count) * Self.rowHeight
        let height = axisY + 28
        let titleID = idPrefix + "-judul"
        let descID = idPrefix + "-desk"
        var lines = [
            "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"partner-chart\" viewBox=\"0 0 \(Self.number(Self.width)) "
                + "\(Self.number(height))\" role=\"img\" aria-labelledby=\"\(titleID) \(descID)\">",
            "<title id=\"\(titleID)\">\(XMLWriter.escape(title))</title>",
            "<desc id=\"\(descID)\">\(XMLWriter.escape(description))</desc>",
            "<g class=\"chart-axis\" aria-hidden=\"true\">",
        ]
        for percent in stride(from: 0, through: 100, by: 25) {
            let x = Self.number(Self.barLeft + Self.barWidth * Double(percent) / 100)
            lines.append(
                "<line class=\"chart-grid\" x1=\"\(x)\" y1=\"\(Self.number(Self.top))\" x2=\"\(x)\" y2=\"\(Self.number(axisY))\" "
                    + "stroke=\"#dde3ea\"/>")
            lines.append(
                "<text class=\"chart-tick\" x=\"\(x)\" y=\"\(Self.number(axisY + 18))\" text-anchor=\"middle\" "
                    + "font-size=\"12\" fill=\"#56606d\">\(percent)%</text>")
        }
        lines.append("</g>")
        for (row, bar) in bars.enumerated() { lines += barLines(bar, row: row) }
        lines.append("</svg>")
        return lines.joined(separator: "\n")
    }

    private func barLines(_ bar: Bar, row: Int) -> [String] {
        let y = Self.top + Double(row) * Self.rowHeight + (Self.rowHeight - Self.barHeight) / 2
        let textY = Self.number(y + Self.barHeight / 2 + 4.5)
        let fill = Self.barWidth * Self.clamped(bar.share)
        let marker = Self.barLeft + Self.barWidth * Self.clamped(bar.expected)
        let (left, top, barHeight) = (Self.number(Self.barLeft), Self.number(y), Self.number(Self.barHeight))
        return [
            "<g class=\"chart-bar\">",
            "<title>\(XMLWriter.escape(bar.summary))</title>",
            "<text class=\"chart-label\" x=\"\(Self.number(Self.labelRight))\" y=\"\(textY)\" text-anchor=\"end\" font-size=\"13\" "
                + "fill=\"#1b2430\">\(XMLWriter.escape(Self.shortened(bar.name)))</text>",
            "<rect class=\"chart-track\" x=\"\(left)\" y=\"\(top)\" width=\"\(Self.number(Self.barWidth))\" height=\"\(barHeight)\" "
                + "fill=\"#f3f6f9\" stroke=\"#dde3ea\"/>",
            "<rect class=\"chart-fill\" x=\"\(left)\" y=\"\(top)\" width=\"\(Self.number(fill))\" height=\"\(barHeight)\" fill=\"#0b3d6b\"/>",
            "<line class=\"chart-marker\" x1=\"\(Self.number(marker))\" y1=\"\(Self.number(y - 3))\" x2=\"\(Self.number(marker))\" "
                + "y2=\"\(Self.number(y + Self.barHeight + 3))\" stroke=\"#f5b301\" stroke-width=\"3\"/>",
            "<text class=\"chart-value\" x=\"\(Self.number(Self.barLeft + Self.barWidth + 8))\" y=\"\(textY)\" font-size=\"13\" "
                + "fill=\"#1b2430\">\(XMLWriter.escape(bar.valueText))</text>",
            "</g>",
        ]
    }

    static func clamped(_ share: Double) -> Double { share.isFinite ? min(max(share, 0), 1) : 0 }

    /// At most ``nameLimit`` characters, an ellipsis marking a cut.
    static func shortened(_ name: String) -> String {
        name.count <= nameLimit ? name : String(name.prefix(nameLimit - 1)) + "…"
    }

    /// `190` → `190`, `12.345` → `12.3`: one decimal at most, `.` as separator, never locale-dependent.
    static func number(_ value: Double) -> String {
        let tenths = Int((abs(value) * 10).rounded(.toNearestOrAwayFromZero))
        let sign = value < 0 && tenths != 0 ? "-" : ""
        return sign + String(tenths / 10) + (tenths % 10 == 0 ? "" : ".\(tenths % 10)")
    }
}
