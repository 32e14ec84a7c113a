import Foundation

/// The OpenAPI 3.1 description of the JSON API, served at `/api/openapi.json`.
///
/// Built here rather than kept as a resource file, so the `siar` binary carries it wherever it is copied;
/// a test checks that it lists exactly the routes registered under `/api/` with their methods.
enum OpenAPIDocument {
    /// One route and method.
    struct Operation {
        let path: String
        let method: String
        let id: String
        let summary: String
        var parameters: [[String: Any]] = []
        var body: [String: Any]?
        /// Status code → description and the schema of the body (nil: no body described).
        let responses: [Int: (String, String?)]
        var secured = true
    }

    /// Pretty-printed with sorted keys.
    static let json: [UInt8] = {
        let data =
            (try? JSONSerialization.data(withJSONObject: document, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]))
            ?? Data()
        return Array(data) + [UInt8(ascii: "\n")]
    }()

    static var document: [String: Any] {
        var paths: [String: [String: Any]] = [:]
        for operation in operations {
            paths[operation.path, default: [:]][operation.method] = object(operation)
        }
        return [
            "openapi": "3.1.0",
            "info": [
                "title": "Siar management API", "version": "1",
                "description": """
                Placements (penayangan) of the media partners, their review, evidence uploads and the compliance \
                report. Send `Authorization: Bearer <token>` with the token `siar user add` printed. Errors are \
                `{"error": "…"}`; a change that would add errors to the content is refused with 422 and the \
                diagnostics `siar check` would print.
                """,
            ],
            "servers": [["url": "/"]],
            "security": [["bearerAuth": [String]()]],
            "paths": paths,
            "components": ["securitySchemes": ["bearerAuth": ["type": "http", "scheme": "bearer"]], "schemas": schemas],
        ]
    }

    private static func object(_ operation: Operation) -> [String: Any] {
        var object: [String: Any] = ["operationId": operation.id, "summary": operation.summary]
        if !operation.parameters.isEmpty { object["parameters"] = operation.parameters }
        if let body = operation.body { object["requestBody"] = body }
        if !operation.secured { object["security"] = [[String: Any]]() }
        var responses: [String: Any] = [:]
        for (code, (description, schema)) in operation.responses {
            var response: [String: Any] = ["description": description]
            if let schema {
                response["content"] = ["application/json": ["schema": ["$ref": "#/components/schemas/\(schema)"]]]
            }
            responses[String(code)] = response
        }
        object["responses"] = responses
        return object
    }

    // MARK: Building blocks

    static func query(_ name: String, _ description: String, pattern: String? = nil) -> [String: Any] {
        var schema: [String: Any] = ["type": "string"]
        if let pattern { schema["pattern"] = pattern }
        return ["name": name, "in": "query", "required": false, "description": description, "schema": schema]
    }

    static var idParameter: [String: Any] {
        [
            "name": "id", "in": "path", "required": true, "description": "The placement id, e.g. `P25-0143`.",
            "schema": ["type": "string"],
        ]
    }

    static func jsonBody(_ schema: String, required: Bool = true) -> [String: Any] {
        ["required": required, "content": ["application/json": ["schema": ["$ref": "#/components/schemas/\(schema)"]]]]
    }

    static let unauthorized = (401, ("No token, or a token of no user.", Optional("Error")))
    static let forbidden = (403, ("The user's role does not allow this.", Optional("Error")))
    static let notFound = (404, ("No such placement or partner.", Optional("Error")))
    static let conflict = (409, ("The placement is not `submitted`, or the content has errors to fix first.", Optional("Error")))
    static let tooLarge = (413, ("The body is larger than the limit (64 KiB for JSON, the evidence limit for files).", Optional("Error")))
    static let wrongType = (415, ("The body's media type is not one this route takes.", Optional("Error")))
    static let invalid = (422, ("The change would add errors to the content: the diagnostics.", Optional("Diagnostics")))
    static let badRequest = (400, ("A query value or the body is malformed.", Optional("Error")))

    static func responses(_ entries: (Int, (String, String?))...) -> [Int: (String, String?)] {
        Dictionary(entries, uniquingKeysWith: { first, _ in first })
    }
}
