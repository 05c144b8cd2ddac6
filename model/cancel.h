/* cancel.h — the stop flag a long job (loading, indexing) polls while
 * another thread may raise it: a C11 atomic, so the read and the write
 * are defined behaviour without a lock. */
#ifndef BAOGAO_CANCEL_H
#define BAOGAO_CANCEL_H

#include <stdatomic.h>

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

/* True once *c has been raised; false for c NULL (a job nobody can stop). */
static inline int cancel_raised(const cancel_flag *c)
{
    return c && atomic_load_explicit(c, memory_order_relaxed);
}

#endif
