import SiarContent

/// The routes of the API, as ``OpenAPIDocument`` describes them.
extension OpenAPIDocument {
    static var operations: [Operation] {
        [
            Operation(
                path: SitePaths.apiDocument, method: "get", id: "openapi", summary: "This document.",
                responses: responses((200, ("The OpenAPI document.", nil))), secured: false),
            Operation(
                path: SitePaths.apiPartners, method: "get", id: "listPartners",
                summary: "The media partners with their contracts and quota lines (a partner user sees only its own).",
                responses: responses((200, ("The partners.", "PartnerList")), unauthorized, conflict)),
            Operation(
                path: SitePaths.apiPlacements, method: "get", id: "listPlacements",
                summary: "The placements without errors, in ledger order (a partner user sees only its own partner's).",
                parameters: [
                    query("partner", "Only this partner's placements."),
                    query("status", "Only placements with this status: `submitted`, `verified` or `rejected`."),
                ],
                responses: responses((200, ("The placements.", "PlacementList")), badRequest, unauthorized, forbidden, notFound)),
            Operation(
                path: SitePaths.apiPlacements, method: "post", id: "addPlacement",
                summary: "Record a placement: it gets a new id, `submitted` today and status `submitted`.",
                body: jsonBody("PlacementDraft"),
                responses: responses(
                    (201, ("The new placement and its id.", "Created")), badRequest, unauthorized, forbidden, conflict, tooLarge,
                    wrongType, invalid)),
            Operation(
                path: SitePaths.apiPlacement("{id}"), method: "get", id: "getPlacement", summary: "One placement.",
                parameters: [idParameter],
                responses: responses((200, ("The placement.", "PlacementWrapper")), unauthorized, notFound)),
            Operation(
                path: SitePaths.apiVerify("{id}"), method: "post", id: "verifyPlacement",
                summary: "Mark a submitted placement verified (managers; never the one who submitted it).",
                parameters: [idParameter],
                responses: responses(
                    (200, ("The placement, verified.", "PlacementWrapper")), unauthorized, forbidden, notFound, conflict, invalid)),
            Operation(
                path: SitePaths.apiReject("{id}"), method: "post", id: "rejectPlacement",
                summary: "Mark a submitted placement rejected, with the reason in `note` (managers only).",
                parameters: [idParameter], body: jsonBody("Rejection"),
                responses: responses(
                    (200, ("The placement, rejected.", "PlacementWrapper")), badRequest, unauthorized, forbidden, notFound, conflict,
                    tooLarge, wrongType, invalid)),
            Operation(
                path: SitePaths.apiEvidence, method: "post", id: "uploadEvidence",
                summary: "Store an evidence file (bukti tayang): the body is the PNG, JPEG or PDF file itself.",
                parameters: [
                    query("partner", "The partner the evidence belongs to (required)."),
                    query("name", "The original file name; its extension must match the content."),
                ],
                body: [
                    "required": true,
                    "content": [
                        "image/png": ["schema": ["type": "string", "contentMediaType": "image/png"]],
                        "image/jpeg": ["schema": ["type": "string", "contentMediaType": "image/jpeg"]],
                        "application/pdf": ["schema": ["type": "string", "contentMediaType": "application/pdf"]],
                    ],
                ],
                responses: responses(
                    (201, ("Where the file was stored; use `evidence` in the placement.", "Evidence")), badRequest, unauthorized,
                    forbidden, notFound, tooLarge, wrongType, (422, ("The file is empty or the partner id is invalid.", "Error")))),
            Operation(
                path: SitePaths.apiCompliance, method: "get", id: "compliance",
                summary: "The compliance report, exactly as `siar compliance --format json` prints it.",
                parameters: [
                    query(
                        "as_of", "The as-of day, `YYYY-MM-DD`; default: today in the site's timezone.",
                        pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"),
                    query("partner", "Only this partner (a partner user always gets only its own)."),
                ],
                responses: responses(
                    (200, ("The report.", "ComplianceReport")), badRequest, unauthorized, forbidden, notFound, conflict)),
            Operation(
                path: SitePaths.apiAudit, method: "get", id: "auditTrail",
                summary: "The audit trail of the ledger: who changed what, when (a partner user sees its own partner's).",
                responses: responses((200, ("The entries, oldest first.", "AuditTrail")), unauthorized)),
        ]
    }
}
