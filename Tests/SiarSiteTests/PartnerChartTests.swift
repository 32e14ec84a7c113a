import Foundation
import SiarContent
import SiarSite
import SiarTestSupport
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// The bar chart of `/mitra/` is SVG that Siar draws itself: valid XML, one image for assistive
/// technology, one `<title>` per bar, escaped text and stable numbers.
@Suite struct PartnerChartTests {
    /// The `<svg>…</svg>` element of a page.
    static func svg(in html: String) -> String? {
        guard let start = html.range(of: "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"partner-chart\""),
            let end = html.range(of: "</svg>", range: start.upperBound..<html.endIndex)
        else { return nil }
        return String(html[start.lowerBound..<end.upperBound])
    }

    /// A chart of one bar whose title is "<name>: 50%".
    static func chart(name: String, share: Double, expected: Double) -> String {
        PartnerChart(
            title: "Judul", description: "Keterangan",
            bars: [.init(name: name, share: share, expected: expected, summary: "\(name): 50%", valueText: "50%")]
        ).svg()
    }

    @Test func fixtureChartIsValidXMLWithOneTitlePerBar() throws {
        let project = try ProjectCopy(fixture: "portal")
        #expect(project.build().succeeded)
        let svg = try #require(Self.svg(in: try project.read("Site/mitra/index.html")))
        let root = try XMLTreeNode.parse(svg)
        #expect(root.name == "svg")
        #expect(root.namespace == "http://www.w3.org/2000/svg")
        #expect(root.attributes["role"] == "img")
        let labelled = try #require(root.attributes["aria-labelledby"]).split(separator: " ").map(String.init)
        let ids = Set(root.children.compactMap { $0.attributes["id"] })
        #expect(labelled.count == 2 && labelled.allSatisfy(ids.contains), "aria-labelledby names \(labelled), ids \(ids)")
        #expect(root.child("title")?.text == "Capaian nilai diakui per mitra")
        #expect(root.child("desc") != nil)

        let bars = root.children("g").filter { $0.attributes["class"] == "chart-bar" }
        #expect(bars.count == 3)
        for bar in bars { #expect(bar.children("title").count == 1) }
        #expect(
            bars.map { $0.value("title") ?? "" } == [
                "Kabar Dompu: Rp7.500.000 dari Rp12.000.000 (62,5%); waktu berjalan 100,0%",
                "Radio Rinjani FM: Rp12.750.000 dari Rp15.000.000 (85,0%); waktu berjalan 66,3%",
                "Suara NTB: Rp18.000.000 dari Rp60.000.000 (30,0%); waktu berjalan 48,3%",
            ])
        let ticks = root.children("g").first { $0.attributes["class"] == "chart-axis" }?.children("text").map(\.text)
        #expect(ticks == ["0%", "25%", "50%", "75%", "100%"])
    }

    @Test func textIsEscapedAndLongNamesAreShortened() throws {
        let name = "Warta <Rinjani> & \"Tambora\" 'Baru' Sekali Panjang Namanya"
        let chart = Self.chart(name: name, share: 0.5, expected: 0.25)
        let root = try XMLTreeNode.parse(chart)
        let bar = try #require(root.children("g").first { $0.attributes["class"] == "chart-bar" })
        #expect(bar.value("title") == "\(name): 50%")
        #expect(bar.children("text").first?.text == "Warta <Rinjani> & \"Tamb…")
        #expect(!chart.contains("<Rinjani>"))
    }

    @Test func numbersAreFixedAndBarsClamped() throws {
        let over = Self.chart(name: "A", share: 1.7, expected: -0.2)
        let root = try XMLTreeNode.parse(over)
        let bar = try #require(root.children("g").first { $0.attributes["class"] == "chart-bar" })
        let fill = try #require(bar.children("rect").first { $0.attributes["class"] == "chart-fill" })
        #expect(fill.attributes["width"] == "440")
        let marker = try #require(bar.child("line"))
        #expect(marker.attributes["x1"] == "190")
        let third = Self.chart(name: "A", share: 1.0 / 3.0, expected: 2.0 / 3.0)
        #expect(third.contains("width=\"146.7\""))
        #expect(third.contains("x1=\"483.3\""))
        #expect(third == Self.expectedThirdChart)
    }

    /// The whole chart of one bar at a third with the marker at two thirds, written out: any change to its
    /// markup or its numbers shows here.
    static let expectedThirdChart = #"""
        <svg xmlns="http://www.w3.org/2000/svg" class="partner-chart" viewBox="0 0 720 68" role="img" aria-labelledby="grafik-mitra-judul grafik-mitra-desk">
        <title id="grafik-mitra-judul">Judul</title>
        <desc id="grafik-mitra-desk">Keterangan</desc>
        <g class="chart-axis" aria-hidden="true">
        <line class="chart-grid" x1="190" y1="8" x2="190" y2="40" stroke="#dde3ea"/>
        <text class="chart-tick" x="190" y="58" text-anchor="middle" font-size="12" fill="#56606d">0%</text>
        <line class="chart-grid" x1="300" y1="8" x2="300" y2="40" stroke="#dde3ea"/>
        <text class="chart-tick" x="300" y="58" text-anchor="middle" font-size="12" fill="#56606d">25%</text>
        <line class="chart-grid" x1="410" y1="8" x2="410" y2="40" stroke="#dde3ea"/>
        <text class="chart-tick" x="410" y="58" text-anchor="middle" font-size="12" fill="#56606d">50%</text>
        <line class="chart-grid" x1="520" y1="8" x2="520" y2="40" stroke="#dde3ea"/>
        <text class="chart-tick" x="520" y="58" text-anchor="middle" font-size="12" fill="#56606d">75%</text>
        <line class="chart-grid" x1="630" y1="8" x2="630" y2="40" stroke="#dde3ea"/>
        <text class="chart-tick" x="630" y="58" text-anchor="middle" font-size="12" fill="#56606d">100%</text>
        </g>
        <g class="chart-bar">
        <title>A: 50%</title>
        <text class="chart-label" x="182" y="28.5" text-anchor="end" font-size="13" fill="#1b2430">A</text>
        <rect class="chart-track" x="190" y="15" width="440" height="18" fill="#f3f6f9" stroke="#dde3ea"/>
        <rect class="chart-fill" x="190" y="15" width="146.7" height="18" fill="#0b3d6b"/>
        <line class="chart-marker" x1="483.3" y1="12" x2="483.3" y2="36" stroke="#f5b301" stroke-width="3"/>
        <text class="chart-value" x="638" y="28.5" font-size="13" fill="#1b2430">50%</text>
        </g>
        </svg>
        """#
}
