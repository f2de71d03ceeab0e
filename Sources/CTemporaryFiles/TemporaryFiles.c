// libxlsxwriter's temporary files, held in memory while a budget lasts.
//
// libxlsxwriter 1.1.4 (Debian's) writes every part of a workbook (each sheet, the styles,
// the content types, …) and every streamed sheet's rows to a temporary file of its own,
// made by lxw_tmpfile: created in the temporary directory, unlinked, written, read back into
// the zip file and closed. A run at 5,000 questions writes 76 workbooks and so creates and
// deletes ~830 files; perf showed the kernel's file creation and deletion (ext4 looking for
// a free inode among the recently deleted ones, the directory's lock contended by the two
// workers) at about a quarter of that run's CPU. Held in memory, the same parts cost a
// copy (BENCHMARKS.md, "libxlsxwriter's temporary files in memory").
//
// libxlsxwriter calls lxw_tmpfile through its PLT, so the dynamic linker binds those calls
// to this definition (the executable's symbols come first), as with ZipLevel.c. Each file is
// a stdio stream over functions of ours (glibc's fopencookie), so the library reads, writes
// and seeks it as before. All files together hold at most a budget in memory (32 MiB unless
// set; a run of 5,000 questions needs ~27 MB at the most, 10,000 ~58 MB): a file that would
// go beyond it is moved to an unlinked file on disk in the workbook's temporary directory
// and continues there, so a big streamed sheet costs no more memory than before. Should no
// file on disk be made, the file stays in memory rather than lose rows.
//
// libxlsxwriter does not check its writes to temporary files: a failed write would leave
// a workbook with parts missing and no error. So failures are remembered for the thread
// (doithoai_temporary_files_take_error), which XLSXWorkbook.close() asks.

#define _GNU_SOURCE
#include "TemporaryFiles.h"

#include <errno.h>
#include <fcntl.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <unistd.h>

static _Atomic size_t budget = (size_t)32 << 20;
static _Atomic size_t inUse = 0;
static _Atomic size_t movedToDisk = 0;
static _Thread_local int firstError = 0;

/// One temporary file: bytes in memory until it is moved to `fd` on disk.
typedef struct {
    char *bytes;
    size_t capacity;  // what `bytes` holds room for, charged to the budget
    off64_t length;
    off64_t position;
    int fd;           // -1 while in memory
    char *directory;  // where a file on disk is made; NULL for the system's
} TemporaryFile;

size_t doithoai_temporary_memory_set_budget(size_t bytes) { return atomic_exchange(&budget, bytes); }

size_t doithoai_temporary_memory_in_use(void) { return atomic_load(&inUse); }

size_t doithoai_temporary_files_moved_to_disk(void) { return atomic_load(&movedToDisk); }

int doithoai_temporary_files_take_error(void) {
    int error = firstError;
    firstError = 0;
    return error;
}

static void noteError(int error) {
    if (firstError == 0) firstError = error != 0 ? error : EIO;
}

/// Takes `bytes` from the budget if it has them.
static int charge(size_t bytes) {
    size_t used = atomic_load(&inUse);
    do {
        if (used + bytes > atomic_load(&budget)) return 0;
    } while (!atomic_compare_exchange_weak(&inUse, &used, used + bytes));
    return 1;
}

/// An unlinked file, read and write, in `directory` (else $TMPDIR, else /tmp); -1 if none.
static int openOnDisk(const char *directory) {
    const char *folder = directory != NULL && *directory != '\0' ? directory : getenv("TMPDIR");
    if (folder == NULL || *folder == '\0') folder = "/tmp";
#ifdef O_TMPFILE
    // Never has a name, so nothing is left behind even if the process is killed.
    int fd = open(folder, O_TMPFILE | O_RDWR | O_CLOEXEC, 0600);
    if (fd >= 0) return fd;
#endif
    size_t size = strlen(folder) + sizeof("/doithoai-XXXXXX");
    char *path = malloc(size);
    if (path == NULL) return -1;
    snprintf(path, size, "%s/doithoai-XXXXXX", folder);
    int named = mkostemp(path, O_CLOEXEC);
    if (named >= 0) unlink(path);
    free(path);
    return named;
}

static int writeAll(int fd, const char *bytes, size_t size, off64_t offset) {
    while (size > 0) {
        ssize_t written = pwrite64(fd, bytes, size, offset);
        if (written < 0 && errno == EINTR) continue;
        if (written <= 0) return 0;
        bytes += written;
        size -= (size_t)written;
        offset += written;
    }
    return 1;
}

/// Moves the file's bytes to a file on disk; 0 (and nothing changed) if that fails.
static int moveToDisk(TemporaryFile *file) {
    int fd = openOnDisk(file->directory);
    if (fd < 0) return 0;
    if (!writeAll(fd, file->bytes, (size_t)file->length, 0)) {
        close(fd);
        return 0;
    }
    free(file->bytes);
    atomic_fetch_sub(&inUse, file->capacity);
    file->bytes = NULL;
    file->capacity = 0;
    file->fd = fd;
    atomic_fetch_add(&movedToDisk, 1);
    return 1;
}

/// Makes room for `needed` bytes in memory, or moves the file to disk when the budget
/// is spent; 0 only when memory itself ran out.
static int makeRoom(TemporaryFile *file, size_t needed) {
    if (needed <= file->capacity) return 1;
    size_t capacity = file->capacity > 0 ? file->capacity : 16384;
    while (capacity < needed) capacity *= 2;
    size_t growth = capacity - file->capacity;
    if (!charge(growth)) {
        if (moveToDisk(file)) return 1;
        atomic_fetch_add(&inUse, growth);  // no file on disk: over budget rather than lose bytes
    }
    char *grown = realloc(file->bytes, capacity);
    if (grown == NULL) {
        atomic_fetch_sub(&inUse, growth);
        noteError(ENOMEM);
        return 0;
    }
    file->bytes = grown;
    file->capacity = capacity;
    return 1;
}

static ssize_t writeBytes(void *cookie, const char *bytes, size_t size) {
    TemporaryFile *file = cookie;
    off64_t end = file->position + (off64_t)size;
    if (file->fd < 0 && !makeRoom(file, (size_t)end)) return 0;  // stdio's sign of a failed write
    if (file->fd >= 0) {
        if (!writeAll(file->fd, bytes, size, file->position)) {
            noteError(errno);
            return 0;
        }
    } else {
        if (file->position > file->length) {
            memset(file->bytes + file->length, 0, (size_t)(file->position - file->length));
        }
        memcpy(file->bytes + file->position, bytes, size);
    }
    file->position = end;
    if (end > file->length) file->length = end;
    return (ssize_t)size;
}

static ssize_t readBytes(void *cookie, char *bytes, size_t size) {
    TemporaryFile *file = cookie;
    if (file->position >= file->length) return 0;
    size_t available = (size_t)(file->length - file->position);
    if (size > available) size = available;
    if (file->fd >= 0) {
        ssize_t read;
        do read = pread64(file->fd, bytes, size, file->position);
        while (read < 0 && errno == EINTR);
        if (read < 0) {
            noteError(errno);
            return -1;
        }
        size = (size_t)read;
    } else {
        memcpy(bytes, file->bytes + file->position, size);
    }
    file->position += (off64_t)size;
    return (ssize_t)size;
}

static int seekTo(void *cookie, off64_t *offset, int whence) {
    TemporaryFile *file = cookie;
    if (whence != SEEK_SET && whence != SEEK_CUR && whence != SEEK_END) {
        errno = EINVAL;
        return -1;
    }
    off64_t base = whence == SEEK_SET ? 0 : whence == SEEK_CUR ? file->position : file->length;
    off64_t position = base + *offset;
    if (position < 0) {
        errno = EINVAL;
        return -1;
    }
    file->position = position;
    *offset = position;
    return 0;
}

static int closeFile(void *cookie) {
    TemporaryFile *file = cookie;
    free(file->bytes);
    atomic_fetch_sub(&inUse, file->capacity);
    if (file->fd >= 0) close(file->fd);
    free(file->directory);
    free(file);
    return 0;
}

FILE *lxw_tmpfile(const char *tmpdir) {
    TemporaryFile *file = calloc(1, sizeof *file);
    if (file == NULL) return NULL;
    file->fd = -1;
    if (tmpdir != NULL && (file->directory = strdup(tmpdir)) == NULL) {
        free(file);
        return NULL;
    }
    cookie_io_functions_t functions = {.read = readBytes, .write = writeBytes, .seek = seekTo, .close = closeFile};
    FILE *stream = fopencookie(file, "w+", functions);
    if (stream == NULL) {
        free(file->directory);
        free(file);
    }
    return stream;
}
