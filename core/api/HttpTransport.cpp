#include "core/api/HttpTransport.h"

namespace crmlens::api {

QString transportErrorName(TransportError error)
{
    switch (error) {
    case TransportError::None:
        return QStringLiteral("none");
    case TransportError::Timeout:
        return QStringLiteral("timeout");
    case TransportError::Network:
        return QStringLiteral("network");
    case TransportError::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QStringLiteral("unknown");
}

} // namespace crmlens::api
