/* cancel.h — the stop flag a long job (loading, parsing, pairing,
 * folding, indexing) polls while another thread may raise it: a C11
 * atomic, so the read and the write are defined behaviour without a
 * lock. */
#ifndef BAOGAO_CANCEL_H
#define BAOGAO_CANCEL_H

#include <stdatomic.h>
#include <stddef.h>

/* Zero until raised; raised once, never lowered. Initialise it with
 * atomic_init or as part of a zeroed object. */
typedef atomic_int cancel_flag;

/* Raises *c: the jobs polling it stop at their next check. Relaxed order
 * is enough: the flag carries no data with it (whatever the job made is
 * handed over under a lock or by joining its thread). */
static inline void cancel_raise(cancel_flag *c)
{
    atomic_store_explicit(c, 1, memory_order_relaxed);
}

/* True once *c has been raised; false for c NULL (a job nobody can stop).
 * One relaxed load: cheap enough once per line or per document, kept out
 * of per-byte loops (cancel_every). */
static inline int cancel_raised(const cancel_flag *c)
{
    return c && atomic_load_explicit(c, memory_order_relaxed);
}

/* Bytes of work a byte loop does between two looks at its flag: 64 KiB
 * is 0.1–1.5 ms of the slowest loops (fold 5 ns a byte, index 20 ns,
 * near-duplicate shingles 6 ns), far under the 1 s a quit may take. */
enum { CANCEL_STRIDE = 1 << 16 };

/* For a loop at byte `at` of its input (non-decreasing): true when *c is
 * raised, looked at when `at` has reached *next (start *next at 0: the
 * first call looks), then CANCEL_STRIDE bytes later. */
static inline int cancel_every(const cancel_flag *c, size_t at, size_t *next)
{
    if (at < *next)
        return 0;
    *next = at + CANCEL_STRIDE;
    return cancel_raised(c);
}

#endif
