import Foundation
import SiarContent
import SiarTestSupport
import Testing

/// Every partner-file defect, with its exact compiler-style diagnostic.
@Suite struct PartnerDiagnosticsTests {
    /// A valid partner file; line numbers of the values are written on the right.
    static let good = """
        name: "Kabar Rinjani"
        company: "PT Kabar Rinjani Media"
        legal_form: PT
        media_type: online
        press_council: factual
        website: "https://kabarrinjani.id"
        contracts:
          - number: "PKS/01/2024"
            signed: 2024-01-10
            start: 2024-01-15
            end: 2024-12-31
            value: 20000000
            lines:
              - service: news
                unit: item
                target: 24
                unit_price: 500000
              - service: banner
                unit: day
                target: 40
                unit_price: 150000
                evidence_days: 3

        """

    static func diagnostics(_ text: String, file: String = "kabar-rinjani.yml") throws -> [String] {
        try Project(files: ["Content/partners/\(file)": text]).diagnostics()
    }

    static let path = "Content/partners/kabar-rinjani.yml"

    static let cases: [(String, String, String, String)] = [
        (
            "legal form", "legal_form: PT", "legal_form: CV",
            "\(path):3:13: error: 'legal_form' has an unknown value 'CV'; use one of 'PT', 'Yayasan', 'Koperasi'"
        ),
        (
            "media type", "media_type: online", "media_type: onlien",
            "\(path):4:13: error: 'media_type' has an unknown value 'onlien'; did you mean 'online'?"
        ),
        (
            "press council", "press_council: factual", "press_council: faktual",
            "\(path):5:16: error: 'press_council' has an unknown value 'faktual'; did you mean 'factual'?"
        ),
        (
            "website", "website: \"https://kabarrinjani.id\"", "website: kabarrinjani.id",
            "\(path):6:10: error: 'website' is not an absolute http(s) URL: 'kabarrinjani.id'"
        ),
        (
            "missing name", "name: \"Kabar Rinjani\"\n", "",
            "\(path):1:1: error: missing required key 'name'; add 'name: …'"
        ),
        (
            "unknown key", "name: \"Kabar Rinjani\"", "name: \"Kabar Rinjani\"\nnama: \"Kabar\"",
            "\(path):2:1: warning: unknown key 'nama'; did you mean 'name'?"
        ),
        (
            "impossible signed", "signed: 2024-01-10", "signed: 2024-02-30",
            "\(path):9:13: error: 'signed' names a day that does not exist: '2024-02-30'"
        ),
        (
            "end before start", "end: 2024-12-31", "end: 2024-01-14",
            "\(path):11:10: error: 'end' ('2024-01-14') is before 'start' ('2024-01-15'); fix one of the dates"
        ),
        (
            "zero value", "value: 20000000", "value: 0",
            "\(path):12:12: error: 'value' must be a whole number of rupiah from 1 to 10,000,000,000,000, not '0'"
        ),
        (
            "lines exceed value", "value: 20000000", "value: 17000000",
            "\(path):12:12: error: the lines add up to '18000000' (target × unit_price) but 'value' is '17000000'; raise 'value' or lower a target or price"
        ),
        (
            "zero target", "target: 24", "target: 0",
            "\(path):16:17: error: 'target' must be a whole number from 1 to 1,000,000, not '0'"
        ),
        (
            "negative unit price", "unit_price: 500000", "unit_price: -500000",
            "\(path):17:21: error: 'unit_price' must be a whole number of rupiah from 1 to 1,000,000,000,000, not '-500000'"
        ),
        (
            "unit price with dots", "unit_price: 500000", "unit_price: 500.000",
            "\(path):17:21: error: 'unit_price' must be a whole number of rupiah from 1 to 1,000,000,000,000, not '500.000'"
        ),
        (
            "target above its limit", "target: 24", "target: 9223372036854775807",
            "\(path):16:17: error: 'target' must be a whole number from 1 to 1,000,000, not '9223372036854775807'"
        ),
        (
            "unit price above its limit", "unit_price: 500000", "unit_price: 1000000000001",
            "\(path):17:21: error: 'unit_price' must be a whole number of rupiah from 1 to 1,000,000,000,000, not '1000000000001'"
        ),
        (
            "value above its limit", "value: 20000000", "value: 1e30",
            "\(path):12:12: error: 'value' must be a whole number of rupiah from 1 to 10,000,000,000,000, not '1e30'"
        ),
        (
            "unknown service", "service: news", "service: nwes",
            "\(path):14:18: error: 'service' has an unknown value 'nwes'; did you mean 'news'?"
        ),
        (
            "unknown unit", "unit: item", "unit: mm-kolom",
            "\(path):15:15: error: 'unit' has an unknown value 'mm-kolom'; use one of 'item', 'day', 'second', 'spot', 'episode', 'copy', 'mm-column'"
        ),
        (
            "duplicate service line", "service: banner", "service: news",
            "\(path):18:18: error: the contract has two lines for service 'news'; merge them into one"
        ),
        (
            "evidence days", "evidence_days: 3", "evidence_days: -1",
            "\(path):22:24: error: 'evidence_days' must be a whole number of days from 0 to 366, not '-1'"
        ),
    ]

    @Test(arguments: cases)
    func defect(_ name: String, original: String, replacement: String, expected: String) throws {
        let text = Self.good.replacingFirst(original, with: replacement)
        #expect(text != Self.good, "\(name): the case must change the file")
        let found = try Self.diagnostics(text)
        #expect(found.contains(expected), "\(name): \(found)")
        #expect(found.filter { $0.contains(": error: ") }.count <= 1, "\(name): \(found)")
    }

    @Test func validPartnerLoads() throws {
        let project = try Project(files: ["Content/partners/kabar-rinjani.yml": Self.good])
        let result = project.load()
        #expect(result.diagnostics.isEmpty)
        let partner = try #require(result.content?.partners.first)
        #expect(partner.id == "kabar-rinjani")
        #expect(partner.legalForm == .pt && partner.mediaType == .online && partner.pressCouncil == .factual)
        let contract = try #require(partner.contracts.first)
        #expect(contract.number == "PKS/01/2024")
        #expect(contract.durationDays == 352)
        #expect(contract.lines.map(\.service) == [.news, .banner])
        #expect(contract.lines.map(\.evidenceDays) == [2, 3])
        #expect(contract.location == SourceLocation(path: Self.path, line: 8, column: 13))
    }

    @Test(arguments: Partner.MediaType.allCases)
    func evidenceDaysDefaultByMediaType(_ media: Partner.MediaType) throws {
        let text = Self.good.replacingFirst("media_type: online", with: "media_type: \(media.rawValue)")
        let project = try Project(files: ["Content/partners/kabar-rinjani.yml": text])
        let line = try #require(project.load().content?.partners.first?.contracts.first?.lines.first)
        let expected: [Partner.MediaType: Int] = [
            .online: 2, .printDaily: 2, .social: 2, .printWeekly: 7, .tv: 7, .radio: 7, .printMonthly: 10,
        ]
        #expect(line.evidenceDays == expected[media])
    }

    @Test func contractWithoutLines() throws {
        let cut = try #require(Self.good.range(of: "    lines:"))
        let text = String(Self.good[..<cut.lowerBound]) + "    lines: []\n"
        #expect(try Self.diagnostics(text) == ["\(Self.path):13:12: error: 'lines' is empty; give it a value or remove the key"])
        let missing = String(Self.good[..<cut.lowerBound])
        #expect(try Self.diagnostics(missing) == ["\(Self.path):8:5: error: missing required key 'lines'; add 'lines: …'"])
    }

    @Test func overlappingContracts() throws {
        let second = """
              - number: "PKS/02/2024"
                signed: 2024-06-01
                start: 2024-12-01
                end: 2025-05-31
                value: 1000000
                lines:
                  - { service: news, unit: item, target: 2, unit_price: 500000 }

            """
        #expect(
            try Self.diagnostics(Self.good + second) == [
                "\(Self.path):25:12: error: contract 'PKS/02/2024' overlaps contract 'PKS/01/2024' of the same partner; make the periods not overlap"
            ])
    }

    @Test func duplicateContractNumberAcrossPartners() throws {
        let other = Self.good.replacingFirst("Kabar Rinjani\"", with: "Dompu Terkini\"")
        let project = try Project(files: [
            "Content/partners/kabar-rinjani.yml": Self.good, "Content/partners/dompu-terkini.yml": other,
        ])
        #expect(
            project.diagnostics() == [
                "Content/partners/kabar-rinjani.yml:8:13: error: contract number 'PKS/01/2024' is already used in 'Content/partners/dompu-terkini.yml'; give each contract its own number"
            ])
    }

    @Test func partnerIdComesFromAValidFileName() throws {
        #expect(
            try Self.diagnostics(Self.good, file: "Kabar_Rinjani.yml") == [
                "Content/partners/Kabar_Rinjani.yml:1:1: error: partner file name 'Kabar_Rinjani.yml' must be an id of lowercase letters, digits and '-', such as 'kabar-rinjani.yml'"
            ])
    }

    @Test func yamlSyntaxErrorIsPositioned() throws {
        let found = try Self.diagnostics("name: \"Kabar\ncompany: x\n")
        #expect(found.count == 1)
        #expect(found.first?.hasPrefix("\(Self.path):") == true)
        #expect(found.first?.contains("error: YAML syntax error") == true)
    }

    @Test func ledgerRowsOfABrokenPartnerFileAreNotReportedTwice() throws {
        let project = try Project(files: [
            "Content/partners/kabar-rinjani.yml": "name: [unclosed\n",
            "Content/placements/2024.csv": Project.ledger(["p-1,kabar-rinjani,,news,,2024-03-06,,,,,submitted,,,"]),
        ])
        let found = project.diagnostics()
        #expect(found.count == 1)
        #expect(found.first?.hasPrefix("\(Self.path):") == true)
    }
}
