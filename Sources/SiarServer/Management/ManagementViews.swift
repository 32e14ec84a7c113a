import SiarContent
import SiarSite

/// The templates of the management UI (`Templates/kelola/`), loaded with the rest of the theme and kept
/// until a file under `Templates/` changes, so a theme edit shows on the next request.
package actor ManagementViews {
    /// The templates the UI renders; a theme without them cannot serve the UI.
    static let templates = [
        "kelola/header", "kelola/footer", "kelola/placement-table", "kelola/login", "kelola/dashboard", "kelola/partner",
        "kelola/placements", "kelola/placement",
        "kelola/placement-form", "kelola/review", "kelola/audit", "kelola/error",
    ]

    let root: String
    private var cache = FileStampCache<Loaded>()

    /// A theme as loaded in one language.
    private struct Loaded: Sendable {
        let language: SiteConfig.Language
        let theme: Theme?
        let problems: [Diagnostic]

        var result: Result<Theme, ContentErrors> { theme.map { .success($0) } ?? .failure(ContentErrors(diagnostics: problems)) }
    }
    private let executor = QueueExecutor(label: "siar.views")
    package nonisolated var unownedExecutor: UnownedSerialExecutor { executor.asUnownedSerialExecutor() }

    init(root: String) {
        self.root = root
    }

    /// The theme in `language`, or the problems that keep it from loading.
    func theme(language: SiteConfig.Language) -> Result<Theme, ContentErrors> {
        let files = ProjectFiles(root: root)
        let stamps = FileStamp.of(files.files(under: SitePaths.templatesFolder, suffix: ""), root: root)
        if let kept = cache.value(at: stamps), kept.language == language { return kept.result }
        let (theme, diagnostics) = Theme.load(from: files, language: language, required: Self.templates)
        let loaded = Loaded(
            language: language, theme: theme, problems: DiagnosticReport(diagnostics.filter { $0.severity == .error }).diagnostics)
        cache.store(loaded, at: stamps)
        return loaded.result
    }
}
