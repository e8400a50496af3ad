/* test_faults_fuzz — replays every input kept under
 * tests/fuzz/regressions/request/ (crashes fuzz_request found, each fixed)
 * and the harness's seeds through the same entry point as the fuzzer
 * (tests/fuzz/fuzz_request.c, compiled here without libFuzzer): a finding
 * aborts, which the test runner counts as a failure.  Prints how many
 * inputs it replayed. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>

#include "tests/common/replay.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
#include "tests/fuzz/fuzz_request.c"

static void test_replay_request(void **state)
{
    int reg = replay_dir("tests/fuzz/regressions/request", LLVMFuzzerTestOneInput);
    int seeds = replay_dir("tests/fuzz/seeds/request", LLVMFuzzerTestOneInput);
    fprintf(stderr, "fuzz regressions: %d regression and %d seed inputs replayed through fuzz_request\n", reg,
            seeds);
    assert_true(reg >= 1);
    assert_true(seeds >= 1);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_replay_request),
    };
    int rc = cmocka_run_group_tests(tests, NULL, NULL);
    state_set(NULL);
    return rc;
}
