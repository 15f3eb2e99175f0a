#include "core/sim/SimText.h"

#include "core/sim/SimTextData.h"

namespace crmlens::sim {
namespace {

const textdata::LanguagePhrases& phrases(Language language)
{
    return textdata::kLanguages[static_cast<int>(language) % kLanguageCount];
}

const textdata::TopicPhrases& topicPhrases(Topic topic, Language language)
{
    return phrases(language).topics[static_cast<int>(topic) % kTopicCount];
}

// Order numbers look random but follow from the variant, so a message's text never changes.
QString withOrderNumber(QString text, std::uint16_t variant)
{
    const unsigned number = 1000 + (static_cast<unsigned>(variant) * 7919U) % 9000U;
    text.replace(QStringLiteral("{n}"), QString::number(number));
    return text;
}

bool takesOpenerAndCloser(Topic topic)
{
    return topic != Topic::Thanks && topic != Topic::FollowUp && topic != Topic::Feedback;
}

} // namespace

QString languageCode(Language language)
{
    return QString::fromLatin1(phrases(language).code);
}

QString topicName(Topic topic)
{
    static const char* const names[kTopicCount] = {
        "greeting",    "order",        "delivery",     "price",  "payment",   "refund",  "complaint",
        "appointment", "availability", "cancellation", "thanks", "follow_up", "feedback"};
    return QString::fromLatin1(names[static_cast<int>(topic) % kTopicCount]);
}

QString topicKeyword(Topic topic, Language language)
{
    return QString::fromUtf8(topicPhrases(topic, language).keyword);
}

QString inboundText(Topic topic, std::uint16_t variant, Language language)
{
    const auto& lang = phrases(language);
    QString body = withOrderNumber(QString::fromUtf8(topicPhrases(topic, language).inbound[variant % 3]), variant);
    if (!takesOpenerAndCloser(topic))
        return body;

    const QString opener = QString::fromUtf8(lang.openers[(variant / 3) % 5]);
    const QString closer = QString::fromUtf8(lang.closers[(variant / 15) % 5]);
    QString text = opener.isEmpty() ? body : opener + QStringLiteral(", ") + body;
    if (!closer.isEmpty())
        text += (body.endsWith(QLatin1Char('?')) ? QStringLiteral(" ") : QStringLiteral(", ")) + closer;
    // About one message in ten is typed all lower-case, as people do on phones.
    if ((variant / 75) % 10 != 0 && !text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

QString operatorText(Topic topic, std::uint16_t variant, Language language, const QString& firstName)
{
    const auto& lang = phrases(language);
    const QString body =
        withOrderNumber(QString::fromUtf8(topicPhrases(topic, language).replies[variant % 2]), variant);
    if (firstName.isEmpty() || topic == Topic::Greeting || (variant / 2) % 3 != 0)
        return body;
    return QString::fromUtf8(lang.namedGreeting).arg(firstName) + body;
}

QString campaignTemplateText(const QString& templateName, const QString& firstName, const QString& pitch,
                             std::uint16_t variant)
{
    static const char* const endings[] = {"Reply YES to learn more.", "Tap the link to shop now.",
                                          "Reply STOP to opt out."};
    const QString name = firstName.isEmpty() ? QStringLiteral("there") : firstName;
    return QLatin1Char('[') + templateName + QStringLiteral("] Hello ") + name + QStringLiteral("! ") + pitch +
           QStringLiteral(". ") + QString::fromLatin1(endings[variant % 3]);
}

QString automationTemplateName(Automation automation)
{
    switch (automation) {
    case Automation::Welcome:
        return QStringLiteral("welcome_message");
    case Automation::FeedbackRequest:
        return QStringLiteral("feedback_request");
    case Automation::OrderUpdate:
        return QStringLiteral("order_update");
    }
    return {};
}

QString automationTemplateText(Automation automation, const QString& firstName, const QString& company,
                               std::uint16_t variant)
{
    const QString name = firstName.isEmpty() ? QStringLiteral("there") : firstName;
    const QString head = QLatin1Char('[') + automationTemplateName(automation) + QStringLiteral("] Hello ") + name;
    if (automation == Automation::Welcome) {
        return head + QStringLiteral("! Thanks for contacting ") + company +
               (variant % 2 ? QStringLiteral(". An agent will reply shortly.")
                            : QStringLiteral(". Tell us how we can help and an agent will be with you."));
    }
    if (automation == Automation::OrderUpdate) {
        const QString order = QString::number(1000 + (static_cast<unsigned>(variant) * 7919U) % 9000U);
        return head + QStringLiteral("! Your order #") + order +
               (variant % 2 ? QStringLiteral(" is on its way.") : QStringLiteral(" is ready for collection."));
    }
    return head + (variant % 2 ? QStringLiteral(", how did we do today? Reply with a number from 1 to 5.")
                               : QStringLiteral(", please rate our service from 1 (poor) to 5 (excellent)."));
}

} // namespace crmlens::sim
