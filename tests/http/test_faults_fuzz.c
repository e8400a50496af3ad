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

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
#include "tests/fuzz/fuzz_request.c"

static int replay_dir(const char *dir)
{
    struct dirent **names = NULL;
    int n = scandir(dir, &names, NULL, alphasort), done = 0;
    for (int i = 0; i < n; i++) {
        if (names[i]->d_name[0] != '.') {
            char path[512];
            snprintf(path, sizeof path, "%s/%s", dir, names[i]->d_name);
            FILE *f = fopen(path, "rb");
            assert_non_null(f);
            static uint8_t buf[1 << 20];
            size_t len = fread(buf, 1, sizeof buf, f);
            fclose(f);
            LLVMFuzzerTestOneInput(buf, len);
            done++;
        }
        free(names[i]);
    }
    free(names);
    return done;
}

static void test_replay_request(void **state)
{
    int reg = replay_dir("tests/fuzz/regressions/request");
    int seeds = replay_dir("tests/fuzz/seeds/request");
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
