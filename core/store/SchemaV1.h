#pragma once

#include "core/store/Schema.h"

namespace crmlens::store {

Migration schemaV1();

} // namespace crmlens::store
