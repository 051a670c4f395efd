#define _GNU_SOURCE
#include "cshoal.h"
#include <fcntl.h>
#include <unistd.h>
#include <sys/random.h>

int cshoal_pipe_cloexec(int fds[2]) { return pipe2(fds, O_CLOEXEC); }

int cshoal_spawn_add_chdir(posix_spawn_file_actions_t *actions, const char *path) {
    return posix_spawn_file_actions_addchdir_np(actions, path);
}

int cshoal_spawn_add_closefrom(posix_spawn_file_actions_t *actions, int low) {
    return posix_spawn_file_actions_addclosefrom_np(actions, low);
}

int cshoal_random_bytes(void *buffer, size_t length) { return (int)getrandom(buffer, length, 0); }
