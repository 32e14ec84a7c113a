/// The JSON shapes of the API, as JSON Schema (2020-12, which OpenAPI 3.1 uses).
extension OpenAPIDocument {
    static func ref(_ name: String) -> [String: Any] { ["$ref": "#/components/schemas/\(name)"] }
    static func string(_ description: String? = nil, format: String? = nil) -> [String: Any] {
        var schema: [String: Any] = ["type": "string"]
        if let description { schema["description"] = description }
        if let format { schema["format"] = format }
        return schema
    }
    static func array(_ items: [String: Any]) -> [String: Any] { ["type": "array", "items": items] }
    static func object(_ properties: [String: Any], required: [String] = []) -> [String: Any] {
        var schema: [String: Any] = ["type": "object", "properties": properties]
        if !required.isEmpty { schema["required"] = required }
        return schema
    }

    static let placementColumns = [
        "id", "partner", "contract", "service", "release", "published", "quantity", "url", "evidence", "submitted", "status",
        "reviewed_by", "reviewed_at", "note", "review_note",
    ]

    static var schemas: [String: Any] {
        let integer: [String: Any] = ["type": "integer"]
        let day = string("A day, `YYYY-MM-DD`.", format: "date")
        return [
            "Error": object(["error": string("What is wrong and how to fix it.")], required: ["error"]),
            "Diagnostic": object(
                [
                    "path": string("Relative to the project root; left out for partner users."), "line": integer,
                    "column": integer,
                    "severity": ["type": "string", "enum": ["error", "warning", "note"]], "message": string(),
                    "field": string("The ledger column the diagnostic concerns, when it is about the changed row."),
                ], required: ["severity", "message"]),
            "FieldError": object(
                ["field": string("The field (ledger column) to change, when there is one."), "message": string()],
                required: ["message"]),
            "Diagnostics": object(
                ["diagnostics": array(ref("Diagnostic")), "errors": array(ref("FieldError"))], required: ["diagnostics", "errors"]),
            "PlacementDraft": object(
                [
                    "partner": string("A partner id; a partner user may leave it out."),
                    "contract": string("A contract number; may be left out when one contract covers `published`."),
                    "service": string("A quota line of the contract: `news`, `banner`, …"),
                    "release": string("The slug of the press release it carried."), "published": day,
                    "quantity": ["type": ["integer", "string"], "description": "Default 1 (days for a banner)."],
                    "url": string("Where it appeared.", format: "uri"),
                    "evidence": string("An evidence URL, or the `evidence` value of `POST /api/evidence`."),
                    "note": string("The submitter's remark (at most 2,000 characters)."),
                ], required: ["service", "published"]),
            "Placement": object(
                Dictionary(uniqueKeysWithValues: placementColumns.map { ($0, $0 == "quantity" ? integer : string()) }).merging(
                    ["source": string("Ledger file and line: `Content/placements/2025.csv:12`.")], uniquingKeysWith: { a, _ in a }),
                required: ["id", "partner", "contract", "service", "published", "quantity", "status"]),
            "PlacementWrapper": object(["placement": ref("Placement")], required: ["placement"]),
            "PlacementList": object(["placements": array(ref("Placement"))], required: ["placements"]),
            "Created": object(["id": string(), "placement": ref("Placement")], required: ["id", "placement"]),
            "Rejection": object(
                ["note": string("The reason of the rejection (required, at most 2,000 characters); stored in `review_note`.")],
                required: ["note"]),
            "Evidence": object(
                [
                    "evidence": string("The value for a placement's `evidence`."), "path": string("The project path."),
                    "type": ["type": "string", "enum": ["png", "jpeg", "pdf"]], "size": integer,
                ], required: ["evidence", "path", "type", "size"]),
            "Partner": object(
                [
                    "id": string(), "name": string(), "company": string(), "legal_form": string(), "media_type": string(),
                    "press_council": string(), "website": string(),
                    "contracts": array(
                        object([
                            "number": string(), "signed": day, "start": day, "end": day, "value": integer,
                            "lines": array(
                                object([
                                    "service": string(), "unit": string(), "target": integer, "unit_price": integer,
                                    "evidence_days": integer,
                                ])),
                        ])),
                ], required: ["id", "name", "contracts"]),
            "PartnerList": object(["partners": array(ref("Partner"))], required: ["partners"]),
            "AuditTrail": object(
                [
                    "entries": array(
                        object([
                            "time": string(format: "date-time"), "user": string(),
                            "action": ["type": "string", "enum": ["add", "verify", "reject"]], "placement": string(),
                            "fields": array(object(["key": string(), "value": string()])),
                        ]))
                ], required: ["entries"]),
            "ComplianceReport": object(
                [
                    "as_of": day,
                    "partners": array(
                        object([
                            "id": string(), "name": string(),
                            "contracts": array(
                                object([
                                    "number": string(), "value": integer, "earned": integer,
                                    "lines": array(
                                        object([
                                            "service": string(), "unit": string(), "target": integer, "counted": integer,
                                            "pending": integer, "earned": integer, "status": string(),
                                        ])),
                                ])),
                            "findings": array(object(["code": string(), "placement": string(), "message": string()])),
                        ])),
                ], required: ["as_of", "partners"]),
        ]
    }
}
