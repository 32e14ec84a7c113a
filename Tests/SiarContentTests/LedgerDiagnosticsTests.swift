import Foundation
import SiarContent
import SiarTestSupport
import Testing

/// The shared helper of SiarTestSupport; this target also has a smaller `TemporaryProject` of its own.
typealias Project = SiarTestSupport.TemporaryProject

/// Every ledger defect, with its exact compiler-style diagnostic.
@Suite struct LedgerDiagnosticsTests {
    static let partner = """
        name: "Kabar Rinjani"
        company: "PT Kabar Rinjani Media"
        legal_form: PT
        media_type: online
        press_council: factual
        contracts:
          - number: "PKS/01/2024"
            signed: 2024-01-10
            start: 2024-01-15
            end: 2024-12-31
            value: 20000000
            lines:
              - { service: news, unit: item, target: 24, unit_price: 500000 }
          - number: "PKS/01/2025"
            signed: 2025-01-02
            start: 2025-01-01
            end: 2025-12-31
            value: 20000000
            lines:
              - { service: news, unit: item, target: 24, unit_price: 500000 }

        """
    static let release = Project.release(slug: "peran-kominfo-ntb", date: "2024-03-05")
    /// A valid row; the column of each value is written above it.
    //          1   5             19          31   36                54         65 67                        93 (submitted 124, status 135, note 160)
    static let good =
        "p-1,kabar-rinjani,PKS/01/2024,news,peran-kominfo-ntb,2024-03-06,1,https://kabarrinjani.id/a,evidence/kabar-rinjani/p-1.png,2024-03-07,verified,Rina,2024-03-08,"

    static func project(_ files: [String: String]) throws -> Project {
        var all = ["Content/partners/kabar-rinjani.yml": partner, release.path: release.text]
        all.merge(files) { _, new in new }
        let project = try Project(files: all)
        try project.writeEvidence("Content/evidence/kabar-rinjani/p-1.png")
        return project
    }

    /// The good row with one column replaced.
    static func row(_ column: String, _ value: String, id: String = "p-1") -> String {
        var fields = good.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        fields[Placement.ledgerColumns.firstIndex(of: column) ?? 0] = value
        fields[0] = column == "id" ? value : id
        return fields.joined(separator: ",")
    }

    static let cases: [(String, [String], String)] = [
        (
            "unknown partner", [row("partner", "kabar-rinjan")],
            "Content/placements/2024.csv:2:5: error: unknown partner 'kabar-rinjan'; did you mean 'kabar-rinjani'?"
        ),
        (
            "unknown contract", [row("contract", "PKS/02/2024")],
            "Content/placements/2024.csv:2:19: error: partner 'kabar-rinjani' has no contract 'PKS/02/2024'; did you mean 'PKS/01/2024'?"
        ),
        (
            "unknown service", [row("service", "nwes")],
            "Content/placements/2024.csv:2:31: error: 'service' has an unknown value 'nwes'; did you mean 'news'?"
        ),
        (
            "service not in contract", [row("service", "banner")],
            "Content/placements/2024.csv:2:31: error: contract 'PKS/01/2024' has no line for service 'banner'; add the line to the contract or fix the service"
        ),
        (
            "unknown release", [row("release", "peran-kominfo")],
            "Content/placements/2024.csv:2:36: warning: unknown release 'peran-kominfo'; use the slug of a release under Content/releases/ or leave 'release' empty"
        ),
        (
            "misspelt release", [row("release", "peran-kominfo-nbt")],
            "Content/placements/2024.csv:2:36: warning: unknown release 'peran-kominfo-nbt'; did you mean 'peran-kominfo-ntb'?"
        ),
        (
            "impossible date", [row("published", "2024-02-30")],
            "Content/placements/2024.csv:2:54: error: 'published' names a day that does not exist: '2024-02-30'"
        ),
        (
            "malformed date", [row("published", "06/03/2024")],
            "Content/placements/2024.csv:2:54: error: 'published' has an invalid date '06/03/2024'; write YYYY-MM-DD"
        ),
        (
            "wrong year",
            [
                row("published", "2025-01-05").replacingFirst("PKS/01/2024", with: "PKS/01/2025").replacingFirst(
                    "2024-03-07", with: "2025-01-06")
            ],
            "Content/placements/2024.csv:2:54: error: a placement published on '2025-01-05' belongs in 'Content/placements/2025.csv'; move the row there"
        ),
        (
            "zero quantity", [row("quantity", "0")],
            "Content/placements/2024.csv:2:65: error: 'quantity' must be a whole number from 1 to 100,000, not '0'"
        ),
        (
            "quantity in words", [row("quantity", "dua")],
            "Content/placements/2024.csv:2:65: error: 'quantity' must be a whole number from 1 to 100,000, not 'dua'"
        ),
        (
            "bad status", [row("status", "verifed")],
            "Content/placements/2024.csv:2:135: error: 'status' has an unknown value 'verifed'; did you mean 'verified'?"
        ),
        (
            "empty status", [row("status", "")],
            "Content/placements/2024.csv:2:135: error: column 'status' is empty; every placement needs one"
        ),
        (
            "empty id", [row("id", "")],
            "Content/placements/2024.csv:2:1: error: column 'id' is empty; every placement needs one"
        ),
        (
            "no covering contract", [row("contract", "").replacingFirst("2024-03-06", with: "2024-01-05")],
            "Content/placements/2024.csv:2:19: error: no contract of partner 'kabar-rinjani' covers '2024-01-05'; fill in 'contract' or fix 'published'"
        ),
        (
            "relative url", [row("url", "kabarrinjani.id/a")],
            "Content/placements/2024.csv:2:67: error: 'url' is not an absolute http(s) URL: 'kabarrinjani.id/a'"
        ),
        (
            "evidence outside Content", [row("evidence", "../bukti.png")],
            "Content/placements/2024.csv:2:93: error: 'evidence' must be an https:// URL or a file of this partner such as 'evidence/kabar-rinjani/p-1.png' (PNG, JPEG, PDF or WebP), not '../bukti.png'"
        ),
        (
            "evidence without submitted", [row("submitted", "")],
            "Content/placements/2024.csv:2:124: error: 'submitted' is empty but 'evidence' is given; write the day the evidence arrived"
        ),
        (
            "submitted before published", [row("submitted", "2024-03-05")],
            "Content/placements/2024.csv:2:124: error: 'submitted' ('2024-03-05') is before 'published' ('2024-03-06'); evidence cannot arrive before the placement appeared"
        ),
        (
            "rejected without note", [row("status", "rejected")],
            "Content/placements/2024.csv:2:160: warning: the placement is rejected without a reason; write the reason of the rejection in 'review_note' ('note' in a file without that column)"
        ),
        (
            "too many columns", [good + ",extra"],
            "Content/placements/2024.csv:2:1: error: the row has 15 columns but the ledger has 14; quote values that contain ',' and remove extra columns"
        ),
        (
            "too few columns", ["p-1,kabar-rinjani,PKS/01/2024,news"],
            "Content/placements/2024.csv:2:1: error: the row has 4 columns but the ledger has 14; quote values that contain ',' and remove extra columns"
        ),
        (
            "duplicate id in one file", [good, good],
            "Content/placements/2024.csv:3:1: error: placement id 'p-1' is already used at 'Content/placements/2024.csv:2:1'; give this row a new id"
        ),
        (
            "quoted id shifts the columns", ["\"p-1\"" + row("partner", "kabar-rinjan").dropFirst(3)],
            "Content/placements/2024.csv:2:7: error: unknown partner 'kabar-rinjan'; did you mean 'kabar-rinjani'?"
        ),
        (
            "row after a note of two lines",
            [row("note", "\"baris satu\nbaris \"\"dua\"\"\"", id: "p-0"), row("partner", "kabar-rinjan")],
            "Content/placements/2024.csv:4:5: error: unknown partner 'kabar-rinjan'; did you mean 'kabar-rinjani'?"
        ),
        (
            "blank lines are skipped", ["", row("partner", "kabar-rinjan")],
            "Content/placements/2024.csv:3:5: error: unknown partner 'kabar-rinjan'; did you mean 'kabar-rinjani'?"
        ),
        (
            "broken quoting", ["p-1,\"kabar-rinjani\"x,PKS/01/2024,news"],
            "Content/placements/2024.csv:2:5: error: the quoted value that starts here is not closed properly; end it with '\"' before the next ',' or line end, and write a '\"' inside it as '\"\"'"
        ),
    ]

    @Test(arguments: cases)
    func defect(_ name: String, rows: [String], expected: String) throws {
        let project = try Self.project(["Content/placements/2024.csv": Project.ledger(rows)])
        #expect(project.diagnostics() == [expected], "\(name)")
    }

    @Test func validLedgerLoads() throws {
        let project = try Self.project(["Content/placements/2024.csv": Project.ledger([Self.good])])
        let result = project.load()
        #expect(result.diagnostics.isEmpty)
        let placement = try #require(result.content?.placements.first)
        #expect(placement.id == "p-1")
        #expect(placement.contract == "PKS/01/2024")
        #expect(placement.published == CalendarDay(year: 2024, month: 3, day: 6))
        #expect(placement.submitted == CalendarDay(year: 2024, month: 3, day: 7))
        #expect(placement.status == .verified)
        #expect(placement.reviewedBy == "Rina")
        #expect(placement.note == nil)
        #expect(placement.location == SourceLocation(path: "Content/placements/2024.csv", line: 2, column: 1))
    }

    @Test func emptyContractResolvesToTheOneCoveringContract() throws {
        let rows = [
            Self.row("contract", ""),
            "p-2,kabar-rinjani,,news,,2024-12-31,1,,evidence/kabar-rinjani/p-2.png,2025-01-01,verified,Rina,2025-01-02,",
            "p-3,kabar-rinjani,,news,,2025-01-01,1,,evidence/kabar-rinjani/p-3.png,2025-01-01,verified,Rina,2025-01-02,",
        ]
        let project = try Self.project([
            "Content/placements/2024.csv": Project.ledger(Array(rows[0...1])),
            "Content/placements/2025.csv": Project.ledger([rows[2]]),
        ])
        for name in ["p-2", "p-3"] { try project.writeEvidence("Content/evidence/kabar-rinjani/\(name).png") }
        let result = project.load()
        #expect(result.diagnostics.isEmpty)
        #expect(result.content?.placements.map(\.contract) == ["PKS/01/2024", "PKS/01/2024", "PKS/01/2025"])
    }

    @Test func defaultsAndOptionalColumns() throws {
        let row = "p-9,kabar-rinjani,,news,,2024-05-01,,,,,submitted,,,"
        let project = try Self.project(["Content/placements/2024.csv": Project.ledger([row])])
        let placement = try #require(project.load().content?.placements.first)
        #expect(placement.quantity == 1)
        #expect(placement.release == nil && placement.url == nil && placement.evidence == nil && placement.submitted == nil)
    }

    @Test func crlfAndByteOrderMarkAreAccepted() throws {
        let text =
            "\u{FEFF}"
            + Project.ledger([Self.good, Self.row("partner", "x", id: "p-2")])
            .replacingAll("\n", with: "\r\n")
        let project = try Self.project(["Content/placements/2024.csv": text])
        #expect(
            project.diagnostics() == [
                "Content/placements/2024.csv:3:5: error: unknown partner 'x'; add 'Content/partners/x.yml' or fix the id"
            ])
    }

    @Test func duplicateIdAcrossYears() throws {
        let in2025 = Self.row("published", "2025-02-01").replacingFirst("PKS/01/2024", with: "PKS/01/2025")
            .replacingFirst("2024-03-07", with: "2025-02-02")
        let project = try Self.project([
            "Content/placements/2024.csv": Project.ledger([Self.good]),
            "Content/placements/2025.csv": Project.ledger([in2025]),
        ])
        #expect(
            project.diagnostics() == [
                "Content/placements/2025.csv:2:1: error: placement id 'p-1' is already used at 'Content/placements/2024.csv:2:1'; give this row a new id"
            ])
        #expect(project.load().content == nil)
    }

    @Test func headerMustBeExact() throws {
        let header = Placement.ledgerColumns.joined(separator: ",")
        let misspelt = try Self.project(["Content/placements/2024.csv": header.replacingFirst("service", with: "servis") + "\n" + Self.good]
        )
        #expect(
            misspelt.diagnostics() == [
                "Content/placements/2024.csv:1:21: error: header column 'servis' should be 'service'; the first row must be exactly '\(header)'"
            ])
        let short = try Self.project(["Content/placements/2024.csv": "id,partner\n"])
        #expect(
            short.diagnostics() == [
                "Content/placements/2024.csv:1:1: error: the header has 2 columns but must have 15: '\(header)'"
            ])
        let extra = try Self.project(["Content/placements/2024.csv": header + ",comment\n"])
        #expect(
            extra.diagnostics() == [
                "Content/placements/2024.csv:1:1: error: the header has 16 columns but must have 15: '\(header)'"
            ])
    }

    @Test func ledgerFileMustBeNamedAfterAYear() throws {
        let project = try Self.project(["Content/placements/penayangan.csv": Project.ledger([])])
        #expect(
            project.diagnostics() == [
                "Content/placements/penayangan.csv: error: ledger file name 'penayangan.csv' must be a year, such as '2024.csv'"
            ])
    }

    @Test func errorsInSeveralRowsAreAllReported() throws {
        let rows = [Self.row("partner", "kabar-rinjan"), Self.row("status", "ok", id: "p-2"), Self.row("quantity", "-1", id: "p-3")]
        let project = try Self.project(["Content/placements/2024.csv": Project.ledger(rows)])
        let diagnostics = project.diagnostics()
        #expect(diagnostics.count == 3)
        #expect(diagnostics.map { $0.split(separator: ":")[1] } == ["2", "3", "4"])
    }
}

extension String {
    func replacingFirst(_ target: String, with replacement: String) -> String {
        guard let range = range(of: target) else { return self }
        return replacingCharacters(in: range, with: replacement)
    }

    func replacingAll(_ target: String, with replacement: String) -> String {
        components(separatedBy: target).joined(separator: replacement)
    }
}
