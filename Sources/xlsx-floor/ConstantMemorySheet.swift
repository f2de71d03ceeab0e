import CXLSXWriter
import Foundation

/// A new workbook with one worksheet, written by libxlsxwriter in constant-memory mode:
/// each row is flushed to a temporary file when the next one starts, so rows must come
/// in order. Owns the C handles; `close()` writes the file and frees the workbook.
final class ConstantMemorySheet {
    /// nil once closed: `workbook_close` frees the workbook whether it succeeds or not.
    private var workbook: UnsafeMutablePointer<lxw_workbook>?
    private let worksheet: UnsafeMutablePointer<lxw_worksheet>
    /// A C copy kept until the workbook is gone, whether or not the library copies it.
    private let temporaryFolder: UnsafeMutablePointer<CChar>

    /// `temporaryFolder` holds libxlsxwriter's row files: beside the output rather than
    /// in /tmp, which may be a small tmpfs, and a million rows take hundreds of MB there.
    init(path: String, temporaryFolder folder: String) throws {
        temporaryFolder = strdup(folder)
        var options = lxw_workbook_options()
        options.constant_memory = UInt8(LXW_TRUE.rawValue)
        options.tmpdir = temporaryFolder
        guard let workbook = workbook_new_opt(path, &options) else {
            free(temporaryFolder)
            throw FloorError.libraryReturnedNull(function: "workbook_new_opt")
        }
        guard let sheet = workbook_add_worksheet(workbook, nil) else {
            lxw_workbook_free(workbook)
            free(temporaryFolder)
            throw FloorError.libraryReturnedNull(function: "workbook_add_worksheet")
        }
        self.workbook = workbook
        worksheet = sheet
    }

    deinit {
        if let workbook { _ = workbook_close(workbook) }
        free(temporaryFolder)
    }

    /// Writes `text` as a string cell; rows must not go backwards.
    func write(_ text: UnsafePointer<CChar>, row: Int, column: Int) throws {
        try check(worksheet_write_string(worksheet, lxw_row_t(row), lxw_col_t(column), text, nil), "write row \(row + 1)")
    }

    /// Writes the file.
    func close() throws {
        guard let workbook else { return }
        self.workbook = nil
        try check(workbook_close(workbook), "close the workbook")
    }

    private func check(_ code: lxw_error, _ operation: String) throws {
        guard code != LXW_NO_ERROR else { return }
        let message = lxw_strerror(code).map { String(cString: $0) } ?? "error \(code.rawValue)"
        throw FloorError.library(operation: operation, message: message)
    }
}
