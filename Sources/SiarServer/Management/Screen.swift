import Hummingbird
import SiarContent
import SiarSite

/// What a management page is rendered with: the theme, the words, the site, and who is signed in.
struct Screen: Sendable {
    let theme: Theme
    let text: ManagementText
    let site: SiteConfig?
    /// Nil on the sign-in page.
    let signedIn: Authenticator.SignedIn?

    /// The sections of the navigation: label key, path, and who sees it.
    static let sections: [(key: String, path: String, forWriters: Bool)] = [
        ("kelola_nav_overview", SitePaths.management, false), ("kelola_nav_placements", SitePaths.placementList, false),
        ("kelola_nav_record", SitePaths.newPlacement, true), ("kelola_nav_review", SitePaths.reviewQueue, false),
        ("kelola_nav_audit", SitePaths.auditTrail, false),
    ]

    var user: User? { signedIn?.user }

    /// Renders `template` inside `kelola/layout`.
    ///
    /// - Parameters:
    ///   - section: the navigation path to mark as current.
    ///   - values: the page's own values; every key a template tests must be present (Mustache looks up
    ///     missing keys in the enclosing context), so rows carry `false` or `""` rather than leaving keys out.
    func render(
        _ template: String, title: String, section: String = "", values: [String: Any] = [:], status: HTTPResponse.Status = .ok,
        headers: HTTPFields = [:]
    ) -> Response {
        var context: [String: Any] = [
            "lang": site?.language.rawValue ?? "id", "t": text.labels, "page_title": title, "body_class": "page-" + template.dropFirst(7),
            "site": ["title": site?.title ?? "Siar", "office": site?.office ?? ""], "signed_in": signedIn != nil,
            "csrf": signedIn?.session.csrfToken ?? "", "has_flash": false, "flash": "",
        ]
        if let user {
            context["user"] = [
                "name": user.name, "role": text.role(user.role), "has_partner": user.partner != nil, "partner": user.partner ?? "",
            ]
            context["nav"] = Self.sections.filter { !$0.forWriters || user.role != .viewer }.map { item in
                ["label": text.label(item.key), "url": item.path, "current": item.path == section] as [String: Any]
            }
        }
        context.merge(values) { _, new in new }
        let html = theme.render(template, context)
        return Reply.html(html.isEmpty ? "<!DOCTYPE html><title>Siar</title><p>\(template)</p>" : html, status: status, headers: headers)
    }

    /// The error page: what went wrong, in the store's words, and a way back.
    func error(_ message: String, status: HTTPResponse.Status) -> Response {
        let heading: String
        switch status.code {
        case 401: heading = text.label("kelola_error_401")
        case 403: heading = text.label("kelola_error_403")
        case 404: heading = text.label("kelola_error_404")
        case 409: heading = text.label("kelola_error_409")
        case 413: heading = text.label("kelola_error_413")
        case 415: heading = text.label("kelola_error_415")
        case 429: heading = text.label("kelola_error_429")
        default: heading = status.code >= 500 ? text.label("kelola_error_500") : text.label("kelola_error_other")
        }
        return render(
            "kelola/error", title: heading, values: ["heading": heading, "message": message, "code": status.code], status: status)
    }
}
