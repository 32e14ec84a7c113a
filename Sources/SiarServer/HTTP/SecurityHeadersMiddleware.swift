import Hummingbird

/// Headers every response gets: no MIME sniffing, no referrer to other sites; the management pages also
/// may not be framed and run no script (they need none).
struct SecurityHeadersMiddleware: RouterMiddleware {
    typealias Context = SiarRequestContext

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response = try await next(request, context)
        response.headers[.xContentTypeOptions] = "nosniff"
        response.headers[.referrerPolicy] = "same-origin"
        if request.uri.path.hasPrefix("/kelola") {
            response.headers[.contentSecurityPolicy] =
                "default-src 'self'; script-src 'none'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
            response.headers[.xFrameOptions] = "DENY"
            response.headers[.cacheControl] = response.headers[.cacheControl] ?? "no-store"
        }
        return response
    }
}
