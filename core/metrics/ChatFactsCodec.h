#pragma once

#include "core/metrics/ChatFacts.h"

#include <QByteArray>

#include <optional>

namespace crmlens::metrics {

// The stored form of ChatFacts: varints, timestamps as deltas, names as UTF-8. About a tenth of
// the size of the messages it summarises, and read back without a query per fact.
class ChatFactsCodec
{
public:
    // Bumped whenever the encoding or the derivation rules change: facts of another format are
    // derived again (DerivedFactsRepository::staleChats).
    static constexpr int kFormat = 1;

    static QByteArray encode(const ChatFacts& facts);
    // nullopt when the bytes are not a valid encoding (the chat is then derived again).
    static std::optional<ChatFacts> decode(const QByteArray& bytes);
};

} // namespace crmlens::metrics
