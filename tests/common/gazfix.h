/* gazfix — the gazetteer fixture the unit tests share: loaded once from data/
 * (tests run from the repository root) before a group, freed after it.
 *   return cmocka_run_group_tests(tests, gazfix_setup, gazfix_teardown);
 * and use G in the tests. */
#ifndef CSTO_TEST_GAZFIX_H
#define CSTO_TEST_GAZFIX_H

#include "model/corpus.h"

extern gazetteer *G;

/* Loads data/ into G; prints the reason and fails the group when it cannot. */
int gazfix_setup(void **state);
int gazfix_teardown(void **state);

#endif
