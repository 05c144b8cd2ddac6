/* test_extract.c — the extract stage, one sentence per construction. */
#include <math.h>
#include "check.h"
#include "pipeline.h"
int main(void) { return check_done(); }
