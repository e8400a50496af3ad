/* routes — the server's route table (declared here, defined in routes.c). */
#ifndef CSTO_ROUTES_H
#define CSTO_ROUTES_H

#include "handlers/router.h"

extern const route csto_routes[];
extern const size_t csto_nroutes;

#endif
