import Foundation
import SiarCompliance
import SiarContent
import SiarSite
import SiarTestSupport
import Testing

/// The `/mitra/` pages of the portal fixture: present only when published, linked from the navigation and
/// the sitemap, with the figures of the compliance engine and links to releases and evidence.
@Suite struct PartnerPagesTests {
    static let partnerIDs = ["kabar-dompu", "radio-rinjani", "suara-ntb"]

    /// The fixture's report at the day the fixture is built for.
    static func report(of project: ProjectCopy) throws -> ComplianceReport {
        let content = try #require(ContentLoader(root: project.root).load().content)
        return ComplianceReport(content: content, asOf: try #require(CalendarDay(year: 2025, month: 6, day: 30)))
    }

    @Test func publishedPagesAreBuiltLinkedAndInTheSitemap() throws {
        let project = try ProjectCopy(fixture: "portal")
        let result = project.build()
        #expect(result.succeeded, "\(result.diagnostics.rendered)")
        let paths = try project.siteTree().paths
        for id in Self.partnerIDs { #expect(paths.contains("mitra/\(id)/index.html")) }
        #expect(paths.contains("mitra/index.html"))
        #expect(result.report?.pagesByKind.first { $0.kind == "partner" }?.count == 4)
        #expect(try project.read("Site/index.html").contains("<li><a href=\"/mitra/\">Mitra Media</a></li>"))
        #expect(try project.read("Site/mitra/suara-ntb/index.html").contains("<a href=\"/mitra/\" aria-current=\"page\">Mitra Media</a>"))
        let sitemap = try project.read("Site/sitemap.xml")
        #expect(sitemap.contains("<loc>https://uji.example.go.id/mitra/</loc>"))
        #expect(sitemap.contains("<loc>https://uji.example.go.id/mitra/suara-ntb/</loc>"))
    }

    @Test func unpublishedPagesAreAbsentFromSiteNavigationAndSitemap() throws {
        let project = try ProjectCopy(fixture: "portal")
        let site = try project.read("Content/site.yml")
        try project.write("Content/site.yml", site.replacingOccurrences(of: "publish: true", with: "publish: false"))
        let result = project.build()
        #expect(result.succeeded, "\(result.diagnostics.rendered)")
        let tree = try project.siteTree()
        #expect(!tree.paths.contains { $0.hasPrefix("mitra/") || $0.hasPrefix("bukti/") })
        for (path, bytes) in tree.files where path.hasSuffix(".html") || path.hasSuffix(".xml") {
            #expect(!String(decoding: bytes, as: UTF8.self).contains("/mitra/"), "\(path) mentions /mitra/")
        }
        #expect(result.report?.pagesByKind.contains { $0.kind == "partner" } == false)
    }

    @Test func overviewShowsEveryPartnerWithTotalsAndTheAsOfDate() throws {
        let project = try ProjectCopy(fixture: "portal")
        #expect(project.build().succeeded)
        let page = try project.read("Site/mitra/index.html")
        #expect(page.contains("Data per <time datetime=\"2025-06-30\">Senin, 30 Juni 2025</time>"))
        #expect(page.contains("<th scope=\"row\"><a href=\"/mitra/suara-ntb/\">Suara NTB</a></th><td>Media Daring/Siber</td>"))
        #expect(page.contains("<span class=\"council council-none\"><span aria-hidden=\"true\">⚠ </span>Belum Terverifikasi</span>"))
        #expect(page.contains("<td>Mingguan</td>"))
        #expect(page.contains("<td class=\"num\">Rp60.000.000</td><td class=\"num\">Rp18.000.000</td><td class=\"num\">30,0%</td>"))
        #expect(page.contains("<span class=\"pace pace-behind\">Tertinggal</span>"))
        #expect(page.contains("<span class=\"muted\">Tidak ada kontrak berjalan</span>"))
        #expect(
            page.contains(
                "<th scope=\"row\">Jumlah (3)</th><td></td><td></td><td class=\"num\">Rp87.000.000</td><td class=\"num\">Rp38.250.000</td><td class=\"num\">44,0%</td>"
            ))
    }

    @Test func partnerPageLinksReleasesAndEvidence() throws {
        let project = try ProjectCopy(fixture: "portal")
        #expect(project.build().succeeded)
        let page = try project.read("Site/mitra/suara-ntb/index.html")
        #expect(page.contains("<a href=\"/berita/ppid/\">PPID &lt;Utama&gt; &amp; Keterbukaan Informasi</a>"))
        #expect(page.contains("<a href=\"/bukti/evidence/suara-ntb/S25-01.png\">S25-01.png</a>"))
        #expect(
            FileManager.default.contents(atPath: project.output + "/bukti/evidence/suara-ntb/S25-01.png")
                == FileManager.default.contents(atPath: project.root + "/Content/evidence/suara-ntb/S25-01.png"))
        #expect(page.contains("href=\"https://web.archive.org/web/20250121/https://www.suarantb.com/advertorial/2025/01/21/ppid\""))
        #expect(page.contains("<a href=\"https://www.suarantb.com\" rel=\"external noopener\">www.suarantb.com</a>"))
        #expect(!page.contains("S25-13"), "a placement after the as-of day is not shown")
        for label in ["Tayangan ganda", "Bukti tayang terlambat", "Ditolak", "Menunggu verifikasi", "Bukti tayang tidak ada"] {
            #expect(page.contains("\">\(label)</span>"), "missing finding \(label)")
        }
        #expect(page.contains("Tayangan yang sama sudah dicatat sebagai S25-03; hanya dihitung sekali."))
        #expect(page.contains("<th scope=\"row\"><a href=\"#tayang-4\">S25-04</a></th>"))
        #expect(page.contains("<tr id=\"tayang-4\"><th scope=\"row\">S25-04</th>"))

        let dompu = try project.read("Site/mitra/kabar-dompu/index.html")
        for label in ["Di luar masa kontrak", "Tayang sebelum siaran pers terbit", "Melebihi target"] {
            #expect(dompu.contains("\">\(label)</span>"), "missing finding \(label)")
        }
        #expect(dompu.contains("Dihitung 20; Melebihi target 10"))
        #expect(dompu.contains("<strong>Peringatan:</strong> Media belum terverifikasi Dewan Pers pada saat tayang. (8 penayangan)"))
        #expect(dompu.contains("Median jeda: <strong>2,5 hari</strong>"))
    }

    @Test func releasesNotOnTheSiteAreNotNamed() throws {
        let project = try ProjectCopy(fixture: "portal")
        #expect(project.build().succeeded)
        let page = try project.read("Site/mitra/radio-rinjani/index.html")
        #expect(!page.contains("Draf yang belum terbit"))
        #expect(!page.contains("/berita/draf/"))
        #expect(page.contains("(siaran pers tidak tersedia di situs)"))
    }

    /// The figures of every line are the engine's, in each output format.
    @Test func sameFiguresInJSONTableCSVAndHTML() throws {
        let project = try ProjectCopy(fixture: "portal")
        #expect(project.build().succeeded)
        let report = try Self.report(of: project)
        let json = try #require(try JSONSerialization.jsonObject(with: report.jsonData()) as? [String: Any])
        let jsonPartners = try #require(json["partners"] as? [[String: Any]])
        let csvRows = report.csv().split(separator: "\r\n").map {
            $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        }
        let header = try #require(csvRows.first)
        let table = report.table()
        var checked = 0
        for partner in report.partners {
            let html = try project.read("Site/mitra/\(partner.id)/index.html")
            let jsonPartner = try #require(jsonPartners.first { $0["id"] as? String == partner.id })
            let jsonContracts = try #require(jsonPartner["contracts"] as? [[String: Any]])
            for (position, contract) in partner.contracts.enumerated() {
                let rows = Self.lineRows(in: html, contract: position + 1)
                let jsonLines = try #require(
                    jsonContracts.first { $0["number"] as? String == contract.number }?["lines"] as? [[String: Any]])
                for (line, cells) in zip(contract.lines, rows) {
                    #expect(cells[4] == IndonesianText.number(line.counted), "\(partner.id) \(line.service) counted")
                    #expect(cells[10] == IndonesianText.rupiah(line.earned), "\(partner.id) \(line.service) earned")
                    #expect(cells[3] == IndonesianText.number(line.target))
                    #expect(cells[5] == IndonesianText.number(line.pending))
                    let jsonLine = try #require(jsonLines.first { $0["service"] as? String == line.service.rawValue })
                    #expect(jsonLine["counted"] as? Int == line.counted)
                    #expect(jsonLine["earned"] as? Int == line.earned)
                    let csv = try #require(
                        csvRows.first { $0.count == header.count && $0[1] == partner.id && $0[10] == line.service.rawValue })
                    #expect(csv[header.firstIndex(of: "counted") ?? 0] == String(line.counted))
                    #expect(csv[header.firstIndex(of: "earned") ?? 0] == String(line.earned))
                    let tableRow = table.split(separator: "\n").first {
                        $0.hasPrefix(contract.number) && $0.contains(" \(line.service.rawValue) ")
                    }
                    #expect(tableRow?.contains(IndonesianText.rupiah(line.earned)) == true)
                    checked += 1
                }
                #expect(rows.count == contract.lines.count)
            }
        }
        #expect(checked == 6)
    }

    /// The text of the cells of each body row of the lines table of contract `number` (1-based) on a page.
    static func lineRows(in html: String, contract number: Int) -> [[String]] {
        guard let caption = html.range(of: "<caption id=\"pks-\(number)-rincian\">"),
            let end = html.range(of: "</table>", range: caption.upperBound..<html.endIndex),
            let body = html.range(of: "<tbody>", range: caption.upperBound..<end.lowerBound)
        else { return [] }
        let rows = html[body.upperBound..<end.lowerBound].split(separator: "</tr>").filter { $0.contains("<tr>") }
        return rows.map { row in
            row.matches(of: #/<t[hd][^>]*>(.*?)</t[hd]>/#).map { match in
                String(match.output.1).replacing(#/<[^>]*>/#, with: "")
            }
        }
    }

    @Test func englishPagesUseEnglishLabelsAndNumbers() throws {
        let project = try ProjectCopy(fixture: "portal")
        let site = try project.read("Content/site.yml")
        try project.write("Content/site.yml", site.replacingOccurrences(of: "language: id", with: "language: en"))
        #expect(project.build().succeeded)
        let page = try project.read("Site/mitra/index.html")
        #expect(page.contains("Figures as of <time datetime=\"2025-06-30\">Monday, 30 June 2025</time>"))
        #expect(page.contains("<td class=\"num\">Rp60,000,000</td><td class=\"num\">Rp18,000,000</td><td class=\"num\">30.0%</td>"))
        #expect(page.contains("<li><a href=\"/mitra/\" aria-current=\"page\">Media Partners</a></li>"))
        #expect(page.contains("<td>Online media</td>"))
    }
}
