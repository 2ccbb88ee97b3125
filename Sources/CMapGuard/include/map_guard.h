#ifndef REGQ_MAP_GUARD_H
#define REGQ_MAP_GUARD_H

#include <stddef.h>

/// Guards a read-only file mapping against the file being cut short while it is mapped
/// (a spreadsheet saving over it, a sync tool): a read past the file's new end raises
/// SIGBUS, which would kill the process. Inside a guarded range, the fault is absorbed
/// instead: a page of zeros is mapped where the file's page was, the read goes on, and
/// the range is marked as faulted, for the reader to refuse what it read. A fault
/// anywhere else is left to the handler that was there before (by default, the crash).
///
/// Returns the guard's slot, or -1 when every slot is taken (then map nothing; read the
/// file instead).
int regq_map_guard_add(const void *start, size_t length);

/// Whether a read in the slot's range faulted since it was added.
int regq_map_guard_faulted(int slot);

/// Frees the slot (before the range is unmapped).
void regq_map_guard_remove(int slot);

#endif
