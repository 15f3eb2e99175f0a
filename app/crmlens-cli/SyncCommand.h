#pragma once

#include <QStringList>

namespace crmlens::cli {

// `crmlens-cli sync --url URL --db FILE [--rate-limit N] [--watch]`: one sync round into the
// local store (or rounds on the cadence with --watch until interrupted).
int runSync(const QStringList& arguments);

} // namespace crmlens::cli
