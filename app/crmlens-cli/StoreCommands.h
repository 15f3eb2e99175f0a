#pragma once

#include <QStringList>

namespace crmlens::cli {

// `crmlens-cli status --db FILE`: what the store holds, how fresh each part is, what was skipped.
int runStatus(const QStringList& arguments);

// `crmlens-cli rebuild --db FILE`: moves a damaged store aside (never deletes it) and starts a new one.
int runRebuild(const QStringList& arguments);

} // namespace crmlens::cli
