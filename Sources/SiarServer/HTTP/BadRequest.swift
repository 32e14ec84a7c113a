/// A malformed request: a bad query value, or a body that is not what the route takes (400).
struct BadRequest: ServiceError {
    let message: String

    var status: Int { 400 }
}
