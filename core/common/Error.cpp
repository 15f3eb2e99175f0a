#include "core/common/Error.h"

namespace crmlens {

QString errorKindName(Error::Kind kind)
{
    switch (kind) {
    case Error::Kind::None: return QStringLiteral("none");
    case Error::Kind::Network: return QStringLiteral("network");
    case Error::Kind::Timeout: return QStringLiteral("timeout");
    case Error::Kind::Cancelled: return QStringLiteral("cancelled");
    case Error::Kind::Unauthorized: return QStringLiteral("unauthorized");
    case Error::Kind::RateLimited: return QStringLiteral("rate-limited");
    case Error::Kind::Server: return QStringLiteral("server");
    case Error::Kind::NotFound: return QStringLiteral("not-found");
    case Error::Kind::Validation: return QStringLiteral("validation");
    case Error::Kind::Malformed: return QStringLiteral("malformed");
    case Error::Kind::InsecureUrl: return QStringLiteral("insecure-url");
    case Error::Kind::Configuration: return QStringLiteral("configuration");
    case Error::Kind::Storage: return QStringLiteral("storage");
    }
    return QStringLiteral("unknown");
}

} // namespace crmlens
