#define _GNU_SOURCE
#include "map_guard.h"

#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdint.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#define SLOTS 64

static _Atomic(uintptr_t) starts[SLOTS];
static _Atomic(uintptr_t) ends[SLOTS];
static _Atomic(int) faulted[SLOTS];
static pthread_mutex_t slots_lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_once_t installed = PTHREAD_ONCE_INIT;
static struct sigaction previous;
static uintptr_t page_size;

static void on_bus_error(int signal_number, siginfo_t *info, void *context) {
    (void)signal_number;
    (void)context;
    uintptr_t address = (uintptr_t)info->si_addr;
    for (int slot = 0; slot < SLOTS; slot++) {
        uintptr_t start = atomic_load(&starts[slot]), end = atomic_load(&ends[slot]);
        if (start == 0 || address < start || address >= end) continue;
        void *page = (void *)(address & ~(page_size - 1));
        // mmap is a plain system call: safe here, although POSIX does not list it.
        if (mmap(page, page_size, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0) != MAP_FAILED) {
            atomic_store(&faulted[slot], 1);
            return;
        }
        break;
    }
    // Not a guarded read: the handler before takes it when the read faults again.
    sigaction(SIGBUS, &previous, NULL);
}

static void install(void) {
    page_size = (uintptr_t)sysconf(_SC_PAGESIZE);
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_sigaction = on_bus_error;
    action.sa_flags = SA_SIGINFO;
    sigemptyset(&action.sa_mask);
    sigaction(SIGBUS, &action, &previous);
}

int regq_map_guard_add(const void *start, size_t length) {
    pthread_once(&installed, install);
    pthread_mutex_lock(&slots_lock);
    int found = -1;
    for (int slot = 0; slot < SLOTS; slot++) {
        if (atomic_load(&starts[slot]) != 0) continue;
        atomic_store(&faulted[slot], 0);
        atomic_store(&ends[slot], (uintptr_t)start + length);
        atomic_store(&starts[slot], (uintptr_t)start);
        found = slot;
        break;
    }
    pthread_mutex_unlock(&slots_lock);
    return found;
}

int regq_map_guard_faulted(int slot) {
    return slot >= 0 && slot < SLOTS && atomic_load(&faulted[slot]);
}

void regq_map_guard_remove(int slot) {
    if (slot < 0 || slot >= SLOTS) return;
    pthread_mutex_lock(&slots_lock);
    atomic_store(&starts[slot], 0);
    atomic_store(&ends[slot], 0);
    pthread_mutex_unlock(&slots_lock);
}
