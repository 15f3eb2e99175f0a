#pragma once

#include <sys/resource.h>

namespace crmlens::bench {

// The process's peak resident memory so far, in megabytes (what every benchmark reports).
inline double peakRssMegabytes()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0; // kilobytes on Linux
}

} // namespace crmlens::bench
