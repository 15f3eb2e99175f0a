#include "core/sync/SyncTypes.h"

namespace crmlens::sync {

QString syncPhaseName(SyncPhase phase)
{
    switch (phase) {
    case SyncPhase::Idle:
        return QStringLiteral("idle");
    case SyncPhase::Starting:
        return QStringLiteral("starting");
    case SyncPhase::Definitions:
        return QStringLiteral("custom field definitions");
    case SyncPhase::Contacts:
        return QStringLiteral("contacts");
    case SyncPhase::Campaigns:
        return QStringLiteral("campaigns");
    case SyncPhase::Messages:
        return QStringLiteral("messages");
    case SyncPhase::Finishing:
        return QStringLiteral("finishing");
    case SyncPhase::Waiting:
        return QStringLiteral("waiting");
    }
    return QString();
}

void registerSyncMetaTypes()
{
    qRegisterMetaType<crmlens::sync::SyncOptions>("crmlens::sync::SyncOptions");
    qRegisterMetaType<crmlens::sync::SyncFocus>("crmlens::sync::SyncFocus");
    qRegisterMetaType<crmlens::sync::SyncProgress>("crmlens::sync::SyncProgress");
    qRegisterMetaType<crmlens::sync::SyncSummary>("crmlens::sync::SyncSummary");
    qRegisterMetaType<crmlens::Error>("crmlens::Error");
}

} // namespace crmlens::sync
