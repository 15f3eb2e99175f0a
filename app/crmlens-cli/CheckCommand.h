#pragma once

#include <QStringList>

namespace crmlens::cli {

// `crmlens-cli check --url URL`: tests the connection and the key, and reports what the CRM
// holds (contacts, campaigns, custom fields) and the rate limit it announces.
int runCheck(const QStringList& arguments);

} // namespace crmlens::cli
