#pragma once

#include "core/common/Result.h"

#include <QString>

#include <functional>

namespace crmlens::api {

// Where the API key lives, by account key (e.g. the CRM's base URL). Asynchronous because the
// OS keychain may answer slowly or ask the user to unlock it. Every callback runs later on the
// calling thread, exactly once; a missing secret reads as Error::Kind::NotFound.
class SecretStore
{
public:
    using ReadCallback = std::function<void(Result<QString>)>;
    using DoneCallback = std::function<void(Error)>; // kind None when it worked

    virtual ~SecretStore() = default;
    virtual void readSecret(const QString& account, ReadCallback done) = 0;
    virtual void writeSecret(const QString& account, const QString& secret, DoneCallback done) = 0;
    // Removing a secret that is not there is not an error.
    virtual void removeSecret(const QString& account, DoneCallback done) = 0;
};

} // namespace crmlens::api
