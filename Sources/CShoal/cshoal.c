#define _GNU_SOURCE
#include "cshoal.h"
#include <fcntl.h>
#include <unistd.h>
#include <sys/random.h>
#include <sys/prctl.h>
#include <signal.h>
#include <errno.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/signalfd.h>

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

pid_t cshoal_fork(void) { return fork(); }

void cshoal_closefrom(int low) { closefrom(low); }

int cshoal_send_with_fds(int socket, const void *bytes, size_t length, const int *fds, int count) {
    struct iovec vector = { .iov_base = (void *)bytes, .iov_len = length };
    char control[CMSG_SPACE(sizeof(int) * 4)];
    memset(control, 0, sizeof control);
    struct msghdr message = { .msg_iov = &vector, .msg_iovlen = 1 };
    if (count > 0) {
        if (count > 4) return -1;
        message.msg_control = control;
        message.msg_controllen = CMSG_SPACE(sizeof(int) * count);
        struct cmsghdr *header = CMSG_FIRSTHDR(&message);
        header->cmsg_level = SOL_SOCKET;
        header->cmsg_type = SCM_RIGHTS;
        header->cmsg_len = CMSG_LEN(sizeof(int) * count);
        memcpy(CMSG_DATA(header), fds, sizeof(int) * count);
    }
    ssize_t sent;
    do { sent = sendmsg(socket, &message, MSG_NOSIGNAL); } while (sent < 0 && errno == EINTR);
    return sent < 0 ? -1 : 0;
}

long cshoal_receive_with_fds(int socket, void *bytes, size_t length, int *fds, int capacity, int *count) {
    struct iovec vector = { .iov_base = bytes, .iov_len = length };
    char control[CMSG_SPACE(sizeof(int) * 4)];
    struct msghdr message = { .msg_iov = &vector, .msg_iovlen = 1, .msg_control = control, .msg_controllen = sizeof control };
    *count = 0;
    ssize_t received;
    do { received = recvmsg(socket, &message, MSG_CMSG_CLOEXEC); } while (received < 0 && errno == EINTR);
    if (received < 0) return -1;
    for (struct cmsghdr *header = CMSG_FIRSTHDR(&message); header; header = CMSG_NXTHDR(&message, header)) {
        if (header->cmsg_level != SOL_SOCKET || header->cmsg_type != SCM_RIGHTS) continue;
        int n = (int)((header->cmsg_len - CMSG_LEN(0)) / sizeof(int));
        int *received_fds = (int *)CMSG_DATA(header);
        for (int i = 0; i < n; i++) {
            if (*count < capacity) fds[(*count)++] = received_fds[i];
            else close(received_fds[i]);
        }
    }
    return (long)received;
}

int cshoal_child_signal_fd(void) {
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGCHLD);
    if (sigprocmask(SIG_BLOCK, &set, NULL) != 0) return -1;
    return signalfd(-1, &set, SFD_CLOEXEC);
}

void cshoal_unblock_signals(void) {
    sigset_t set;
    sigemptyset(&set);
    sigprocmask(SIG_SETMASK, &set, NULL);
}
