#ifndef REGQ_CEDITLINE_SHIM_H
#define REGQ_CEDITLINE_SHIM_H

#include <stdio.h>
#include <histedit.h>

/* el_set, el_get and history() are variadic, which Swift cannot call:
   each use the REPL needs gets a fixed-signature wrapper here. */

typedef unsigned char (*ce_function)(EditLine *, int);
typedef char *(*ce_prompt_function)(EditLine *);

static inline EditLine *ce_init(const char *program) {
    return el_init(program, stdin, stdout, stderr);
}

static inline int ce_set_prompt(EditLine *e, ce_prompt_function f) {
    return el_set(e, EL_PROMPT, f);
}

static inline int ce_set_editor(EditLine *e, const char *mode) {
    return el_set(e, EL_EDITOR, mode);
}

/* 1: libedit handles SIGWINCH, SIGTSTP and SIGCONT while it edits. */
static inline int ce_set_signal(EditLine *e, int on) {
    return el_set(e, EL_SIGNAL, on);
}

/* ISIG off in edit mode only: ^C arrives as a key (bound with ce_bind),
   while a running query still gets SIGINT. */
static inline int ce_set_edit_mode_no_isig(EditLine *e) {
    return el_set(e, EL_SETTY, "-d", "-isig", NULL);
}

static inline int ce_addfn(EditLine *e, const char *name, const char *help, ce_function f) {
    return el_set(e, EL_ADDFN, name, help, f);
}

static inline int ce_bind(EditLine *e, const char *key, const char *function) {
    return el_set(e, EL_BIND, key, function, NULL);
}

static inline int ce_set_clientdata(EditLine *e, void *data) {
    return el_set(e, EL_CLIENTDATA, data);
}

static inline void *ce_get_clientdata(EditLine *e) {
    void *data = 0;
    el_get(e, EL_CLIENTDATA, &data);
    return data;
}

static inline int ce_set_history(EditLine *e, History *h) {
    return el_set(e, EL_HIST, history, h);
}

static inline int ce_history_setsize(History *h, int size) {
    HistEvent event;
    return history(h, &event, H_SETSIZE, size);
}

static inline int ce_history_setunique(History *h, int on) {
    HistEvent event;
    return history(h, &event, H_SETUNIQUE, on);
}

static inline int ce_history_enter(History *h, const char *entry) {
    HistEvent event;
    return history(h, &event, H_ENTER, entry);
}

#endif
