#ifndef DOITHOAI_PREFETCH_H
#define DOITHOAI_PREFETCH_H

/// Asks the processor to bring the cache line holding `address` in, for reading, without
/// waiting for it (Swift has no such hint). Inlined into the Swift that calls it.
static inline void doithoai_prefetch(const void *address) {
    __builtin_prefetch(address, 0, 3);
}

#endif
