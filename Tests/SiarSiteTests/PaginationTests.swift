import Foundation
import SiarTestSupport
import Testing

@testable import SiarSite

@Suite struct PaginationTests {
    /// Page `current` of `count` → the numbers shown, 0 standing for a gap.
    @Test(arguments: [
        (1, 1, [1]),
        (1, 2, [1, 2]),
        (2, 2, [1, 2]),
        (1, 7, [1, 2, 3, 0, 7]),
        (4, 7, [1, 2, 3, 4, 5, 6, 7]),
        (5, 7, [1, 2, 3, 4, 5, 6, 7]),
        (7, 7, [1, 0, 5, 6, 7]),
        (1, 500, [1, 2, 3, 0, 500]),
        (250, 500, [1, 0, 248, 249, 250, 251, 252, 0, 500]),
        (5, 500, [1, 2, 3, 4, 5, 6, 7, 0, 500]),
        (496, 500, [1, 0, 494, 495, 496, 497, 498, 499, 500]),
    ])
    func windowShowsTheEndsAndTheNeighbours(current: Int, count: Int, expected: [Int]) {
        #expect(Pagination.window(current: current, count: count).map { $0 ?? 0 } == expected)
    }

    @Test func everyPageOfALongListingLinksAFixedNumberOfPages() {
        for current in 1...1000 {
            let window = Pagination.window(current: current, count: 1000)
            #expect(window.count <= 9)
            #expect(window.contains(current) && window.first == 1 && window.last == 1000)
            let numbers = window.compactMap { $0 }
            #expect(numbers == numbers.sorted() && Set(numbers).count == numbers.count)
        }
    }
}

/// The pager as the default theme renders it on a listing of twelve pages.
@Suite struct RenderedPagerTests {
    @Test func middlePageLinksItsNeighboursTheEndsAndMarksTheGaps() throws {
        let releases = (1...24).map { day in
            FixtureRelease(slug: "rilis-\(day)", title: "Rilis \(day)", date: String(format: "2024-01-%02d", day), category: "SPBE")
        }
        let fixture = try SiteFixture(releases: releases, pageSize: 2)
        let site = try fixture.build(asOf: SiteFixture.standardAsOf)
        let html = try site.text("halaman/6/index.html")
        let start = try #require(html.range(of: "<nav class=\"pagination\""))
        let end = try #require(html.range(of: "</nav>", range: start.upperBound..<html.endIndex))
        let pager = String(html[start.lowerBound..<end.upperBound])
        let links = HTMLTag.starts(in: pager).filter { $0.name == "a" }.compactMap { $0.attributes["href"] }
        #expect(links == ["/halaman/5/", "/", "/halaman/4/", "/halaman/5/", "/halaman/7/", "/halaman/8/", "/halaman/12/", "/halaman/7/"])
        #expect(pager.components(separatedBy: "<li class=\"gap\" aria-hidden=\"true\">…</li>").count == 3)
        #expect(pager.contains("<span aria-current=\"page\">6</span>"))
        #expect(HTMLTag.nestingProblems(in: html).isEmpty)
    }
}
