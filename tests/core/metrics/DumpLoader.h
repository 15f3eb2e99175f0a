#pragma once

#include "core/common/Error.h"

#include <QJsonObject>

namespace crmlens::store {
class Database;
}

namespace crmlens::test {

// Writes the simulator's dump (the raw API data at one instant) into a store through the store's
// repositories, as one sync round at the store clock's time would: a complete contact pass over
// the dump's living contacts (custom fields inline, created_at only where the CRM sends it), each
// living chat's messages as the API lists them (without campaign ids, as the [live] API), and the
// campaigns with a report poll each. Contacts the pass no longer lists become deleted; their
// messages stay as last read.
Error loadDump(store::Database& db, const QJsonObject& dump);

} // namespace crmlens::test
