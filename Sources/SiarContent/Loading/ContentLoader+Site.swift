extension ContentLoader {
    /// Only `Content/site.yml`, for commands that need the settings even when releases have errors.
    public func loadSiteOnly() -> SiteConfig? {
        guard case .success(let text) = files.text(SiteConfigParser.path) else { return nil }
        var ignored: [Diagnostic] = []
        return SiteConfigParser.parse(text, diagnostics: &ignored)
    }
}
