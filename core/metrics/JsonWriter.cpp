#include "core/metrics/JsonWriter.h"

#include <QLocale>

#include <cmath>

namespace crmlens::metrics {

void JsonWriter::separate()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (!m_first.empty()) {
        if (!m_first.back())
            m_out.append(", ");
        m_first.back() = false;
    }
}

void JsonWriter::beginObject()
{
    separate();
    m_out.append('{');
    m_first.push_back(true);
}

void JsonWriter::endObject()
{
    m_out.append('}');
    m_first.pop_back();
}

void JsonWriter::beginArray()
{
    separate();
    m_out.append('[');
    m_first.push_back(true);
}

void JsonWriter::endArray()
{
    m_out.append(']');
    m_first.pop_back();
}

JsonWriter& JsonWriter::key(const QString& name)
{
    value(name);
    m_out.append(": ");
    m_afterKey = true;
    return *this;
}

void JsonWriter::value(const QString& text)
{
    separate();
    if (text.isNull()) {
        m_out.append("null");
        return;
    }
    m_out.append('"');
    const QByteArray utf8 = text.toUtf8();
    for (const char ch : utf8) {
        const auto c = static_cast<unsigned char>(ch);
        switch (c) {
        case '"':
            m_out.append("\\\"");
            break;
        case '\\':
            m_out.append("\\\\");
            break;
        case '\n':
            m_out.append("\\n");
            break;
        case '\r':
            m_out.append("\\r");
            break;
        case '\t':
            m_out.append("\\t");
            break;
        case '\b':
            m_out.append("\\b");
            break;
        case '\f':
            m_out.append("\\f");
            break;
        default:
            if (c < 0x20) {
                static const char hex[] = "0123456789abcdef";
                m_out.append("\\u00");
                m_out.append(hex[c >> 4]);
                m_out.append(hex[c & 0xf]);
            } else {
                m_out.append(ch);
            }
        }
    }
    m_out.append('"');
}

void JsonWriter::value(qint64 number)
{
    separate();
    m_out.append(QByteArray::number(number));
}

QByteArray JsonWriter::formatDouble(double number)
{
    if (!std::isfinite(number))
        return QByteArrayLiteral("null");
    QByteArray text = QByteArray::number(number, 'g', QLocale::FloatingPointShortest);
    if (!text.contains('.') && !text.contains('e') && !text.contains('E'))
        text.append(".0");
    return text;
}

void JsonWriter::value(double number)
{
    separate();
    m_out.append(formatDouble(number));
}

void JsonWriter::value(bool flag)
{
    separate();
    m_out.append(flag ? "true" : "false");
}

void JsonWriter::value(const std::optional<double>& number)
{
    if (number)
        value(*number);
    else
        null();
}

void JsonWriter::null()
{
    separate();
    m_out.append("null");
}

} // namespace crmlens::metrics
