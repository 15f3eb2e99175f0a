#pragma once

#include "core/sim/SimWebhookEvents.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QTimer>
#include <QUrl>

namespace crmlens::sim {

class SimClock;

// Posts the workspace's events to a webhook receiver as the sim clock passes them, signed
// like Meta's (X-Hub-Signature-256). One POST in flight at a time; when the clock jumps and many
// events are due they go out in batches of up to kMaxBatch changes. A batch the receiver does
// not take with a 2xx is retried twice, then dropped: webhook deliveries can be lost, polling
// is the source of truth.
class SimWebhookDispatcher : public QObject
{
    Q_OBJECT
public:
    // Sends only the events after the clock's time at construction. `workspace` and `clock`
    // must outlive the dispatcher.
    SimWebhookDispatcher(const SimWorkspace& workspace, const SimClock& clock, QUrl url, QByteArray secret,
                         QObject* parent = nullptr);

    // Webhooks go to loopback http(s) URLs only.
    static bool isAllowedUrl(const QUrl& url, QString* why = nullptr);

    // Polls the clock every `intervalMs` real milliseconds.
    void start(int intervalMs = 250);
    // Sends what is due now (if nothing is in flight).
    void poll();

    std::int64_t deliveredEvents() const { return m_deliveredEvents; }
    std::int64_t droppedEvents() const { return m_droppedEvents; }
    std::size_t pendingEvents() const { return m_events.remaining() + m_batch.size(); }

    static constexpr std::size_t kMaxBatch = 50;
    static constexpr int kMaxAttempts = 3;

Q_SIGNALS:
    void batchDelivered(int events);
    void batchDropped(int events, const QString& reason);

private:
    void send();
    void finished(QNetworkReply* reply);

    SimWebhookEvents m_events;
    const SimClock& m_clock;
    QUrl m_url;
    QByteArray m_secret;
    QNetworkAccessManager m_network;
    QTimer m_timer;
    std::vector<SimWebhookEvents::Event> m_batch;
    QByteArray m_body;
    int m_attempts = 0;
    bool m_inFlight = false;
    std::int64_t m_deliveredEvents = 0;
    std::int64_t m_droppedEvents = 0;
};

} // namespace crmlens::sim
