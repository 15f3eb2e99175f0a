#include "core/metrics/ChatFactsCodec.h"

namespace crmlens::metrics {

namespace {

class Writer
{
public:
    void unsignedValue(quint64 v)
    {
        while (v >= 0x80) {
            m_out.append(char(quint8(v) | 0x80));
            v >>= 7;
        }
        m_out.append(char(quint8(v)));
    }
    void signedValue(qint64 v) { unsignedValue((quint64(v) << 1) ^ quint64(v >> 63)); }
    void text(const QString& s)
    {
        const QByteArray utf8 = s.toUtf8();
        unsignedValue(quint64(utf8.size()));
        m_out.append(utf8);
    }
    // kNoTime is written as 0, any other instant as 1 + its distance from `base`.
    void optionalTime(qint64 t, qint64 base) { signedValue(t == kNoTime ? 0 : (t - base) + 1); }
    QByteArray take() { return std::move(m_out); }

private:
    QByteArray m_out;
};

class Reader
{
public:
    explicit Reader(const QByteArray& in) : m_data(in.constData()), m_end(in.constData() + in.size()) {}

    bool ok() const { return m_ok; }
    bool atEnd() const { return m_data == m_end; }

    quint64 unsignedValue()
    {
        quint64 v = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            if (m_data >= m_end) {
                m_ok = false;
                return 0;
            }
            const quint8 byte = quint8(*m_data++);
            v |= quint64(byte & 0x7f) << shift;
            if (!(byte & 0x80))
                return v;
        }
        m_ok = false;
        return 0;
    }
    qint64 signedValue()
    {
        const quint64 v = unsignedValue();
        return qint64(v >> 1) ^ -qint64(v & 1);
    }
    // A count of items that each take at least one byte: never more than the bytes left.
    size_t count()
    {
        const quint64 n = unsignedValue();
        if (n > quint64(m_end - m_data)) {
            m_ok = false;
            return 0;
        }
        return size_t(n);
    }
    QString text()
    {
        const size_t n = count();
        if (!m_ok)
            return {};
        QString s = QString::fromUtf8(m_data, qsizetype(n));
        m_data += n;
        return s;
    }
    qint64 optionalTime(qint64 base)
    {
        const qint64 v = signedValue();
        return v == 0 ? kNoTime : base + (v - 1);
    }

private:
    const char* m_data;
    const char* m_end;
    bool m_ok = true;
};

} // namespace

QByteArray ChatFactsCodec::encode(const ChatFacts& f)
{
    Writer w;
    w.unsignedValue(quint64(f.messageCount));
    w.unsignedValue(quint64(f.names.size()));
    for (const QString& name : f.names)
        w.text(name);

    w.unsignedValue(f.tokens.size());
    for (quint32 token : f.tokens)
        w.unsignedValue(token);

    qint64 previous = 0;
    w.unsignedValue(f.inbound.size());
    for (const InboundFact& in : f.inbound) {
        w.signedValue(in.tsMs - previous);
        previous = in.tsMs;
        w.unsignedValue(in.tokenEnd - in.tokenBegin);
    }

    previous = 0;
    w.unsignedValue(f.outbound.size());
    for (const OutboundFact& o : f.outbound) {
        w.signedValue(o.tsMs - previous);
        previous = o.tsMs;
        w.unsignedValue(o.flags);
        w.unsignedValue(quint64(o.operatorRef + 1));
        w.unsignedValue(quint64(o.campaignRef + 1));
        w.optionalTime(o.nextInboundMs, o.tsMs);
    }

    previous = 0;
    w.unsignedValue(f.turns.size());
    for (const TurnFact& t : f.turns) {
        w.signedValue(t.startMs - previous);
        previous = t.startMs;
        w.optionalTime(t.responseMs, t.startMs);
        w.unsignedValue(quint64(t.responderRef + 1));
    }

    previous = 0;
    w.unsignedValue(f.conversations.size());
    for (const ConversationFact& c : f.conversations) {
        w.signedValue(c.startMs - previous);
        previous = c.startMs;
        w.unsignedValue(quint64(c.messageCount));
        w.unsignedValue(quint64(c.firstTurn));
        w.signedValue(c.lastActivityMs - c.startMs);
    }
    return w.take();
}

std::optional<ChatFacts> ChatFactsCodec::decode(const QByteArray& bytes)
{
    Reader r(bytes);
    ChatFacts f;
    f.messageCount = qint64(r.unsignedValue());
    const size_t names = r.count();
    for (size_t i = 0; i < names && r.ok(); ++i)
        f.names << r.text();
    const auto validRef = [&](quint64 encoded) -> qint32 {
        if (encoded > quint64(f.names.size())) {
            return -2;
        }
        return qint32(encoded) - 1;
    };

    const size_t tokens = r.count();
    f.tokens.reserve(tokens);
    for (size_t i = 0; i < tokens && r.ok(); ++i)
        f.tokens.push_back(quint32(r.unsignedValue()));

    qint64 previous = 0;
    quint32 tokenAt = 0;
    const size_t inbound = r.count();
    f.inbound.reserve(inbound);
    for (size_t i = 0; i < inbound && r.ok(); ++i) {
        InboundFact in;
        in.tsMs = previous + r.signedValue();
        previous = in.tsMs;
        in.tokenBegin = tokenAt;
        tokenAt += quint32(r.unsignedValue());
        in.tokenEnd = tokenAt;
        if (tokenAt > f.tokens.size())
            return std::nullopt;
        f.inbound.push_back(in);
    }

    previous = 0;
    const size_t outbound = r.count();
    f.outbound.reserve(outbound);
    for (size_t i = 0; i < outbound && r.ok(); ++i) {
        OutboundFact o;
        o.tsMs = previous + r.signedValue();
        previous = o.tsMs;
        o.flags = quint8(r.unsignedValue());
        o.operatorRef = validRef(r.unsignedValue());
        o.campaignRef = validRef(r.unsignedValue());
        if (o.operatorRef < -1 || o.campaignRef < -1)
            return std::nullopt;
        o.nextInboundMs = r.optionalTime(o.tsMs);
        f.outbound.push_back(o);
    }

    previous = 0;
    const size_t turns = r.count();
    f.turns.reserve(turns);
    for (size_t i = 0; i < turns && r.ok(); ++i) {
        TurnFact t;
        t.startMs = previous + r.signedValue();
        previous = t.startMs;
        t.responseMs = r.optionalTime(t.startMs);
        t.responderRef = validRef(r.unsignedValue());
        if (t.responderRef < -1)
            return std::nullopt;
        f.turns.push_back(t);
    }

    previous = 0;
    const size_t conversations = r.count();
    f.conversations.reserve(conversations);
    for (size_t i = 0; i < conversations && r.ok(); ++i) {
        ConversationFact c;
        c.startMs = previous + r.signedValue();
        previous = c.startMs;
        c.messageCount = qint32(r.unsignedValue());
        c.firstTurn = qint32(r.unsignedValue());
        c.lastActivityMs = c.startMs + r.signedValue();
        if (c.firstTurn < 0 || size_t(c.firstTurn) >= f.turns.size())
            return std::nullopt;
        f.conversations.push_back(c);
    }
    if (!r.ok() || !r.atEnd() || tokenAt != f.tokens.size())
        return std::nullopt;
    return f;
}

} // namespace crmlens::metrics
