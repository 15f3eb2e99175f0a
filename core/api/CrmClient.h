#pragma once

#include "core/api/ApiEndpoint.h"
#include "core/api/ApiTypes.h"
#include "core/api/HttpTransport.h"
#include "core/api/RatePacer.h"
#include "core/api/RetryPolicy.h"
#include "core/common/Clock.h"
#include "core/common/Result.h"

#include <QObject>
#include <QTimer>

#include <functional>
#include <map>
#include <memory>
#include <set>
#include <tuple>

namespace crmlens::api {

enum class RequestPriority { Normal, High };

struct CallOptions
{
    RequestPriority priority = RequestPriority::Normal; // High: what the user is looking at
    int timeoutMs = 0;                                  // 0: the client's default
};

struct CrmClientConfig
{
    int requestTimeoutMs = 30000; // per attempt; <= 0: no limit (a hanging server then hangs the call)
    int maxConcurrent = 2;        // requests in flight at once; pacing decides when each may start
    RetryConfig retry;
    RatePacerConfig pacing;
    RetryPolicy::RandomSource random; // jitter source; empty = securely seeded
};

struct ClientStats
{
    qint64 requestsSent = 0; // attempts handed to the transport, retries included
    qint64 retries = 0;
    qint64 rateLimited = 0; // 429 answers (or RATE_LIMITED envelopes)
    qint64 timeouts = 0;
    qint64 bytesReceived = 0;
    qint64 succeeded = 0;
    qint64 failed = 0;
    qint64 cancelled = 0;
    int queued = 0;
    int inFlight = 0;
};

using RequestHandle = quint64; // never 0

template <typename T> using Callback = std::function<void(Result<T>)>;

// The CRM API client: typed asynchronous calls for every read endpoint of crm-api.md, paced to
// the rate limit, retried with backoff, cancellable. Every call returns a handle and invokes its
// callback exactly once, later, on this object's thread: with the value, or with an Error whose
// message is plain words and never holds the API key. Requests wait in a queue ordered by
// priority, then by age; a retried request keeps its place. Destroying the client aborts what is
// in flight and invokes no further callbacks; do not delete it from inside a callback.
class CrmClient : public QObject
{
    Q_OBJECT

public:
    CrmClient(ApiEndpoint endpoint, QString apiKey, HttpTransport& transport, const Clock& clock,
              CrmClientConfig config = {}, QObject* parent = nullptr);
    ~CrmClient() override;

    void setApiKey(const QString& key); // applies to every attempt sent from now on
    void setRateLimit(int perMinute);   // the plan's limit; 0 = learn it from the server
    const ApiEndpoint& endpoint() const { return m_endpoint; }

    RequestHandle fetchContacts(int page, int limit, Callback<ContactsPage> done, CallOptions options = {});
    // A 404 with an API error body means "no match" and yields an empty list.
    RequestHandle searchContacts(SearchField field, const QString& value, SearchCondition condition,
                                 Callback<QList<Contact>> done, CallOptions options = {});
    RequestHandle fetchChatCustomFields(const QString& chatId, Callback<QList<CustomFieldValue>> done,
                                        CallOptions options = {});
    RequestHandle fetchCustomFieldDefinitions(Callback<QList<CustomFieldDefinition>> done, CallOptions options = {});
    RequestHandle fetchMessages(const QString& chatId, int page, int limit, MessageSort sort,
                                Callback<MessagesPage> done, CallOptions options = {});
    RequestHandle fetchCampaigns(int page, int limit, Callback<CampaignsPage> done, CallOptions options = {});
    RequestHandle fetchCampaignReport(const QString& campaignId, Callback<CampaignReport> done,
                                      CallOptions options = {});

    // The callback of a cancelled request receives Error::Kind::Cancelled. Returns false when the
    // handle is unknown or already finished.
    bool cancel(RequestHandle handle);
    void cancelAll();

    ClientStats stats() const;
    PacerStats pacerStats() const { return m_pacer.stats(); }
    int pendingCount() const { return static_cast<int>(m_requests.size()); }

    class Job; // the typed half of a request: parses the answer and calls back

Q_SIGNALS:
    void statsChanged();

private:
    struct Pending;
    using QueueKey = std::tuple<int, quint64, RequestHandle>; // (priority rank, age, handle)

    RequestHandle enqueue(Result<QUrl> url, QString what, std::unique_ptr<Job> job, const CallOptions& options);
    void schedulePump();
    void pump();
    void dispatch(Pending& pending);
    void onAnswer(RequestHandle handle, const HttpResponse& response);
    void onWatchdog(RequestHandle handle);
    Error errorFor(const Pending& pending, const HttpResponse& response);
    void retryOrFail(RequestHandle handle, Error error, const HttpResponse& response);
    void finish(RequestHandle handle, const Error& error);
    void deliverLater(std::shared_ptr<Job> job, Error error);
    Error friendly(const Pending& pending, const Error& error) const;
    QString scrub(QString text) const;
    static QueueKey keyOf(const Pending& pending);

    ApiEndpoint m_endpoint;
    QString m_apiKey;
    HttpTransport& m_transport;
    const Clock& m_clock;
    CrmClientConfig m_config;
    RatePacer m_pacer;
    RetryPolicy m_retry;

    std::map<RequestHandle, std::unique_ptr<Pending>> m_requests;
    std::set<QueueKey> m_ready;                     // waiting for a slot and the pacer
    std::multimap<qint64, RequestHandle> m_backoff; // waiting until a monotonic time
    int m_inFlight = 0;
    RequestHandle m_nextHandle = 1;
    quint64 m_nextSequence = 1;
    bool m_pumpScheduled = false;
    QTimer m_wakeTimer;
    ClientStats m_stats;
};

} // namespace crmlens::api
