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
/// fork(2), which Swift's Glibc module does not offer. Only for a process
/// with a single thread (the job fork server).
pid_t cshoal_fork(void);
/// closefrom(2): closes every descriptor >= low.
void cshoal_closefrom(int low);
/// Sends `length` bytes and `count` descriptors (SCM_RIGHTS) on a Unix socket.
int cshoal_send_with_fds(int socket, const void *bytes, size_t length, const int *fds, int count);
/// Receives one message and up to `capacity` descriptors (close-on-exec);
/// returns the bytes received (0 at end of file, -1 on error) and sets
/// `*count` to the descriptors received.
long cshoal_receive_with_fds(int socket, void *bytes, size_t length, int *fds, int capacity, int *count);
/// Blocks SIGCHLD and returns a signalfd that reads it (close-on-exec).
int cshoal_child_signal_fd(void);
/// Unblocks every signal (a forked child of the fork server).
void cshoal_unblock_signals(void);
#include "cshoal_http.h"
#endif
