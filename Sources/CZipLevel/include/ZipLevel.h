#ifndef DOITHOAI_ZIP_LEVEL_H
#define DOITHOAI_ZIP_LEVEL_H

/// The deflate level (0–9) for the zip entries that libxlsxwriter writes from this thread
/// from now on; a negative level leaves the library's own choice (zlib's default, 6).
/// libxlsxwriter 1.1.4 has no option for it: see ZipLevel.c.
void doithoai_zip_level_set(int level);

#endif
