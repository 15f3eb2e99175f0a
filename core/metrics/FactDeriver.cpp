#include "core/metrics/FactDeriver.h"

#include "core/metrics/KeywordTokenizer.h"

namespace crmlens::metrics {

namespace {

using Kind = FactDeriver::Kind;

bool statusIs(const store::DerivationMessage& m, QLatin1String status)
{
    return m.status.trimmed().compare(status, Qt::CaseInsensitive) == 0;
}

qint32 nameRef(QStringList& names, const QString& raw)
{
    const QString name = raw.trimmed();
    if (name.isEmpty())
        return -1;
    qsizetype index = names.indexOf(name);
    if (index < 0) {
        names << name;
        index = names.size() - 1;
    }
    return qint32(index);
}

} // namespace

FactDeriver::Kind FactDeriver::kindOf(const store::DerivationMessage& m)
{
    const QString direction = m.direction.trimmed();
    if (direction.compare(QLatin1String("inbound"), Qt::CaseInsensitive) == 0)
        return Kind::Inbound;
    if (direction.compare(QLatin1String("outbound"), Qt::CaseInsensitive) != 0)
        return Kind::Other;
    if (m.type.trimmed().compare(QLatin1String("template"), Qt::CaseInsensitive) == 0 ||
        !m.campaignId.trimmed().isEmpty())
        return Kind::Business;
    return Kind::Reply;
}

DerivedChat FactDeriver::derive(const QList<store::DerivationMessage>& messages)
{
    DerivedChat out;
    ChatFacts& f = out.facts;
    f.messageCount = messages.size();

    std::vector<Kind> kinds;
    kinds.reserve(size_t(messages.size()));
    for (const store::DerivationMessage& m : messages)
        kinds.push_back(kindOf(m));

    // Message facts, and the first inbound message strictly later than each business send.
    std::vector<qsizetype> businessIndex; // outbound index of business sends still waiting for an inbound
    for (qsizetype i = 0; i < messages.size(); ++i) {
        const store::DerivationMessage& m = messages[i];
        switch (kinds[size_t(i)]) {
        case Kind::Inbound: {
            // A later inbound message at the same instant is not "strictly later".
            std::vector<qsizetype> waiting;
            for (qsizetype b : businessIndex) {
                if (f.outbound[size_t(b)].tsMs < m.tsMs)
                    f.outbound[size_t(b)].nextInboundMs = m.tsMs;
                else
                    waiting.push_back(b);
            }
            businessIndex.swap(waiting);
            InboundFact in;
            in.tsMs = m.tsMs;
            in.tokenBegin = quint32(out.tokenTexts.size());
            if (!m.content.isEmpty())
                out.tokenTexts << KeywordTokenizer::tokens(m.content);
            in.tokenEnd = quint32(out.tokenTexts.size());
            f.inbound.push_back(in);
            break;
        }
        case Kind::Reply:
        case Kind::Business: {
            OutboundFact o;
            o.tsMs = m.tsMs;
            o.operatorRef = nameRef(f.names, m.operatorName);
            o.campaignRef = nameRef(f.names, m.campaignId);
            if (kinds[size_t(i)] == Kind::Business)
                o.flags |= OutboundFact::Business;
            if (statusIs(m, QLatin1String("failed")))
                o.flags |= OutboundFact::Failed;
            if (statusIs(m, QLatin1String("delivered")) || statusIs(m, QLatin1String("read")))
                o.flags |= OutboundFact::DeliveredOrRead;
            if (o.isBusiness())
                businessIndex.push_back(qsizetype(f.outbound.size()));
            f.outbound.push_back(o);
            break;
        }
        case Kind::Other:
            break;
        }
    }

    // Turns over the considered messages (inbound and operator replies, business sends ignored).
    std::vector<qsizetype> turnStartIndex;
    Kind lastConsidered = Kind::Other;
    for (qsizetype i = 0; i < messages.size(); ++i) {
        const Kind kind = kinds[size_t(i)];
        if (kind == Kind::Inbound) {
            if (lastConsidered != Kind::Inbound) {
                f.turns.push_back(TurnFact{messages[i].tsMs, kNoTime, -1});
                turnStartIndex.push_back(i);
            }
            lastConsidered = Kind::Inbound;
        } else if (kind == Kind::Reply) {
            if (lastConsidered == Kind::Inbound) {
                TurnFact& turn = f.turns.back();
                turn.responseMs = messages[i].tsMs;
                turn.responderRef = nameRef(f.names, messages[i].operatorName);
            }
            lastConsidered = Kind::Reply;
        }
    }

    // Conversations: the first turn, and every turn starting more than 24 h after the message
    // before it (any message), start one; it runs until the next one starts.
    std::vector<qsizetype> conversationStartIndex;
    for (size_t t = 0; t < f.turns.size(); ++t) {
        const qsizetype at = turnStartIndex[t];
        const bool starts = t == 0 || (at > 0 && messages[at].tsMs - messages[at - 1].tsMs > kMsPerDay);
        if (!starts)
            continue;
        ConversationFact c;
        c.startMs = messages[at].tsMs;
        c.firstTurn = qint32(t);
        f.conversations.push_back(c);
        conversationStartIndex.push_back(at);
    }
    for (size_t c = 0; c < f.conversations.size(); ++c) {
        const qsizetype begin = conversationStartIndex[c];
        const qsizetype end = c + 1 < conversationStartIndex.size() ? conversationStartIndex[c + 1] : messages.size();
        ConversationFact& conversation = f.conversations[c];
        conversation.messageCount = qint32(end - begin);
        conversation.lastActivityMs = messages[begin].tsMs;
        for (qsizetype i = begin; i < end; ++i) {
            const Kind kind = kinds[size_t(i)];
            if (kind == Kind::Inbound || kind == Kind::Reply)
                conversation.lastActivityMs = messages[i].tsMs;
        }
    }
    return out;
}

} // namespace crmlens::metrics
