#include "core/common/Logging.h"

Q_LOGGING_CATEGORY(lcApi, "crmlens.api", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSync, "crmlens.sync", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStore, "crmlens.store", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSim, "crmlens.sim", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "crmlens.ui", QtInfoMsg)
