import SiarContent

extension Finding.Code {
    /// A short Indonesian label for tables and page headings.
    public var label: String {
        switch self {
        case .outOfPeriod: "Di luar masa kontrak"
        case .pending: "Menunggu verifikasi"
        case .rejected: "Ditolak"
        case .missingEvidence: "Bukti tayang tidak ada"
        case .lateEvidence: "Bukti tayang terlambat"
        case .duplicate: "Tayangan ganda"
        case .unknownRelease: "Siaran pers tidak dikenal"
        case .beforeRelease: "Tayang sebelum siaran pers terbit"
        case .overTarget: "Melebihi target"
        case .notVerifiedMedia: "Media belum terverifikasi Dewan Pers"
        }
    }
}

extension Finding.Reason {
    /// The code of the rule that produced the finding.
    public var code: Finding.Code {
        switch self {
        case .outOfPeriod: .outOfPeriod
        case .pending: .pending
        case .rejected: .rejected
        case .missingEvidence: .missingEvidence
        case .lateEvidence: .lateEvidence
        case .duplicate: .duplicate
        case .unknownRelease: .unknownRelease
        case .beforeRelease: .beforeRelease
        case .overTarget: .overTarget
        case .notVerifiedMedia: .notVerifiedMedia
        }
    }

    /// The public sentence, in plain Indonesian. Every finding message of Siar is worded here.
    public var message: String {
        switch self {
        case .outOfPeriod(let start, let end):
            "Tayang di luar masa kontrak (\(IndonesianText.date(start)) s.d. \(IndonesianText.date(end))), sehingga tidak dihitung."
        case .pending:
            "Masih menunggu verifikasi petugas; belum dihitung."
        case .rejected(let note):
            "Ditolak oleh verifikator" + (note.map { ": \($0)" } ?? "") + "."
        case .missingEvidence:
            "Bukti tayang belum diserahkan, sehingga tidak dihitung."
        case .lateEvidence(let submitted, let deadline):
            "Bukti tayang diserahkan \(IndonesianText.date(submitted)), melewati batas \(IndonesianText.date(deadline)); tidak dihitung."
        case .duplicate(let first):
            "Tayangan yang sama sudah dicatat sebagai \(first); hanya dihitung sekali."
        case .unknownRelease(let slug):
            "Siaran pers '\(slug)' tidak ditemukan, sehingga tidak dihitung."
        case .beforeRelease(let slug, let released):
            "Tayang sebelum siaran pers '\(slug)' terbit pada \(IndonesianText.date(released)); tidak dihitung."
        case .overTarget(let target, let excess):
            "Melebihi target \(IndonesianText.number(target)); kelebihan \(IndonesianText.number(excess)) tidak dibayar."
        case .notVerifiedMedia:
            "Media belum terverifikasi Dewan Pers pada saat tayang."
        }
    }
}
