/// A media partner (mitra media): the press company, its Dewan Pers status and its contracts.
///
/// Loaded from `Content/partners/<id>.yml`; the id is the file name without `.yml`.
public struct Partner: Sendable, Hashable {
    /// The legal form of the press company; a CV cannot be a press company.
    public enum LegalForm: String, Sendable, Hashable, CaseIterable, Codable {
        case pt = "PT"
        case yayasan = "Yayasan"
        case koperasi = "Koperasi"
    }

    /// Where the partner publishes; decides the default evidence deadline of its quota lines.
    public enum MediaType: String, Sendable, Hashable, CaseIterable, Codable {
        case printDaily = "print-daily"
        case printWeekly = "print-weekly"
        case printMonthly = "print-monthly"
        case online
        case tv
        case radio
        case social

        /// Days after publication within which the evidence (bukti tayang) must arrive, unless a line says
        /// otherwise.
        ///
        /// Daily print and online 2, weekly print, TV and radio 7, monthly print 10 (the Sijamed deadlines).
        /// Social media has no published rule; it is treated like online media (2 days), because a post is
        /// as easy to capture as a web page.
        public var defaultEvidenceDays: Int {
            switch self {
            case .online, .printDaily, .social: 2
            case .printWeekly, .tv, .radio: 7
            case .printMonthly: 10
            }
        }
    }

    /// The Dewan Pers verification of the press company.
    public enum PressCouncil: String, Sendable, Hashable, CaseIterable, Codable {
        /// Not verified by Dewan Pers (written `none`).
        case notVerified = "none"
        case administrative
        case factual
    }

    /// The file name without `.yml`; `[a-z0-9-]+`.
    public var id: String
    /// The media name, e.g. "Kabar Rinjani".
    public var name: String
    /// The press company, e.g. "PT Kabar Rinjani Media".
    public var company: String
    public var legalForm: LegalForm
    public var mediaType: MediaType
    public var pressCouncil: PressCouncil
    /// An absolute http(s) URL, when the partner has a website.
    public var website: String?
    /// In file order.
    public var contracts: [Contract]
    /// The source file, relative to the project root.
    public var path: String

    public init(
        id: String, name: String, company: String, legalForm: LegalForm, mediaType: MediaType,
        pressCouncil: PressCouncil, website: String? = nil, contracts: [Contract] = [], path: String? = nil
    ) {
        self.id = id
        self.name = name
        self.company = company
        self.legalForm = legalForm
        self.mediaType = mediaType
        self.pressCouncil = pressCouncil
        self.website = website
        self.contracts = contracts
        self.path = path ?? SitePaths.partnerFile(id)
    }

    /// The contract with `number`, if the partner has it.
    public func contract(_ number: String) -> Contract? { contracts.first { $0.number == number } }

    /// The contracts whose period contains `day`.
    public func contracts(covering day: CalendarDay) -> [Contract] { contracts.filter { $0.covers(day) } }
}
