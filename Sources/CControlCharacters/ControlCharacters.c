// libxlsxwriter's test for control characters, as its authors meant it.
//
// Debian's libxlsxwriter 1.1.4 loops `while (string)` instead of `while (*string)` in
// lxw_has_control_characters, so the loop can only end at the terminating NUL, which it
// counts as a control character: the function answers "yes" for every string (its
// compiled body is `return string != NULL`). So every text cell of a constant-memory
// sheet went through lxw_escape_control_characters, which callocs seven times the text's
// length and copies it byte by byte: 2.6% of a 1M run's write-stage CPU in the copy alone,
// plus the calloc and the allocator's slow paths for those large blocks (perf, BENCHMARKS.md).
//
// libxlsxwriter calls the function through its PLT, so the dynamic linker binds those
// calls to this definition (the executable's symbols come first), as with ZipLevel.c.
// Texts that do hold a control character are still escaped by the library itself; texts
// without one are copied as they are, which is what the escaping gave them: the cells'
// XML is unchanged, byte for byte (XLSXControlCharacterTests).

#include "ControlCharacters.h"

#include <stddef.h>
#include <stdint.h>

uint8_t lxw_has_control_characters(const char *string) {
    if (string == NULL) return 0;
    for (const unsigned char *byte = (const unsigned char *)string; *byte; byte++) {
        // The characters below 0x20 that lxw_escape_control_characters writes as _xHHHH_:
        // all of them but tab and line feed.
        if (*byte < 0x20 && *byte != 0x09 && *byte != 0x0A) return 1;
    }
    return 0;
}
