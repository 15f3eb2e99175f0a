#pragma once

#include <QString>

namespace crmlens {

// What went wrong, in a form both the code (kind) and a person (message) can act on.
struct Error
{
    enum class Kind {
        None,
        Network,      // connection refused, DNS, TLS, reset
        Timeout,      // no complete answer within the request timeout
        Cancelled,    // the caller gave up
        Unauthorized, // 401/403 or code UNAUTHORIZED: the key is wrong
        RateLimited,  // 429 that outlived every retry
        Server,       // 5xx or success:false without a more specific code
        NotFound,     // 404 or code NOT_FOUND
        Validation,   // 422 or code VALIDATION_ERROR
        Malformed,    // the body could not be understood
        InsecureUrl,  // plain http to a non-loopback host, or an unusable URL
        Configuration,
        Storage,
    };

    Kind kind = Kind::None;
    QString message;    // plain words, safe to show and log (never contains a secret)
    int httpStatus = 0; // 0 when no HTTP answer arrived
    QString code;       // the API's error code when it sent one

    bool isError() const { return kind != Kind::None; }
    static Error make(Kind k, QString msg, int status = 0, QString apiCode = {})
    {
        return Error{k, std::move(msg), status, std::move(apiCode)};
    }
};

QString errorKindName(Error::Kind kind);

} // namespace crmlens
