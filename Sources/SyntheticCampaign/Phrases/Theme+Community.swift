extension Theme {
    /// Roads, culture and sport, security and drugs, environment and the rest.
    static let community = [roads, culture, security, environment]

    static let roads = Theme(
        name: "roads and infrastructure",
        actions: [
            "đầu tư bê tông hóa", "sửa chữa", "mở rộng", "khắc phục sạt lở trên", "lắp đèn chiếu sáng cho",
            "nâng cấp", "sớm khởi công", "cắm biển cảnh báo trên",
            "làm rãnh thoát nước cho", "lắp lan can bảo vệ trên", "gia cố taluy dọc", "bố trí kinh phí duy tu",
        ],
        targets: [
            "đường liên xóm", "cầu treo qua suối", "đường vào khu sản xuất", "ngầm tràn qua suối",
            "đường từ trung tâm xã vào xóm", "đoạn đường đèo", "đường lên điểm trường", "đường nội đồng",
            "cầu bê tông qua sông", "đường ra nghĩa trang", "đường vào khu du lịch", "đường đến trạm y tế",
        ],
        beneficiaries: [
            "người dân", "học sinh", "bà con", "các hộ sản xuất", "thanh niên", "người đi làm nương",
            "xe chở nông sản", "du khách",
        ],
        situations: [
            ("Đoạn đường dài khoảng {n} cây số vẫn là đường đất", 2...15),
            ("Mùa mưa năm nay đã có {n} lần sạt lở chắn đường", 2...12),
            ("Có {n} học sinh phải lội suối đến trường", 5...60),
            ("Cầu cũ đã xuống cấp sau {n} năm sử dụng", 10...35),
            ("Xe chở nông sản chỉ chở được {n} tạ mỗi chuyến vì đường hẹp", 3...20),
            ("Có {n} hộ ở bên kia suối bị chia cắt khi lũ về", 5...50),
            ("Xe cứu thương phải dừng cách xóm khoảng {n} mét", 300...3000),
            ("Đã có {n} người bị ngã xe trên đoạn này", 2...30),
        ],
        consequences: [
            ", đi lại rất nguy hiểm", ", nông sản làm ra khó vận chuyển đi bán",
            ", người dân sẵn sàng hiến đất, góp công", ", học sinh phải nghỉ học nhiều ngày",
            ", xe cấp cứu không vào được", ", mong tỉnh sớm bố trí vốn",
        ],
        measures: [
            "Tuyến đường đã được đưa vào danh mục đầu tư của Chương trình xây dựng nông thôn mới",
            "Sở đã chỉ đạo đơn vị quản lý đường bộ khắc phục điểm sạt lở và cắm biển cảnh báo",
            "Tỉnh hỗ trợ xi măng để xã và người dân cùng làm theo phương thức Nhà nước và nhân dân cùng làm",
        ])

    static let culture = Theme(
        name: "culture, sport and tourism",
        actions: [
            "quan tâm đầu tư", "hỗ trợ kinh phí xây dựng", "sửa chữa, nâng cấp", "trang bị dụng cụ cho",
            "quy hoạch đất làm", "mở cửa miễn phí", "bố trí người quản lý", "tổ chức hoạt động thường xuyên tại",
            "mở lớp năng khiếu tại", "đầu tư hệ thống âm thanh, ánh sáng cho", "cho thuê giá ưu đãi", "giao cho Đoàn thanh niên quản lý",
        ],
        targets: [
            "nhà văn hóa xóm", "sân bóng đá mini", "sân bóng chuyền", "khu vui chơi thiếu nhi", "thư viện xã",
            "bể bơi", "nhà thi đấu đa năng", "sân tập thể dục", "điểm du lịch cộng đồng", "nhà trưng bày thổ cẩm",
            "khu di tích lịch sử", "sân khấu ngoài trời",
        ],
        beneficiaries: [
            "thanh thiếu nhi", "thanh niên", "đoàn viên", "người dân", "các đội văn nghệ", "học sinh", "du khách",
            "câu lạc bộ thể thao",
        ],
        situations: [
            ("Xóm có {n} thanh niên nhưng không có chỗ chơi thể thao", 15...90),
            ("Nhà văn hóa đã xuống cấp sau {n} năm", 8...30),
            ("Mỗi năm có khoảng {n} nghìn lượt khách đến nhưng chưa có dịch vụ", 2...40),
            ("Câu lạc bộ có {n} thành viên nhưng phải tập nhờ sân trường", 12...60),
            ("Mấy năm gần đây có {n} em nhỏ bị đuối nước", 2...9),
            ("Lễ hội của xã thu hút {n} nghìn người mỗi năm", 2...30),
            ("Đội văn nghệ xóm có {n} diễn viên nhưng thiếu trang phục", 8...40),
            ("Giải bóng đá của xã năm ngoái có {n} đội tham gia", 4...24),
        ],
        consequences: [
            ", thanh niên tối đến chỉ biết ngồi quán hoặc chơi điện tử", ", bản sắc văn hóa dân tộc đang dần mai một",
            ", thanh niên muốn làm du lịch nhưng thiếu điều kiện", ", các em nhỏ không có chỗ vui chơi an toàn",
            ", phong trào văn nghệ, thể thao ở xóm bị chững lại", ", mong tỉnh quan tâm hỗ trợ",
        ],
        measures: [
            "Sở sẽ hỗ trợ trang thiết bị thể thao và tập huấn cho cán bộ văn hóa xã",
            "Công trình được lồng ghép vào kế hoạch phát triển du lịch cộng đồng của tỉnh",
            "Sở phối hợp Tỉnh đoàn tổ chức lớp dạy bơi miễn phí cho trẻ em trong dịp hè",
        ])

    static let security = Theme(
        name: "security and drugs",
        actions: [
            "tăng cường tuần tra tại", "xử lý nghiêm tình trạng ma túy tại", "lắp camera an ninh ở",
            "tuyên truyền phòng chống lừa đảo qua mạng tại", "ngăn chặn việc bán thuốc lá điện tử gần",
            "xử lý tình trạng đua xe, nẹt pô trên", "lập chốt kiểm soát ở", "kiểm tra các điểm cầm đồ, tín dụng đen ở",
            "tổ chức thanh niên xung kích tuần tra ở", "xử lý các nhóm cho vay nặng lãi ở", "tăng cường chiếu sáng ở", "kiểm tra hành chính thường xuyên tại",
        ],
        targets: [
            "khu vực chợ", "cổng trường học", "các quán karaoke", "khu vực cửa khẩu", "đường tỉnh lộ",
            "khu vực bến xe", "các điểm internet", "khu vực chân cầu", "khu trọ công nhân", "quán bia ven đường",
            "khu vực nhà văn hóa", "bãi đất trống cạnh sông",
        ],
        connective: "để bảo vệ",
        beneficiaries: [
            "thanh thiếu niên", "học sinh", "người dân", "công nhân", "người đi đường", "du khách",
            "các gia đình", "sinh viên",
        ],
        situations: [
            ("Gần đây có {n} vụ trộm cắp xe máy", 3...20),
            ("Có {n} bạn trẻ bị lừa mất tiền khi tìm việc trên mạng", 2...25),
            ("Đêm nào cũng có khoảng {n} xe đua nẹt pô", 5...30),
            ("Có {n} thanh niên trong xóm đang cai nghiện", 2...15),
            ("Có {n} học sinh bị phát hiện hút thuốc lá điện tử", 3...40),
            ("Tháng trước xảy ra {n} vụ tai nạn giao thông", 2...12),
            ("Tuần trước có {n} thanh niên bị dụ dỗ tham gia cá độ bóng đá", 2...15),
            ("Từ đầu năm có {n} vụ đánh nhau giữa các nhóm thanh niên", 2...12),
        ],
        consequences: [
            ", người dân rất lo lắng", ", các gia đình có con em không yên tâm",
            ", đối tượng xấu lợi dụng dụ dỗ thanh niên", ", mong công an có biện pháp mạnh",
            ", an ninh trật tự ở đây rất phức tạp", ", thanh niên chưa biết cách tự bảo vệ",
        ],
        measures: [
            "Công an tỉnh đã chỉ đạo công an xã tăng cường tuần tra, kiểm soát vào ban đêm",
            "Công an tỉnh phối hợp Tỉnh đoàn tuyên truyền phòng chống lừa đảo trực tuyến tại các trường",
            "Các trường hợp vi phạm sẽ được xử lý nghiêm theo quy định của pháp luật",
        ])

    static let environment = Theme(
        name: "environment and other",
        actions: [
            "bố trí điểm thu gom rác ở", "xử lý ô nhiễm tại", "giải quyết dứt điểm việc cấp sổ đỏ ở",
            "trồng cây xanh tại", "kiểm tra việc khai thác cát gần", "xây nhà vệ sinh công cộng ở",
            "khơi thông cống rãnh quanh", "lập biển cấm xả rác tại",
            "nạo vét bùn đất ở", "di dời các chuồng trại khỏi", "lắp thùng rác phân loại tại", "kiểm tra nguồn nước thải từ",
        ],
        targets: [
            "khu vực chợ phiên", "bờ suối", "khu dân cư mới", "bãi rác tạm", "khu vực đầu nguồn nước",
            "bãi đất ven sông", "khu tái định cư", "trục đường chính", "khu chăn nuôi tập trung",
            "khu vực trường học", "khu đồi trọc", "xưởng chế biến gỗ",
        ],
        beneficiaries: [
            "người dân", "các hộ gia đình", "tiểu thương", "học sinh", "thanh niên tình nguyện", "bà con",
            "các hộ chăn nuôi", "người dân tái định cư",
        ],
        situations: [
            ("Mỗi ngày có khoảng {n} xe rác đổ trộm ra bờ suối", 2...15),
            ("Có {n} hộ chưa được cấp giấy chứng nhận quyền sử dụng đất", 5...80),
            ("Nguồn nước bị ô nhiễm khiến {n} hộ phải mua nước sinh hoạt", 5...60),
            ("Đoàn thanh niên đã dọn rác {n} lần nhưng rác lại tràn ra", 3...20),
            ("Có {n} xe chở cát chạy qua xóm mỗi ngày", 10...80),
            ("Đợt mưa lũ vừa qua có {n} hộ bị ngập", 5...70),
            ("Mùi hôi từ {n} chuồng trại ảnh hưởng đến cả xóm", 3...30),
            ("Có {n} giếng nước bị nhiễm bẩn sau mưa lũ", 3...40),
        ],
        consequences: [
            ", mùi hôi ảnh hưởng đến sinh hoạt của người dân", ", người dân không yên tâm sản xuất",
            ", cảnh quan nông thôn mới bị ảnh hưởng", ", thanh niên sẵn sàng tham gia làm sạch môi trường",
            ", đường sá bị hư hỏng nặng", ", mong tỉnh xử lý dứt điểm",
        ],
        measures: [
            "Sở đã yêu cầu UBND xã bố trí điểm tập kết rác và hợp đồng thu gom định kỳ",
            "Đoàn kiểm tra liên ngành sẽ kiểm tra, xử lý việc khai thác trái phép trong quý tới",
            "Hồ sơ cấp giấy chứng nhận quyền sử dụng đất đang được Văn phòng đăng ký đất đai giải quyết",
        ])
}
