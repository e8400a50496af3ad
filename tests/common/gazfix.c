/* gazfix — see gazfix.h. */
#include "tests/common/gazfix.h"

#include <stdio.h>

gazetteer *G;

int gazfix_setup(void **state)
{
    (void)state;
    char err[256] = "";
    G = gazetteer_load("data", err, sizeof err);
    if (!G) fprintf(stderr, "gazetteer: %s\n", err);
    return G ? 0 : -1;
}

int gazfix_teardown(void **state)
{
    (void)state;
    gazetteer_free(G);
    G = NULL;
    return 0;
}
