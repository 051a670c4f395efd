/* Shims over libedit's variadic calls (Swift cannot call el_set, el_get or
 * history) and over C globals that Swift 6 rejects as shared mutable state.
 * No static variables here: each importing module would get its own copy. */
#ifndef SHOAL_CEDITLINE_SHIM_H
#define SHOAL_CEDITLINE_SHIM_H
#include <stdio.h>
#include <wchar.h>
#include <histedit.h>

typedef char *(*shim_prompt_fn)(EditLine *);
typedef unsigned char (*shim_cmd_fn)(EditLine *, int);
typedef int (*shim_getc_fn)(EditLine *, wchar_t *);

static inline FILE *shim_stdin(void)  { return stdin; }
static inline FILE *shim_stdout(void) { return stdout; }
static inline FILE *shim_stderr(void) { return stderr; }
static inline int shim_wcwidth(wchar_t c) { extern int wcwidth(wchar_t); return wcwidth(c); }

static inline int shim_el_set_prompt(EditLine *e, shim_prompt_fn f) { return el_set(e, EL_PROMPT, f); }
static inline int shim_el_set_prompt_esc(EditLine *e, shim_prompt_fn f, char esc) { return el_set(e, EL_PROMPT_ESC, f, esc); }
static inline int shim_el_set_editor(EditLine *e, const char *m) { return el_set(e, EL_EDITOR, m); }
static inline int shim_el_set_signal(EditLine *e, int on) { return el_set(e, EL_SIGNAL, on); }
static inline int shim_el_set_hist(EditLine *e, History *h) { return el_set(e, EL_HIST, history, h); }
static inline int shim_el_set_getcfn(EditLine *e, shim_getc_fn f) { return el_set(e, EL_GETCFN, f); }
static inline int shim_el_set_clientdata(EditLine *e, void *p) { return el_set(e, EL_CLIENTDATA, p); }
static inline void *shim_el_get_clientdata(EditLine *e) { void *p = NULL; el_get(e, EL_CLIENTDATA, &p); return p; }
static inline int shim_el_addfn(EditLine *e, const char *n, const char *help, shim_cmd_fn f) { return el_set(e, EL_ADDFN, n, help, f); }
static inline int shim_el_bind(EditLine *e, const char *key, const char *cmd) { return el_set(e, EL_BIND, key, cmd, (const char *)NULL); }
static inline int shim_el_refresh(EditLine *e) { return el_set(e, EL_REFRESH); }
static inline int shim_el_prep_term(EditLine *e, int raw) { return el_set(e, EL_PREP_TERM, raw); }
static inline int shim_el_columns(EditLine *e) { int c = 0; if (el_get(e, EL_GETTC, "co", &c) != 0 || c <= 0) c = 80; return c; }
static inline int shim_el_lines(EditLine *e) { int l = 0; if (el_get(e, EL_GETTC, "li", &l) != 0 || l <= 0) l = 24; return l; }

static inline History *shim_history_init(int size) {
    HistEvent ev; History *h = history_init();
    if (h) { history(h, &ev, H_SETSIZE, size); history(h, &ev, H_SETUNIQUE, 1); }
    return h;
}
static inline int shim_history_setsize(History *h, int size) { HistEvent ev; return history(h, &ev, H_SETSIZE, size); }
static inline int shim_history_enter(History *h, const char *l) { HistEvent ev; return history(h, &ev, H_ENTER, l); }
static inline int shim_history_clear(History *h) { HistEvent ev; return history(h, &ev, H_CLEAR); }
#endif
