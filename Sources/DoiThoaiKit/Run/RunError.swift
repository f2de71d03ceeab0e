/// Why a run could not complete (exit status non-zero). Rejected rows are not errors.
public enum RunError: Error, CustomStringConvertible {
    case configuration(ConfigError)
    case lockHeld(path: String, holder: String)
    case output(path: String, reason: String)
    case input(path: String, reason: String)

    public var description: String {
        switch self {
        case .configuration(let error):
            return "Cấu hình không dùng được:\n\(error)"
        case .lockHeld(let path, let holder):
            return "Một lần chạy khác đang ghi vào thư mục kết quả (\(holder)); khóa: \(path). Chờ lần chạy đó xong rồi chạy lại."
        case .output(let path, let reason):
            return "Không ghi được kết quả vào \(path): \(reason)"
        case .input(let path, let reason):
            return "Không đọc được \(path): \(reason)"
        }
    }
}
