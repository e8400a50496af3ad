/* state — the current snapshot behind a mutex; see state.h. */
#include "server/state.h"

#include <pthread.h>

static pthread_mutex_t state_mu = PTHREAD_MUTEX_INITIALIZER;
static snapshot *state_current;

void state_set(snapshot *s)
{
    pthread_mutex_lock(&state_mu);
    snapshot *old = state_current;
    state_current = s;
    pthread_mutex_unlock(&state_mu);
    snapshot_release(old); /* outside the lock: may free a whole database */
}

snapshot *state_acquire(void)
{
    pthread_mutex_lock(&state_mu);
    snapshot *s = state_current ? snapshot_acquire(state_current) : NULL;
    pthread_mutex_unlock(&state_mu);
    return s;
}
