#ifndef LOOPSCOPE_CNCURSES_SHIM_H
#define LOOPSCOPE_CNCURSES_SHIM_H
#define _XOPEN_SOURCE_EXTENDED 1
#define NCURSES_WIDECHAR 1
#include <errno.h>
#include <fcntl.h>
#include <locale.h>
#include <poll.h>
#include <signal.h>
#include <sys/ioctl.h>
#include <stdlib.h>
#include <unistd.h>
#include <wchar.h>
#include <ncursesw/ncurses.h>
#include <ncursesw/term.h>

/* ncurses' macros and globals, as functions Swift can call (macros with
   arguments and C globals do not import cleanly under strict concurrency). */
static inline WINDOW *ls_stdscr(void) { return stdscr; }
static inline int ls_color_pairs(void) { return COLOR_PAIRS; }
static inline attr_t ls_a_bold(void) { return A_BOLD; }
static inline attr_t ls_a_dim(void) { return A_DIM; }
static inline attr_t ls_a_reverse(void) { return A_REVERSE; }
static inline attr_t ls_a_underline(void) { return A_UNDERLINE; }
static inline int ls_lines(void) { return LINES; }
static inline int ls_cols(void) { return COLS; }

/* Draws one cell: up to 4 wide characters (a base and combining marks). */
static inline int ls_put_cell(int y, int x, const wchar_t *wch, attr_t attrs, short pair) {
    cchar_t c;
    if (setcchar(&c, wch, attrs, pair, NULL) == ERR) return ERR;
    return mvadd_wch(y, x, &c);
}

/* The terminal is restored on every way out: a normal exit (atexit), and
   SIGINT, SIGTERM, SIGHUP, SIGQUIT. The handlers only call endwin and _exit,
   which keeps them out of Swift (no runtime, no actors, no allocation). */
static void ls_restore_terminal(void) {
    if (!isendwin()) endwin();
}

static void ls_on_fatal_signal(int sig) {
    ls_restore_terminal();
    _exit(128 + sig);
}

/* A crash (a Swift trap is SIGILL or SIGTRAP) restores the terminal, then
   dies of the same signal so the exit status and core dump stay honest. */
static void ls_on_crash_signal(int sig) {
    ls_restore_terminal();
    signal(sig, SIG_DFL);
    raise(sig);
}

static inline void ls_install_restore_handlers(void) {
    atexit(ls_restore_terminal);
    signal(SIGILL, ls_on_crash_signal);
    signal(SIGTRAP, ls_on_crash_signal);
    signal(SIGABRT, ls_on_crash_signal);
    signal(SIGSEGV, ls_on_crash_signal);
    signal(SIGBUS, ls_on_crash_signal);
    signal(SIGFPE, ls_on_crash_signal);
    signal(SIGINT, ls_on_fatal_signal);
    signal(SIGTERM, ls_on_fatal_signal);
    signal(SIGHUP, ls_on_fatal_signal);
    signal(SIGQUIT, ls_on_fatal_signal);
}

static inline void ls_endwin(void) { ls_restore_terminal(); }

/* Resizes wake the UI thread through a self-pipe: SIGWINCH may be delivered
   to another thread, which would leave a blocking wgetch asleep. The handler
   chains to ncurses' own, so the next wgetch still returns KEY_RESIZE. */
/* State lives in function-local statics: Swift's importer does not emit
   file-scope static variables of a header. */
static int *ls_winch_pipe_fds(void) { static int fds[2] = {-1, -1}; return fds; }
static struct sigaction *ls_prev_winch_action(void) { static struct sigaction prev; return &prev; }
#define ls_winch_pipe (ls_winch_pipe_fds())
#define ls_prev_winch (*ls_prev_winch_action())

static void ls_on_winch(int sig) {
    int saved = errno;
    if (ls_winch_pipe[1] >= 0) {
        char c = 1;
        ssize_t ignored = write(ls_winch_pipe[1], &c, 1);
        (void)ignored;
    }
    if (!(ls_prev_winch.sa_flags & SA_SIGINFO) && ls_prev_winch.sa_handler != SIG_DFL
        && ls_prev_winch.sa_handler != SIG_IGN) {
        ls_prev_winch.sa_handler(sig);
    }
    errno = saved;
}

static inline int ls_install_winch_pipe(void) {
    /* A parent (a test harness, a service manager) may have blocked SIGWINCH,
       and the mask is inherited: without it a resize would never be seen. */
    sigset_t winch;
    sigemptyset(&winch);
    sigaddset(&winch, SIGWINCH);
    sigprocmask(SIG_UNBLOCK, &winch, NULL);
    if (pipe(ls_winch_pipe) != 0) return -1;
    for (int i = 0; i < 2; i++) fcntl(ls_winch_pipe[i], F_SETFL, fcntl(ls_winch_pipe[i], F_GETFL) | O_NONBLOCK);
    struct sigaction sa;
    sa.sa_handler = ls_on_winch;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESTART;
    return sigaction(SIGWINCH, &sa, &ls_prev_winch);
}

/* Sleeps until a key may be read or the window was resized, or timeout_ms
   passes (-1: no timeout). Returns 1 if woken by input or a resize. */
static inline int ls_wait_input(int timeout_ms) {
    struct pollfd fds[2] = {{0, POLLIN, 0}, {ls_winch_pipe[0], POLLIN, 0}};
    int n = ls_winch_pipe[0] >= 0 ? 2 : 1;
    int r = poll(fds, n, timeout_ms);
    if (r > 0 && n == 2 && (fds[1].revents & POLLIN)) {
        char buf[64];
        while (read(ls_winch_pipe[0], buf, sizeof buf) > 0) {}
    }
    return r > 0;
}

/* Before initscr (which exits with its own message on an unknown TERM):
   0 the terminal can draw the visualizer; 1 TERM is unset or has no
   terminfo entry; 2 it cannot move the cursor (TERM=dumb). */
static inline int ls_term_status(void) {
    int err = 0;
    if (setupterm(NULL, 1, &err) != OK) return 1;
    const char *cup = tigetstr("cup");
    return (cup == NULL || cup == (const char *)-1) ? 2 : 0;
}

/* Clicks and the wheel, reported at once (no click-interval wait). */
static inline void ls_enable_mouse(void) {
    mouseinterval(0);
    mousemask(BUTTON1_PRESSED | BUTTON1_CLICKED | BUTTON4_PRESSED | BUTTON5_PRESSED, NULL);
}

/* The pending mouse event: 1 with its cell and kind (0 left button,
   1 wheel up, 2 wheel down), 0 for none or another button. */
static inline int ls_get_mouse(int *x, int *y, int *kind) {
    MEVENT ev;
    if (getmouse(&ev) != OK) return 0;
    *x = ev.x;
    *y = ev.y;
    if (ev.bstate & BUTTON4_PRESSED) { *kind = 1; return 1; }
    if (ev.bstate & BUTTON5_PRESSED) { *kind = 2; return 1; }
    if (ev.bstate & (BUTTON1_PRESSED | BUTTON1_CLICKED)) { *kind = 0; return 1; }
    return 0;
}
/* The window's size from the terminal itself: when a SIGWINCH was lost (a
   parent that blocks it), the next key still redraws at the right size.
   Returns 1 if it changed (ncurses is told). */
static inline int ls_check_resize(void) {
    struct winsize ws;
    if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) != 0 || ws.ws_row == 0 || ws.ws_col == 0) return 0;
    if (ws.ws_row == LINES && ws.ws_col == COLS) return 0;
    resizeterm(ws.ws_row, ws.ws_col);
    return 1;
}
#endif
