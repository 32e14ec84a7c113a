#ifndef SIAR_ATOMIC_RENAME_H
#define SIAR_ATOMIC_RENAME_H

/// Atomically exchanges two paths (Linux renameat2 with RENAME_EXCHANGE).
/// Returns 0 on success, -1 with errno set otherwise (ENOSYS/EINVAL where the file system or OS lacks it).
int siar_rename_exchange(const char *first, const char *second);

#endif
