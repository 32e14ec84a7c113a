extension Diagnostic {
    /// What went wrong. Every message of Siar is worded here, in one `switch`.
    ///
    /// Messages are lowercase, quote user values in single quotes and say how to fix the problem (DESIGN §6).
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
        // Releases
        case releaseFileName(String)
        case fileDateMismatch(fileDate: String, date: String)
        case invalidSlug(String)
        case duplicateSlug(String, firstPath: String)
        case unknownRegion(String, suggestion: String?)
        case duplicateRegion(String)
        case missingImage(String)
        case expiresBeforeDate(expires: String, date: String)
        case emptyBody
        case brokenReleaseLink(String)
        case unsafeLink(String)
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

        private static func hint(_ suggestion: String?, otherwise: String) -> String {
            guard let suggestion else { return otherwise }
            return "; did you mean '\(suggestion)'?"
        }
    }
}
