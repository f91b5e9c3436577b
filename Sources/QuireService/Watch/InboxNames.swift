/// Which names in the inbox are inputs.
enum InboxNames {
    /// Dotfiles (including Emacs `.#` locks and Quire's own temporaries), and `*.part`,
    /// `*.tmp`, `*~` are files still being written by someone: they are picked up only once
    /// renamed to their final name.
    static func isIgnored(_ name: String) -> Bool {
        name.hasPrefix(".") || name.hasSuffix(".part") || name.hasSuffix(".tmp") || name.hasSuffix("~")
            || name.hasSuffix(".crdownload") || name.hasSuffix(".swp")
    }
}
