import Hummingbird
import SiarContent
import Testing

@testable import SiarServer

/// The service's URLs come from `SitePaths`; the route table is made from the same members as the links.
@Suite struct ServicePathsTests {
    @Test func evidenceLinksDropTheEvidenceFolderOfTheLedgerValue() {
        #expect(SitePaths.evidenceDownload("evidence/harian-gumi/p.jpg") == "/kelola/bukti/harian-gumi/p.jpg")
    }

    @Test func routesAreThePathsBelowTheirGroup() {
        #expect(ManagementRoutes.route(SitePaths.placementPage("{id}")) == "penayangan/{id}")
        #expect(ManagementRoutes.route(SitePaths.evidenceDownloads + "{partner}/{file}") == "bukti/{partner}/{file}")
        #expect(APIRoutes.route(SitePaths.apiVerify("{id}")) == "placements/{id}/verify")
    }
}
