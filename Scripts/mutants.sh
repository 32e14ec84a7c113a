#!/usr/bin/env bash
# Plants one mutation at a time in Sources/ and checks that the tests notice it.
#
#   bash Scripts/mutants.sh            run every mutant (slow: one incremental build per mutant)
#   bash Scripts/mutants.sh NAME...    run the mutants whose names contain one of NAME
#   bash Scripts/mutants.sh --check    only check that every snippet is still found exactly once
#   bash Scripts/mutants.sh --list     print the mutants
#
# A mutant is a file, an exact original snippet (found exactly once), its replacement, and the test
# filter (`swift test --filter`) that must fail when the mutant is in place. For each one the script
# writes the mutant, runs `swift build --build-tests` and `swift test --skip-build --filter FILTER`, and
# puts the file back; it prints `killed` (a test failed), `SURVIVED` (every test passed) or `NO-BUILD`
# (the mutant does not compile: fix the mutation) and, at the end, the kill rate. The original file is
# kept under .build/mutants/ while a mutant is in place and is restored on any exit; a run stopped by
# SIGKILL is repaired by the next run before it starts. Exit status: 0 when every mutant was killed.
set -uo pipefail
cd "$(dirname "$0")/.."

NAMES=()
ORIGINALS=()
REPLACEMENTS=()
FILES=()
FILTERS=()

# mutant NAME FILE ORIGINAL REPLACEMENT FILTER
mutant() {
    NAMES+=("$1")
    FILES+=("$2")
    ORIGINALS+=("$3")
    REPLACEMENTS+=("$4")
    FILTERS+=("$5")
}

# MARK: - Compliance rules (SiarCompliance)
mutant pace-fulfilled Sources/SiarCompliance/Pace.swift \
    'if counted >= target { return .fulfilled }' \
    'if counted > target { return .fulfilled }' \
    SiarComplianceTests
mutant pace-behind-band Sources/SiarCompliance/Pace.swift \
    'if achieved < elapsed - band { return .behind }' \
    'if achieved < elapsed + band { return .behind }' \
    SiarComplianceTests
mutant quota-counts-future-placements Sources/SiarCompliance/QuotaCounter.swift \
    'placements.filter { $0.published <= asOf }' \
    'placements.filter { $0.published < asOf }' \
    SiarComplianceTests
mutant quota-late-evidence-on-deadline Sources/SiarCompliance/QuotaCounter.swift \
    'if submitted > deadline { return .lateEvidence' \
    'if submitted >= deadline { return .lateEvidence' \
    SiarComplianceTests
mutant quota-before-release-same-day Sources/SiarCompliance/QuotaCounter.swift \
    'placement.published < released ? .beforeRelease' \
    'placement.published <= released ? .beforeRelease' \
    SiarComplianceTests
mutant quota-www-is-another-url Sources/SiarCompliance/QuotaCounter.swift \
    'if text.hasPrefix("www.") { text = String(text.dropFirst(4)) }' \
    'if text.hasPrefix("www.") { text = String(text.dropFirst(0)) }' \
    SiarComplianceTests
mutant outcome-unverified-media-warning Sources/SiarCompliance/PlacementOutcome.swift \
    'guard pressCouncil == .notVerified else { return nil }' \
    'guard pressCouncil != .notVerified else { return nil }' \
    SiarComplianceTests

# MARK: - Parsers (SiarContent)
mutant date-hour-24 Sources/SiarContent/Model/DateParser.swift \
    'guard hour < 24, minute < 60, second < 60' \
    'guard hour <= 24, minute < 60, second < 60' \
    SiarContentTests
mutant date-offset-sign Sources/SiarContent/Model/DateParser.swift \
    'Timestamp(secondsSinceEpoch: local - offset, utcOffset: offset)' \
    'Timestamp(secondsSinceEpoch: local + offset, utcOffset: offset)' \
    SiarContentTests
mutant slug-trailing-hyphen Sources/SiarContent/Text/Slug.swift \
    'first != UInt8(ascii: "-"), last != UInt8(ascii: "-")' \
    'first != UInt8(ascii: "-")' \
    SiarContentTests
mutant visibility-future-shown Sources/SiarContent/Model/Release+Visibility.swift \
    'if date > asOf && !includeFuture { return .embargoed }' \
    'if date > asOf && includeFuture { return .embargoed }' \
    'SiarContentTests|VisibilityTests'
mutant visibility-expiry-day Sources/SiarContent/Model/Release+Visibility.swift \
    'asOf.at(offset: date.utcOffset).localDay > expires' \
    'asOf.at(offset: date.utcOffset).localDay >= expires' \
    'SiarContentTests|VisibilityTests'

# MARK: - Markdown safety (SiarMarkdown)
mutant markdown-raw-html Sources/SiarMarkdown/MarkdownRenderer.swift \
    '(unsafeHTML ? CMARK_OPT_UNSAFE : CMARK_OPT_DEFAULT)' \
    'CMARK_OPT_UNSAFE' \
    SiarMarkdownTests
mutant markdown-javascript-links Sources/SiarMarkdown/SyntaxWalker.swift \
    '["javascript:", "vbscript:", "file:", "data:"]' \
    '["vbscript:", "file:", "data:"]' \
    SiarMarkdownTests

# MARK: - Site (SiarSite)
mutant escaping-less-than Sources/SiarSite/Formatting/HTMLEscaping.swift \
    'case "<": out += "&lt;"' \
    'case "<": out += "<"' \
    SiarSiteTests
mutant writer-recycles-symlinks Sources/SiarSite/Output/SiteWriter.swift \
    'if lstat(staging, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR {' \
    'if lstat(staging, &info) == 0 {' \
    'SiteWriterTests|IncrementalBuildTests'
mutant writer-drops-gitignore Sources/SiarSite/Output/SiteWriter.swift \
    'if exists, fm.fileExists(atPath: keep), !fm.fileExists(atPath: root + "/.gitignore") {' \
    'if false, fm.fileExists(atPath: keep), !fm.fileExists(atPath: root + "/.gitignore") {' \
    'SiteWriterTests|IncrementalBuildTests|GoldenSiteTests'

# MARK: - Access control (SiarServer)
mutant permissions-partner-reads-all Sources/SiarServer/Access/User+Permissions.swift \
    'role != .partner || self.partner == partner' \
    'role != .partner || !partner.isEmpty' \
    'AccessRuleTests'
mutant permissions-viewer-adds Sources/SiarServer/Access/User+Permissions.swift \
    'case .viewer: false' \
    'case .viewer: true' \
    SiarServerTests
mutant permissions-self-review Sources/SiarServer/Access/User+Permissions.swift \
    'role == .manager && submitter != name' \
    'role == .manager' \
    SiarServerTests
# The partner page's own guard (ManagementRoutes+Overview) has the store's check behind it, so weakening
# it alone changes nothing a user sees (an equivalent mutant); the store's guard is the one to break.
mutant guard-partner-placements Sources/SiarServer/Ledger/LedgerStore+Reading.swift \
    'public func placements(partner: String, by user: User) throws -> [Placement] {
        guard user.mayRead(partner: partner) else {' \
    'public func placements(partner: String, by user: User) throws -> [Placement] {
        guard !partner.isEmpty else {' \
    'AccessRuleTests|ManagementPageTests'
mutant guard-csrf-token Sources/SiarServer/Management/ManagementRoutes.swift \
    '!sent.isEmpty, APIToken.constantTimeEqual(sent, session.csrfToken)' \
    '!sent.isEmpty || session.csrfToken.isEmpty' \
    SiarServerTests
mutant guard-review-managers-only Sources/SiarServer/Ledger/LedgerStore+Changes.swift \
    'guard user.role == .manager else {
            throw AccessError.forbidden("only managers can \(verb) placements' \
    'guard user.role != .viewer else {
            throw AccessError.forbidden("only managers can \(verb) placements' \
    'AccessRuleTests'

# MARK: - Atomic writers (SiarServer)
mutant atomic-keeps-mode Sources/SiarServer/Storage/AtomicFile.swift \
    'mode: mode ?? existingMode(path) ?? 0o644)' \
    'mode: mode ?? 0o644)' \
    'LedgerStoreTests|UserStoreTests'
mutant atomic-create-overwrites Sources/SiarServer/Storage/AtomicFile.swift \
    'if errno == EEXIST { return false }' \
    'if errno == EEXIST { return true }' \
    SiarServerTests
mutant atomic-append-newline Sources/SiarServer/Storage/AtomicFile.swift \
    'record = [UInt8(ascii: "\n")] + bytes' \
    'record = bytes' \
    SiarServerTests

# MARK: - Hardening (issue 10): throttle, headers, evidence, numbers, formulas
mutant throttle-success-forgets-nothing Sources/SiarServer/Access/LoginThrottle.swift \
    'case .success: recordSuccess(ticket.keys)' \
    'case .success: break' \
    ThrottleTests
mutant throttle-ignores-checks-in-flight Sources/SiarServer/Access/LoginThrottle.swift \
    '} else if record.inFlight >= (record.failures >= limit ? 1 : limit - record.failures) {' \
    '} else if false {' \
    ThrottleTests
mutant header-nosniff-dropped Sources/SiarServer/HTTP/SecurityHeadersMiddleware.swift \
    'response.headers[.xContentTypeOptions] = "nosniff"' \
    '_ = "nosniff"' \
    SecurityHeaderTests
mutant header-frame-options-dropped Sources/SiarServer/HTTP/SecurityHeadersMiddleware.swift \
    'response.headers[.xFrameOptions] = "DENY"' \
    '_ = "DENY"' \
    SecurityHeaderTests
mutant evidence-other-partner-allowed Sources/SiarContent/Loading/EvidenceCheck.swift \
    'guard parts[1] == partner else { return .otherPartner(String(parts[1])) }' \
    'guard parts[1] == partner || true else { return .otherPartner(String(parts[1])) }' \
    'EvidenceDiagnosticsTests|EvidenceAttackTests'
mutant quantity-unbounded Sources/SiarContent/Loading/LedgerRowReader.swift \
    'guard let quantity = Int(text), NumberLimits.quantity.contains(quantity) else {' \
    'guard let quantity = Int(text), quantity >= 1 else {' \
    'LedgerBoundsTests|LedgerInputTests'
mutant formula-guard-by-character Sources/SiarContent/Text/CSVText.swift \
    'guard let first = value.unicodeScalars.first else { return false }' \
    'guard let first = value.first?.unicodeScalars.first, value.first?.unicodeScalars.count == 1 else { return false }' \
    'LedgerInputTests|CSVTextTests'

# MARK: - Machinery

STATE=.build/mutants
BACKUP_FILE=$STATE/file
BACKUP_COPY=$STATE/original

# Puts back the file a mutant replaced, if one is in place.
restore() {
    if [ -f "$BACKUP_FILE" ] && [ -f "$BACKUP_COPY" ]; then
        cp "$BACKUP_COPY" "$(cat "$BACKUP_FILE")"
        rm -f "$BACKUP_FILE" "$BACKUP_COPY"
    fi
}
trap restore EXIT
trap 'restore; exit 130' INT
trap 'restore; exit 143' TERM HUP
mkdir -p "$STATE"
if [ -f "$BACKUP_FILE" ]; then
    echo "mutants: restoring $(cat "$BACKUP_FILE"), left mutated by an interrupted run" >&2
    restore
fi

# Prints how often ORIGINAL occurs in FILE: 0, 1 or 2 (meaning two or more).
occurrences() {
    local text
    text=$(cat "$1"; printf x)
    if [[ $text == *"$2"*"$2"* ]]; then echo 2; elif [[ $text == *"$2"* ]]; then echo 1; else echo 0; fi
}

# Refuses a mutant whose snippet is not in its file exactly once.
check_snippet() {
    local i=$1
    if [ ! -f "${FILES[i]}" ]; then
        echo "mutants: error: ${NAMES[i]}: no file '${FILES[i]}'; update the mutant to the code" >&2
        return 1
    fi
    case $(occurrences "${FILES[i]}" "${ORIGINALS[i]}") in
    1) return 0 ;;
    0) echo "mutants: error: ${NAMES[i]}: the snippet is not in '${FILES[i]}'; update the mutant to the code:" >&2 ;;
    *) echo "mutants: error: ${NAMES[i]}: the snippet occurs more than once in '${FILES[i]}'; make it longer:" >&2 ;;
    esac
    printf '    %s\n' "${ORIGINALS[i]}" >&2
    return 1
}

apply() {
    local i=$1 text
    cp "${FILES[i]}" "$BACKUP_COPY"
    printf '%s' "${FILES[i]}" >"$BACKUP_FILE"
    text=$(cat "${FILES[i]}"; printf x)
    text=${text%x}
    printf '%s' "${text/"${ORIGINALS[i]}"/"${REPLACEMENTS[i]}"}" >"${FILES[i]}"
}

selected() {
    local i=$1 word
    [ ${#WORDS[@]} -eq 0 ] && return 0
    for word in "${WORDS[@]}"; do [[ ${NAMES[i]} == *"$word"* ]] && return 0; done
    return 1
}

MODE=run
WORDS=()
for argument in "$@"; do
    case $argument in
    --check) MODE=check ;;
    --list) MODE=list ;;
    -h | --help) sed -n '2,15p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) WORDS+=("$argument") ;;
    esac
done

bad=0
for i in "${!NAMES[@]}"; do
    selected "$i" || continue
    if [ "$MODE" = list ]; then
        printf '%-34s %-58s %s\n' "${NAMES[i]}" "${FILES[i]#Sources/}" "${FILTERS[i]}"
        continue
    fi
    check_snippet "$i" || bad=1
done
[ "$MODE" = list ] && exit 0
if [ $bad -ne 0 ]; then
    echo "mutants: error: some snippets no longer match the code; nothing was run" >&2
    exit 2
fi
[ "$MODE" = check ] && { echo "mutants: every snippet is found exactly once"; exit 0; }

LOG=$STATE/log
killed=0
survived=()
broken=()
total=0
for i in "${!NAMES[@]}"; do
    selected "$i" || continue
    total=$((total + 1))
    apply "$i"
    if ! swift build --build-tests >"$LOG" 2>&1; then
        result=NO-BUILD
        broken+=("${NAMES[i]}")
    elif swift test --skip-build --filter "${FILTERS[i]}" >"$LOG" 2>&1; then
        if grep -Eq 'Test run with [1-9][0-9]* tests?' "$LOG"; then
            result=SURVIVED
            survived+=("${NAMES[i]}")
        else
            result=NO-TESTS
            broken+=("${NAMES[i]}")
        fi
    else
        result=killed
        killed=$((killed + 1))
    fi
    restore
    printf '%-9s %-34s %s  (--filter %s)\n' "$result" "${NAMES[i]}" "${FILES[i]}" "${FILTERS[i]}"
done

echo "mutants: killed $killed of $total ($((total > 0 ? 100 * killed / total : 0))%)"
[ ${#survived[@]} -gt 0 ] && echo "mutants: survived: ${survived[*]}"
[ ${#broken[@]} -gt 0 ] && echo "mutants: not run (does not compile, or the filter matched no test): ${broken[*]}"
# Leave the build matching the restored sources.
swift build --build-tests >"$LOG" 2>&1 || echo "mutants: warning: the final rebuild failed; see $LOG" >&2
[ "$killed" -eq "$total" ]
