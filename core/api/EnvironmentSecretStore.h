#pragma once

#include "core/api/SecretStore.h"

#include <QByteArray>

namespace crmlens::api {

// Read-only SecretStore for headless runs (crmlens-cli, CI): the key comes from an environment
// variable, CRMLENS_API_KEY by default, whatever the account. Writing or removing is refused.
class EnvironmentSecretStore final : public SecretStore
{
public:
    explicit EnvironmentSecretStore(QByteArray variable = QByteArrayLiteral("CRMLENS_API_KEY"));

    void readSecret(const QString& account, ReadCallback done) override;
    void writeSecret(const QString& account, const QString& secret, DoneCallback done) override;
    void removeSecret(const QString& account, DoneCallback done) override;

    QByteArray variable() const { return m_variable; }

private:
    QByteArray m_variable;
};

} // namespace crmlens::api
