#pragma once

#include "core/store/CampaignRepository.h"

#include <QDateTime>

#include <optional>

namespace crmlens::sync {

// When a campaign's report is worth a request. A report only grows while messages are
// delivered, read and answered: a running campaign is polled every round; a draft or a
// scheduled campaign has sent nothing and is polled once (its status changes when it starts);
// a final one is polled once after its final status was seen, and again on each round while
// reads and replies may still be arriving (until `settleSecs` after it started sending).
struct ReportPolicy
{
    qint64 settleSecs = 7 * 24 * 3600;
    qint64 minIntervalSecs = 0; // watch mode: at most one poll per campaign per this interval

    bool isDue(const store::StoredCampaign& campaign, const std::optional<store::ReportSnapshot>& last,
               const QDateTime& roundStart, const QDateTime& now) const;

    static bool hasNotStarted(const QString& status);
};

} // namespace crmlens::sync
