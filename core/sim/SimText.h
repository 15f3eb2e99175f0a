#pragma once

#include <QString>

#include <cstdint>

// Message text is never stored: it is composed on demand from (topic, variant, language) so two
// million messages cost no string memory. Each language's phrases use that language's common
// stop words and a topic keyword, which gives keyword extraction real work to do.
namespace crmlens::sim {

enum class Language : std::uint8_t { English, Spanish, Portuguese, French, Swahili, Indonesian };
inline constexpr int kLanguageCount = 6;

enum class Topic : std::uint8_t {
    Greeting,
    Order,
    Delivery,
    Price,
    Payment,
    Refund,
    Complaint,
    Appointment,
    Availability,
    Cancellation,
    Thanks,
    FollowUp, // "any update?" while a turn waits for an answer
    Feedback, // an answer to a feedback request
};
inline constexpr int kTopicCount = 13;

// Automated (non-campaign) template messages; stored in SimMessage::topic of a template message.
enum class Automation : std::uint8_t { Welcome, FeedbackRequest, OrderUpdate };

QString languageCode(Language language); // "en", "es", "pt", "fr", "sw", "id"
QString topicName(Topic topic);          // "refund", ...

// The word every inbound phrase of this topic and language contains ("reembolso", "malipo", ...);
// empty for topics without one (greeting, thanks, follow-up, feedback).
QString topicKeyword(Topic topic, Language language);

// What a contact writes. Deterministic in its arguments.
QString inboundText(Topic topic, std::uint16_t variant, Language language);
// What an operator answers to a turn of this topic; `firstName` may be empty.
QString operatorText(Topic topic, std::uint16_t variant, Language language, const QString& firstName);
// "[template_name] Hello Amina! ..." for a campaign; `pitch` is the campaign's subject.
QString campaignTemplateText(const QString& templateName, const QString& firstName, const QString& pitch,
                             std::uint16_t variant);
QString automationTemplateName(Automation automation);
QString automationTemplateText(Automation automation, const QString& firstName, const QString& company,
                               std::uint16_t variant);

} // namespace crmlens::sim
