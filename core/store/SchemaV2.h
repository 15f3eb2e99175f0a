#pragma once

#include "core/store/Schema.h"

namespace crmlens::store {

Migration schemaV2();

} // namespace crmlens::store
