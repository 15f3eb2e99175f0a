#include "core/api/CrmClient.h"

#include "Version.h"
#include "core/api/ApiParsers.h"
#include "core/common/Logging.h"

#include <QJsonDocument>
#include <QLocale>

#include <algorithm>
#include <limits>

namespace crmlens::api {

// The typed half of a request: the queue only sees this interface.
class CrmClient::Job
{
public:
    virtual ~Job() = default;
    // Reads a 2xx body that is not a failure envelope; an Error when it cannot.
    virtual Error accept(const QByteArray& body) = 0;
    // Whether a 404 means "nothing" for this call (search); if so, holds the empty value.
    virtual bool acceptNotFoundAsEmpty() = 0;
    virtual void deliver() = 0;
    virtual void deliverError(const Error& error) = 0;
};

struct CrmClient::Pending
{
    RequestHandle handle = 0;
    QString what; // names the request in messages and logs; never holds a secret or a search value
    HttpRequest request;
    RequestPriority priority = RequestPriority::Normal;
    quint64 sequence = 0;
    int attempts = 0;
    int failures = 0;    // transient failures (backoff class)
    int rateLimited = 0; // 429s
    bool inFlight = false;
    TransportRequestId transportId = 0;
    std::unique_ptr<QTimer> watchdog;
    std::shared_ptr<Job> job;
};

namespace {

template <typename T> class TypedJob final : public CrmClient::Job
{
public:
    using Parser = std::function<Result<T>(const QByteArray&)>;

    TypedJob(Parser parse, Callback<T> done, bool notFoundIsEmpty = false)
        : m_parse(std::move(parse)), m_done(std::move(done)), m_notFoundIsEmpty(notFoundIsEmpty)
    {}

    Error accept(const QByteArray& body) override
    {
        Result<T> parsed = m_parse(body);
        if (!parsed)
            return parsed.error();
        m_value = std::move(parsed).value();
        return {};
    }
    bool acceptNotFoundAsEmpty() override
    {
        if (!m_notFoundIsEmpty)
            return false;
        m_value = T{};
        return true;
    }
    void deliver() override
    {
        if (m_done)
            m_done(Result<T>(std::move(*m_value)));
    }
    void deliverError(const Error& error) override
    {
        if (m_done)
            m_done(Result<T>(error));
    }

private:
    Parser m_parse;
    Callback<T> m_done;
    bool m_notFoundIsEmpty;
    std::optional<T> m_value;
};

template <typename T, typename Parse>
std::unique_ptr<CrmClient::Job> makeJob(Parse parse, Callback<T> done, bool notFoundIsEmpty = false)
{
    return std::make_unique<TypedJob<T>>([parse](const QByteArray& body) { return parse(body); }, std::move(done),
                                         notFoundIsEmpty);
}

// RFC 7231 IMF-fixdate, the only form a Date header may take.
std::optional<qint64> httpDateSecs(const QByteArray& value)
{
    if (value.isEmpty())
        return std::nullopt;
    QDateTime date = QLocale::c().toDateTime(QString::fromLatin1(value.trimmed()),
                                             QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!date.isValid())
        return std::nullopt;
    date.setTimeSpec(Qt::UTC);
    return date.toSecsSinceEpoch();
}

QString statusLabel(const Error& error)
{
    if (error.httpStatus >= 200 && error.httpStatus < 300)
        return QStringLiteral("HTTP %1 with success: false").arg(error.httpStatus);
    if (error.httpStatus > 0)
        return QStringLiteral("HTTP %1").arg(error.httpStatus);
    if (!error.code.isEmpty())
        return QStringLiteral("code %1").arg(error.code);
    return QStringLiteral("no HTTP answer");
}

QString withoutFinalStop(QString text)
{
    text = text.trimmed();
    while (text.endsWith(QLatin1Char('.')))
        text.chop(1);
    return text.isEmpty() ? QStringLiteral("no details") : text;
}

int priorityRank(RequestPriority priority)
{
    return priority == RequestPriority::High ? 0 : 1;
}

} // namespace

CrmClient::CrmClient(ApiEndpoint endpoint, QString apiKey, HttpTransport& transport, const Clock& clock,
                     CrmClientConfig config, QObject* parent)
    : QObject(parent), m_endpoint(std::move(endpoint)), m_transport(transport), m_clock(clock),
      m_config(std::move(config)), m_pacer(clock, m_config.pacing), m_retry(m_config.retry, m_config.random)
{
    m_config.maxConcurrent = std::max(1, m_config.maxConcurrent);
    setApiKey(apiKey);
    m_wakeTimer.setSingleShot(true);
    m_wakeTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_wakeTimer, &QTimer::timeout, this, &CrmClient::pump);
}

CrmClient::~CrmClient()
{
    for (const auto& [handle, pending] : m_requests) {
        if (pending->inFlight)
            m_transport.abort(pending->transportId);
    }
}

void CrmClient::setApiKey(const QString& key)
{
    m_apiKey = key.trimmed(); // keys pasted from a mail or a terminal carry stray whitespace
}

void CrmClient::setRateLimit(int perMinute)
{
    m_pacer.setConfiguredLimit(perMinute);
    schedulePump();
}

RequestHandle CrmClient::fetchContacts(int page, int limit, Callback<ContactsPage> done, CallOptions options)
{
    return enqueue(m_endpoint.contacts(page, limit), QStringLiteral("contacts page %1").arg(page),
                   makeJob<ContactsPage>(&parseContactsPage, std::move(done)), options);
}

RequestHandle CrmClient::searchContacts(SearchField field, const QString& value, SearchCondition condition,
                                        Callback<QList<Contact>> done, CallOptions options)
{
    return enqueue(
        m_endpoint.contactSearch(field, value, condition),
        QStringLiteral("contact search by %1").arg(ApiEndpoint::searchFieldName(field)),
        makeJob<QList<Contact>>([](const QByteArray& body) { return parseContactSearch(body); }, std::move(done), true),
        options);
}

RequestHandle CrmClient::fetchChatCustomFields(const QString& chatId, Callback<QList<CustomFieldValue>> done,
                                               CallOptions options)
{
    return enqueue(m_endpoint.chatCustomFields(chatId), QStringLiteral("custom fields of chat %1").arg(chatId),
                   makeJob<QList<CustomFieldValue>>([](const QByteArray& body) { return parseChatCustomFields(body); },
                                                    std::move(done)),
                   options);
}

RequestHandle CrmClient::fetchCustomFieldDefinitions(Callback<QList<CustomFieldDefinition>> done, CallOptions options)
{
    return enqueue(m_endpoint.customFieldDefinitions(), QStringLiteral("custom field definitions"),
                   makeJob<QList<CustomFieldDefinition>>(
                       [](const QByteArray& body) { return parseCustomFieldDefinitions(body); }, std::move(done)),
                   options);
}

RequestHandle CrmClient::fetchMessages(const QString& chatId, int page, int limit, MessageSort sort,
                                       Callback<MessagesPage> done, CallOptions options)
{
    return enqueue(m_endpoint.messages(chatId, page, limit, sort),
                   QStringLiteral("messages of chat %1, page %2").arg(chatId).arg(page),
                   makeJob<MessagesPage>(&parseMessagesPage, std::move(done)), options);
}

RequestHandle CrmClient::fetchCampaigns(int page, int limit, Callback<CampaignsPage> done, CallOptions options)
{
    return enqueue(m_endpoint.campaigns(page, limit), QStringLiteral("campaigns page %1").arg(page),
                   makeJob<CampaignsPage>(&parseCampaignsPage, std::move(done)), options);
}

RequestHandle CrmClient::fetchCampaignReport(const QString& campaignId, Callback<CampaignReport> done,
                                             CallOptions options)
{
    return enqueue(
        m_endpoint.campaignReport(campaignId), QStringLiteral("report of campaign %1").arg(campaignId),
        makeJob<CampaignReport>([](const QByteArray& body) { return parseCampaignReport(body); }, std::move(done)),
        options);
}

RequestHandle CrmClient::enqueue(Result<QUrl> url, QString what, std::unique_ptr<Job> job, const CallOptions& options)
{
    const RequestHandle handle = m_nextHandle++;
    Error refusal;
    if (!m_endpoint.isValid())
        refusal = Error::make(Error::Kind::Configuration, QStringLiteral("No usable CRM address is set."));
    else if (!url)
        refusal = url.error();
    else if (m_apiKey.isEmpty())
        refusal = Error::make(Error::Kind::Configuration, QStringLiteral("No API key is set for the CRM."));
    if (refusal.isError()) {
        ++m_stats.failed;
        qCWarning(lcApi).noquote() << "Not sending" << what << "-" << scrub(refusal.message);
        deliverLater(std::shared_ptr<Job>(std::move(job)),
                     Error::make(refusal.kind, scrub(refusal.message), 0, refusal.code));
        return handle;
    }

    auto pending = std::make_unique<Pending>();
    pending->handle = handle;
    pending->what = std::move(what);
    pending->request.url = url.value();
    pending->request.timeoutMs = options.timeoutMs > 0 ? options.timeoutMs : m_config.requestTimeoutMs;
    pending->priority = options.priority;
    pending->sequence = m_nextSequence++;
    pending->job = std::shared_ptr<Job>(std::move(job));
    m_ready.insert(keyOf(*pending));
    m_requests.emplace(handle, std::move(pending));
    schedulePump();
    return handle;
}

CrmClient::QueueKey CrmClient::keyOf(const Pending& pending)
{
    return {priorityRank(pending.priority), pending.sequence, pending.handle};
}

void CrmClient::schedulePump()
{
    // Calls made in one pass of the event loop are ordered by priority before any is sent.
    if (m_pumpScheduled)
        return;
    m_pumpScheduled = true;
    QMetaObject::invokeMethod(this, &CrmClient::pump, Qt::QueuedConnection);
}

void CrmClient::pump()
{
    m_pumpScheduled = false;
    const qint64 now = m_clock.monotonicMs();
    while (!m_backoff.empty() && m_backoff.begin()->first <= now) {
        const auto it = m_requests.find(m_backoff.begin()->second);
        if (it != m_requests.end())
            m_ready.insert(keyOf(*it->second));
        m_backoff.erase(m_backoff.begin());
    }

    qint64 pacerWait = 0;
    while (m_inFlight < m_config.maxConcurrent && !m_ready.empty()) {
        pacerWait = m_pacer.delayMs();
        if (pacerWait > 0)
            break;
        const RequestHandle handle = std::get<2>(*m_ready.begin());
        m_ready.erase(m_ready.begin());
        dispatch(*m_requests.at(handle));
    }

    qint64 wake = std::numeric_limits<qint64>::max();
    if (!m_ready.empty() && m_inFlight < m_config.maxConcurrent)
        wake = pacerWait;
    if (!m_backoff.empty())
        wake = std::min(wake, m_backoff.begin()->first - now);
    if (wake == std::numeric_limits<qint64>::max())
        m_wakeTimer.stop();
    else
        m_wakeTimer.start(static_cast<int>(std::clamp<qint64>(wake, 1, std::numeric_limits<int>::max())));
}

void CrmClient::dispatch(Pending& pending)
{
    HttpRequest request = pending.request;
    request.headers.insert(QByteArrayLiteral("API-KEY"), m_apiKey.toUtf8());
    request.headers.insert(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    request.headers.insert(QByteArrayLiteral("User-Agent"), QByteArrayLiteral("CRM-Lens/") + kVersion);

    ++pending.attempts;
    if (pending.attempts > 1)
        ++m_stats.retries;
    ++m_stats.requestsSent;
    ++m_inFlight;
    pending.inFlight = true;
    m_pacer.recordSent();

    if (!pending.watchdog) {
        // The transport has its own deadline; this one also holds for a transport that forgets.
        pending.watchdog = std::make_unique<QTimer>();
        pending.watchdog->setSingleShot(true);
        connect(pending.watchdog.get(), &QTimer::timeout, this,
                [this, handle = pending.handle] { onWatchdog(handle); });
    }
    if (pending.request.timeoutMs > 0)
        pending.watchdog->start(pending.request.timeoutMs);

    qCDebug(lcApi).noquote() << "Sending" << pending.what << "attempt" << pending.attempts;
    pending.transportId = m_transport.send(
        request, [this, handle = pending.handle](HttpResponse response) { onAnswer(handle, response); });
    Q_EMIT statsChanged();
}

void CrmClient::onWatchdog(RequestHandle handle)
{
    const auto it = m_requests.find(handle);
    if (it == m_requests.end() || !it->second->inFlight)
        return;
    m_transport.abort(it->second->transportId);
    HttpResponse timedOut;
    timedOut.error = TransportError::Timeout;
    onAnswer(handle, timedOut);
}

void CrmClient::onAnswer(RequestHandle handle, const HttpResponse& response)
{
    const auto it = m_requests.find(handle);
    if (it == m_requests.end() || !it->second->inFlight)
        return;
    Pending& pending = *it->second;
    pending.watchdog->stop();
    pending.inFlight = false;
    pending.transportId = 0;
    --m_inFlight;
    m_stats.bytesReceived += response.body.size();

    const Error error = errorFor(pending, response);
    if (error.isError())
        retryOrFail(handle, error, response);
    else
        finish(handle, error);
}

Error CrmClient::errorFor(const Pending& pending, const HttpResponse& response)
{
    switch (response.error) {
    case TransportError::Timeout:
        ++m_stats.timeouts;
        return Error::make(
            Error::Kind::Timeout,
            QStringLiteral("no complete answer within %1 s").arg(pending.request.timeoutMs / 1000.0, 0, 'g', 3));
    case TransportError::Network:
        return Error::make(Error::Kind::Network, response.errorText, response.status);
    case TransportError::Cancelled:
        return Error::make(Error::Kind::Cancelled, QStringLiteral("the network layer cancelled the request"));
    case TransportError::None:
        break;
    }

    const RateLimitInfo limits = parseRateLimitHeaders(response.headers, m_clock.nowUtc());
    const std::optional<qint64> serverDate = httpDateSecs(response.headers.value(QByteArrayLiteral("date")));
    const Error apiError = parseApiError(response.status, response.body);
    if (apiError.kind == Error::Kind::RateLimited) {
        ++m_stats.rateLimited;
        m_pacer.recordRateLimited(limits, serverDate);
        qCInfo(lcApi).noquote() << "The CRM refused" << pending.what << "as over the rate limit; waiting"
                                << m_pacer.delayMs() << "ms";
    } else {
        m_pacer.recordResponse(limits, serverDate);
    }
    if (!apiError.isError())
        return pending.job->accept(response.body);
    if (response.status == 404 && QJsonDocument::fromJson(response.body).isObject() &&
        pending.job->acceptNotFoundAsEmpty())
        return {};
    return apiError;
}

void CrmClient::retryOrFail(RequestHandle handle, Error error, const HttpResponse& response)
{
    Pending& pending = *m_requests.at(handle);
    const RetryClass retryClass = RetryPolicy::classify(error);
    if (retryClass == RetryClass::Backoff)
        ++pending.failures;
    else if (retryClass == RetryClass::AfterPacing)
        ++pending.rateLimited;

    if (!m_retry.shouldRetry(error, pending.failures, pending.rateLimited)) {
        finish(handle, error);
        return;
    }

    qint64 delay = 0;
    if (retryClass == RetryClass::Backoff) {
        delay = m_retry.backoffMs(pending.failures);
        // A 503 may say when to come back; take it when it asks for more patience than the backoff.
        const RateLimitInfo limits = parseRateLimitHeaders(response.headers, m_clock.nowUtc());
        if (limits.retryAfterSecs)
            delay =
                std::max(delay, std::min<qint64>(*limits.retryAfterSecs * qint64(1000), m_retry.config().maxDelayMs));
    }
    qCDebug(lcApi).noquote() << pending.what << "failed (" << errorKindName(error.kind) << scrub(error.message)
                             << "); retrying in" << delay << "ms";
    if (delay > 0)
        m_backoff.emplace(m_clock.monotonicMs() + delay, handle);
    else
        m_ready.insert(keyOf(pending));
    pump();
    Q_EMIT statsChanged();
}

void CrmClient::finish(RequestHandle handle, const Error& error)
{
    auto node = m_requests.extract(handle);
    const std::unique_ptr<Pending> pending = std::move(node.mapped());
    Error shown;
    if (error.isError()) {
        ++m_stats.failed;
        shown = friendly(*pending, error);
        qCWarning(lcApi).noquote() << shown.message;
    } else {
        ++m_stats.succeeded;
        qCDebug(lcApi).noquote() << "Read" << pending->what;
    }
    pump();
    Q_EMIT statsChanged();
    // Last: the callback may call back into the client.
    if (shown.isError())
        pending->job->deliverError(shown);
    else
        pending->job->deliver();
}

bool CrmClient::cancel(RequestHandle handle)
{
    auto node = m_requests.extract(handle);
    if (node.empty())
        return false;
    const std::unique_ptr<Pending> pending = std::move(node.mapped());
    if (pending->inFlight) {
        pending->watchdog->stop();
        m_transport.abort(pending->transportId);
        --m_inFlight;
    } else {
        m_ready.erase(keyOf(*pending));
        for (auto it = m_backoff.begin(); it != m_backoff.end(); ++it) {
            if (it->second == handle) {
                m_backoff.erase(it);
                break;
            }
        }
    }
    ++m_stats.cancelled;
    qCDebug(lcApi).noquote() << "Cancelled" << pending->what;
    deliverLater(pending->job, Error::make(Error::Kind::Cancelled,
                                           QStringLiteral("The request for %1 was cancelled.").arg(pending->what)));
    schedulePump();
    Q_EMIT statsChanged();
    return true;
}

void CrmClient::cancelAll()
{
    std::vector<RequestHandle> handles;
    handles.reserve(m_requests.size());
    for (const auto& [handle, pending] : m_requests)
        handles.push_back(handle);
    for (const RequestHandle handle : handles)
        cancel(handle);
}

void CrmClient::deliverLater(std::shared_ptr<Job> job, Error error)
{
    QMetaObject::invokeMethod(
        this, [job = std::move(job), error = std::move(error)] { job->deliverError(error); }, Qt::QueuedConnection);
}

ClientStats CrmClient::stats() const
{
    ClientStats s = m_stats;
    s.inFlight = m_inFlight;
    s.queued = static_cast<int>(m_requests.size()) - m_inFlight;
    return s;
}

QString CrmClient::scrub(QString text) const
{
    if (!m_apiKey.isEmpty())
        text.replace(m_apiKey, QStringLiteral("[redacted]"));
    return text;
}

Error CrmClient::friendly(const Pending& pending, const Error& error) const
{
    const QString said = withoutFinalStop(error.message);
    const QString status = statusLabel(error);
    const int n = pending.attempts;
    QString text;
    switch (error.kind) {
    case Error::Kind::Unauthorized:
        text = QStringLiteral("The CRM rejected the API key (%1): %2. Check the key in Settings.").arg(status, said);
        break;
    case Error::Kind::NotFound:
        text = QStringLiteral("The CRM has nothing for %1 (%2): %3.").arg(pending.what, status, said);
        break;
    case Error::Kind::Validation:
        text =
            QStringLiteral("The CRM refused the request for %1 as invalid (%2): %3.").arg(pending.what, status, said);
        break;
    case Error::Kind::RateLimited:
        text = QStringLiteral("The CRM kept refusing %1 as over its rate limit (%2), %3 times; try again later "
                              "or lower the request rate in Settings.")
                   .arg(pending.what, status)
                   .arg(pending.rateLimited);
        break;
    case Error::Kind::Server:
        text = QStringLiteral("The CRM failed to answer %1 after %2 attempt(s) (%3): %4.")
                   .arg(pending.what)
                   .arg(n)
                   .arg(status, said);
        break;
    case Error::Kind::Timeout:
        text = QStringLiteral("The CRM did not answer %1 in time (%2), %3 attempt(s) in all.")
                   .arg(pending.what, said)
                   .arg(n);
        break;
    case Error::Kind::Network:
        text = QStringLiteral("Could not reach the CRM for %1 after %2 attempt(s): %3.")
                   .arg(pending.what)
                   .arg(n)
                   .arg(said);
        break;
    case Error::Kind::Malformed:
        text = QStringLiteral("The CRM's answer to %1 could not be read after %2 attempt(s): %3.")
                   .arg(pending.what)
                   .arg(n)
                   .arg(said);
        break;
    case Error::Kind::Cancelled:
        text = QStringLiteral("The request for %1 was cancelled: %2.").arg(pending.what, said);
        break;
    default:
        text = QStringLiteral("The request for %1 failed: %2.").arg(pending.what, said);
        break;
    }
    return Error::make(error.kind, scrub(text), error.httpStatus, error.code);
}

} // namespace crmlens::api
