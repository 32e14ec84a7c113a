import Foundation
import Hummingbird
import Logging
import SiarContent
import SiarSite

/// The management web UI under `/kelola/`: server-rendered pages in the site's language, forms that work
/// without JavaScript, a session cookie and a CSRF token in every form.
///
/// GET pages need a session (without one the browser is sent to the sign-in page); every POST needs a
/// session and the session's CSRF token (403 without it).
struct ManagementRoutes: Sendable {
    typealias PageHandler = @Sendable (Request, SiarRequestContext, Screen) async throws -> Response
    typealias FormHandler = @Sendable (Request, SiarRequestContext, Screen, Submission) async throws -> Response

    /// A submitted form: its text fields and, for `multipart/form-data`, its file parts.
    struct Submission: Sendable {
        var fields: FormFields
        var files: [MultipartForm.Part] = []

        /// The file part `name`, when the browser sent a file in it.
        func file(_ name: String) -> MultipartForm.Part? {
            files.first { $0.name == name && !($0.fileName ?? "").isEmpty && !$0.body.isEmpty }
        }
    }

    let services: AppServices

    func register(on router: Router<SiarRequestContext>) {
        let ui = router.group(RouterPath(SitePaths.management))
        ui.get("/", use: page(dashboard))
        ui.get(Self.route(SitePaths.signIn), use: loginForm)
        ui.post(Self.route(SitePaths.signIn), use: login)
        ui.post(Self.route(SitePaths.signOut), use: form(logout))
        ui.get(Self.route(SitePaths.partnerPage("{id}")), use: page(partner))
        ui.get(Self.route(SitePaths.placementList), use: page(placements))
        ui.post(Self.route(SitePaths.placementList), use: form(limit: services.configuration.uploadLimit, createPlacement))
        ui.get(Self.route(SitePaths.newPlacement), use: page(newPlacement))
        ui.get(Self.route(SitePaths.placementPage("{id}")), use: page(placement))
        ui.post(Self.route(SitePaths.verifyPlacement("{id}")), use: form(verify))
        ui.post(Self.route(SitePaths.rejectPlacement("{id}")), use: form(reject))
        ui.get(Self.route(SitePaths.reviewQueue), use: page(reviewQueue))
        ui.get(Self.route(SitePaths.auditTrail), use: page(auditTrail))
        ui.get(Self.route(SitePaths.ledgerExport), use: page(ledgerCSV))
        ui.get(Self.route(SitePaths.complianceExport), use: page(complianceCSV))
        ui.get(Self.route(SitePaths.evidenceDownloads + "{partner}/{file}"), use: page(evidenceFile))
        ui.get(Self.route(SitePaths.managementAsset("{file}")), use: asset)
        ui.get("**", use: page { _, _, screen in screen.error(screen.text.label("kelola_error_404_text"), status: .notFound) })
    }

    /// A UI path as the group under ``SitePaths/management`` takes it: `/kelola/masuk` → `masuk`.
    static func route(_ path: String) -> RouterPath { RouterPath(String(path.dropFirst(SitePaths.management.count))) }

    // MARK: Wrappers

    /// A page for signed-in users; others are sent to the sign-in page and come back afterwards.
    func page(_ handler: @escaping PageHandler) -> @Sendable (Request, SiarRequestContext) async throws -> Response {
        let services = services
        return { request, context in
            let signedIn: Authenticator.SignedIn?
            do { signedIn = try await services.authenticator.signedIn(request) } catch { return Self.plainFailure(error, context.logger) }
            guard let signedIn else { return Reply.redirect(to: SitePaths.signIn + "?lanjut=" + Self.queryEncoded(request.uri.path)) }
            let screen: Screen
            switch await Self.screen(services, signedIn) {
            case .success(let value): screen = value
            case .failure(let problems): return Self.plainFailure(problems, context.logger)
            }
            do {
                return try await handler(request, context, screen)
            } catch {
                return HTTPFailure(error).page(on: screen, logger: context.logger)
            }
        }
    }

    /// A form submission: a session, a body within `limit`, and the session's CSRF token.
    func form(limit: Int? = nil, _ handler: @escaping FormHandler) -> @Sendable (Request, SiarRequestContext) async throws -> Response {
        let limit = limit ?? services.configuration.bodyLimit
        return page { request, context, screen in
            let submission = try await Self.submission(of: request, limit: limit)
            let sent = submission.fields["csrf"].isEmpty ? (request.headers[.xCSRFToken] ?? "") : submission.fields["csrf"]
            guard let session = screen.signedIn?.session, !sent.isEmpty, APIToken.constantTimeEqual(sent, session.csrfToken) else {
                return screen.error(screen.text.label("kelola_error_csrf"), status: .forbidden)
            }
            return try await handler(request, context, screen, submission)
        }
    }

    /// The fields (and files) of a urlencoded or multipart body.
    static func submission(of request: Request, limit: Int) async throws -> Submission {
        let types = ["application/x-www-form-urlencoded", "multipart/form-data"]
        let type = RequestBodyReader.mediaType(of: request)
        if type != nil { try RequestBodyReader.requireType(request, types) }
        let bytes = try await RequestBodyReader.bytes(of: request, limit: limit)
        guard type == "multipart/form-data" else { return Submission(fields: try FormFields(urlEncoded: bytes)) }
        guard let boundary = RequestBodyReader.parameter("boundary", of: request) else {
            throw MultipartForm.Malformed(reason: "the multipart body has no boundary")
        }
        let parts = try MultipartForm.parse(bytes, boundary: boundary)
        return Submission(fields: try MultipartForm.fields(of: parts), files: parts.filter { $0.fileName != nil })
    }

    /// The screen for a user: the site's language and the theme's templates.
    static func screen(_ services: AppServices, _ signedIn: Authenticator.SignedIn?) async -> Result<Screen, ContentErrors> {
        let site = await services.content.current().content?.site ?? ContentLoader(root: services.configuration.root).loadSiteOnly()
        let language = site?.language ?? .id
        return await services.views.theme(language: language).map { theme in
            Screen(theme: theme, text: ManagementText(labels: theme.labels, language: language), site: site, signedIn: signedIn)
        }
    }

    // MARK: Errors

    /// An answer without the theme, for when the theme itself cannot be loaded.
    static func plainFailure(_ error: any Error, _ logger: Logger) -> Response {
        logger.error("cannot serve the management UI: \(String(describing: error))")
        let text = (error as? ContentErrors).map(\.description) ?? String(describing: error)
        return Reply.html(
            "<!DOCTYPE html><html lang=\"id\"><meta charset=\"utf-8\"><title>Siar</title><h1>500</h1><pre>\(HTMLEscaping.escape(text))</pre></html>",
            status: .internalServerError)
    }

    /// `text` for a query value: unreserved characters and `/` stay, the rest is percent-encoded.
    static func queryEncoded(_ text: String) -> String {
        var encoded = ""
        for byte in text.utf8 {
            let character = Character(Unicode.Scalar(byte))
            if character.isASCII, character.isLetter || character.isNumber || "-._~/".contains(character) {
                encoded.append(character)
            } else {
                encoded += "%" + String(byte >> 4, radix: 16, uppercase: true) + String(byte & 15, radix: 16, uppercase: true)
            }
        }
        return encoded
    }

    /// The theme's stylesheet and icon, for the UI to work without the preview.
    func asset(_ request: Request, _ context: SiarRequestContext) async throws -> Response {
        let name = context.parameters.get("file") ?? ""
        let types = ["siar.css": "text/css; charset=utf-8", "favicon.svg": "image/svg+xml"]
        guard let type = types[name], let bytes = try? services.files.bytes(SitePaths.assetsFolder + "/" + name) else {
            return Reply.text("not found\n", status: .notFound)
        }
        return Reply.bytes(bytes, type: type, headers: [.cacheControl: "no-cache"])
    }
}
