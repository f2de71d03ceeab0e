#ifndef DOITHOAI_TEMPORARY_FILES_H
#define DOITHOAI_TEMPORARY_FILES_H

#include <stddef.h>
#include <stdio.h>

/// libxlsxwriter's own function, defined again here (see TemporaryFiles.c): a temporary
/// file for a workbook's parts and streamed rows, held in memory while the process's
/// budget lasts and moved to an unlinked file in `tmpdir` beyond it.
FILE *lxw_tmpfile(const char *tmpdir);

/// Sets how many bytes all temporary files together may hold in memory (32 MiB unless
/// set); returns the budget before. Files already moved to disk stay there.
size_t doithoai_temporary_memory_set_budget(size_t bytes);

/// Bytes the open temporary files hold in memory now.
size_t doithoai_temporary_memory_in_use(void);

/// How many temporary files have been moved to disk since the process started.
size_t doithoai_temporary_files_moved_to_disk(void);

/// The errno of the first temporary-file failure on this thread since the last call
/// (0 when none), and forgets it. libxlsxwriter does not check its writes to temporary
/// files, so XLSXWorkbook asks here after closing a workbook.
int doithoai_temporary_files_take_error(void);

#endif
