#pragma once

#include "core/api/CrmClient.h"

#include <optional>

namespace crmlens::api {

// What "Test connection" finds out: whether the key works, what the CRM holds and the rate limit
// it announces. Shared by the welcome screen, the demo and `crmlens-cli check`.
struct ConnectionReport
{
    std::optional<qint64> contacts;
    std::optional<qint64> campaigns;
    int customFields = 0;
    int limitPerMinute = 0;    // 0: none known
    bool limitAnnounced = false; // true: from the CRM's headers; false: configured or none
};

// Three small requests in parallel (contacts page 1, campaigns page 1, field definitions). The
// callback runs once, later, with the report or the first error.
void checkConnection(CrmClient& client, std::function<void(Result<ConnectionReport>)> done);

} // namespace crmlens::api
