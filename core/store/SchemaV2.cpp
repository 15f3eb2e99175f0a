#include "core/store/SchemaV2.h"

namespace crmlens::store {

// Derived facts for the metrics engine (METRICS.md, DESIGN.md "Scale"). Everything here can be
// recomputed from the tables of version 1, so a damaged or outdated row is simply derived again.
Migration schemaV2()
{
    Migration m;
    m.version = 2;
    m.description = QStringLiteral("derived facts for metrics: per-chat facts, token dictionary, phone regions");
    m.statements = {
        // One row per chat: its turns, conversations, message facts and keyword tokens, encoded as
        // one value (core/metrics/ChatFactsCodec) because a chat's facts are always derived, written
        // and read together. source_changed_at and message_count are the chat_sync_state values the
        // facts were derived from: when they differ, the facts are stale. derived_seq grows with
        // every write, so a reader that keeps facts in memory reloads only the chats written since.
        QStringLiteral(R"(CREATE TABLE derived_chat_facts (
            chat_id TEXT PRIMARY KEY NOT NULL,
            format INTEGER NOT NULL,
            source_changed_at INTEGER,
            message_count INTEGER NOT NULL,
            derived_at INTEGER NOT NULL,
            derived_seq INTEGER NOT NULL,
            facts BLOB NOT NULL))"),
        QStringLiteral("CREATE INDEX derived_chat_facts_by_seq ON derived_chat_facts (derived_seq)"),

        // Keyword tokens (lower-cased, NFC) by id; facts refer to tokens by these ids.
        QStringLiteral(R"(CREATE TABLE derived_tokens (
            id INTEGER PRIMARY KEY,
            token TEXT NOT NULL UNIQUE))"),

        // The region libphonenumber gives a number, cached because parsing is slow per call.
        // The metrics engine keeps contacts in memory and reads back only the ones written since its
        // last look: by the time of their last change.
        QStringLiteral("CREATE INDEX derived_contacts_by_updated ON contacts (updated_at)"),

        QStringLiteral("CREATE TABLE derived_phone_regions (whatsapp_number TEXT PRIMARY KEY NOT NULL, "
                       "region TEXT NOT NULL) WITHOUT ROWID"),
    };
    return m;
}

} // namespace crmlens::store
