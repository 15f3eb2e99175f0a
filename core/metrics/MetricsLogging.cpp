#include "core/metrics/MetricsLogging.h"

Q_LOGGING_CATEGORY(lcMetrics, "crmlens.metrics")
