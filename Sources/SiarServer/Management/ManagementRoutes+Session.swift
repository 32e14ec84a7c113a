import Hummingbird
import Logging
import SiarContent

/// Signing in and out.
///
/// The sign-in form carries a token of its own, matched against a short-lived cookie (a session does not
/// exist yet), so another site cannot sign a browser in to an account of its choosing either.
extension ManagementRoutes {
    static let loginCookie = "siar_login"

    /// `GET /kelola/masuk`.
    func loginForm(_ request: Request, _ context: SiarRequestContext) async throws -> Response {
        if (try? await services.authenticator.signedIn(request)) != nil { return Reply.redirect(to: SitePaths.management) }
        let query = request.uri.queryParameters
        let notice = query.get("keluar") != nil ? "kelola_signed_out" : nil
        return await loginPage(
            request, context, name: "", error: nil, notice: notice, next: Self.safeNext(query.get("lanjut")), status: .ok)
    }

    /// `POST /kelola/masuk`: name, password, the form token; 303 to the page asked for, or the form again.
    func login(_ request: Request, _ context: SiarRequestContext) async throws -> Response {
        let fields: FormFields
        do {
            fields = try await Self.submission(of: request, limit: 16 * 1024).fields
        } catch let problem as any ServiceError {
            // A body that cannot be read gets no page: the sign-in form needs the token the body carried.
            return Reply.text(problem.message + "\n", status: Reply.status(problem.status))
        }
        let next = Self.safeNext(fields["lanjut"])
        let cookie = request.cookies[Self.loginCookie]?.value ?? ""
        guard !cookie.isEmpty, APIToken.constantTimeEqual(fields["csrf"], cookie) else {
            return await loginPage(
                request, context, name: fields["name"], error: "kelola_error_login_token", next: next, status: .forbidden)
        }
        let name = fields["name"].trimmingWhitespace
        let client = ClientInfo(request: request, context: context, configuration: services.configuration)
        // The check is reserved before bcrypt runs, so concurrent attempts count as much as sequential ones.
        let ticket: LoginThrottle.Ticket
        switch await services.throttle.admit(user: name, address: client.address) {
        case .refused(let wait):
            var response = await loginPage(
                request, context, name: name, error: "kelola_error_throttled", next: next, status: .tooManyRequests)
            response.headers[.retryAfter] = String(wait)
            return response
        case .admitted(let admitted):
            ticket = admitted
        }
        let user: User?
        do {
            user = try await services.users.verifyPassword(name: name, password: fields["password"])
        } catch {
            await services.throttle.settle(ticket, .abandoned)
            return Self.plainFailure(error, context.logger)
        }
        guard let user else {
            await services.throttle.settle(ticket, .failure)
            return await loginPage(request, context, name: name, error: "kelola_error_login", next: next, status: .unauthorized)
        }
        await services.throttle.settle(ticket, .success)
        let session = await services.sessions.create(user: user.name)
        var response = Reply.redirect(to: next)
        response.setCookie(sessionCookie(session.id, client: client, maxAge: services.configuration.sessionMaximumSeconds))
        response.setCookie(
            Cookie(
                name: Self.loginCookie, value: "", maxAge: 0, path: String(SitePaths.management.dropLast()), httpOnly: true,
                sameSite: .strict))
        context.logger.info("signed in", metadata: ["user": .string(user.name), "address": .string(client.address)])
        return response
    }

    /// `POST /kelola/keluar`.
    func logout(_ request: Request, _ context: SiarRequestContext, _ screen: Screen, _ submission: Submission) async throws -> Response {
        await services.sessions.remove(id: screen.signedIn?.session.id)
        let client = ClientInfo(request: request, context: context, configuration: services.configuration)
        var response = Reply.redirect(to: SitePaths.signIn + "?keluar=1")
        response.setCookie(sessionCookie("", client: client, maxAge: 0))
        return response
    }

    /// `HttpOnly; SameSite=Strict; Path=/`, and `Secure` over HTTPS (or with `--secure-cookies`).
    func sessionCookie(_ value: String, client: ClientInfo, maxAge: Int) -> Cookie {
        Cookie(
            name: SessionStore.cookieName, value: value, maxAge: maxAge, path: "/",
            secure: services.configuration.secureCookies || client.isHTTPS, httpOnly: true, sameSite: .strict)
    }

    /// The sign-in page, with a fresh form token (or the one the browser already holds).
    private func loginPage(
        _ request: Request, _ context: SiarRequestContext, name: String, error: String?, notice: String? = nil, next: String,
        status: HTTPResponse.Status
    ) async -> Response {
        let screen: Screen
        switch await Self.screen(services, nil) {
        case .success(let value): screen = value
        case .failure(let problems): return Self.plainFailure(problems, context.logger)
        }
        let existing = request.cookies[Self.loginCookie]?.value ?? ""
        let token = existing.utf8.count == 43 ? existing : SessionStore.randomToken()
        let client = ClientInfo(request: request, context: context, configuration: services.configuration)
        var response = screen.render(
            "kelola/login", title: screen.text.label("kelola_sign_in"),
            values: [
                "login_token": token, "name": name, "next": next, "has_error": error != nil,
                "error": error.map(screen.text.label) ?? "", "has_notice": notice != nil, "notice": notice.map(screen.text.label) ?? "",
            ], status: status)
        response.setCookie(
            Cookie(
                name: Self.loginCookie, value: token, maxAge: 3600, path: String(SitePaths.management.dropLast()),
                secure: services.configuration.secureCookies || client.isHTTPS, httpOnly: true, sameSite: .strict))
        return response
    }

    /// Where to go after signing in: a management page, never another site.
    static func safeNext(_ next: String?) -> String {
        guard let next, next.hasPrefix(SitePaths.management), !next.contains("//"), !next.contains("\\"),
            !next.unicodeScalars.contains(where: { $0.value < 0x20 })
        else { return SitePaths.management }
        return next
    }
}
