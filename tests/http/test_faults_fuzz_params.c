/* test_faults_fuzz_params — replays the seeds of fuzz_params (long,
 * repeated and multi-valued parameters) through the same entry point as the
 * fuzzer (tests/fuzz/fuzz_params.c, compiled here without libFuzzer): a
 * finding (a 5xx other than the budget's 503, a 400 naming nothing, more
 * than 2 s of CPU for one request) aborts, which the runner counts as a
 * failure.  Prints how many inputs it replayed. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>

#include "tests/common/replay.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
#include "tests/fuzz/fuzz_params.c"

static void test_replay_params(void **state)
{
    int done = replay_dir("tests/fuzz/seeds/params", LLVMFuzzerTestOneInput);
    fprintf(stderr, "fuzz_params: %d seed inputs replayed\n", done);
    assert_true(done >= 6);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_replay_params),
    };
    int rc = cmocka_run_group_tests(tests, NULL, NULL);
    state_set(NULL);
    return rc;
}
