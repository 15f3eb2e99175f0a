#pragma once

#include <QByteArray>
#include <QString>

#include <cstdint>

class QIODevice;

namespace crmlens::sim {

// Compact JSON written straight into a QByteArray. The simulator answers thousands of page
// requests per second in benchmarks, so it must not build a QJsonDocument per response; this
// writer only tracks where commas go. Keys are ASCII literals of the API and are not escaped.
//
// With a sink set, the buffer is flushed to it whenever it grows large, so a dump of a big
// workspace streams to a file instead of living in memory.
class SimRenderWriter
{
public:
    SimRenderWriter();
    explicit SimRenderWriter(QIODevice* sink);

    void beginObject();
    void endObject();
    void beginArray();
    void endArray();

    // Starts a member of the current object; the next value call writes its value.
    void key(const char* name);
    void key(const QString& name); // escaped: for names that come from data

    void value(const QString& text); // a null QString is written as null
    void value(const char* latin1);
    void value(std::int64_t number);
    void value(int number) { value(static_cast<std::int64_t>(number)); }
    void value(bool flag);
    void value(double number);
    void null();
    // Unix seconds as "2026-01-16T08:00:00Z".
    void timestamp(std::int64_t unixSeconds);
    // Already-serialised JSON (for a deliberately malformed record, for example).
    void raw(const QByteArray& json);

    // Shorthands for the frequent "key": value pair.
    template <typename T> void member(const char* name, const T& v)
    {
        key(name);
        value(v);
    }
    void nullMember(const char* name)
    {
        key(name);
        null();
    }
    void timestampMember(const char* name, std::int64_t unixSeconds)
    {
        key(name);
        timestamp(unixSeconds);
    }

    QByteArray& buffer() { return m_out; }
    QByteArray take();
    // Writes what is buffered to the sink; false when the sink failed.
    bool flush();

private:
    void separate();
    void maybeFlush();

    QByteArray m_out;
    QIODevice* m_sink = nullptr;
    bool m_sinkFailed = false;
    // One bit per nesting level: set when that level already holds an element.
    std::uint64_t m_hasElement = 0;
    int m_depth = 0;
    bool m_afterKey = false;
};

// Appends `text` as a JSON string literal (quotes included), escaping what JSON requires.
void appendJsonString(QByteArray& out, const QString& text);
// Appends unix seconds as ISO 8601 UTC with a trailing Z, without going through QDateTime.
void appendIsoTimestamp(QByteArray& out, std::int64_t unixSeconds);
QString isoTimestamp(std::int64_t unixSeconds);

} // namespace crmlens::sim
