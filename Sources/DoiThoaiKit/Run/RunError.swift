/// Why a run could not complete (exit status non-zero). Rejected rows are not errors.
public enum RunError: Error, CustomStringConvertible {
    case configuration(ConfigError)
    case lockHeld(path: String, holder: String)
    case output(path: String, reason: String)
    case input(path: String, reason: String)
    case registry(path: String, reason: String)

    /// The exit status: 75 (EX_TEMPFAIL, "try again later") when another run holds the
    /// lock, so a scheduler can tell it from a run that failed; 1 otherwise.
    public var exitCode: Int32 {
        if case .lockHeld = self { return 75 }
        return 1
    }

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
        case .registry(let path, let reason):
            return "Không mở được sổ đăng ký \(path): \(reason). Nếu tệp bị hỏng, khôi phục bản sao lưu gần nhất (hoặc đổi tên tệp để chạy lại từ đầu — mã câu hỏi sẽ được cấp lại theo thứ tự tệp)."
        }
    }
}
