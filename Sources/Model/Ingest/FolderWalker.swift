import Glibc

/// Lists the regular files under a folder with `readdir`, trusting the entry types it reports
/// and calling `stat` only where it reports none or a link (Foundation's enumerator stats every
/// entry, which costs most of the time to open a folder of 100,000 files).
enum FolderWalker {
    /// Regular files under `folder` (links to files included, links to folders not followed),
    /// hidden names left out, sorted by path.
    static func files(under folder: String) -> [String] {
        let base = folder.count > 1 && folder.hasSuffix("/") ? String(folder.dropLast()) : folder
        var result: [String] = []
        var pending = [base]
        while let current = pending.popLast() {
            guard let directory = opendir(current) else { continue }
            defer { closedir(directory) }
            while let entry = readdir(directory) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                    String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
                }
                guard !name.hasPrefix(".") else { continue }
                let path = current == "/" ? "/" + name : current + "/" + name
                switch Int32(entry.pointee.d_type) {
                case Int32(DT_REG): result.append(path)
                case Int32(DT_DIR): pending.append(path)
                case Int32(DT_LNK), Int32(DT_UNKNOWN):
                    var info = stat()
                    guard stat(path, &info) == 0 else { continue }
                    let kind = info.st_mode & S_IFMT
                    if kind == S_IFREG {
                        result.append(path)
                    } else if kind == S_IFDIR, entry.pointee.d_type == DT_UNKNOWN {
                        pending.append(path)
                    }
                default: continue
                }
            }
        }
        return result.sorted()
    }
}
