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

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
#include "tests/fuzz/fuzz_params.c"

static void test_replay_params(void **state)
{
    struct dirent **names = NULL;
    int n = scandir("tests/fuzz/seeds/params", &names, NULL, alphasort), done = 0;
    for (int i = 0; i < n; i++) {
        if (names[i]->d_name[0] != '.') {
            char path[512];
            snprintf(path, sizeof path, "tests/fuzz/seeds/params/%s", names[i]->d_name);
            FILE *f = fopen(path, "rb");
            assert_non_null(f);
            static uint8_t buf[1 << 16];
            size_t len = fread(buf, 1, sizeof buf, f);
            fclose(f);
            LLVMFuzzerTestOneInput(buf, len);
            done++;
        }
        free(names[i]);
    }
    free(names);
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
