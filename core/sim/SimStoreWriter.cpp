#include "core/sim/SimStoreWriter.h"

#include "core/api/ApiTypes.h"
#include "core/common/Clock.h"
#include "core/store/CampaignRepository.h"
#include "core/store/ContactRepository.h"
#include "core/store/Database.h"
#include "core/store/MessageRepository.h"
#include "core/store/SyncPassRepository.h"

#include <QDateTime>

#include <functional>

namespace crmlens::sim {

namespace {

constexpr int kContactsPerPage = 100;
constexpr int kMessagesPerPage = 100;
constexpr std::int64_t kFirstPassLeadSecs = 30LL * 86400;

QDateTime utc(std::int64_t secs)
{
    return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC);
}

api::Contact contactAt(const sim::SimWorkspace& ws, const sim::SimContact& c, std::int64_t t)
{
    api::Contact out;
    out.chatId = c.chatId;
    out.whatsappNumber = c.whatsappNumber;
    out.name = c.name;
    out.email = c.email;
    if (c.sendsCreatedAt)
        out.createdAt = utc(c.createdAt);
    out.status = ws.contactStatusAt(c, t);
    if (c.operatorIndex >= 0 && size_t(c.operatorIndex) < ws.operators.size())
        out.operatorName = ws.operators[size_t(c.operatorIndex)].email;
    out.customFieldsPresent = true;
    for (qsizetype f = 0; f < c.fieldValues.size() && size_t(f) < ws.customFields.size(); ++f) {
        if (!c.fieldValues[f].isEmpty())
            out.customFields << api::CustomFieldValue{ws.customFields[size_t(f)].id, ws.customFields[size_t(f)].name,
                                                      c.fieldValues[f]};
    }
    return out;
}

Error contactsPass(store::Database& db, const sim::SimWorkspace& ws, std::int64_t t)
{
    store::SyncPassRepository passes(db);
    auto pass = passes.beginPass(store::kContactsPass);
    if (!pass)
        return pass.error();
    store::ContactRepository contacts(db);
    const std::vector<std::uint32_t> order = ws.contactOrderAt(t);
    QList<api::Contact> page;
    for (size_t i = 0; i < order.size(); ++i) {
        page << contactAt(ws, ws.contacts[order[i]], t);
        if (page.size() == kContactsPerPage || i + 1 == order.size()) {
            if (auto written = contacts.writeContactsPage(pass->id, page); !written)
                return written.error();
            page.clear();
        }
    }
    auto done = contacts.completeContactPass(pass->id, 1.0);
    return done ? Error{} : done.error();
}

// Each chat as last read: at `now`, or at the earlier pass for contacts deleted since (their
// messages endpoint answers NOT_FOUND after the deletion).
Error messagesAt(store::Database& db, const sim::SimWorkspace& ws, std::int64_t now, std::int64_t earlier,
                 qint64& written)
{
    store::MessageRepository repo(db);
    for (const sim::SimContact& c : ws.contacts) {
        const std::int64_t t = ws.contactVisible(c, now) ? now : earlier;
        if (!ws.contactVisible(c, t))
            continue;
        QList<api::Message> page;
        for (size_t k = 0; k < c.messages.size(); ++k) {
            const sim::SimMessage& m = ws.messages[c.messages[k]];
            if (!ws.messageVisible(m, t))
                continue;
            api::Message out;
            out.messageId = ws.messageId(m);
            out.type = sim::messageTypeName(m.type);
            out.content = ws.messageContent(m);
            out.direction =
                m.direction == sim::Direction::Inbound ? QStringLiteral("inbound") : QStringLiteral("outbound");
            out.status = sim::messageStatusName(ws.messageStatusAt(m, t));
            out.timestamp = utc(m.timestamp);
            page << out;
            if (page.size() == kMessagesPerPage) {
                if (auto r = repo.writeMessagesPage(c.chatId, page); !r)
                    return r.error();
                written += page.size();
                page.clear();
            }
        }
        if (!page.isEmpty()) {
            if (auto r = repo.writeMessagesPage(c.chatId, page); !r)
                return r.error();
            written += page.size();
        }
    }
    return {};
}

// A clock the builder moves to each pass's time; between passes it stands still.
class SettableClock final : public Clock
{
public:
    QDateTime nowUtc() const override { return m_now; }
    qint64 monotonicMs() const override { return m_timer.monotonicMs(); }
    void set(qint64 unixSecs) { m_now = QDateTime::fromSecsSinceEpoch(unixSecs, Qt::UTC); }

private:
    QDateTime m_now = QDateTime::fromSecsSinceEpoch(0, Qt::UTC);
    SystemClock m_timer;
};

} // namespace

qint64 SimStoreWriter::storedMessages(const sim::SimWorkspace& ws)
{
    const std::int64_t earlier = ws.now - kFirstPassLeadSecs;
    qint64 n = 0;
    for (const sim::SimContact& c : ws.contacts) {
        const std::int64_t t = ws.contactVisible(c, ws.now) ? ws.now : earlier;
        if (!ws.contactVisible(c, t))
            continue;
        for (const std::uint32_t index : c.messages)
            n += ws.messageVisible(ws.messages[index], t) ? 1 : 0;
    }
    return n;
}

Error SimStoreWriter::build(store::Database& db, const sim::SimWorkspace& ws,
                               const std::function<void(qint64)>& advanceTo, Progress& progress)
{
    advanceTo(ws.now - kFirstPassLeadSecs);
    if (Error err = contactsPass(db, ws, ws.now - kFirstPassLeadSecs); err.isError())
        return err;
    advanceTo(ws.now);
    if (Error err = contactsPass(db, ws, ws.now); err.isError())
        return err;
    if (Error err = messagesAt(db, ws, ws.now, ws.now - kFirstPassLeadSecs, progress.messages); err.isError())
        return err;

    store::SyncPassRepository passes(db);
    auto pass = passes.beginPass(store::kCampaignsPass);
    if (!pass)
        return pass.error();
    store::CampaignRepository campaigns(db);
    QList<api::Campaign> page;
    for (const sim::SimCampaign& c : ws.campaigns) {
        if (!ws.campaignVisible(c, ws.now))
            continue;
        api::Campaign out;
        out.campaignId = c.campaignId;
        out.name = c.name;
        out.status = ws.campaignStatusAt(c, ws.now);
        out.createdAt = utc(c.createdAt);
        if (c.scheduledAt != 0)
            out.scheduledAt = utc(c.scheduledAt);
        out.totalRecipients = qint64(c.messages.size());
        out.templateName = c.templateName;
        out.templateLanguage = c.templateLanguage;
        page << out;
    }
    if (auto r = campaigns.writeCampaignsPage(pass->id, page); !r)
        return r.error();
    if (Error err = passes.finishPass(pass->id); err.isError())
        return err;
    for (const sim::SimCampaign& c : ws.campaigns) {
        if (!ws.campaignVisible(c, ws.now))
            continue;
        const sim::SimReport r = ws.reportAt(c, ws.now);
        api::CampaignReport report{c.campaignId, c.name, r.totalRecipients, r.delivered, r.read, r.replied, r.failed};
        if (Error err = campaigns.recordReport(report); err.isError())
            return err;
        ++progress.campaigns;
    }
    auto count = db.statement(QStringLiteral("SELECT count(*) FROM contacts"));
    if (!count)
        return count.error();
    if (Error err = count->exec(QStringLiteral("counting contacts")); err.isError())
        return err;
    progress.contacts = count->next() ? count->integer(0) : 0;
    return {};
}

Error SimStoreWriter::touchChats(store::Database& db, const QStringList& chatIds, std::int64_t atUnix, int round)
{
    store::MessageRepository repo(db);
    for (const QString& chatId : chatIds) {
        api::Message m;
        m.messageId = QStringLiteral("bench_touch_%1_%2").arg(round).arg(chatId);
        m.type = QStringLiteral("text");
        m.content = QStringLiteral("Hello again, is my order on the way?");
        m.direction = QStringLiteral("inbound");
        m.status = QStringLiteral("received");
        m.timestamp = utc(atUnix);
        if (auto r = repo.writeMessagesPage(chatId, {m}); !r)
            return r.error();
    }
    // The sync's writes end with their WAL checkpoint, as SQLite's auto-checkpoint would run it in
    // the sync's own commits; the derivation measured next should not pay for it.
    return db.execute(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)"), QStringLiteral("checkpointing"));
}

Error SimStoreWriter::writeNewStore(const QString& path, const sim::SimWorkspace& ws, Progress* progress)
{
    SettableClock clock;
    clock.set(ws.now);
    store::OpenOptions options;
    options.clock = &clock;
    auto opened = store::Database::open(path, options);
    if (!opened)
        return opened.error();
    Progress ignored;
    return build(*opened.value(), ws, [&](qint64 t) { clock.set(t); }, progress ? *progress : ignored);
}

} // namespace crmlens::sim
