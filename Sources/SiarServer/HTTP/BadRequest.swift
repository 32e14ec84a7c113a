/// A malformed request: a bad query value, or a body that is not what the route takes (400).
struct BadRequest: Error, Sendable {
    let message: String
}
