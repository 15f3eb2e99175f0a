#include "core/api/WebhookSignature.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>

#include <optional>

namespace crmlens::api {

namespace {

constexpr int kDigestBytes = 32;

int hexDigit(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// Strict decoding: QByteArray::fromHex skips invalid characters, which would let a malformed
// header decode to something.
std::optional<QByteArray> decodeDigest(QByteArrayView hex)
{
    if (hex.size() != kDigestBytes * 2)
        return std::nullopt;
    QByteArray out(kDigestBytes, '\0');
    for (int i = 0; i < kDigestBytes; ++i) {
        const int high = hexDigit(hex[2 * i]);
        const int low = hexDigit(hex[2 * i + 1]);
        if (high < 0 || low < 0)
            return std::nullopt;
        out[i] = static_cast<char>((high << 4) | low);
    }
    return out;
}

QByteArray digest(const QByteArray& body, const QByteArray& secret)
{
    return QMessageAuthenticationCode::hash(body, secret, QCryptographicHash::Sha256);
}

} // namespace

QByteArray webhookSignatureHeader(const QByteArray& body, const QByteArray& secret)
{
    QByteArray header("sha256=");
    header += digest(body, secret).toHex();
    return header;
}

bool verifyWebhookSignature(const QByteArray& body, const QByteArray& header, const QByteArray& secret)
{
    if (secret.isEmpty())
        return false;
    const QByteArray value = header.trimmed();
    constexpr QByteArrayView prefix("sha256=");
    if (value.size() <= prefix.size() || value.left(prefix.size()).toLower() != prefix)
        return false;
    const auto sent = decodeDigest(QByteArrayView(value).sliced(prefix.size()));
    if (!sent)
        return false;
    return constantTimeEquals(digest(body, secret), *sent);
}

bool constantTimeEquals(const QByteArray& a, const QByteArray& b)
{
    if (a.size() != b.size())
        return false;
    // Accumulate every difference so the loop never ends early; volatile keeps the compiler from
    // turning it back into an early-exit comparison.
    volatile unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff = diff | static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}

} // namespace crmlens::api
