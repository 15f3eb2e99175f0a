#include "core/sim/SimRenderWriter.h"

#include <QIODevice>

#include <array>

namespace crmlens::sim {

namespace {

constexpr qsizetype kFlushThreshold = 1 << 20;

// Days since 1970-01-01 to a proleptic Gregorian date (H. Hinnant's civil_from_days).
void civilFromDays(std::int64_t days, std::int64_t& year, unsigned& month, unsigned& day)
{
    days += 719468;
    const std::int64_t era = (days >= 0 ? days : days - 146096) / 146097;
    const auto doe = static_cast<unsigned>(days - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    day = doy - (153 * mp + 2) / 5 + 1;
    month = mp < 10 ? mp + 3 : mp - 9;
    year = static_cast<std::int64_t>(yoe) + era * 400 + (month <= 2 ? 1 : 0);
}

void appendDigits(char* at, unsigned value, int width)
{
    for (int i = width - 1; i >= 0; --i) {
        at[i] = static_cast<char>('0' + value % 10);
        value /= 10;
    }
}

} // namespace

void appendJsonString(QByteArray& out, const QString& text)
{
    static constexpr char kHex[] = "0123456789abcdef";
    const QByteArray utf8 = text.toUtf8();
    out.reserve(out.size() + utf8.size() + 2);
    out.append('"');
    qsizetype runStart = 0;
    const qsizetype n = utf8.size();
    const char* data = utf8.constData();
    for (qsizetype i = 0; i < n; ++i) {
        const auto c = static_cast<unsigned char>(data[i]);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        out.append(data + runStart, i - runStart);
        runStart = i + 1;
        switch (c) {
        case '"':
            out.append("\\\"", 2);
            break;
        case '\\':
            out.append("\\\\", 2);
            break;
        case '\n':
            out.append("\\n", 2);
            break;
        case '\r':
            out.append("\\r", 2);
            break;
        case '\t':
            out.append("\\t", 2);
            break;
        default: {
            const std::array<char, 6> esc{'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 0xF]};
            out.append(esc.data(), 6);
        }
        }
    }
    out.append(data + runStart, n - runStart);
    out.append('"');
}

void appendIsoTimestamp(QByteArray& out, std::int64_t unixSeconds)
{
    std::int64_t days = unixSeconds / 86400;
    std::int64_t rest = unixSeconds % 86400;
    if (rest < 0) {
        rest += 86400;
        --days;
    }
    std::int64_t year = 0;
    unsigned month = 0;
    unsigned day = 0;
    civilFromDays(days, year, month, day);
    const auto secs = static_cast<unsigned>(rest);
    std::array<char, 20> buf{};
    appendDigits(buf.data(), static_cast<unsigned>(year), 4);
    buf[4] = '-';
    appendDigits(buf.data() + 5, month, 2);
    buf[7] = '-';
    appendDigits(buf.data() + 8, day, 2);
    buf[10] = 'T';
    appendDigits(buf.data() + 11, secs / 3600, 2);
    buf[13] = ':';
    appendDigits(buf.data() + 14, secs / 60 % 60, 2);
    buf[16] = ':';
    appendDigits(buf.data() + 17, secs % 60, 2);
    buf[19] = 'Z';
    out.append(buf.data(), 20);
}

QString isoTimestamp(std::int64_t unixSeconds)
{
    QByteArray out;
    appendIsoTimestamp(out, unixSeconds);
    return QString::fromLatin1(out);
}

SimRenderWriter::SimRenderWriter() = default;

SimRenderWriter::SimRenderWriter(QIODevice* sink) : m_sink(sink) {}

void SimRenderWriter::separate()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    const std::uint64_t bit = std::uint64_t{1} << m_depth;
    if (m_hasElement & bit)
        m_out.append(',');
    m_hasElement |= bit;
}

void SimRenderWriter::beginObject()
{
    separate();
    m_out.append('{');
    ++m_depth;
    m_hasElement &= ~(std::uint64_t{1} << m_depth);
}

void SimRenderWriter::endObject()
{
    m_out.append('}');
    --m_depth;
    maybeFlush();
}

void SimRenderWriter::beginArray()
{
    separate();
    m_out.append('[');
    ++m_depth;
    m_hasElement &= ~(std::uint64_t{1} << m_depth);
}

void SimRenderWriter::endArray()
{
    m_out.append(']');
    --m_depth;
    maybeFlush();
}

void SimRenderWriter::key(const char* name)
{
    separate();
    m_out.append('"');
    m_out.append(name);
    m_out.append("\":", 2);
    m_afterKey = true;
}

void SimRenderWriter::key(const QString& name)
{
    separate();
    appendJsonString(m_out, name);
    m_out.append(':');
    m_afterKey = true;
}

void SimRenderWriter::value(const QString& text)
{
    if (text.isNull()) {
        null();
        return;
    }
    separate();
    appendJsonString(m_out, text);
}

void SimRenderWriter::value(const char* latin1)
{
    separate();
    m_out.append('"');
    m_out.append(latin1);
    m_out.append('"');
}

void SimRenderWriter::value(std::int64_t number)
{
    separate();
    m_out.append(QByteArray::number(static_cast<qlonglong>(number)));
}

void SimRenderWriter::value(bool flag)
{
    separate();
    m_out.append(flag ? "true" : "false");
}

void SimRenderWriter::value(double number)
{
    separate();
    m_out.append(QByteArray::number(number, 'g', 15));
}

void SimRenderWriter::null()
{
    separate();
    m_out.append("null", 4);
}

void SimRenderWriter::timestamp(std::int64_t unixSeconds)
{
    separate();
    m_out.append('"');
    appendIsoTimestamp(m_out, unixSeconds);
    m_out.append('"');
}

void SimRenderWriter::raw(const QByteArray& json)
{
    separate();
    m_out.append(json);
}

QByteArray SimRenderWriter::take()
{
    QByteArray out;
    out.swap(m_out);
    return out;
}

bool SimRenderWriter::flush()
{
    if (!m_sink || m_out.isEmpty())
        return !m_sinkFailed;
    if (m_sink->write(m_out) != m_out.size())
        m_sinkFailed = true;
    m_out.resize(0); // keeps the capacity for the next chunk
    return !m_sinkFailed;
}

void SimRenderWriter::maybeFlush()
{
    if (m_sink && m_out.size() >= kFlushThreshold)
        flush();
}

} // namespace crmlens::sim
