#ifndef KAHAN_H
#define KAHAN_H
#include <stddef.h>

/* Compensated summation: keeps the terms that naive addition of floats loses. */
double kahan_sum(const double *values, size_t count);
const char *kahan_flavour(void);

#endif
