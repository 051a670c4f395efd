#define _GNU_SOURCE
#include "cshoal.h"
#include <fcntl.h>
#include <unistd.h>
#include <sys/random.h>
#include <sys/prctl.h>
#include <signal.h>

int cshoal_pipe_cloexec(int fds[2]) { return pipe2(fds, O_CLOEXEC); }

int cshoal_spawn_add_chdir(posix_spawn_file_actions_t *actions, const char *path) {
    return posix_spawn_file_actions_addchdir_np(actions, path);
}

int cshoal_spawn_add_closefrom(posix_spawn_file_actions_t *actions, int low) {
    return posix_spawn_file_actions_addclosefrom_np(actions, low);
}

int cshoal_random_bytes(void *buffer, size_t length) { return (int)getrandom(buffer, length, 0); }

int cshoal_spawnattr_new_group(posix_spawnattr_t *attributes) {
    short flags = 0;
    posix_spawnattr_getflags(attributes, &flags);
    posix_spawnattr_setflags(attributes, flags | POSIX_SPAWN_SETPGROUP);
    return posix_spawnattr_setpgroup(attributes, 0);
}

int cshoal_die_with_parent(void) { return prctl(PR_SET_PDEATHSIG, SIGKILL); }
