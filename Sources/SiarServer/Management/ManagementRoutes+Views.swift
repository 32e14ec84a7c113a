import Hummingbird
import SiarContent

/// View models shared by the pages: a placement as a table row, and the placement form.
extension ManagementRoutes {
    /// Every key a row template reads, always present (Mustache would otherwise look further out).
    func placementRow(_ placement: Placement, text: ManagementText) -> [String: Any] {
        let evidence = placement.evidence ?? ""
        let evidenceURL =
            URLCheck.isAbsoluteHTTP(evidence) ? evidence : evidence.isEmpty ? "" : SitePaths.evidenceDownload(evidence)
        return [
            "id": placement.id, "url": SitePaths.placementPage(placement.id), "partner": placement.partner,
            "partner_url": SitePaths.partnerPage(placement.partner), "contract": placement.contract,
            "service": text.service(placement.service), "release": placement.release ?? "", "has_release": placement.release != nil,
            "published": placement.published.description, "published_label": text.day(placement.published),
            "quantity": text.number(placement.quantity), "status": text.status(placement.status),
            "status_class": placement.status.rawValue, "is_submitted": placement.status == .submitted,
            "link": placement.url ?? "", "has_link": placement.url != nil, "evidence": evidence, "evidence_url": evidenceURL,
            "has_evidence": !evidence.isEmpty, "submitted": placement.submitted?.description ?? "",
            "reviewed_by": placement.reviewedBy ?? "", "reviewed_at": placement.reviewedAt?.description ?? "",
            "has_review": placement.reviewedBy != nil, "note": placement.note ?? "", "has_note": !(placement.note ?? "").isEmpty,
            "review_note": placement.reviewNote ?? "", "has_review_note": !(placement.reviewNote ?? "").isEmpty,
            "source": placement.location.description, "may_review": false, "own_submission": false, "submitter": "",
        ]
    }

    /// The placement form with `fields` filled in and the problems beside their fields.
    func formPage(
        _ screen: Screen, fields: FormFields, errors: [String: [String]], general: [String], status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        guard let user = screen.user else { throw AccessError.unauthenticated }
        // A broken file elsewhere must not stop a partner from recording: the form offers what did load.
        let loaded = await services.content.current()
        guard let content = loaded.parsed else { throw ContentErrors(diagnostics: loaded.diagnostics.filter { $0.severity == .error }) }
        let text = screen.text
        let now = await services.now()
        // Partners and viewers see only the releases the public can read now, never drafts or embargoed titles.
        let mayPreview = [User.Role.manager, .writer].contains(user.role)
        let offered = content.releases.filter { mayPreview || $0.visibility(asOf: now) == .published }
        let partners = content.partners.filter { user.mayAdd(partner: $0.id) }.sorted { $0.name < $1.name }
        var form: [String: Any] = [:]
        for name in Self.formFields + ["evidence_url"] {
            let messages = errors[name] ?? []
            form[name] = ["value": fields[name], "has_error": !messages.isEmpty, "errors": messages]
        }
        let releases = offered.map { release -> [String: Any] in
            [
                "value": release.slug, "label": release.date.localDay.description + " — " + release.title,
                "selected": release.slug == fields["release"],
            ]
        }
        let values: [String: Any] = [
            "f": form, "has_general": !general.isEmpty, "general": general, "has_errors": !errors.isEmpty || !general.isEmpty,
            "partner_fixed": user.role == .partner,
            "partners": partners.map { ["value": $0.id, "label": $0.name, "selected": $0.id == fields["partner"]] as [String: Any] },
            "contract_groups": partners.map { partner -> [String: Any] in
                [
                    "label": partner.name,
                    "contracts": partner.contracts.map { contract -> [String: Any] in
                        [
                            "value": contract.number, "selected": contract.number == fields["contract"],
                            "label": contract.number + " (" + text.day(contract.start) + " – " + text.day(contract.end) + ")",
                        ]
                    },
                ]
            },
            "services": QuotaLine.Service.allCases.map { service -> [String: Any] in
                ["value": service.rawValue, "label": text.service(service), "selected": service.rawValue == fields["service"]]
            },
            "releases": releases,
            "evidence_limit": text.number(services.configuration.evidenceLimit / (1024 * 1024)),
        ]
        return screen.render(
            "kelola/placement-form", title: text.label("kelola_nav_record"), section: SitePaths.newPlacement, values: values,
            status: status)
    }
}
