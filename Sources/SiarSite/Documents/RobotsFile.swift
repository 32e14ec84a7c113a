import SiarContent

/// `/robots.txt`: every crawler may fetch everything; both sitemaps are named with absolute URLs.
struct RobotsFile {
    static let path = SitePaths.robots

    let site: SiteConfig

    func text() -> String {
        """
        User-agent: *
        Allow: /

        Sitemap: \(site.absoluteURL(Sitemap.path))
        Sitemap: \(site.absoluteURL(NewsSitemap.path))

        """
    }
}
