import Glibc

/// Windows-1258 (Excel "CSV" on Vietnamese Windows) through glibc's iconv.
///
/// Excel writes most toned letters as a base letter and a combining tone byte ("ệ" = ê +
/// 0xF2). glibc's CP1258 converter composes them and gives NFC directly (checked against
/// libiconv's CP1258-snippet.UTF-8 and the derived vectors in the tests); a pair with no
/// precomposed form stays combining and is normalised later with the rest of its field.
/// This type owns the iconv handle: every call is checked, the handle is closed once.
enum CP1258Decoder {
    /// Why the conversion stopped.
    enum Failure: Error, Equatable {
        /// A byte Windows-1258 leaves undefined (0x81, 0x8A, 0x8D–0x90, 0x9A, 0x9D, 0x9E).
        case invalidByte(offset: Int)
        /// iconv could not open or run the converter (errno).
        case unavailable(errno: Int32)
    }

    /// Decodes Windows-1258 bytes to UTF-8.
    static func decode(_ bytes: [UInt8]) -> Result<[UInt8], Failure> {
        let descriptor = iconv_open("UTF-8", "CP1258")
        guard let descriptor, descriptor != iconv_t(bitPattern: -1) else {
            return .failure(.unavailable(errno: errno))
        }
        defer { iconv_close(descriptor) }
        var converter = Converter(descriptor: descriptor, capacity: bytes.count + bytes.count / 2 + 16)
        return bytes.withUnsafeBufferPointer { converter.convert($0) }
    }

    /// One conversion into a buffer that grows on E2BIG.
    private struct Converter {
        enum Outcome { case done, grown, failed(Int32) }

        let descriptor: iconv_t
        var out: [UInt8]
        var written = 0

        init(descriptor: iconv_t, capacity: Int) {
            self.descriptor = descriptor
            out = [UInt8](repeating: 0, count: capacity)
        }

        mutating func convert(_ input: UnsafeBufferPointer<UInt8>) -> Result<[UInt8], Failure> {
            var inPointer = input.baseAddress.map { UnsafeMutableRawPointer(mutating: $0).assumingMemoryBound(to: CChar.self) }
            var inLeft = input.count
            while inLeft > 0 {
                if case .failed(let code) = call(&inPointer, &inLeft) { return .failure(failure(code, input.count - inLeft)) }
            }
            // A call without input flushes the base letter the converter holds back in case a
            // combining tone byte follows it.
            var none: UnsafeMutablePointer<CChar>? = nil
            var zero = 0
            while true {
                switch call(&none, &zero) {
                case .done: return .success(Array(out[0..<written]))
                case .grown: continue
                case .failed(let code): return .failure(failure(code, input.count))
                }
            }
        }

        private func failure(_ code: Int32, _ offset: Int) -> Failure {
            code == EILSEQ || code == EINVAL ? .invalidByte(offset: offset) : .unavailable(errno: code)
        }

        /// One iconv call from `written` on.
        private mutating func call(_ inPointer: inout UnsafeMutablePointer<CChar>?, _ inLeft: inout Int) -> Outcome {
            var outLeft = out.count - written
            let start = written
            let (result, code) = out.withUnsafeMutableBufferPointer { buffer -> (Int, Int32) in
                var outPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(buffer.baseAddress! + start)
                    .assumingMemoryBound(to: CChar.self)
                let result = iconv(descriptor, &inPointer, &inLeft, &outPointer, &outLeft)
                return (result, errno)
            }
            written = out.count - outLeft
            if result != -1 { return .done }
            guard code == E2BIG else { return .failed(code) }
            out += [UInt8](repeating: 0, count: max(out.count, 64))
            return .grown
        }
    }
}
