/* modeljson — see modeljson.h. */
#include <string.h>

#include "modeljson.h"

void bodies_of(json_t *meeting, char *out, size_t n)
{
    out[0] = '\0';
    size_t i;
    json_t *b;
    json_array_foreach(json_object_get(meeting, "bodies"), i, b) {
        if (i) strncat(out, "+", n - strlen(out) - 1);
        strncat(out, json_string_value(b), n - strlen(out) - 1);
    }
}
