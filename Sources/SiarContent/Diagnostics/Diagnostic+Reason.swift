extension Diagnostic {
    /// What went wrong. Every message of Siar is worded here, in one `switch`.
    ///
    /// Messages are lowercase, quote user values in single quotes and say how to fix the problem (docs/CONTENT.md#diagnostics).
    public enum Reason: Sendable, Hashable {
        // Files and text
        case unreadableFile(String)
        case invalidUTF8(byteOffset: Int)
        case missingSiteConfig
        // Front matter and YAML
        case missingFrontMatter
        case unclosedFrontMatter
        case yamlSyntax(String)
        case expectedMapping(String)
        case missingKey(String)
        case unknownKey(String, suggestion: String?)
        case duplicateKey(String)
        case wrongType(key: String, expected: String)
        case emptyValue(String)
        case invalidDate(key: String, value: String)
        case impossibleDate(key: String, value: String)
        case invalidEnum(key: String, value: String, allowed: [String], suggestion: String?)
        case invalidNumber(key: String, value: String, expected: String)
        case invalidURL(key: String, value: String)
        case invalidTimezone(String)
        case listWrittenAsText(key: String, value: String)
        // Releases
        case releaseFileName(String)
        case fileDateMismatch(fileDate: String, date: String)
        case invalidSlug(String)
        case duplicateSlug(String, firstPath: String)
        case unknownRegion(String, suggestion: String?)
        case duplicateRegion(String)
        case missingImage(String)
        case imageNotAPicture(String)
        case expiresBeforeDate(expires: String, date: String)
        case emptyBody
        case brokenReleaseLink(String)
        case unsafeLink(String)
        // Partners, contracts and the ledger
        case invalidPartnerID(fileName: String)
        case duplicatePartnerID(String, firstPath: String)
        case endBeforeStart(start: String, end: String)
        case overlappingContracts(String, other: String)
        case linesExceedValue(total: Int, value: Int)
        case duplicateServiceLine(String)
        case duplicateContractNumber(String, firstPath: String)
        case ledgerFileName(String)
        case ledgerHeaderColumn(found: String, expected: String)
        case ledgerHeaderLength(found: Int)
        case wrongColumnCount(found: Int, expected: Int)
        case malformedQuote
        case emptyColumn(String)
        case invalidDay(key: String, value: String)
        case duplicatePlacementID(String, first: String)
        case placementWrongYear(published: String, expectedPath: String)
        case unknownPartner(String, suggestion: String?)
        case unknownContract(String, partner: String, suggestion: String?)
        case serviceNotInContract(String, contract: String)
        case noCoveringContract(partner: String, day: String)
        case ambiguousContract(partner: String, day: String, contracts: [String])
        case unknownRelease(String, suggestion: String?)
        case invalidEvidence(String, partner: String)
        case evidenceOfOtherPartner(String, owner: String, partner: String)
        case missingEvidenceFile(String)
        case evidenceFileType(String)
        case missingSubmitted
        case submittedBeforePublished(submitted: String, published: String)
        case rejectedWithoutNote
        // Templates
        case missingTemplate(String)
        case templateSyntax(String)
        case missingLabel(key: String, language: String)
        case termCollision(taxonomy: String, slug: String, first: String, second: String)
        // Output
        case outputFailed(String)

        /// The severity this reason has unless a rule says otherwise.
        public var severity: Severity {
            switch self {
            case .unknownKey, .fileDateMismatch, .emptyBody, .unsafeLink: .warning
            case .unknownRelease, .rejectedWithoutNote: .warning
            default: .error
            }
        }

        /// The user-facing sentence.
        public var message: String {
            switch self {
            case .unreadableFile(let why):
                "cannot read the file: \(why)"
            case .invalidUTF8(let offset):
                "the file is not valid UTF-8 (first bad byte at offset \(offset)); save it as UTF-8"
            case .missingSiteConfig:
                "missing 'Content/site.yml'; create it with at least 'title' and 'base_url' (see README)"
            case .missingFrontMatter:
                "a release must start with a '---' line that opens its front matter"
            case .unclosedFrontMatter:
                "the front matter opened here is never closed; add a line '---' after the last key"
            case .yamlSyntax(let problem):
                "YAML syntax error: \(problem)"
            case .expectedMapping(let what):
                "\(what) must be a mapping of 'key: value' lines"
            case .missingKey(let key):
                "missing required key '\(key)'; add '\(key): …'"
            case .unknownKey(let key, let suggestion):
                "unknown key '\(key)'" + Self.hint(suggestion, otherwise: "; remove it or check the spelling")
            case .duplicateKey(let key):
                "key '\(key)' appears more than once; keep one"
            case .wrongType(let key, let expected):
                "'\(key)' must be \(expected)"
            case .emptyValue(let key):
                "'\(key)' is empty; give it a value or remove the key"
            case .invalidDate(let key, let value):
                "'\(key)' has an invalid date '\(value)'; write YYYY-MM-DD or YYYY-MM-DDTHH:MM:SS+08:00"
            case .impossibleDate(let key, let value):
                "'\(key)' names a day that does not exist: '\(value)'"
            case .invalidEnum(let key, let value, let allowed, let suggestion):
                "'\(key)' has an unknown value '\(value)'"
                    + Self.hint(suggestion, otherwise: "; use one of " + allowed.map { "'\($0)'" }.joined(separator: ", "))
            case .invalidNumber(let key, let value, let expected):
                "'\(key)' must be \(expected), not '\(value)'"
            case .invalidURL(let key, let value):
                "'\(key)' is not an absolute http(s) URL: '\(value)'"
            case .listWrittenAsText(let key, let value):
                "'\(key)' is one text '\(value)', not a list; write it as a list: '\(key): \(Self.listForm(value))'"
            case .invalidTimezone(let value):
                "invalid timezone '\(value)'; write an offset such as '+08:00'"
            case .releaseFileName(let name):
                "release file name '\(name)' must look like 'YYYY-MM-DD-slug.md'"
            case .fileDateMismatch(let fileDate, let date):
                "the file name says '\(fileDate)' but 'date' is '\(date)'; rename the file or fix the date"
            case .invalidSlug(let slug):
                "invalid slug '\(slug)'; use only lowercase letters, digits and '-'"
            case .duplicateSlug(let slug, let firstPath):
                "slug '\(slug)' is already used by '\(firstPath)'; give one of them another 'slug'"
            case .unknownRegion(let id, let suggestion):
                "unknown region '\(id)'" + Self.hint(suggestion, otherwise: "; add it to 'regions' in Content/site.yml")
            case .duplicateRegion(let id):
                "region '\(id)' is listed twice; keep one"
            case .imageNotAPicture(let path):
                "image '\(path)' is not a picture file; name a .png, .jpg, .gif, .webp, .svg or .avif file, e.g. under Content/images/"
            case .missingImage(let path):
                "image '\(path)' does not exist under Content/; add the file or fix the path"
            case .expiresBeforeDate(let expires, let date):
                "'expires' ('\(expires)') is before 'date' ('\(date)'); the release would never be shown"
            case .emptyBody:
                "the release has no body text"
            case .brokenReleaseLink(let target):
                "link to '\(target)', which is not a release file; fix the path or remove the link"
            case .unsafeLink(let url):
                "link '\(url)' is not allowed and was removed; use an http(s) link"
            case .invalidPartnerID(let fileName):
                "partner file name '\(fileName)' must be an id of lowercase letters, digits and '-', such as 'kabar-rinjani.yml'"
            case .duplicatePartnerID(let id, let firstPath):
                "partner id '\(id)' is already used by '\(firstPath)'; rename one of the files"
            case .endBeforeStart(let start, let end):
                "'end' ('\(end)') is before 'start' ('\(start)'); fix one of the dates"
            case .overlappingContracts(let number, let other):
                "contract '\(number)' overlaps contract '\(other)' of the same partner; make the periods not overlap"
            case .linesExceedValue(let total, let value):
                "the lines add up to '\(total)' (target × unit_price) but 'value' is '\(value)'; raise 'value' or lower a target or price"
            case .duplicateServiceLine(let service):
                "the contract has two lines for service '\(service)'; merge them into one"
            case .duplicateContractNumber(let number, let firstPath):
                "contract number '\(number)' is already used in '\(firstPath)'; give each contract its own number"
            case .ledgerFileName(let name):
                "ledger file name '\(name)' must be a year, such as '2024.csv'"
            case .ledgerHeaderColumn(let found, let expected):
                "header column '\(found)' should be '\(expected)'; the first row must be exactly '\(LedgerParser.header)'"
            case .ledgerHeaderLength(let found):
                "the header has \(found) columns but must have \(LedgerParser.columns.count): '\(LedgerParser.header)'"
            case .wrongColumnCount(let found, let expected):
                "the row has \(found) columns but the ledger has \(expected); quote values that contain ',' and remove extra columns"
            case .malformedQuote:
                "the quoted value that starts here is not closed properly; end it with '\"' before the next ',' or line end, and write a '\"' inside it as '\"\"'"
            case .emptyColumn(let column):
                "column '\(column)' is empty; every placement needs one"
            case .invalidDay(let key, let value):
                "'\(key)' has an invalid date '\(value)'; write YYYY-MM-DD"
            case .duplicatePlacementID(let id, let first):
                "placement id '\(id)' is already used at '\(first)'; give this row a new id"
            case .placementWrongYear(let published, let expectedPath):
                "a placement published on '\(published)' belongs in '\(expectedPath)'; move the row there"
            case .unknownPartner(let id, let suggestion):
                "unknown partner '\(id)'" + Self.hint(suggestion, otherwise: "; add 'Content/partners/\(id).yml' or fix the id")
            case .unknownContract(let number, let partner, let suggestion):
                "partner '\(partner)' has no contract '\(number)'"
                    + Self.hint(suggestion, otherwise: "; use a contract number from 'Content/partners/\(partner).yml'")
            case .serviceNotInContract(let service, let contract):
                "contract '\(contract)' has no line for service '\(service)'; add the line to the contract or fix the service"
            case .noCoveringContract(let partner, let day):
                "no contract of partner '\(partner)' covers '\(day)'; fill in 'contract' or fix 'published'"
            case .ambiguousContract(let partner, let day, let contracts):
                "several contracts of partner '\(partner)' cover '\(day)' ("
                    + contracts.map { "'\($0)'" }.joined(separator: ", ") + "); fill in 'contract'"
            case .unknownRelease(let slug, let suggestion):
                "unknown release '\(slug)'"
                    + Self.hint(suggestion, otherwise: "; use the slug of a release under Content/releases/ or leave 'release' empty")
            case .invalidEvidence(let value, let partner):
                "'evidence' must be an https:// URL or a file of this partner such as 'evidence/\(partner)/p-1.png'"
                    + " (PNG, JPEG, PDF or WebP), not '\(value)'"
            case .evidenceOfOtherPartner(let value, let owner, let partner):
                "evidence '\(value)' is in the folder of partner '\(owner)'; a row of partner '\(partner)' may only name files under 'evidence/\(partner)/'"
            case .missingEvidenceFile(let value):
                "evidence file 'Content/\(value)' does not exist; add the file or fix the path"
            case .evidenceFileType(let value):
                "evidence file '\(value)' is not a PNG, JPEG, PDF or WebP file with a matching extension; save it in one of those formats"
            case .missingSubmitted:
                "'submitted' is empty but 'evidence' is given; write the day the evidence arrived"
            case .submittedBeforePublished(let submitted, let published):
                "'submitted' ('\(submitted)') is before 'published' ('\(published)'); evidence cannot arrive before the placement appeared"
            case .rejectedWithoutNote:
                "the placement is rejected without a reason; write the reason of the rejection in 'review_note' ('note' in a file without that column)"
            case .missingTemplate(let name):
                "missing template '\(name).mustache'; restore it from the default theme"
            case .templateSyntax(let problem):
                "template syntax error: \(problem)"
            case .missingLabel(let key, let language):
                "missing label '\(key)' for language '\(language)'; add it to Templates/i18n/\(language).yml"
            case .termCollision(let taxonomy, let slug, let first, let second):
                "\(taxonomy) '\(first)' and '\(second)' both become '\(slug)' in a URL; spell them the same or rename one"
            case .outputFailed(let why):
                "cannot write the output: \(why)"
            }
        }

        /// `SPBE, Srikandi, SP4N Lapor` → `[SPBE, Srikandi, "SP4N Lapor"]`: items with spaces or YAML
        /// punctuation are quoted.
        static func listForm(_ text: String) -> String {
            // An item the writer already quoted ("SP4N Lapor") is shown with its quotes once, not escaped.
            let items = text.split(separator: ",").map { unquoted($0.trimmingWhitespace) }.filter { !$0.isEmpty }
            let plain = items.map { item in
                let needsQuotes = item.contains { " :#[]{}\"'&*!|>%@`".contains($0) }
                return needsQuotes ? "\"" + item.map { $0 == "\"" ? "\\\"" : String($0) }.joined() + "\"" : item
            }
            return "[" + plain.joined(separator: ", ") + "]"
        }

        /// `"x"` or `'x'` → `x`; anything else as it is.
        private static func unquoted(_ item: String) -> String {
            guard item.count >= 2, let first = item.first, first == "\"" || first == "'", item.last == first else { return item }
            return String(item.dropFirst().dropLast())
        }

        private static func hint(_ suggestion: String?, otherwise: String) -> String {
            guard let suggestion else { return otherwise }
            return "; did you mean '\(suggestion)'?"
        }
    }
}
