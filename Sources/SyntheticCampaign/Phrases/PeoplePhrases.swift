/// Invented askers: common surnames of Cao Bằng and the north (Kinh, Tày, Nùng, Mông), middle
/// and given names by gender, the categories clerks write, and hamlet names built from the
/// Tày–Nùng syllables they are made of ("Nà Mạ", "Khuổi Phầy"). All personal data is invented.
enum PeoplePhrases {
    static let surnames = [
        "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Nông",
        "Lương", "Bế", "Hà", "Mã", "Lục", "Triệu", "Đàm", "Sầm", "Vi", "Chu", "Hứa", "Ngôn", "Lầu", "Đinh",
        "Phùng", "Lăng", "Tô", "Quan", "Thẩm", "Sùng", "Giàng", "Lò",
    ].map(Phrase.init)

    /// Middle and given names of men, then of women. The given names of the two never fold
    /// to the same letters, so two askers' names differ exactly when their indices do.
    static let middleNames: [[Phrase]] = [
        ["Văn", "Đức", "Minh", "Quang", "Hữu", "Trung", "Mạnh", "Công", "Thế", "Thanh"].map(Phrase.init),
        ["Thị", "Hồng", "Ngọc", "Kim", "Thu", "Bích", "Diệu", "Thanh", "Minh", "Hải"].map(Phrase.init),
    ]
    static let givenNames: [[Phrase]] = [
        ["Dũng", "Bảo", "Hải", "Long", "Tùng", "Trọng", "Tuấn", "Hưng", "Khánh", "Việt", "Quân", "Sơn", "Bình",
         "Cường", "Đạt", "Hiếu", "Kiên", "Nam", "Phúc", "Quyết", "Sáng", "Thắng", "Vinh", "Toàn", "Huy", "Lực",
         "Nghĩa", "Tài", "Thành", "Trường"].map(Phrase.init),
        ["Nhàn", "Yến", "Thảo", "Hương", "Linh", "Mai", "Thoa", "Hằng", "Lan", "Duyên", "Hạnh", "Huyền",
         "Phương", "Trang", "Vân", "Anh", "Giang", "Hòa", "Oanh", "Tâm", "Thúy", "Uyên", "Dua", "Ngân", "Nhung",
         "Quỳnh", "Loan", "Liên", "Xuân", "Chi"].map(Phrase.init),
    ]

    /// "Đối tượng" as commune clerks write it, with how often, and the birth years that fit.
    static let categories: [(label: Phrase, weight: Int, born: ClosedRange<Int>)] = [
        (Phrase("Thanh niên nông thôn"), 30, 1990...2006), (Phrase("Sinh viên"), 12, 2000...2006),
        (Phrase("Học sinh"), 10, 2007...2010), (Phrase("Công nhân"), 10, 1992...2006),
        (Phrase("Đoàn viên"), 12, 1994...2008), (Phrase("Công chức, viên chức"), 8, 1990...2002),
        (Phrase("Lao động tự do"), 8, 1990...2006), (Phrase("Bộ đội xuất ngũ"), 4, 1998...2004),
        (Phrase("Hộ kinh doanh"), 4, 1990...2003), (Phrase("Cán bộ Đoàn"), 2, 1990...2000),
    ]

    /// The same categories as the Youth Union's form lists them (drop-down values, with commas);
    /// the common ones are listed twice to come up twice as often.
    static let formCategories: [Phrase] = [
        "Thanh niên nông thôn", "Học sinh, sinh viên", "Học sinh, sinh viên", "Công nhân, người lao động",
        "Khác", "Công chức, viên chức, lực lượng vũ trang", "Khác", "Công nhân, người lao động",
        "Doanh nhân trẻ, khởi nghiệp", "Công chức, viên chức, lực lượng vũ trang",
    ].map(Phrase.init)

    static let hamletFirst = ["Nà", "Khuổi", "Bản", "Pác", "Lũng", "Phja", "Cốc", "Pò", "Nặm", "Khau", "Bó", "Thôm",
                              "Kéo", "Slam", "Co", "Phiêng", "Tục", "Ngườm", "Thin", "Vằng"]
    static let hamletSecond = ["Mạ", "Phầy", "Khuông", "Cuống", "Pán", "Tấu", "Khon", "Nhũng", "Vài", "Rằng",
                               "Đuổn", "Lẹng", "Chang", "Lạn", "Mò", "Rẹ", "Ngần", "Lầu", "Slác", "Giường",
                               "Lình", "Sliểm", "Cáy", "Kít", "Thuông", "Pằng", "Khao", "Nưa", "Liềng", "Rạo"]
    /// Every hamlet name, "Nà Mạ" … "Vằng Rạo"; wards' residential groups (tổ dân phố) are
    /// named the same way, after the villages they were.
    static let hamlets: [Phrase] = hamletFirst.flatMap { first in hamletSecond.map { Phrase("\(first) \($0)") } }
}
