import Foundation
import SiarCompliance
import SiarContent
import Testing

/// The JSON shape of docs/COMPLIANCE.md#json-format, and the same figures in the table, the CSV and the JSON.
@Suite struct FormatTests {
    typealias F = Fixture

    static var report: ComplianceReport {
        let contract = F.contract(
            "027/45/PKS/DISKOMINFOTIK/2024", value: 40_000_000,
            lines: [F.line(target: 24, price: 1_250_000), F.line(.banner, unit: .day, target: 60, price: 150_000)])
        let placements = [
            F.placement("p1", contract: contract.number, release: "rilis-a", published: "2024-03-05", url: "https://kr.id/1"),
            F.placement("p2", contract: contract.number, published: "2024-03-06", status: .submitted),
            F.placement("p3", contract: contract.number, service: .banner, published: "2024-03-01", quantity: 14),
            F.placement("p4", contract: contract.number, published: "2024-03-07", evidence: nil),
        ]
        let partners = [F.partner(contracts: [contract]), F.partner("sx", council: .notVerified, contracts: [F.contract("S1")])]
        return F.report(F.content(partners: partners, placements: placements), asOf: "2024-06-30")
    }

    @Test func jsonHasTheDesignShape() throws {
        let data = try Self.report.jsonData()
        let root = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(root["as_of"] as? String == "2024-06-30")
        let partners = try #require(root["partners"] as? [[String: Any]])
        #expect(partners.count == 2)
        let partner = partners[0]
        #expect(partner["id"] as? String == "kr")
        #expect(partner["name"] as? String == "Mitra kr")
        let contracts = try #require(partner["contracts"] as? [[String: Any]])
        let contract = try #require(contracts.first)
        #expect(contract["number"] as? String == "027/45/PKS/DISKOMINFOTIK/2024")
        #expect(contract["value"] as? Int == 40_000_000)
        #expect(contract["earned"] as? Int == 1_250_000 + 14 * 150_000)
        let lines = try #require(contract["lines"] as? [[String: Any]])
        #expect(lines.count == 2)
        for line in lines {
            for key in ["service", "unit", "target", "counted", "pending", "earned", "status"] {
                #expect(line[key] != nil, "line key \(key)")
            }
        }
        #expect(lines[0]["service"] as? String == "news")
        #expect(lines[0]["unit"] as? String == "item")
        #expect(lines[0]["target"] as? Int == 24)
        #expect(lines[0]["counted"] as? Int == 1)
        #expect(lines[0]["pending"] as? Int == 1)
        #expect(lines[0]["earned"] as? Int == 1_250_000)
        #expect(lines[0]["status"] as? String == "behind")
        let findings = try #require(partner["findings"] as? [[String: Any]])
        #expect(findings.map { $0["code"] as? String } == ["PENDING", "MISSING_EVIDENCE"])
        #expect(findings.map { $0["placement"] as? String } == ["p2", "p4"])
        #expect(findings.allSatisfy { ($0["message"] as? String)?.isEmpty == false })
        let text = try Self.report.json()
        #expect(text.contains("\"as_of\" : \"2024-06-30\""))
        #expect(text.range(of: "\"as_of\"")?.lowerBound ?? text.endIndex < text.range(of: "\"partners\"")?.lowerBound ?? text.startIndex)
    }

    @Test func jsonIsDeterministic() throws {
        let compact = try Self.report.json(prettyPrinted: false)
        #expect(compact == Self.expectedCompactJSON)
        #expect(try Self.report.json() == (try Self.report.json()))
        #expect(try Self.report.json(prettyPrinted: false).contains("\n") == false)
    }

    @Test func tableCSVAndJSONShowTheSameFigures() throws {
        let report = Self.report
        let table = report.table()
        let csv = report.csv()
        let rows = csv.split(separator: "\r\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        #expect(rows.first == ComplianceReport.csvColumns)
        let json = try #require(try JSONSerialization.jsonObject(with: report.jsonData()) as? [String: Any])
        let jsonPartners = try #require(json["partners"] as? [[String: Any]])
        var csvRow = 1
        for (p, partner) in report.partners.enumerated() {
            let jsonContracts = try #require(jsonPartners[p]["contracts"] as? [[String: Any]])
            for (c, contract) in partner.contracts.enumerated() {
                let jsonLines = try #require(jsonContracts[c]["lines"] as? [[String: Any]])
                for (l, line) in contract.lines.enumerated() {
                    let row = Dictionary(uniqueKeysWithValues: zip(ComplianceReport.csvColumns, rows[csvRow]))
                    csvRow += 1
                    let jsonLine = jsonLines[l]
                    #expect(row["contract"] == contract.number && row["service"] == line.service.rawValue)
                    #expect(row["target"] == String(line.target) && jsonLine["target"] as? Int == line.target)
                    #expect(row["counted"] == String(line.counted) && jsonLine["counted"] as? Int == line.counted)
                    #expect(row["pending"] == String(line.pending) && jsonLine["pending"] as? Int == line.pending)
                    #expect(row["earned"] == String(line.earned) && jsonLine["earned"] as? Int == line.earned)
                    #expect(row["status"] == line.pace.rawValue && jsonLine["status"] as? String == line.pace.rawValue)
                    let percent = (line.achievedPercent * 10).rounded() / 10
                    #expect(row["achieved_percent"].flatMap(Double.init) == percent)
                    #expect(jsonLine["achieved_percent"] as? Double == percent)
                    let tableRow = table.split(separator: "\n").first {
                        $0.hasPrefix(contract.number + " ") && $0.contains(" \(line.service.rawValue) ")
                    }
                    let cells = try #require(tableRow).split(separator: " ", omittingEmptySubsequences: true).map(String.init)
                    #expect(cells.contains(IndonesianText.number(line.target)))
                    #expect(cells.contains(IndonesianText.percent(line.achievedPercent)))
                    #expect(cells.contains(IndonesianText.rupiah(line.earned)))
                    #expect(cells.contains(line.pace.rawValue))
                }
            }
        }
        #expect(csvRow == rows.count)
    }

    @Test func tableIsAligned() throws {
        let table = Self.report.table()
        #expect(table.hasPrefix("Kepatuhan mitra media per 30 Juni 2024 (2024-06-30)\n"))
        #expect(table.contains("Rp1.250.000"))
        #expect(table.contains("Temuan: PENDING 1, MISSING_EVIDENCE 1"))
        let headers = table.split(separator: "\n").filter { $0.hasPrefix("Kontrak ") }
        let rows = table.split(separator: "\n").filter { $0.hasPrefix("027/") || $0.hasPrefix("S1 ") }
        // Two lines of the first contract, one of the second: a vanished row or column fails here.
        #expect(headers.count == 2)
        #expect(rows.count == 3)
        for header in headers {
            #expect(header.range(of: "Status")?.lowerBound.utf16Offset(in: header) == Self.statusColumn, "\(header)")
        }
        for row in rows {
            let text = String(row)
            let column = try #require(
                ["behind", "on-track", "ahead", "fulfilled", "ended-short"].compactMap { text.range(of: " \($0) ") }.first,
                "no status in \(text)")
            #expect(column.lowerBound.utf16Offset(in: text) + 1 == Self.statusColumn, "\(text)")
        }
    }

    /// Where the status column of the table starts (UTF-16 offset in its line).
    static let statusColumn = 107

    /// ``report`` as compact JSON, written out in full so that any change of shape, order or figure shows.
    static let expectedCompactJSON = [
        #"{"as_of":"2024-06-30","pace_warning_points":15,"partners":[{"company":"PT kr","contracts":[{"earned":3350000,"#,
        #""elapsed_percent":47.7,"end":"2024-12-31","lines":[{"achieved_percent":4.2,"counted":1,"earned":1250000,"#,
        #""elapsed_percent":47.7,"evidence_days":2,"expected":11.5,"forecast":2.1,"not_counted":{"MISSING_EVIDENCE":1,"#,
        #""PENDING":1},"pending":1,"remaining_quota":23,"remaining_value":28750000,"service":"news","status":"behind","#,
        #""target":24,"unit":"item","unit_price":1250000},{"achieved_percent":23.3,"counted":14,"earned":2100000,"#,
        #""elapsed_percent":47.7,"evidence_days":2,"expected":28.6,"forecast":29.3,"not_counted":{},"pending":0,"#,
        #""remaining_quota":46,"remaining_value":6900000,"service":"banner","status":"behind","target":60,"#,
        #""unit":"day","unit_price":150000}],"number":"027/45/PKS/DISKOMINFOTIK/2024","phase":"active","#,
        #""remaining":36650000,"signed":"2024-01-15","start":"2024-01-15","value":40000000}],"earned":3350000,"#,
        #""findings":[{"code":"PENDING","contract":"027/45/PKS/DISKOMINFOTIK/2024","label":"Menunggu verifikasi","#,
        #""message":"Masih menunggu verifikasi petugas; belum dihitung.","placement":"p2","published":"2024-03-06","#,
        #""quantity":1,"service":"news","severity":"not-counted"},{"code":"MISSING_EVIDENCE","contract":"027/45/PKS/DISKOMINFOTIK/2024","#,
        #""label":"Bukti tayang tidak ada","message":"Bukti tayang belum diserahkan, sehingga tidak dihitung.","#,
        #""placement":"p4","published":"2024-03-07","quantity":1,"service":"news","severity":"not-counted"}],"#,
        #""id":"kr","legal_form":"PT","media_type":"online","median_lag_days":0,"name":"Mitra kr","placements":[{"contract":"027/45/PKS/DISKOMINFOTIK/2024","#,
        #""counted":14,"id":"p3","press_council":"factual","published":"2024-03-01","quantity":14,"service":"banner"},"#,
        #"{"contract":"027/45/PKS/DISKOMINFOTIK/2024","counted":1,"id":"p1","press_council":"factual","#,
        #""published":"2024-03-05","quantity":1,"release":"rilis-a","service":"news"},{"code":"PENDING","#,
        #""contract":"027/45/PKS/DISKOMINFOTIK/2024","counted":0,"id":"p2","press_council":"factual","#,
        #""published":"2024-03-06","quantity":1,"service":"news"},{"code":"MISSING_EVIDENCE","contract":"027/45/PKS/DISKOMINFOTIK/2024","#,
        #""counted":0,"id":"p4","press_council":"factual","published":"2024-03-07","quantity":1,"service":"news"}],"#,
        #""press_council":"factual","releases":[{"first_published":"2024-03-05","lag_days":0,"placements":["p1"],"#,
        #""released":"2024-03-05","slug":"rilis-a","title":"Rilis rilis-a"}],"remaining":36650000,"value":40000000},"#,
        #"{"company":"PT sx","contracts":[{"earned":0,"elapsed_percent":47.7,"end":"2024-12-31","lines":[{"achieved_percent":0,"#,
        #""counted":0,"earned":0,"elapsed_percent":47.7,"evidence_days":2,"expected":4.8,"forecast":0,"#,
        #""not_counted":{},"pending":0,"remaining_quota":10,"remaining_value":5000000,"service":"news","#,
        #""status":"behind","target":10,"unit":"item","unit_price":500000}],"number":"S1","phase":"active","#,
        #""remaining":5000000,"signed":"2024-01-15","start":"2024-01-15","value":5000000}],"earned":0,"#,
        #""findings":[],"id":"sx","legal_form":"PT","media_type":"online","name":"Mitra sx","placements":[],"#,
        #""press_council":"none","releases":[],"remaining":5000000,"value":5000000}]}"#,
    ].joined()

    @Test func csvQuotesWhatNeedsQuoting() {
        let partner = Partner(
            id: "koma", name: "Kabar, \"Koma\"", company: "PT K", legalForm: .pt, mediaType: .online, pressCouncil: .factual,
            contracts: [F.contract("K9")])
        let csv = F.report(F.content(partners: [partner], placements: [])).csv()
        #expect(csv.contains(",\"Kabar, \"\"Koma\"\"\",online,"))
        #expect(csv.hasSuffix("\r\n"))
    }
}
