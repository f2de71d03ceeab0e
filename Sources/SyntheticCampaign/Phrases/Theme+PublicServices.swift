extension Theme {
    /// Education, health and social security, phone and internet coverage.
    static let publicServices = [education, health, digital]

    static let education = Theme(
        name: "education",
        actions: [
            "đầu tư xây dựng", "sửa chữa, nâng cấp", "bố trí kinh phí cho", "sớm hoàn thiện",
            "tăng cường trang thiết bị cho", "quan tâm đầu tư", "mở rộng", "hỗ trợ kinh phí duy trì",
            "cải tạo", "xây tường rào, cổng cho", "cấp thêm bàn ghế cho", "sớm bàn giao",
        ],
        targets: [
            "nhà bán trú", "phòng học tiếng Anh", "phòng máy tính ở trường THCS", "điểm trường mầm non",
            "thư viện trường học", "phòng thí nghiệm ở trường THPT", "nhà công vụ giáo viên", "bếp ăn trường nội trú",
            "lớp học ghép ở điểm trường lẻ", "ký túc xá sinh viên", "trung tâm học tập cộng đồng",
            "lớp ôn thi đại học miễn phí",
        ],
        beneficiaries: [
            "học sinh", "học sinh vùng cao", "trẻ mầm non", "học sinh dân tộc thiểu số", "sinh viên",
            "giáo viên cắm bản", "học sinh nghèo vượt khó", "con em công nhân",
        ],
        situations: [
            ("Điểm trường hiện có {n} học sinh nhưng chỉ có hai phòng học tạm", 20...120),
            ("Nhiều em phải đi bộ khoảng {n} cây số mỗi ngày đến trường", 3...15),
            ("Năm học vừa qua có {n} em bỏ học giữa chừng", 2...25),
            ("Phòng máy tính của trường chỉ có {n} máy còn dùng được", 3...20),
            ("Nhà công vụ đã xuống cấp sau {n} năm sử dụng", 10...40),
            ("Có {n} sinh viên của xã đỗ đại học nhưng không đủ tiền nhập học", 2...15),
            ("Mỗi năm có khoảng {n} học sinh phải ở trọ gần trường", 10...90),
            ("Trường chỉ có {n} giáo viên tiếng Anh cho cả trường", 1...4),
        ],
        consequences: [
            ", các em học rất vất vả", ", giáo viên không yên tâm công tác lâu dài",
            ", phụ huynh lo lắng cho việc học của con em", ", chất lượng giáo dục vùng cao còn thấp",
            ", mong tỉnh quan tâm đến giáo dục vùng khó khăn", ", nhiều em nghỉ học đi làm thuê",
        ],
        measures: [
            "Sở đã đưa công trình vào danh mục đầu tư từ nguồn Chương trình mục tiêu quốc gia",
            "Sở sẽ điều động thêm giáo viên và bổ sung thiết bị dạy học trong năm học mới",
            "Học sinh thuộc diện chính sách được hỗ trợ tiền ăn, tiền nhà ở theo quy định",
        ])

    static let health = Theme(
        name: "health and social security",
        actions: [
            "đầu tư nâng cấp", "bố trí thêm cán bộ y tế cho", "trang bị thêm thiết bị cho", "hỗ trợ kinh phí xây mới",
            "mở rộng", "sửa chữa", "tăng giờ phục vụ của", "sớm đưa vào sử dụng",
            "cải tạo", "bố trí kinh phí hoạt động cho", "kiểm tra chất lượng", "công khai quy hoạch",
        ],
        targets: [
            "trạm y tế xã", "phòng khám đa khoa khu vực", "điểm tư vấn sức khỏe sinh sản", "phòng tư vấn tâm lý",
            "điểm tiêm chủng", "khu nhà ở xã hội", "nhà hộ sinh", "phòng phục hồi chức năng", "trung tâm y tế cụm xã",
            "điểm khám bảo hiểm y tế", "phòng xét nghiệm", "nhà lưu trú cho người nhà bệnh nhân",
        ],
        beneficiaries: [
            "người dân", "thanh niên", "phụ nữ mang thai", "trẻ em", "người khuyết tật", "thanh niên hộ nghèo",
            "công nhân trẻ", "người cao tuổi",
        ],
        situations: [
            ("Trạm y tế xã hiện chỉ có {n} cán bộ", 2...9),
            ("Từ xóm ra bệnh viện gần nhất mất khoảng {n} phút đi xe máy", 40...180),
            ("Năm qua trong xã có {n} trường hợp tảo hôn", 2...20),
            ("Xóm có {n} hộ chưa có thẻ bảo hiểm y tế", 5...60),
            ("Giá nhà ở xã hội khoảng {n} triệu đồng mỗi mét vuông", 9...25),
            ("Tháng trước có {n} ca cấp cứu phải chuyển lên tuyến tỉnh", 3...30),
            ("Mỗi ngày trạm y tế tiếp nhận khoảng {n} lượt khám", 10...80),
            ("Có {n} thanh niên công nhân đang phải thuê trọ chật chội", 20...200),
        ],
        consequences: [
            ", người dân rất vất vả khi ốm đau", ", thanh niên chưa đủ điều kiện mua nhà",
            ", nhiều ca bệnh bị chậm trễ", ", thuốc men thường xuyên thiếu", ", mong được quan tâm hơn nữa",
            ", thanh niên ngại đi khám vì thủ tục rườm rà",
        ],
        measures: [
            "Sở sẽ bố trí bác sĩ luân phiên về trạm y tế xã theo Đề án 1816",
            "Công trình được đưa vào kế hoạch đầu tư công trung hạn của tỉnh",
            "Người thuộc hộ nghèo, cận nghèo được cấp thẻ bảo hiểm y tế theo quy định",
        ])

    static let digital = Theme(
        name: "digital and internet",
        actions: [
            "lắp đặt thêm", "nâng cấp", "hỗ trợ kinh phí kéo", "sớm đầu tư", "yêu cầu nhà mạng đầu tư",
            "mở rộng vùng phủ của", "ưu tiên xây dựng", "khắc phục tình trạng chập chờn của",
            "kiểm tra chất lượng", "bảo trì thường xuyên", "tăng dung lượng của", "bố trí nguồn điện dự phòng cho",
        ],
        targets: [
            "trạm phát sóng 4G", "cáp quang", "wifi miễn phí", "sóng 5G", "điểm truy cập internet công cộng",
            "trạm BTS", "đường truyền internet tốc độ cao", "điểm phát wifi ở chợ phiên",
            "cột thu phát sóng di động", "mạng cáp quang đến trường học", "sóng điện thoại", "internet vệ tinh",
        ],
        beneficiaries: [
            "người dân", "học sinh", "thanh niên", "các hộ kinh doanh", "thanh niên bán hàng online",
            "tổ công nghệ số cộng đồng", "đoàn viên", "các điểm trường",
        ],
        situations: [
            ("Cả xóm có {n} hộ nhưng phải leo lên đồi mới có sóng điện thoại", 15...90),
            ("Mạng internet ở đây chỉ đạt khoảng {n} Mbps", 1...10),
            ("Có {n} học sinh không học trực tuyến được do mất sóng", 5...60),
            ("Mỗi tháng mất sóng khoảng {n} ngày khi trời mưa", 3...15),
            ("Xóm có {n} bạn bán hàng online nhưng đường truyền rất yếu", 3...30),
            ("Nhà mạng hứa lắp trạm từ {n} tháng trước nhưng chưa thực hiện", 4...30),
            ("Mỗi lần mất điện là mất sóng khoảng {n} tiếng", 2...24),
            ("Có {n} hộ phải mua bộ kích sóng nhưng vẫn không dùng được", 3...40),
        ],
        consequences: [
            ", việc học tập và làm thủ tục trực tuyến rất khó khăn", ", gọi cấp cứu khi cần cũng không được",
            ", thanh niên không thể livestream bán nông sản", ", người dân không dùng được VNeID",
            ", mong tỉnh đôn đốc các nhà mạng", ", chuyển đổi số ở xóm chỉ là khẩu hiệu",
        ],
        measures: [
            "Sở đã đề nghị Viettel và VNPT đưa trạm phát sóng vào kế hoạch đầu tư của năm sau",
            "Thôn, xóm chưa có sóng được ưu tiên trong Chương trình cung cấp dịch vụ viễn thông công ích",
            "Sở sẽ phối hợp Tỉnh đoàn mở lớp kỹ năng số cho thanh niên và tổ công nghệ số cộng đồng",
        ])
}
