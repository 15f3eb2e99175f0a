#pragma once

#include <QStringList>

namespace crmlens::bench {

// `crmlens-bench sync [--contacts N] [--messages-per-contact M] [--db FILE]`: a first sync of a
// generated workspace from an in-process simulator at an unlimited rate, through the real client,
// sync engine and store; prints one JSON object with the throughput.
int runSyncBench(const QStringList& arguments);

} // namespace crmlens::bench
