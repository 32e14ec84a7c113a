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
        #expect(third == Self.chart(name: "A", share: 1.0 / 3.0, expected: 2.0 / 3.0))
    }
}
