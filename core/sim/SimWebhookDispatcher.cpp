#include "core/sim/SimWebhookDispatcher.h"

#include "core/common/Logging.h"
#include "core/sim/SimClock.h"

#include <QHostAddress>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace crmlens::sim {

namespace {

constexpr int kRetryDelayMs = 1000;
constexpr int kTransferTimeoutMs = 10'000;

} // namespace

SimWebhookDispatcher::SimWebhookDispatcher(const SimWorkspace& workspace, const SimClock& clock, QUrl url,
                                           QByteArray secret, QObject* parent)
    : QObject(parent), m_events(workspace, clock.now()), m_clock(clock), m_url(std::move(url)),
      m_secret(std::move(secret))
{
    connect(&m_timer, &QTimer::timeout, this, &SimWebhookDispatcher::poll);
    connect(&m_network, &QNetworkAccessManager::finished, this, &SimWebhookDispatcher::finished);
}

bool SimWebhookDispatcher::isAllowedUrl(const QUrl& url, QString* why)
{
    const auto fail = [why](const QString& reason) {
        if (why)
            *why = reason;
        return false;
    };
    if (!url.isValid() || url.host().isEmpty())
        return fail(QStringLiteral("the webhook URL is not a valid URL"));
    if (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))
        return fail(QStringLiteral("the webhook URL must be http or https"));
    const QString host = url.host();
    const QHostAddress address(host);
    if (host != QLatin1String("localhost") && (address.isNull() || !address.isLoopback()))
        return fail(QStringLiteral("webhooks are only sent to loopback addresses (127.0.0.1, ::1, localhost)"));
    return true;
}

void SimWebhookDispatcher::start(int intervalMs)
{
    m_timer.start(intervalMs);
    poll();
}

void SimWebhookDispatcher::poll()
{
    if (m_inFlight || !m_batch.empty())
        return;
    m_batch = m_events.takeDue(m_clock.now(), kMaxBatch);
    if (m_batch.empty())
        return;
    m_body = m_events.payload(m_batch);
    m_attempts = 0;
    send();
}

void SimWebhookDispatcher::send()
{
    QNetworkRequest request(m_url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("X-Hub-Signature-256", SimWebhookEvents::signature(m_secret, m_body));
    request.setRawHeader("User-Agent", "facebookexternalua");
    request.setTransferTimeout(kTransferTimeoutMs);
    ++m_attempts;
    m_inFlight = true;
    m_network.post(request, m_body);
}

void SimWebhookDispatcher::finished(QNetworkReply* reply)
{
    reply->deleteLater();
    m_inFlight = false;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const int events = static_cast<int>(m_batch.size());
    if (reply->error() == QNetworkReply::NoError && status >= 200 && status < 300) {
        m_deliveredEvents += events;
        m_batch.clear();
        Q_EMIT batchDelivered(events);
        poll();
        return;
    }
    const QString reason =
        reply->error() != QNetworkReply::NoError ? reply->errorString() : QStringLiteral("HTTP %1").arg(status);
    if (m_attempts < kMaxAttempts) {
        QTimer::singleShot(kRetryDelayMs, this, [this] {
            if (!m_inFlight && !m_batch.empty())
                send();
        });
        return;
    }
    qCWarning(lcSim) << "webhook batch of" << events << "events dropped:" << reason;
    m_droppedEvents += events;
    m_batch.clear();
    Q_EMIT batchDropped(events, reason);
    poll();
}

} // namespace crmlens::sim
