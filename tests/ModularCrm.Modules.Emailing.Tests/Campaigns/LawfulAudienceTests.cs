using ModularCrm.Modules.Emailing.Campaigns;
using ModularCrm.Sdk.Audience;

namespace ModularCrm.Modules.Emailing.Tests.Campaigns;

public sealed class LawfulAudienceTests
{
    private static AudienceMember Member(long id, string? address, MarketingStatus status, string? disabled = null, params string[] topics) =>
        new(id, address, $"Contact {id}", null, null, null, null, null, status, disabled, topics);

    [Fact]
    public void Select_CustomerWithoutConsent_IsExcludedUnlessCampaignChoosesSoftOptIn()
    {
        var customer = Member(1, "client@example.fr", MarketingStatus.SoftOptInCustomer);

        var without = LawfulAudience.Select([customer], null, useSoftOptIn: false);
        var with = LawfulAudience.Select([customer], null, useSoftOptIn: true);

        Assert.Empty(without.Recipients);
        Assert.Equal(1, without.Excluded["soft_opt_in_not_chosen"]);
        Assert.Equal(customer, Assert.Single(with.Recipients));
    }

    [Fact]
    public void Select_WithdrawnDisabledOrNoConsent_NeverReceiveEvenWithSoftOptIn()
    {
        var selection = LawfulAudience.Select(
            [
                Member(1, "a@example.fr", MarketingStatus.Withdrawn),
                Member(2, "b@example.fr", MarketingStatus.ConsentGiven, disabled: "550 user unknown"),
                Member(3, "c@example.fr", MarketingStatus.NoConsent),
                Member(4, "pas-une-adresse", MarketingStatus.ConsentGiven),
                Member(5, null, MarketingStatus.ConsentGiven),
            ],
            null,
            useSoftOptIn: true);

        Assert.Empty(selection.Recipients);
        Assert.Equal(
            [("no_address", 1), ("invalid_address", 1), ("address_disabled", 1), ("withdrawn", 1), ("no_consent", 1)],
            selection.Excluded.Where(e => e.Value > 0).Select(e => (e.Key, e.Value)).ToList());
    }

    [Fact]
    public void Select_SameAddressTwiceInAnyCase_KeepsTheFirstContactOnly()
    {
        var selection = LawfulAudience.Select(
            [Member(1, "Alice@Example.fr", MarketingStatus.ConsentGiven), Member(2, " alice@example.fr", MarketingStatus.ConsentGiven)], null, false);

        Assert.Equal(1, Assert.Single(selection.Recipients).ContactId);
        Assert.Equal(1, selection.Excluded["duplicate_address"]);
    }

    [Fact]
    public void Select_TopicWithdrawn_ExcludedFromThatTopicOnly()
    {
        var member = Member(1, "a@example.fr", MarketingStatus.ConsentGiven, null, "Ateliers");

        Assert.Equal(1, LawfulAudience.Select([member], "ateliers", false).Excluded["topic_withdrawn"]);
        Assert.Single(LawfulAudience.Select([member], "Nouveautés", false).Recipients);
        Assert.Single(LawfulAudience.Select([member], null, false).Recipients);
    }
}
