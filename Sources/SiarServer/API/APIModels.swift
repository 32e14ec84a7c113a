import SiarContent

/// The JSON shapes of the API; the keys of a placement are the ledger's columns (docs/CONTENT.md#the-placements-ledger).
enum APIModels {
    struct PlacementJSON: Encodable, Sendable {
        let id, partner, contract, service: String
        let release: String?
        let published: String
        let quantity: Int
        let url, evidence, submitted: String?
        let status: String
        let reviewedBy, reviewedAt, note, reviewNote: String?
        /// The project path of the ledger file and the line of the row.
        let source: String

        init(_ placement: Placement) {
            (id, partner, contract, service) = (placement.id, placement.partner, placement.contract, placement.service.rawValue)
            release = placement.release
            published = placement.published.description
            quantity = placement.quantity
            (url, evidence, submitted) = (placement.url, placement.evidence, placement.submitted?.description)
            status = placement.status.rawValue
            (reviewedBy, reviewedAt, note) = (placement.reviewedBy, placement.reviewedAt?.description, placement.note)
            reviewNote = placement.reviewNote
            source = placement.location.description
        }

        enum CodingKeys: String, CodingKey {
            case id, partner, contract, service, release, published, quantity, url, evidence, submitted, status, note, source
            case reviewedBy = "reviewed_by"
            case reviewedAt = "reviewed_at"
            case reviewNote = "review_note"
        }
    }

    struct PartnerJSON: Encodable, Sendable {
        struct ContractJSON: Encodable, Sendable {
            let number, signed, start, end: String
            let value: Int
            let lines: [LineJSON]
        }

        struct LineJSON: Encodable, Sendable {
            let service, unit: String
            let target, unitPrice, evidenceDays: Int

            enum CodingKeys: String, CodingKey {
                case service, unit, target
                case unitPrice = "unit_price"
                case evidenceDays = "evidence_days"
            }
        }

        let id, name, company, legalForm, mediaType, pressCouncil: String
        let website: String?
        let contracts: [ContractJSON]

        init(_ partner: Partner) {
            (id, name, company, website) = (partner.id, partner.name, partner.company, partner.website)
            (legalForm, mediaType, pressCouncil) = (partner.legalForm.rawValue, partner.mediaType.rawValue, partner.pressCouncil.rawValue)
            contracts = partner.contracts.map { contract in
                ContractJSON(
                    number: contract.number, signed: contract.signed.description, start: contract.start.description,
                    end: contract.end.description, value: contract.value,
                    lines: contract.lines.map {
                        LineJSON(
                            service: $0.service.rawValue, unit: $0.unit.rawValue, target: $0.target, unitPrice: $0.unitPrice,
                            evidenceDays: $0.evidenceDays)
                    })
            }
        }

        enum CodingKeys: String, CodingKey {
            case id, name, company, website, contracts
            case legalForm = "legal_form"
            case mediaType = "media_type"
            case pressCouncil = "press_council"
        }
    }

    /// `{"id": …, "placement": {…}}`: the answer to a new placement.
    struct Created: Encodable, Sendable {
        let id: String
        let placement: PlacementJSON
    }

    struct EvidenceJSON: Encodable, Sendable {
        /// The value for the `evidence` of a placement.
        let evidence: String
        let path: String
        let type: String
        let size: Int
    }

    struct ReviewBody: Decodable, Sendable {
        let note: String?
    }

    /// `{"diagnostics": [{path, line, column, severity, message, field?}], "errors": [{field, message}]}`;
    /// without `path`, `line` and `column` for partner users.
    struct Diagnostics: Encodable, Sendable {
        let problems: [ValidationFailure.Problem]
        let showsPaths: Bool

        init(_ problems: [ValidationFailure.Problem], showsPaths: Bool = true) {
            self.problems = problems
            self.showsPaths = showsPaths
        }

        /// One problem as a partner may see it.
        struct FieldError: Encodable, Sendable {
            let field: String?
            let severity: String?
            let message: String
        }

        func encode(to encoder: any Encoder) throws {
            var values = encoder.container(keyedBy: Key.self)
            let errors = problems.map { problem in
                FieldError(field: problem.field, severity: nil, message: ValidationFailure.publicMessage(of: problem))
            }
            if showsPaths {
                try values.encode(problems, forKey: .diagnostics)
            } else {
                let plain = problems.map { problem in
                    FieldError(
                        field: problem.field, severity: problem.diagnostic.severity.rawValue,
                        message: ValidationFailure.publicMessage(of: problem))
                }
                try values.encode(plain, forKey: .diagnostics)
            }
            try values.encode(errors, forKey: .errors)
        }

        private enum Key: String, CodingKey {
            case diagnostics, errors
        }
    }
}
