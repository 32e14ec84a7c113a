import Hummingbird
import SiarContent

/// Headers every response gets, errors included: no MIME sniffing, no referrer to other sites, and no
/// framing of the management pages and the API; the management pages also run no script (they need none).
struct SecurityHeadersMiddleware: RouterMiddleware {
    typealias Context = SiarRequestContext

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response: Response
        do {
            response = try await next(request, context)
        } catch let error as any HTTPResponseError {
            // The router's own errors (no such route, wrong method) would otherwise leave without the headers.
            response = try error.response(from: request, context: context)
        }
        response.headers[.xContentTypeOptions] = "nosniff"
        response.headers[.referrerPolicy] = "same-origin"
        let path = request.uri.path
        let management = path.hasPrefix(String(SitePaths.management.dropLast()))
        if management || path.hasPrefix(String(SitePaths.api.dropLast())) {
            response.headers[.xFrameOptions] = "DENY"
        }
        if management {
            response.headers[.contentSecurityPolicy] =
                "default-src 'self'; script-src 'none'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
            response.headers[.cacheControl] = response.headers[.cacheControl] ?? "no-store"
        }
        return response
    }
}
