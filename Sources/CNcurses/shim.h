#ifndef READER_CNCURSES_SHIM_H
#define READER_CNCURSES_SHIM_H
#define NCURSES_WIDECHAR 1
#define _XOPEN_SOURCE_EXTENDED 1
#include <locale.h>
#include <langinfo.h>
#include <stdio.h>
#include <ncursesw/curses.h>

/// Values that ncurses builds with macros, which Swift cannot import.
static inline WINDOW *reader_stdscr(void) { return stdscr; }
static inline int reader_lines(void) { return LINES; }
static inline int reader_cols(void) { return COLS; }
static inline attr_t reader_a_bold(void) { return A_BOLD; }
static inline attr_t reader_a_reverse(void) { return A_REVERSE; }
static inline attr_t reader_a_underline(void) { return A_UNDERLINE; }
static inline attr_t reader_a_dim(void) { return A_DIM; }
static inline attr_t reader_a_normal(void) { return A_NORMAL; }
static inline int reader_key_resize(void) { return KEY_RESIZE; }
static inline int reader_colors(void) { return COLORS; }
static inline int reader_color_pairs(void) { return COLOR_PAIRS; }
static inline FILE *reader_fopen_rw(const char *path, const char *mode) { return fopen(path, mode); }
/// Mouse events the reader asks for when the user turns the mouse on: click and wheel.
static inline mmask_t reader_mouse_mask(void) { return BUTTON1_CLICKED | BUTTON4_PRESSED | BUTTON5_PRESSED; }
static inline mmask_t reader_button1_clicked(void) { return BUTTON1_CLICKED; }
static inline mmask_t reader_wheel_up(void) { return BUTTON4_PRESSED; }
static inline mmask_t reader_wheel_down(void) { return BUTTON5_PRESSED; }
static inline int reader_key_mouse(void) { return KEY_MOUSE; }
#endif
