#include "core/api/ConnectionCheck.h"

#include <memory>

namespace crmlens::api {

void checkConnection(CrmClient& client, std::function<void(Result<ConnectionReport>)> done)
{
    struct State
    {
        ConnectionReport report;
        std::optional<Error> firstError;
        int outstanding = 3;
        std::function<void(Result<ConnectionReport>)> done;
    };
    auto state = std::make_shared<State>();
    state->done = std::move(done);
    CrmClient* clientPointer = &client;
    auto settle = [state, clientPointer](const Error* error) {
        if (error && !state->firstError)
            state->firstError = *error;
        if (--state->outstanding > 0)
            return;
        if (state->firstError) {
            state->done(*state->firstError);
            return;
        }
        const PacerStats pacing = clientPointer->pacerStats();
        state->report.limitPerMinute = pacing.limitPerMinute;
        state->report.limitAnnounced = pacing.limitLearned;
        state->done(state->report);
    };
    client.fetchContacts(1, 1, [state, settle](Result<ContactsPage> page) {
        if (page)
            state->report.contacts = page->info.total;
        settle(page ? nullptr : &page.error());
    });
    client.fetchCampaigns(1, 1, [state, settle](Result<CampaignsPage> page) {
        if (page)
            state->report.campaigns = page->info.total;
        settle(page ? nullptr : &page.error());
    });
    client.fetchCustomFieldDefinitions([state, settle](Result<QList<CustomFieldDefinition>> definitions) {
        if (definitions)
            state->report.customFields = static_cast<int>(definitions->size());
        settle(definitions ? nullptr : &definitions.error());
    });
}

} // namespace crmlens::api
