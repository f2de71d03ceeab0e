// A deflate level for libxlsxwriter's zip files.
//
// libxlsxwriter 1.1.4 (Debian's) packs each workbook with minizip and always asks for
// Z_DEFAULT_COMPRESSION (level 6); it has no option to choose. Deflating is the largest
// single cost of writing a big workbook: at 100k questions the consolidated workbook is
// ~330 MB of sheet XML, and level 2 deflates it ~2.7x faster than level 6 for a file ~30%
// larger (BENCHMARKS.md, "A faster deflate level").
//
// So this file defines minizip's zipOpenNewFileInZip4_64, which libxlsxwriter calls
// through the dynamic linker: a symbol an executable defines comes first in the lookup,
// so libxlsxwriter reaches this function, which calls minizip's own (found with
// RTLD_NEXT) with the level of the calling thread. Everything else is passed unchanged.
// The level is per thread because workbooks are closed side by side (ParallelJobs).
// Should a platform not bind it (libxlsxwriter built with its own bundled minizip),
// workbooks are written at the library's level as before: XLSXDeflateLevelTests then fails.

#define _GNU_SOURCE
#include <dlfcn.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>

#include "ZipLevel.h"

// minizip 1.1's types (zip.h), spelled out so that libminizip-dev is not needed to build.
typedef void *zipFile;
typedef unsigned long uLong;
typedef unsigned int uInt;

typedef int (*OpenEntry)(zipFile file, const char *filename, const void *zipfi,
                         const void *extrafield_local, uInt size_extrafield_local,
                         const void *extrafield_global, uInt size_extrafield_global,
                         const char *comment, int method, int level, int raw, int windowBits,
                         int memLevel, int strategy, const char *password, uLong crcForCrypting,
                         uLong versionMadeBy, uLong flagBase, int zip64);

static _Thread_local int chosenLevel = -1;

void doithoai_zip_level_set(int level) { chosenLevel = level > 9 ? 9 : level; }

int zipOpenNewFileInZip4_64(zipFile file, const char *filename, const void *zipfi,
                            const void *extrafield_local, uInt size_extrafield_local,
                            const void *extrafield_global, uInt size_extrafield_global,
                            const char *comment, int method, int level, int raw, int windowBits,
                            int memLevel, int strategy, const char *password, uLong crcForCrypting,
                            uLong versionMadeBy, uLong flagBase, int zip64) {
    static _Atomic(OpenEntry) minizip = NULL;
    OpenEntry open = atomic_load(&minizip);
    if (open == NULL) {
        open = (OpenEntry)dlsym(RTLD_NEXT, "zipOpenNewFileInZip4_64");
        if (open == NULL) {
            // No minizip after this one: nothing sensible to call. -104 is ZIP_INTERNALERROR,
            // which libxlsxwriter reports as a failed close, so the run says so.
            fprintf(stderr, "doithoai: minizip's zipOpenNewFileInZip4_64 not found: %s\n", dlerror());
            return -104;
        }
        atomic_store(&minizip, open);
    }
    int useLevel = chosenLevel >= 0 ? chosenLevel : level;
    return open(file, filename, zipfi, extrafield_local, size_extrafield_local, extrafield_global,
                size_extrafield_global, comment, method, useLevel, raw, windowBits, memLevel, strategy,
                password, crcForCrypting, versionMadeBy, flagBase, zip64);
}
