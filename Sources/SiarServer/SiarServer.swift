/// The HTTP service of Siar: live preview for writers and the management service (UI and JSON API) for
/// publication managers. Nothing below this module knows HTTP.
public enum SiarServer {}
