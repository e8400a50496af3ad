/* replay — see replay.h. */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>

#include "replay.h"

int replay_dir(const char *dir, int (*fn)(const uint8_t *data, size_t size))
{
    struct dirent **names = NULL;
    int n = scandir(dir, &names, NULL, alphasort), done = 0;
    for (int i = 0; i < n; i++) {
        if (names[i]->d_name[0] != '.') {
            char path[512];
            snprintf(path, sizeof path, "%s/%s", dir, names[i]->d_name);
            FILE *f = fopen(path, "rb");
            if (!f) { /* a file the test cannot read is a failure (the runner counts an abort) */
                perror(path);
                abort();
            }
            static uint8_t buf[1 << 20];
            size_t len = fread(buf, 1, sizeof buf, f);
            fclose(f);
            fn(buf, len);
            done++;
        }
        free(names[i]);
    }
    free(names);
    return done;
}
