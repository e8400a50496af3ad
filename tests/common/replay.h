/* replay — feeds every file of a directory to a fuzz entry point, for the
 * tests that replay a fuzzer's seeds and regressions without libFuzzer
 * (test_faults_fuzz, test_faults_fuzz_params). */
#ifndef CSTO_TESTS_REPLAY_H
#define CSTO_TESTS_REPLAY_H

#include <stddef.h>
#include <stdint.h>

/* Calls fn on the bytes of each file in dir (up to 1 MiB of each; dot
 * files skipped), in name order; returns how many it replayed.  Aborts on
 * a file it cannot open. */
int replay_dir(const char *dir, int (*fn)(const uint8_t *data, size_t size));

#endif
