// The byte scanning helpers are static inline functions in include/byte_scan.h, inlined
// into the CSV scanner; this file only makes the folder a C target.
#include "byte_scan.h"
