#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace crmlens::sim {

// The CRM's error bodies, each in the exact shape the real service sends (tests/fixtures/error-*).
// The shapes differ by failure on purpose: clients must find the message wherever it is.
namespace SimRenderErrors {

// 401: {"success":false,"developer_message":…}
QByteArray unauthorized();
// 404: {"success":false,"error":{"code":"NOT_FOUND","message":…}}
QByteArray notFound(const QString& message = QStringLiteral("Resource not found"));
// 422: {"success":false,"error":{"code":"VALIDATION_ERROR","message":…,"details":[{"field","message"}]}}
QByteArray validation(const QList<QPair<QString, QString>>& details);
// 429: {"success":false,"error":{"code":"RATE_LIMITED","message":"Too Many Requests"}}
QByteArray rateLimited();
// 500 / 503: {"success":false,"title":…}
QByteArray title(const QString& title);
// HTTP 200: {"success":false,"message":…}
QByteArray successFalse(const QString& message);
// Any other failure with a code (405, 400): error{code,message}.
QByteArray coded(const char* code, const QString& message);

} // namespace SimRenderErrors

} // namespace crmlens::sim
