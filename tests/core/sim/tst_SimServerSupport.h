#pragma once

#include "core/sim/SimWorkspace.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QUrl>

#include <cstdint>

// Helpers shared by the simulator's server tests: a small hand-built workspace whose every
// record is known, and plain HTTP calls that look at status, headers and raw bytes only (the
// simulator is never read through the client's parsers).
namespace crmlens::test::sim {

// 2026-03-01T12:00:00Z: "now" of the hand-built workspace.
constexpr std::int64_t kNow = 1772366400;
constexpr std::int64_t kDay = 86400;

// Contacts, newest first at kNow: chat_e, chat_b, chat_a, chat_f19 … chat_f00. chat_c was
// deleted a day before kNow; chat_d is created 30 min after kNow; chat_e is deleted 2 h after.
// chat_a has 6 messages listed at kNow (index order = time order) plus one lagging and one
// future message; campaigns camp_001 (completed, 2 recipients) and camp_002 (draft).
crmlens::sim::SimWorkspace makeWorkspace();
int messageIndex(const crmlens::sim::SimWorkspace& ws, const char* chatId, int nth);

struct HttpResult
{
    int status = 0;                               // 0: no HTTP answer
    int networkError = 0;                         // QNetworkReply::NetworkError
    QList<QPair<QByteArray, QByteArray>> headers; // as received
    QByteArray body;

    QByteArray header(const QByteArray& name) const;
    bool hasHeader(const QByteArray& name) const;
    QJsonObject json() const; // the body as an object (empty when it is not one)
    QJsonDocument document() const;
};

// One request through a fresh QNetworkAccessManager; `key` empty: no API-KEY header.
HttpResult request(const QByteArray& method, const QUrl& base, const QString& pathAndQuery,
                   const QByteArray& key = "sim-key", int timeoutMs = 15000);
inline HttpResult get(const QUrl& base, const QString& pathAndQuery, const QByteArray& key = "sim-key")
{
    return request("GET", base, pathAndQuery, key);
}

// Raw bytes of one exchange on a plain socket: sends `rawRequest`, reads until the server
// closes or `timeoutMs` passes. `closed` says whether the server closed the connection.
struct RawExchange
{
    QByteArray received;
    bool closed = false;
};
RawExchange rawExchange(quint16 port, const QByteArray& rawRequest, int timeoutMs);

} // namespace crmlens::test::sim
