#pragma once

#include <QStringList>

namespace crmlens::bench {

// `crmlens-bench metrics [--contacts N] [--messages M] [--runs R] [--db FILE] [--keep]`: builds a
// store of a generated workspace (in a child process, so the figures measure the metrics engine
// and not the generator), then times the engine on it and prints one JSON object.
int runMetricsBench(const QStringList& arguments);
// The child's half: `crmlens-bench build-store --db FILE --contacts N --messages M`.
int runBuildStore(const QStringList& arguments);

} // namespace crmlens::bench
