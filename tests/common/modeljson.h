/* modeljson — reading the contract model (jansson) in tests: what more than
 * one test needs of a parsed model. */
#ifndef CSTO_TESTS_MODELJSON_H
#define CSTO_TESTS_MODELJSON_H

#include <jansson.h>
#include <stddef.h>

/* A meeting's bodies '+'-joined as the model lists them ("CDM+CFM+CSSC"),
 * into out[n] (cut to fit). */
void bodies_of(json_t *meeting, char *out, size_t n);

#endif
