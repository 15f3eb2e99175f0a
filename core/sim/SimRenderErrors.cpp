#include "core/sim/SimRenderErrors.h"

#include "core/sim/SimRenderWriter.h"

namespace crmlens::sim::SimRenderErrors {

namespace {

QByteArray errorObject(const char* code, const QString& message, const QList<QPair<QString, QString>>* details)
{
    SimRenderWriter w;
    w.beginObject();
    w.member("success", false);
    w.key("error");
    w.beginObject();
    w.member("code", code);
    w.member("message", message);
    if (details) {
        w.key("details");
        w.beginArray();
        for (const auto& [field, text] : *details) {
            w.beginObject();
            w.member("field", field);
            w.member("message", text);
            w.endObject();
        }
        w.endArray();
    }
    w.endObject();
    w.endObject();
    return w.take();
}

QByteArray flat(const char* key, const QString& text)
{
    SimRenderWriter w;
    w.beginObject();
    w.member("success", false);
    w.member(key, text);
    w.endObject();
    return w.take();
}

} // namespace

QByteArray unauthorized()
{
    return flat("developer_message", QStringLiteral("Invalid or missing API key"));
}

QByteArray notFound(const QString& message)
{
    return errorObject("NOT_FOUND", message, nullptr);
}

QByteArray validation(const QList<QPair<QString, QString>>& details)
{
    return errorObject("VALIDATION_ERROR", QStringLiteral("Validation failed"), &details);
}

QByteArray rateLimited()
{
    return errorObject("RATE_LIMITED", QStringLiteral("Too Many Requests"), nullptr);
}

QByteArray title(const QString& text)
{
    return flat("title", text);
}

QByteArray successFalse(const QString& message)
{
    return flat("message", message);
}

QByteArray coded(const char* code, const QString& message)
{
    return errorObject(code, message, nullptr);
}

} // namespace crmlens::sim::SimRenderErrors
