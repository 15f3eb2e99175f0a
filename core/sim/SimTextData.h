#pragma once

#include "core/sim/SimText.h"

// Phrase tables behind SimText; only SimText.cpp reads them. Inbound phrases of a topic with a
// keyword all contain it; "{n}" stands for an order number derived from the variant.
namespace crmlens::sim::textdata {

struct TopicPhrases
{
    const char* keyword;
    const char* inbound[3];
    const char* replies[2];
};

struct LanguagePhrases
{
    const char* code;
    const char* openers[5]; // first one empty: many messages start without a greeting
    const char* closers[5];
    const char* namedGreeting; // "Hi %1! " in front of some operator replies
    TopicPhrases topics[kTopicCount];
};

extern const LanguagePhrases kLanguages[kLanguageCount];

} // namespace crmlens::sim::textdata
