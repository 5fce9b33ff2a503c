#include "kahan.h"
#include <math.h>

double kahan_sum(const double *values, size_t count)
{
    /* Kahan-Babuska (Neumaier): also keeps the small terms when a large one cancels later. */
    double sum = 0.0, carry = 0.0;
    for (size_t i = 0; i < count; i++) {
        double t = sum + values[i];
        if (fabs(sum) >= fabs(values[i]))
            carry += (sum - t) + values[i];
        else
            carry += (values[i] - t) + sum;
        sum = t;
    }
    return sum + carry;
}

/* Each extension compiles this file with its own KAHAN_FLAVOUR: a mixed-up object shows here. */
const char *kahan_flavour(void)
{
    return KAHAN_FLAVOUR;
}
