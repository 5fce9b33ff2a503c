/*
 * wheelwright's compiler shim: stands in for CC/CXX/LDSHARED and lets the coordinator in the
 * action's process decide what runs. It runs once per compile, so it does the least it can:
 * send its argv, run what it is told, report the exit and the kernel's rusage, exit as told.
 *
 * Messages both ways: a decimal count, then that many strings, each ended by a NUL byte.
 * If the coordinator cannot be reached, the shim runs the compiler itself and says so on stderr
 * and in WHEELWRIGHT_FALLBACK_LOG, so a build never hangs on wheelwright.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#define MAX_STRINGS 65536

static int write_all(int fd, const char *data, size_t size)
{
    while (size > 0) {
        ssize_t n = write(fd, data, size);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return -1;
        data += n;
        size -= (size_t)n;
    }
    return 0;
}

/* The whole message in one write: written a string at a time, it reached the coordinator as up
 * to one socket event per argument, each costing the node process a wake-up and a copy. */
static int send_strings(int fd, int count, char **strings)
{
    char head[32];
    size_t length = (size_t)snprintf(head, sizeof head, "%d", count) + 1, size = length;
    for (int i = 0; i < count; i++)
        size += strlen(strings[i]) + 1;
    char *message = malloc(size);
    if (message == NULL)
        return -1;
    memcpy(message, head, length);
    size_t at = length;
    for (int i = 0; i < count; i++) {
        size_t n = strlen(strings[i]) + 1;
        memcpy(message + at, strings[i], n);
        at += n;
    }
    int result = write_all(fd, message, size);
    free(message);
    return result;
}

/* Replies are read through this buffer, not a byte per read(): a "run" reply holds the whole
 * compile command, which was a system call per byte. */
static char inbox[4096];
static size_t inbox_next, inbox_end;

static int next_byte(int fd, char *c)
{
    while (inbox_next == inbox_end) {
        ssize_t n = read(fd, inbox, sizeof inbox);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return -1;
        inbox_next = 0;
        inbox_end = (size_t)n;
    }
    *c = inbox[inbox_next++];
    return 0;
}

/* Reads one NUL-terminated string; returns a malloc'd copy or NULL at end of stream. */
static char *read_string(int fd)
{
    size_t capacity = 256, size = 0;
    char *text = malloc(capacity);
    for (;;) {
        char c;
        if (next_byte(fd, &c) < 0) {
            free(text);
            return NULL;
        }
        if (size + 1 >= capacity)
            text = realloc(text, capacity *= 2);
        text[size++] = c;
        if (c == '\0')
            return text;
    }
}

static char **read_strings(int fd, int *count)
{
    char *head = read_string(fd);
    if (head == NULL)
        return NULL;
    *count = atoi(head);
    free(head);
    if (*count < 1 || *count > MAX_STRINGS)
        return NULL;
    char **strings = calloc((size_t)*count + 1, sizeof(char *));
    for (int i = 0; i < *count; i++)
        if ((strings[i] = read_string(fd)) == NULL)
            return NULL;
    return strings;
}

static double now_us(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec * 1e6 + t.tv_nsec / 1e3;
}

/* Runs argv; fills the numbers the coordinator records: exit, signal, peak RSS, times. */
static int run(char **argv, char results[6][32])
{
    double start = now_us();
    pid_t pid = fork();
    if (pid < 0)
        return -1;
    if (pid == 0) {
        execvp(argv[0], argv);
        fprintf(stderr, "wheelwright-shim: cannot run %s: %s\n", argv[0], strerror(errno));
        _exit(127);
    }
    int status;
    struct rusage usage;
    while (wait4(pid, &status, 0, &usage) < 0)
        if (errno != EINTR)
            return -1;
    snprintf(results[0], 32, "%d", WIFEXITED(status) ? WEXITSTATUS(status) : -1);
    snprintf(results[1], 32, "%d", WIFSIGNALED(status) ? WTERMSIG(status) : 0);
    /* ru_maxrss covers the driver and the descendants it waited for: cc1, cc1plus, lto1, ld.
     * The coordinator takes KiB, Linux's unit; macOS's getrusage(2) gives bytes. */
#ifdef __APPLE__
    snprintf(results[2], 32, "%ld", (long)(usage.ru_maxrss / 1024));
#else
    snprintf(results[2], 32, "%ld", usage.ru_maxrss);
#endif
    snprintf(results[3], 32, "%ld", usage.ru_utime.tv_sec * 1000000L + usage.ru_utime.tv_usec);
    snprintf(results[4], 32, "%ld", usage.ru_stime.tv_sec * 1000000L + usage.ru_stime.tv_usec);
    snprintf(results[5], 32, "%.0f", now_us() - start);
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

static int run_directly(char **argv, const char *why)
{
    fprintf(stderr, "wheelwright-shim: %s; compiling without wheelwright\n", why);
    const char *log = getenv("WHEELWRIGHT_FALLBACK_LOG");
    if (log != NULL) {
        int fd = open(log, O_WRONLY | O_APPEND | O_CREAT, 0644);
        if (fd >= 0) {
            dprintf(fd, "%s: %s\n", why, argv[0]);
            close(fd);
        }
    }
    execvp(argv[0], argv);
    fprintf(stderr, "wheelwright-shim: cannot run %s: %s\n", argv[0], strerror(errno));
    return 127;
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: wheelwright-shim COMPILER [ARGS...]\n");
        return 2;
    }
    const char *path = getenv("WHEELWRIGHT_SOCKET");
    if (path == NULL || strlen(path) >= sizeof(((struct sockaddr_un *)0)->sun_path))
        return run_directly(argv + 1, "WHEELWRIGHT_SOCKET is not set or too long");
    /* Close-on-exec, or every compiler the shim runs would hold the coordinator's connection.
     * macOS has no SOCK_CLOEXEC: the flag is set at once instead, before the shim forks.
     * SHIM_FCNTL_CLOEXEC takes that path on Linux too, for the tests. */
#if defined(SOCK_CLOEXEC) && !defined(SHIM_FCNTL_CLOEXEC)
    int fd = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
#else
    int fd = socket(AF_UNIX, SOCK_STREAM, 0);
    if (fd >= 0 && fcntl(fd, F_SETFD, FD_CLOEXEC) < 0) {
        close(fd);
        fd = -1;
    }
#endif
    struct sockaddr_un address = {.sun_family = AF_UNIX};
    strcpy(address.sun_path, path);
    if (fd < 0 || connect(fd, (struct sockaddr *)&address, sizeof address) < 0)
        return run_directly(argv + 1, "the coordinator is not reachable");
    signal(SIGPIPE, SIG_IGN);

    char cwd[4096];
    if (getcwd(cwd, sizeof cwd) == NULL)
        strcpy(cwd, ".");
    const char *build = getenv("WHEELWRIGHT_BUILD");
    char **hello = calloc((size_t)argc + 2, sizeof(char *));
    hello[0] = "request";
    hello[1] = (char *)(build ? build : "");
    hello[2] = cwd;
    for (int i = 1; i < argc; i++)
        hello[i + 2] = argv[i];
    if (send_strings(fd, argc + 2, hello) < 0)
        return run_directly(argv + 1, "the coordinator hung up");

    int last = -1;
    for (;;) {
        int count;
        char **reply = read_strings(fd, &count);
        if (reply == NULL)
            return last >= 0 ? last : run_directly(argv + 1, "the coordinator hung up");
        if (strcmp(reply[0], "exit") == 0 && count == 2)
            return atoi(reply[1]);
        if (strcmp(reply[0], "run") != 0 || count < 2)
            return run_directly(argv + 1, "the coordinator sent an unknown reply");
        char results[6][32];
        last = run(reply + 1, results);
        if (last < 0)
            return run_directly(argv + 1, "fork or wait failed");
        char *done[7] = {"done", results[0], results[1], results[2], results[3], results[4], results[5]};
        if (send_strings(fd, 7, done) < 0)
            return last;
    }
}
