#pragma once

#include "core/api/ConnectionCheck.h"
#include "core/common/Error.h"

#include <QCoreApplication>
#include <QString>

namespace crmlens::ui {

// What a connection test found, in plain words for the welcome screen: the CRM's size and the
// pace its plan allows, or what went wrong and what the user can do about it. Rich text (a bold
// lead-in, then sentences); every piece of outside text is escaped.
class ConnectionMessages
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionMessages)

public:
    static QString describeReport(const api::ConnectionReport& report, const QString& host);
    static QString describeError(const Error& error, const QString& host);
};

} // namespace crmlens::ui
