/* state — the swap point for the snapshot the server answers from.
 *
 * Requests take a reference for their whole life (state_acquire ... 
 * snapshot_release), so a reload can install a new snapshot at any moment
 * (state_set) while older requests finish on the old one, which is freed by
 * whoever drops its last reference.  A mutex guards the pointer: taking the
 * reference and reading the pointer must be one step, or a swap could free
 * the snapshot between the two. */
#ifndef CSTO_STATE_H
#define CSTO_STATE_H

#include "model/snapshot.h"

/* Installs s as the current snapshot (steals the caller's reference; s may
 * be NULL) and drops the state's reference to the previous one. */
void state_set(snapshot *s);

/* A new reference to the current snapshot (the caller releases it), or NULL
 * when none is installed. */
snapshot *state_acquire(void);

#endif
