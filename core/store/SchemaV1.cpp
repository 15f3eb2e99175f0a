#include "core/store/SchemaV1.h"

namespace crmlens::store {

// Times are INTEGER milliseconds since the epoch, UTC. Remote ids are TEXT and unique; rows are
// never deleted by a sync (deleted contacts keep their last known fields, see METRICS.md).
Migration schemaV1()
{
    Migration m;
    m.version = 1;
    m.description = QStringLiteral("initial store: contacts, history, campaigns, messages, sync state");
    m.statements = {
        QStringLiteral(R"(CREATE TABLE sync_passes (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            kind TEXT NOT NULL,
            started_at INTEGER NOT NULL,
            finished_at INTEGER,
            complete INTEGER NOT NULL DEFAULT 0 CHECK (complete IN (0, 1)),
            last_page_at INTEGER,
            pages INTEGER NOT NULL DEFAULT 0,
            records INTEGER NOT NULL DEFAULT 0,
            inserted INTEGER NOT NULL DEFAULT 0,
            updated INTEGER NOT NULL DEFAULT 0,
            skipped INTEGER NOT NULL DEFAULT 0,
            deleted INTEGER NOT NULL DEFAULT 0))"),
        QStringLiteral("CREATE INDEX sync_passes_by_kind ON sync_passes (kind, complete, started_at)"),

        // first_seen_* is the pass that first listed the contact; in_first_complete_pass is set when
        // the first complete contact pass finishes, for every contact it listed. custom_fields_seen:
        // the CRM has shown this contact's custom fields at least once (later differences are history).
        QStringLiteral(R"(CREATE TABLE contacts (
            chat_id TEXT PRIMARY KEY NOT NULL,
            whatsapp_number TEXT NOT NULL,
            phone_digits TEXT NOT NULL,
            name TEXT,
            email TEXT,
            created_at INTEGER,
            status TEXT,
            operator TEXT,
            custom_fields_seen INTEGER NOT NULL DEFAULT 0 CHECK (custom_fields_seen IN (0, 1)),
            first_seen_at INTEGER NOT NULL,
            first_seen_pass_id INTEGER NOT NULL REFERENCES sync_passes (id),
            in_first_complete_pass INTEGER NOT NULL DEFAULT 0 CHECK (in_first_complete_pass IN (0, 1)),
            last_seen_at INTEGER NOT NULL,
            last_seen_pass_id INTEGER NOT NULL REFERENCES sync_passes (id),
            updated_at INTEGER NOT NULL,
            deleted_at INTEGER,
            deleted_pass_id INTEGER REFERENCES sync_passes (id)))"),
        QStringLiteral("CREATE INDEX contacts_by_created ON contacts (created_at)"),
        QStringLiteral("CREATE INDEX contacts_by_first_seen ON contacts (first_seen_at)"),
        QStringLiteral("CREATE INDEX contacts_by_deleted ON contacts (deleted_at)"),
        QStringLiteral("CREATE INDEX contacts_by_last_seen_pass ON contacts (last_seen_pass_id)"),
        QStringLiteral("CREATE INDEX contacts_by_status ON contacts (status)"),
        QStringLiteral("CREATE INDEX contacts_by_operator ON contacts (operator)"),
        QStringLiteral("CREATE INDEX contacts_by_phone ON contacts (phone_digits)"),

        // Keyed by field name (resolved through the definitions when the CRM only sent an id), indexed
        // by (key, value) for segment filters.
        QStringLiteral(R"(CREATE TABLE contact_custom_fields (
            chat_id TEXT NOT NULL REFERENCES contacts (chat_id),
            field_key TEXT NOT NULL,
            value TEXT NOT NULL,
            field_id TEXT,
            PRIMARY KEY (chat_id, field_key)) WITHOUT ROWID)"),
        QStringLiteral("CREATE INDEX contact_custom_fields_by_value ON contact_custom_fields (field_key, value)"),

        // Every observed change; changed_at is the start of the pass that saw it, recorded_at the
        // moment it was written. A contact's first observation records nothing.
        QStringLiteral(R"(CREATE TABLE contact_history (
            id INTEGER PRIMARY KEY,
            chat_id TEXT NOT NULL REFERENCES contacts (chat_id),
            pass_id INTEGER REFERENCES sync_passes (id),
            changed_at INTEGER NOT NULL,
            recorded_at INTEGER NOT NULL,
            field TEXT NOT NULL CHECK (field IN ('status', 'operator', 'custom_field')),
            field_key TEXT NOT NULL DEFAULT '',
            old_value TEXT,
            new_value TEXT))"),
        QStringLiteral("CREATE INDEX contact_history_by_chat ON contact_history (chat_id, changed_at)"),
        QStringLiteral("CREATE INDEX contact_history_by_field ON contact_history (field, field_key, changed_at)"),

        QStringLiteral(R"(CREATE TABLE contact_deletions (
            id INTEGER PRIMARY KEY,
            chat_id TEXT NOT NULL REFERENCES contacts (chat_id),
            pass_id INTEGER REFERENCES sync_passes (id),
            deleted_at INTEGER NOT NULL,
            reason TEXT NOT NULL,
            restored_at INTEGER,
            restored_pass_id INTEGER REFERENCES sync_passes (id)))"),
        QStringLiteral("CREATE INDEX contact_deletions_by_chat ON contact_deletions (chat_id)"),
        QStringLiteral("CREATE INDEX contact_deletions_by_time ON contact_deletions (deleted_at)"),

        QStringLiteral(R"(CREATE TABLE operators (
            name TEXT PRIMARY KEY NOT NULL,
            first_seen_at INTEGER NOT NULL,
            last_seen_at INTEGER NOT NULL))"),

        QStringLiteral(R"(CREATE TABLE custom_field_definitions (
            field_id TEXT PRIMARY KEY NOT NULL,
            name TEXT NOT NULL,
            type TEXT,
            required INTEGER NOT NULL DEFAULT 0 CHECK (required IN (0, 1)),
            first_seen_at INTEGER NOT NULL,
            last_seen_at INTEGER NOT NULL,
            removed_at INTEGER))"),

        // final_seen_at: when a final status (completed, failed, cancelled) was first observed, so
        // the sync knows one more report poll is due after it.
        QStringLiteral(R"(CREATE TABLE campaigns (
            campaign_id TEXT PRIMARY KEY NOT NULL,
            name TEXT,
            status TEXT,
            created_at INTEGER,
            scheduled_at INTEGER,
            total_recipients INTEGER,
            template_name TEXT,
            template_language TEXT,
            first_seen_at INTEGER NOT NULL,
            last_seen_at INTEGER NOT NULL,
            updated_at INTEGER NOT NULL,
            final_seen_at INTEGER))"),
        QStringLiteral("CREATE INDEX campaigns_by_status ON campaigns (status)"),
        QStringLiteral("CREATE INDEX campaigns_by_scheduled ON campaigns (scheduled_at)"),

        QStringLiteral(R"(CREATE TABLE campaign_reports (
            id INTEGER PRIMARY KEY,
            campaign_id TEXT NOT NULL REFERENCES campaigns (campaign_id),
            polled_at INTEGER NOT NULL,
            total_recipients INTEGER NOT NULL,
            delivered INTEGER NOT NULL,
            read INTEGER NOT NULL,
            replied INTEGER NOT NULL,
            failed INTEGER NOT NULL))"),
        QStringLiteral("CREATE INDEX campaign_reports_by_campaign ON campaign_reports (campaign_id, polled_at)"),

        // Keyed by (chat_id, message_id): WhatsApp message ids are random strings, and a global index on
        // them would touch a different index page for every message of a page; keyed by chat, a page's
        // rows land together. id is the rowid: new rows get increasing ids, which is how a page write
        // counts its inserts without a SELECT per message.
        QStringLiteral(R"(CREATE TABLE messages (
            id INTEGER PRIMARY KEY,
            message_id TEXT NOT NULL,
            chat_id TEXT NOT NULL,
            ts INTEGER NOT NULL,
            direction TEXT NOT NULL,
            type TEXT,
            status TEXT,
            content TEXT,
            operator TEXT,
            campaign_id TEXT,
            first_seen_at INTEGER NOT NULL,
            updated_at INTEGER NOT NULL,
            UNIQUE (chat_id, message_id)))"),
        QStringLiteral("CREATE INDEX messages_by_chat_time ON messages (chat_id, ts, message_id)"),

        QStringLiteral(R"(CREATE TABLE chat_sync_state (
            chat_id TEXT PRIMARY KEY NOT NULL,
            newest_message_id TEXT,
            newest_message_at INTEGER,
            oldest_message_at INTEGER,
            history_complete INTEGER NOT NULL DEFAULT 0 CHECK (history_complete IN (0, 1)),
            message_count INTEGER NOT NULL DEFAULT 0,
            last_read_at INTEGER,
            last_changed_at INTEGER) WITHOUT ROWID)"),
        QStringLiteral("CREATE INDEX chat_sync_state_by_activity ON chat_sync_state (newest_message_at)"),
        QStringLiteral("CREATE INDEX chat_sync_state_by_change ON chat_sync_state (last_changed_at)"),

        QStringLiteral(R"(CREATE TABLE checkpoints (
            key TEXT PRIMARY KEY NOT NULL,
            value TEXT NOT NULL,
            updated_at INTEGER NOT NULL))"),

        QStringLiteral(R"(CREATE TABLE skipped_records (
            id INTEGER PRIMARY KEY,
            at INTEGER NOT NULL,
            endpoint TEXT NOT NULL,
            kind TEXT NOT NULL,
            remote_id TEXT,
            reason TEXT NOT NULL,
            pass_id INTEGER REFERENCES sync_passes (id)))"),
        QStringLiteral("CREATE INDEX skipped_records_by_kind ON skipped_records (kind, reason)"),

        QStringLiteral(R"(CREATE TABLE store_meta (
            key TEXT PRIMARY KEY NOT NULL,
            value TEXT NOT NULL))"),
    };
    return m;
}

} // namespace crmlens::store
