import CTemporaryFiles
import Foundation
import XCTest
@testable import DoiThoaiKit

/// libxlsxwriter's temporary files are held in memory up to a budget, beyond it on disk
/// (CTemporaryFiles); either way the workbook is the same, byte for byte.
final class XLSXTemporaryFileTests: XLSXTestCase {
    private var budgetBefore = 0

    override func setUpWithError() throws {
        try super.setUpWithError()
        budgetBefore = doithoai_temporary_memory_set_budget(32 << 20)
    }

    override func tearDownWithError() throws {
        doithoai_temporary_memory_set_budget(budgetBefore)
        try super.tearDownWithError()
    }

    func testOursIsTheOneTheLibraryCalls() throws {
        try assertLibraryCallsOurs("lxw_tmpfile", unsafeBitCast(
            lxw_tmpfile as @convention(c) (UnsafePointer<CChar>?) -> UnsafeMutablePointer<FILE>?, to: UnsafeMutableRawPointer.self))
    }

    func testAFileInMemoryReadsBackWhatWasWritten() throws {
        let inUseBefore = doithoai_temporary_memory_in_use()
        let movedBefore = doithoai_temporary_files_moved_to_disk()
        let bytes = Self.bytes(count: 100_000)
        let read = try writeAndReadBack(bytes)
        XCTAssertEqual(read, bytes)
        XCTAssertEqual(doithoai_temporary_files_moved_to_disk(), movedBefore, "nothing should have gone to disk")
        XCTAssertEqual(doithoai_temporary_memory_in_use(), inUseBefore, "closing gives the memory back")
    }

    func testAFileBeyondTheBudgetGoesToDiskAndReadsBackTheSame() throws {
        doithoai_temporary_memory_set_budget(64 << 10)
        let inUseBefore = doithoai_temporary_memory_in_use()
        let movedBefore = doithoai_temporary_files_moved_to_disk()
        let bytes = Self.bytes(count: 1_000_000)
        let read = try writeAndReadBack(bytes)
        XCTAssertEqual(read, bytes)
        XCTAssertEqual(doithoai_temporary_files_moved_to_disk(), movedBefore + 1)
        XCTAssertEqual(doithoai_temporary_memory_in_use(), inUseBefore)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: directory.path), [], "a file on disk leaves no name behind")
    }

    func testSeekingAndOverwritingWorkAsOnAFile() throws {
        let stream = try XCTUnwrap(lxw_tmpfile(directory.path))
        defer { fclose(stream) }
        fputs("abcdef", stream)
        XCTAssertEqual(ftell(stream), 6)
        XCTAssertEqual(fseek(stream, 2, SEEK_SET), 0)
        fputs("XY", stream)
        XCTAssertEqual(fseek(stream, 8, SEEK_END), 0)
        fputs("!", stream)
        rewind(stream)
        var buffer = [UInt8](repeating: 0, count: 32)
        let count = fread(&buffer, 1, buffer.count, stream)
        XCTAssertEqual(Array(buffer[..<count]), Array("abXYef".utf8) + [UInt8](repeating: 0, count: 8) + Array("!".utf8))
        XCTAssertEqual(feof(stream), 1)
    }

    func testAWorkbookIsTheSameInMemoryAndOnDisk() throws {
        let options = XLSXWorkbook.Options(constantMemory: true, temporaryDirectory: directory.path,
                                           creationDate: Date(timeIntervalSince1970: 1_700_000_000))
        let fill: (XLSXWorkbook, XLSXWorksheet) throws -> Void = { _, sheet in
            for row in 0..<5_000 {
                try sheet.write("Câu hỏi số \(row): đề nghị hỗ trợ thanh niên khởi nghiệp", row: row, column: 0)
                try sheet.write(Double(row), row: row, column: 1)
            }
        }
        let inMemory = try makeWorkbook("memory.xlsx", options: options, fill)
        XCTAssertEqual(doithoai_temporary_memory_set_budget(0), 32 << 20)
        let movedBefore = doithoai_temporary_files_moved_to_disk()
        let onDisk = try makeWorkbook("disk.xlsx", options: options, fill)
        XCTAssertGreaterThan(doithoai_temporary_files_moved_to_disk(), movedBefore)
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: inMemory)), try Data(contentsOf: URL(fileURLWithPath: onDisk)))
        XCTAssertTrue(try part(onDisk, "xl/worksheets/sheet1.xml").contains("<t>Câu hỏi số 4999: đề nghị"))
    }

    func testWithNowhereOnDiskTheFileStaysWholeInMemory() throws {
        let temporary = directory.appendingPathComponent("gone", isDirectory: true)
        try FileManager.default.createDirectory(at: temporary, withIntermediateDirectories: false)
        let workbook = try XLSXWorkbook(path: path("whole.xlsx"), options: .init(constantMemory: true, temporaryDirectory: temporary.path))
        let sheet = try workbook.addWorksheet(named: "Câu hỏi")
        try FileManager.default.removeItem(at: temporary)  // no file can be made on disk now
        doithoai_temporary_memory_set_budget(0)
        for row in 0..<2_000 { try sheet.write("dòng \(row)", row: row, column: 0) }
        try workbook.close()
        XCTAssertEqual(try cells(path("whole.xlsx")).count, 2_000)
    }

    func testAFailedWriteToATemporaryFileFailsTheClose() throws {
        // Files of this process may not grow past 1 MB: the streamed sheet's rows, moved to
        // disk at once by a budget of 0, run into it; the zipped workbook stays far below.
        var before = rlimit()
        XCTAssertEqual(getrlimit(RLIMIT_FSIZE_RESOURCE, &before), 0)
        var limited = before
        limited.rlim_cur = 1 << 20
        let previousHandler = signal(SIGXFSZ, SIG_IGN)  // else the kernel kills the process
        defer {
            setrlimit(RLIMIT_FSIZE_RESOURCE, &before)
            signal(SIGXFSZ, previousHandler)
        }
        let workbook = try XLSXWorkbook(path: path("cut.xlsx"), options: .init(constantMemory: true, temporaryDirectory: directory.path))
        let sheet = try workbook.addWorksheet(named: "Câu hỏi")
        doithoai_temporary_memory_set_budget(0)
        XCTAssertEqual(setrlimit(RLIMIT_FSIZE_RESOURCE, &limited), 0)
        for row in 0..<40_000 { try sheet.write("Đề nghị hỗ trợ thanh niên khởi nghiệp", row: row, column: 0) }
        XCTAssertThrowsError(try workbook.close()) { error in
            XCTAssertEqual((error as? XLSXError)?.kind, .temporaryFile(errorNumber: EFBIG), "\(error)")
        }
    }

    /// Writes `bytes` to a temporary file in small pieces, as libxlsxwriter does, and reads it back.
    private func writeAndReadBack(_ bytes: [UInt8]) throws -> [UInt8] {
        let stream = try XCTUnwrap(lxw_tmpfile(directory.path))
        defer { fclose(stream) }
        for start in stride(from: 0, to: bytes.count, by: 1_000) {
            let piece = bytes[start..<min(start + 1_000, bytes.count)]
            XCTAssertEqual(piece.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, stream) }, piece.count)
        }
        XCTAssertEqual(fflush(stream), 0)
        rewind(stream)
        var read = [UInt8](repeating: 0, count: bytes.count + 10)
        XCTAssertEqual(fread(&read, 1, read.count, stream), bytes.count)
        XCTAssertEqual(doithoai_temporary_files_take_error(), 0)
        return Array(read[..<bytes.count])
    }

    private static func bytes(count: Int) -> [UInt8] {
        (0..<count).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ $0 >> 8) }
    }
}

/// RLIMIT_FSIZE in the type getrlimit takes (Glibc imports the constant as an enum case).
private let RLIMIT_FSIZE_RESOURCE = __rlimit_resource_t(RLIMIT_FSIZE.rawValue)
