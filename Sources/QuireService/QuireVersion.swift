/// Quire's version, recorded in every TEI header's `appInfo` and printed by `quire --version`.
/// The one place it is written down.
public enum QuireVersion {
    public static let current = "0.1.0"
}
