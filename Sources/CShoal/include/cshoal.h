// Small C helpers for calls Swift's Glibc module hides behind _GNU_SOURCE
// (pipe2, posix_spawn's chdir and closefrom actions, getrandom).
#ifndef CSHOAL_H
#define CSHOAL_H
#include <spawn.h>
#include <sys/types.h>

/// pipe2(fds, O_CLOEXEC): both ends close-on-exec, atomically.
int cshoal_pipe_cloexec(int fds[2]);
/// posix_spawn_file_actions_addchdir_np.
int cshoal_spawn_add_chdir(posix_spawn_file_actions_t *actions, const char *path);
/// posix_spawn_file_actions_addclosefrom_np: close every fd >= low in the child.
int cshoal_spawn_add_closefrom(posix_spawn_file_actions_t *actions, int low);
/// Fills a buffer with random bytes.
int cshoal_random_bytes(void *buffer, size_t length);
/// Puts the spawned child in a new process group of its own.
int cshoal_spawnattr_new_group(posix_spawnattr_t *attributes);
/// Asks the kernel to kill this process when its parent dies.
int cshoal_die_with_parent(void);
#endif
