#pragma once

#include <QByteArray>

// The X-Hub-Signature-256 check of webhook deliveries (crm-api.md "Webhooks"): an HMAC-SHA256 of
// the raw body under the app secret, sent as "sha256=<hex>".
namespace crmlens::api {

// The header value a sender computes for `body`: "sha256=" followed by 64 lower-case hex digits.
QByteArray webhookSignatureHeader(const QByteArray& body, const QByteArray& secret);

// True only when `header` is "sha256=<64 hex digits>" (prefix and digits in either case,
// surrounding whitespace ignored) and the digest matches. Compares in constant time. An empty
// secret verifies nothing: it means no secret is configured.
bool verifyWebhookSignature(const QByteArray& body, const QByteArray& header, const QByteArray& secret);

// Equality whose running time depends only on the lengths, not on where the inputs differ.
bool constantTimeEquals(const QByteArray& a, const QByteArray& b);

} // namespace crmlens::api
