using ModularCrm.Modules.Newsletter.Lists;
using ModularCrm.Modules.Newsletter.Subscriptions;
using ModularCrm.Sdk.Data;
using ModularCrm.Sdk.Events;

namespace ModularCrm.Modules.Newsletter.Unsubscribes;

/// <summary>
/// Marks subscriptions <c>unsubscribed</c> as soon as the e-mailing module records an unsubscribe, instead of at the
/// next issue: a topic opt-out leaves that newsletter only, a global one leaves them all (it stops every newsletter).
/// The consent log itself is the contacts module's, already written by the e-mailing module.
/// </summary>
internal static class UnsubscribeHandler
{
    public static async Task HandleAsync(EventDelivery<EmailUnsubscribed> delivery, IShopTransaction tx, CancellationToken ct)
    {
        var left = delivery.Payload;
        long? listId = null;
        if (left.Topic is { } topic)
        {
            if (!topic.StartsWith(Topics.Prefix, StringComparison.Ordinal) || await ListStore.FindBySlugAsync(tx, topic[Topics.Prefix.Length..], ct) is not { } list)
            {
                return; // Another module's list, or a newsletter deleted since.
            }

            listId = list.Id;
        }

        await SubscriptionStore.UnsubscribeEverywhereAsync(tx, listId, left.Email?.Trim().ToLowerInvariant(), left.ContactId, left.UnsubscribedAt, ct);
    }
}
