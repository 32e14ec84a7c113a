/// The URLs of the management service (`siar serve`) and the files it keeps in the project.
///
/// The UI's words are Indonesian like the site's (`kelola`, `penayangan`, `tinjauan`); the API's are
/// English, for the scripts of other systems. A path with a parameter is made by passing the router's
/// placeholder, so the route table and the links cannot disagree: `placementPage("{id}")`.
extension SitePaths {
    // MARK: Management UI

    /// The management UI's overview: `/kelola/`.
    public static let management = "/kelola/"
    public static let signIn = "/kelola/masuk"
    public static let signOut = "/kelola/keluar"
    public static let placementList = "/kelola/penayangan"
    public static let newPlacement = "/kelola/penayangan/baru"
    public static let reviewQueue = "/kelola/tinjauan"
    public static let auditTrail = "/kelola/audit"
    public static let ledgerExport = "/kelola/ekspor/penayangan.csv"
    public static let complianceExport = "/kelola/ekspor/kepatuhan.csv"

    /// One placement: `/kelola/penayangan/<id>`.
    public static func placementPage(_ id: String) -> String { "\(placementList)/\(id)" }
    public static func verifyPlacement(_ id: String) -> String { placementPage(id) + "/verifikasi" }
    public static func rejectPlacement(_ id: String) -> String { placementPage(id) + "/tolak" }

    /// One partner's page in the UI: `/kelola/mitra/<id>`.
    public static func partnerPage(_ id: String) -> String { "\(management)mitra/\(id)" }

    /// Where signed-in users download evidence files: `/kelola/bukti/`.
    public static let evidenceDownloads = "/kelola/bukti/"

    /// An evidence file, given as the ledger names it (relative to `Content/`, `evidence/<partner>/<file>`):
    /// `/kelola/bukti/<partner>/<file>`.
    public static func evidenceDownload(_ ledgerValue: String) -> String {
        evidenceDownloads + ledgerValue.dropFirst(relativeToContent(evidenceFolder).count + 1)
    }

    /// A file of the theme's assets the UI uses: `/kelola/aset/<name>`.
    public static func managementAsset(_ name: String) -> String { "\(management)aset/\(name)" }

    // MARK: API

    /// The JSON API's root: `/api/`.
    public static let api = "/api/"
    public static let apiDocument = "/api/openapi.json"
    public static let apiPartners = "/api/partners"
    public static let apiPlacements = "/api/placements"
    public static let apiEvidence = "/api/evidence"
    public static let apiCompliance = "/api/compliance"
    public static let apiAudit = "/api/audit"

    /// One placement: `/api/placements/<id>`.
    public static func apiPlacement(_ id: String) -> String { "\(apiPlacements)/\(id)" }
    public static func apiVerify(_ id: String) -> String { apiPlacement(id) + "/verify" }
    public static func apiReject(_ id: String) -> String { apiPlacement(id) + "/reject" }

    // MARK: Service files

    /// The service's private folder (mode 0700), left out of version control.
    public static let serviceFolder = ".siar"
    public static let usersFile = ".siar/users.json"
    public static let sessionsFile = ".siar/sessions.json"
}
