#ifndef LOOPSCOPE_CNCURSES_SHIM_H
#define LOOPSCOPE_CNCURSES_SHIM_H
#define _XOPEN_SOURCE_EXTENDED 1
#define NCURSES_WIDECHAR 1
#include <locale.h>
#include <signal.h>
#include <stdlib.h>
#include <unistd.h>
#include <wchar.h>
#include <ncursesw/ncurses.h>

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
#endif
