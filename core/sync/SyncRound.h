#pragma once

#include "core/sync/SyncTypes.h"

#include <QObject>
#include <QTimer>

#include <memory>

namespace crmlens {
class Clock;
namespace api {
class CrmClient;
}
namespace store {
class Database;
}
} // namespace crmlens

namespace crmlens::sync {

struct SyncSettings;
class SyncRoundContext;
struct WorkItem;
class ChatsStep;
class ContactsStep;
class CampaignsStep;

// The parts of the CRM a round reads.
struct RoundParts
{
    bool definitions = true;
    bool contacts = true;
    bool campaigns = true;
    bool reports = true;
    bool respectCadence = false; // watch rounds: reports of running campaigns at most once per interval
};

// One round: every due part of the CRM read once, requests kept flowing through the client in
// the planner's order. The round is its messages pass: an interrupted round (cancel, crash,
// kill -9) that is recent enough continues on the next start from the checkpoints in the store,
// skipping what it already stored.
class SyncRound : public QObject
{
    Q_OBJECT

public:
    SyncRound(api::CrmClient& client, store::Database& db, const Clock& clock, const SyncSettings& settings,
              RoundParts parts, int number, const SyncFocus& focus, QObject* parent = nullptr);
    ~SyncRound() override;

    // Starts reading. Signals may be emitted before this returns (a round with nothing to do
    // finishes at once; a store that cannot be read fails at once).
    void start();
    // Stops at once: nothing more is sent, what is stored stays, finished() reports cancelled.
    void cancel();
    void setFocus(const SyncFocus& focus);
    bool isDone() const { return m_done; }

Q_SIGNALS:
    void progress(const crmlens::sync::SyncProgress& progress);
    void warning(const QString& message);
    void finished(const crmlens::sync::SyncSummary& summary);
    void failed(const crmlens::Error& error);

private:
    Error open();
    void pump();
    void dispatch(const WorkItem& item);
    void finish();
    void fail(const Error& error);
    void fillClientFigures();
    void scheduleProgress();
    void emitProgress();
    SyncPhase phase() const;

    api::CrmClient& m_client;
    store::Database& m_db;
    const Clock& m_clock;
    const SyncSettings& m_settings;
    RoundParts m_parts;
    int m_number = 0;
    std::unique_ptr<SyncRoundContext> m_ctx;
    std::unique_ptr<ChatsStep> m_chats;
    std::unique_ptr<ContactsStep> m_contacts;
    std::unique_ptr<CampaignsStep> m_campaigns;
    bool m_pumping = false;
    bool m_done = false;
    bool m_hadCompleteContactsPass = false;
    qint64 m_startedMs = 0;
    qint64 m_sentAtStart = 0;
    qint64 m_retriesAtStart = 0;
    qint64 m_rateLimitedAtStart = 0;
    qint64 m_timeoutsAtStart = 0;
    QTimer m_progressTimer;
};

} // namespace crmlens::sync
