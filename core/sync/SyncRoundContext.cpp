#include "core/sync/SyncRoundContext.h"

#include "core/common/Logging.h"

namespace crmlens::sync {

namespace {

// A round with many failing chats would otherwise drown the caller in warnings.
constexpr int kMaxWarningsPerRound = 25;

} // namespace

SyncRoundContext::SyncRoundContext(api::CrmClient& crmClient, store::Database& database, const Clock& syncClock,
                                   const SyncSettings& syncSettings)
    : client(crmClient), db(database), clock(syncClock), settings(syncSettings), planner(syncSettings.activeChatSecs)
{}

SyncRoundContext::~SyncRoundContext()
{
    stop();
}

void SyncRoundContext::stop()
{
    if (!*m_token)
        return;
    m_stopped = true;
    *m_token = false;
    const QSet<api::RequestHandle> handles = std::exchange(m_handles, {});
    for (const api::RequestHandle handle : handles)
        client.cancel(handle);
}

void SyncRoundContext::fatal(const Error& error)
{
    if (m_stopped)
        return;
    stop();
    qCWarning(lcSync).noquote() << "Sync stopped:" << error.message;
    if (onFatal)
        onFatal(error);
}

void SyncRoundContext::warn(const QString& message)
{
    qCWarning(lcSync).noquote() << message;
    ++m_warnings;
    if (m_warnings > kMaxWarningsPerRound + 1 || !onWarning)
        return;
    if (m_warnings == kMaxWarningsPerRound + 1)
        onWarning(QStringLiteral("More problems occurred in this round; they are in the log."));
    else
        onWarning(message);
}

bool SyncRoundContext::absorb(const Error& error)
{
    if (m_stopped || error.kind == Error::Kind::Cancelled)
        return false;
    if (error.kind == Error::Kind::Unauthorized) {
        fatal(apiKeyRejected(error));
        return false;
    }
    ++summary.failedRequests;
    return true;
}

bool SyncRoundContext::storeFailed(const Error& error)
{
    if (!error.isError())
        return false;
    fatal(error);
    return true;
}

Error apiKeyRejected(const Error& cause)
{
    const QString status = cause.httpStatus > 0 ? QStringLiteral("HTTP %1").arg(cause.httpStatus)
                                                : QStringLiteral("code %1").arg(cause.code);
    return Error::make(Error::Kind::Unauthorized,
                       QStringLiteral("The API key was rejected by the CRM (%1). Check the key and start the sync "
                                      "again; nothing was deleted.")
                           .arg(status),
                       cause.httpStatus, cause.code);
}

} // namespace crmlens::sync
