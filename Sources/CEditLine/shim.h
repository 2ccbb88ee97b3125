#ifndef REGQ_CEDITLINE_SHIM_H
#define REGQ_CEDITLINE_SHIM_H

#include <stdio.h>
#include <histedit.h>

/* el_set, el_get and history() are variadic, which Swift cannot call:
   each use the REPL needs gets a fixed-signature wrapper here. */

static inline EditLine *ce_init(const char *program) {
    return el_init(program, stdin, stdout, stderr);
}

#endif
