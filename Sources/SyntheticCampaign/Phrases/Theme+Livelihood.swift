extension Theme {
    /// Employment, vocational training, start-ups and loans.
    static let livelihood = [employment, training, startUps]

    static let employment = Theme(
        name: "employment",
        actions: [
            "tổ chức thêm các phiên giao dịch việc làm trong lĩnh vực", "giới thiệu việc làm ổn định trong ngành",
            "kết nối doanh nghiệp tuyển dụng lao động ngành", "công khai thông tin tuyển dụng của các doanh nghiệp ngành",
            "ưu tiên tuyển lao động địa phương vào các cơ sở", "mở sàn giao dịch việc làm trực tuyến cho ngành",
            "hỗ trợ chi phí đi lại, ăn ở khi đi làm trong ngành", "kiểm tra các công ty môi giới việc làm ngành",
            "tổ chức cho thanh niên đi thực tế tại các doanh nghiệp ngành", "hỗ trợ đào tạo trước khi tuyển dụng vào ngành", "có chính sách giữ chân lao động trẻ trong ngành", "mở văn phòng tư vấn việc làm ngành",
        ],
        targets: [
            "may mặc xuất khẩu", "lắp ráp linh kiện điện tử", "chế biến nông sản", "xây dựng dân dụng",
            "nhà hàng, khách sạn", "vận tải, logistics", "thương mại cửa khẩu", "khai thác đá vôi",
            "chăm sóc người cao tuổi", "điện nước công trình", "bán lẻ siêu thị", "bảo vệ chuyên nghiệp",
        ],
        beneficiaries: [
            "thanh niên", "thanh niên nông thôn", "sinh viên mới ra trường", "bộ đội xuất ngũ",
            "lao động trở về từ nước ngoài", "thanh niên dân tộc thiểu số", "phụ nữ trẻ", "thanh niên khuyết tật",
        ],
        situations: [
            ("Hiện cả xóm có khoảng {n} thanh niên chưa có việc làm ổn định", 12...90),
            ("Năm qua có {n} bạn trong xóm phải đi làm thuê ở Bắc Ninh, Thái Nguyên", 5...60),
            ("Sau Tết có {n} công nhân ở xóm bị nhà máy cho nghỉ việc", 3...40),
            ("Thu nhập làm nông của thanh niên ở đây chỉ khoảng {n} trăm nghìn đồng một tháng", 8...30),
            ("Có {n} bạn đã nộp tiền cho người môi giới nhưng chưa được đi làm", 2...25),
            ("Tuần trước có {n} bạn đi phỏng vấn nhưng không được nhận vì thiếu tay nghề", 2...30),
            ("Đợt tuyển dụng vừa rồi chỉ có {n} bạn ở xã trúng tuyển", 1...20),
            ("Mỗi tháng có khoảng {n} tin tuyển dụng không rõ nguồn gốc trên mạng", 10...80),
        ],
        consequences: [
            ", nhiều bạn phải đi làm ăn xa, bỏ lại con nhỏ cho ông bà", ", gia đình các bạn rất khó khăn",
            ", các bạn không biết tìm thông tin tuyển dụng ở đâu cho đáng tin",
            ", trong khi các doanh nghiệp vẫn kêu thiếu lao động", ", nhiều bạn chán nản, sa vào rượu chè",
            ", thanh niên mong có việc làm gần nhà",
        ],
        measures: [
            "Trung tâm Dịch vụ việc làm tỉnh sẽ tổ chức phiên giao dịch việc làm lưu động tại cụm xã",
            "Sở đã đề nghị các doanh nghiệp trong khu công nghiệp ưu tiên tuyển lao động địa phương",
            "Thông tin tuyển dụng được đăng hằng tuần trên trang của Trung tâm Dịch vụ việc làm tỉnh",
        ])

    static let training = Theme(
        name: "vocational training",
        actions: [
            "mở lớp đào tạo nghề miễn phí về", "hỗ trợ học phí học nghề", "tổ chức lớp dạy nghề ngắn hạn tại xã về",
            "cấp chứng chỉ sau khóa học nghề", "liên kết với trường cao đẳng mở lớp",
            "đưa giáo viên về tận xóm dạy nghề", "hỗ trợ tiền ăn cho học viên học nghề", "tư vấn hướng nghiệp, chọn nghề",
            "cấp thẻ học nghề miễn phí ngành", "mở lớp học nghề ban đêm về", "tuyển sinh khóa đào tạo nghề", "hỗ trợ dụng cụ thực hành nghề",
        ],
        targets: [
            "sửa chữa xe máy", "điện dân dụng", "may công nghiệp", "hàn, cơ khí", "nấu ăn", "chăm sóc sắc đẹp",
            "tin học văn phòng", "lái xe ô tô hạng C", "thú y", "làm bánh, chế biến thực phẩm", "mộc dân dụng",
            "tiếng Trung giao tiếp",
        ],
        beneficiaries: [
            "thanh niên", "học sinh bỏ học", "bộ đội xuất ngũ", "thanh niên nông thôn", "thanh niên khuyết tật",
            "phụ nữ trẻ", "thanh niên hộ nghèo", "người chưa có việc làm",
        ],
        situations: [
            ("Xóm có {n} bạn học xong lớp 9 ở nhà không đi học tiếp", 3...40),
            ("Lớp học nghề gần nhất cách nhà khoảng {n} cây số", 8...70),
            ("Năm trước có {n} người đăng ký nhưng lớp không mở vì không đủ học viên", 5...30),
            ("Học phí mỗi khóa khoảng {n} triệu đồng, gia đình không lo được", 3...25),
            ("Có {n} bạn bộ đội xuất ngũ muốn học nghề để lập nghiệp", 2...30),
            ("Doanh nghiệp cần {n} thợ có chứng chỉ nhưng ở đây không ai đủ điều kiện", 5...80),
            ("Chỉ có {n} bạn trong xóm có bằng nghề", 1...15),
            ("Khóa học nghề gần đây nhất đã cách đây {n} năm", 2...8),
        ],
        consequences: [
            ", các bạn muốn học một nghề để có thu nhập ổn định", ", học xong lại không có việc làm đúng nghề",
            ", nhiều bạn phải bỏ dở giữa chừng", ", mong có lớp học buổi tối để vừa học vừa làm",
            ", các bạn nữ rất muốn được học", ", gia đình mong con có nghề trong tay",
        ],
        measures: [
            "Sở sẽ phối hợp Trường Cao đẳng tỉnh mở lớp đào tạo nghề lưu động tại xã khi đủ học viên",
            "Người học thuộc hộ nghèo, bộ đội xuất ngũ được hỗ trợ học phí và tiền ăn theo quy định",
            "Trung tâm giáo dục nghề nghiệp cấp khu vực sẽ tư vấn chọn nghề miễn phí cho thanh niên",
        ])

    static let startUps = Theme(
        name: "start-ups and loans",
        actions: [
            "cho vay vốn ưu đãi để phát triển mô hình", "nâng mức vay và kéo dài thời hạn vay cho mô hình",
            "đơn giản hóa thủ tục vay vốn cho mô hình", "hỗ trợ lãi suất vay khởi nghiệp theo mô hình",
            "hỗ trợ tìm đầu ra ổn định cho mô hình", "hỗ trợ xây dựng thương hiệu OCOP cho mô hình",
            "thành lập hợp tác xã thanh niên", "tập huấn kỹ thuật và lập phương án kinh doanh mô hình",
            "hỗ trợ giống và vật tư cho mô hình", "bố trí đất sản xuất cho mô hình", "kết nối tiêu thụ sản phẩm của mô hình", "mở lớp khởi nghiệp theo mô hình",
        ],
        targets: [
            "nuôi dê", "nuôi bò vỗ béo", "nuôi ong lấy mật", "trồng cây dược liệu", "trồng quýt", "làm miến dong",
            "trồng chè hữu cơ", "làm thạch đen", "trồng gừng", "nuôi lợn đen", "trồng hạt dẻ", "nuôi cá lồng",
        ],
        beneficiaries: [
            "thanh niên", "đoàn viên", "thanh niên nông thôn", "hộ kinh doanh trẻ", "thanh niên dân tộc thiểu số",
            "nhóm thanh niên khởi nghiệp", "bộ đội xuất ngũ", "thanh niên hộ cận nghèo",
        ],
        situations: [
            ("Gia đình em có {n} sào đất đồi nhưng thiếu vốn để đầu tư", 2...30),
            ("Mức vay hiện nay chỉ khoảng {n} triệu đồng, không đủ mua con giống", 20...100),
            ("Năm nay giá bán giảm còn {n} nghìn đồng một cân do thương lái ép giá", 5...60),
            ("Xóm có {n} hộ thanh niên muốn làm nhưng không có tài sản thế chấp", 3...30),
            ("Thủ tục vay mất khoảng {n} ngày mới được giải ngân", 15...90),
            ("Mô hình của em đã làm được {n} tháng, bước đầu có lãi", 6...48),
            ("Năm vừa qua mô hình bị thiệt hại khoảng {n} triệu đồng vì dịch bệnh", 10...200),
            ("Hợp tác xã của thanh niên có {n} thành viên nhưng chưa có đầu ra", 7...40),
        ],
        consequences: [
            ", rất cần được hỗ trợ để mở rộng sản xuất", ", nhiều bạn phải vay bên ngoài với lãi suất cao",
            ", sản phẩm làm ra không biết bán cho ai", ", thanh niên không dám mạnh dạn khởi nghiệp",
            ", cần có cán bộ khuyến nông hướng dẫn kỹ thuật", ", mong tỉnh có cơ chế riêng cho thanh niên lập nghiệp",
        ],
        measures: [
            "Ngân hàng Chính sách xã hội tỉnh cho vay tối đa 100 triệu đồng không cần tài sản bảo đảm",
            "Sở sẽ phối hợp Tỉnh đoàn kết nối sản phẩm của thanh niên với các doanh nghiệp bao tiêu",
            "Sản phẩm đạt tiêu chuẩn được hỗ trợ đánh giá, phân hạng OCOP và truy xuất nguồn gốc",
        ])
}
