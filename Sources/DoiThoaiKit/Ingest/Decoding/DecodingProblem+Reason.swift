extension DecodingProblem {
    /// The problem in plain Vietnamese for the clerk who made the file, with how to fix it.
    public var reason: String {
        switch self {
        case .empty:
            return "Tệp rỗng, không có dữ liệu — gửi lại tệp có nội dung."
        case .binary(let kind):
            return "Tệp không phải văn bản CSV (\(kind)) — mở bằng Excel rồi lưu lại dạng CSV UTF-8."
        case .invalidUTF8(let offset):
            return "Tệp ghi là UTF-8 (có BOM) nhưng byte thứ \(offset + 1) không hợp lệ theo UTF-8 — \(Self.saveAsUTF8)."
        case .invalidUTF16(let offset):
            return "Tệp là văn bản UTF-16 nhưng bị hỏng từ byte thứ \(offset + 1) (thiếu byte cuối hoặc ký tự không hợp lệ) — \(Self.saveAsUTF8)."
        case .unrecognisedEncoding(let tried):
            return "Không xác định được bảng mã của tệp: tệp không phải UTF-8, và đọc thử theo \(Self.describe(tried)) đều không ra tiếng Việt — \(Self.saveAsUTF8); nếu văn bản gõ bằng phông chữ cũ (.VnTime, VNI-Times), chuyển mã sang Unicode bằng công cụ chuyển mã của Unikey trước."
        case .ambiguousEncoding(let tried):
            return "Không xác định được bảng mã của tệp: đọc theo \(Self.describe(tried)) cho kết quả gần như nhau, không chọn chắc chắn được — \(Self.saveAsUTF8)."
        case .invalidByte(let encoding, let offset):
            return "Tệp có vẻ theo bảng mã \(encoding.rawValue) nhưng byte thứ \(offset + 1) không thuộc bảng mã này — \(Self.saveAsUTF8)."
        case .doubleEncoded(let line, .mixedWithCorrectText):
            return "Tệp bị lỗi mã hóa kép (chữ hiện như \"Ä‘á»\" thay cho \"đề\") ở một phần tệp, từ dòng \(line); phần còn lại đúng nên không sửa tự động được — sửa các dòng lỗi trong tệp gốc rồi \(Self.saveAsUTF8)."
        case .doubleEncoded(let line, .bytesLost):
            return "Tệp bị lỗi mã hóa kép (chữ hiện như \"Ä‘á»\" thay cho \"đề\"), từ dòng \(line), và đã mất một số ký tự nên không sửa tự động chắc chắn được — lấy lại tệp gốc, \(Self.saveAsUTF8)."
        case .doubleEncoded(let line, .notVietnamese):
            return "Tệp có chữ giống lỗi mã hóa kép (từ dòng \(line)) nhưng sửa lại vẫn không ra tiếng Việt — mở tệp gốc, kiểm tra chữ và \(Self.saveAsUTF8)."
        }
    }

    static let saveAsUTF8 = "mở tệp bằng Excel và lưu lại dạng \"CSV UTF-8\" (Lưu thành › CSV UTF-8)"

    /// "Windows-1258 (12% từ có dấu là tiếng Việt), TCVN3 (ABC) (có byte không thuộc bảng mã), …"
    static func describe(_ tried: [EncodingTrial]) -> String {
        tried.map { trial in
            switch trial.outcome {
            case .scored(let score) where score.words == 0: return "\(trial.encoding.rawValue) (không có chữ có dấu)"
            case .scored(let score): return "\(trial.encoding.rawValue) (\(score.percent)% từ có dấu là tiếng Việt)"
            case .invalidByte: return "\(trial.encoding.rawValue) (có byte không thuộc bảng mã)"
            case .unavailable: return "\(trial.encoding.rawValue) (máy không có bộ chuyển mã)"
            }
        }.joined(separator: ", ")
    }
}
