import SiarContent
import SiarTestSupport
import Testing

/// Numbers of the ledger are bounded where they are read, and rows naming a broken release do not repeat
/// the release's problem.
@Suite struct LedgerBoundsTests {
    typealias Ledger = LedgerDiagnosticsTests

    static let quantityCases: [(String, String)] = [
        ("9223372036854775807", "9223372036854775807"),
        ("9223372036854775808", "9223372036854775808"),
        ("100001", "100001"),
        ("-1", "-1"),
        ("1e30", "1e30"),
        ("12abc", "12abc"),
        ("0x10", "0x10"),
    ]

    /// The reported attack: a row with `quantity` Int.max loaded, and the compliance figures trapped.
    @Test(arguments: quantityCases)
    func quantityOutOfBounds(_ value: String, shown: String) throws {
        let project = try Ledger.project(["Content/placements/2024.csv": TemporaryProject.ledger([Ledger.row("quantity", value)])])
        #expect(
            project.diagnostics() == [
                "Content/placements/2024.csv:2:65: error: 'quantity' must be a whole number from 1 to 100,000, not '\(shown)'"
            ])
        #expect(project.load().content == nil)
    }

    @Test func largestQuantityIsAccepted() throws {
        let project = try Ledger.project(["Content/placements/2024.csv": TemporaryProject.ledger([Ledger.row("quantity", "100000")])])
        #expect(project.diagnostics() == [])
        #expect(project.load().content?.placements.first?.quantity == 100_000)
    }

    /// A release with one error used to make every row naming it warn "unknown release" too.
    @Test func rowsNamingABrokenReleaseOnlyShowTheReleaseError() throws {
        let broken = TemporaryProject.release(slug: "rusak", date: "2024-03-05")
        let text = broken.text.replacingFirst("author: \"Tim Uji\"\n", with: "author: \"Tim Uji\"\nregions: [kota-mtaram]\n")
        let rows = ["p-1", "p-2", "p-3"].map { Ledger.row("release", "rusak", id: $0) }
        let project = try Ledger.project([broken.path: text, "Content/placements/2024.csv": TemporaryProject.ledger(rows)])
        #expect(
            project.diagnostics() == [
                "\(broken.path):5:11: error: unknown region 'kota-mtaram'; did you mean 'kota-mataram'?"
            ])
    }

    /// The same for a release whose slug comes from its `slug` key, through the service's validator.
    @Test func validatorKnowsTheSlugsOfBrokenReleases() throws {
        let broken = TemporaryProject.release(slug: "2024-rusak", date: "2024-03-05")
        let text = broken.text.replacingFirst("author: \"Tim Uji\"\n", with: "author: \"Tim Uji\"\nslug: rilis-rusak\ndraft: kadang\n")
        let project = try Ledger.project([broken.path: text])
        let ledger = TemporaryProject.ledger([Ledger.row("release", "rilis-rusak"), Ledger.row("release", "rilis-lain", id: "p-2")])
        let result = LedgerValidator(root: project.root).check(["Content/placements/2024.csv": ledger])
        #expect(
            DiagnosticReport(result.diagnostics).diagnostics.map(\.description) == [
                "Content/placements/2024.csv:3:36: warning: unknown release 'rilis-lain'; use the slug of a release under Content/releases/ or leave 'release' empty"
            ])
    }
}
