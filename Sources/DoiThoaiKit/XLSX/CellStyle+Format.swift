import CXLSXWriter

extension CellStyle {
    /// Copies this style onto a fresh libxlsxwriter format (which copies the strings).
    func apply(to format: UnsafeMutablePointer<lxw_format>) {
        format_set_font_name(format, fontName)
        format_set_font_size(format, fontSize)
        if bold { format_set_bold(format) }
        if italic { format_set_italic(format) }
        if underline { format_set_underline(format, UInt8(LXW_UNDERLINE_SINGLE.rawValue)) }
        if wrap { format_set_text_wrap(format) }
        if let horizontal { format_set_align(format, UInt8(horizontal.lxwAlignment.rawValue)) }
        if let vertical { format_set_align(format, UInt8(vertical.lxwAlignment.rawValue)) }
        if border == .thin { format_set_border(format, UInt8(LXW_BORDER_THIN.rawValue)) }
        if let color = backgroundColor {
            format_set_pattern(format, UInt8(LXW_PATTERN_SOLID.rawValue))
            format_set_bg_color(format, Self.lxwColor(color))
        }
        if let numberFormat { format_set_num_format(format, numberFormat) }
    }

    /// libxlsxwriter reads colour 0 as "unset", so black needs its own constant.
    static func lxwColor(_ rgb: UInt32) -> lxw_color_t {
        rgb == 0 ? lxw_color_t(LXW_COLOR_BLACK.rawValue) : lxw_color_t(rgb)
    }
}

extension CellStyle.Horizontal {
    var lxwAlignment: lxw_format_alignments {
        switch self {
        case .left: return LXW_ALIGN_LEFT
        case .center: return LXW_ALIGN_CENTER
        case .right: return LXW_ALIGN_RIGHT
        }
    }
}

extension CellStyle.Vertical {
    var lxwAlignment: lxw_format_alignments {
        switch self {
        case .top: return LXW_ALIGN_VERTICAL_TOP
        case .center: return LXW_ALIGN_VERTICAL_CENTER
        }
    }
}
