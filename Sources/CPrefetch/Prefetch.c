// Everything is in include/Prefetch.h (a static inline function); SwiftPM wants a source file.
#include "Prefetch.h"
