using System.Globalization;
using ModularCrm.Sdk.Audience;

namespace ModularCrm.Modules.Emailing.Campaigns;

/// <summary>What a campaign template sees (snake_case): <c>contact</c>, <c>shop</c>, <c>campaign</c>, <c>unsubscribe_url</c>.</summary>
internal sealed record RecipientModel(RecipientModel.ContactPart Contact, RecipientModel.NamePart Shop, RecipientModel.NamePart Campaign, string UnsubscribeUrl)
{
    public static RecipientModel For(AudienceMember member, string shopName, string campaignName, string unsubscribeUrl) =>
        new(ContactOf(member), new NamePart(shopName), new NamePart(campaignName), unsubscribeUrl);

    /// <summary>The <c>contact</c> a template sees: the member's fields, the last purchase as a French date.</summary>
    public static ContactPart ContactOf(AudienceMember member) =>
        new(
            member.Civility, member.FirstName, member.LastName, member.DisplayName, member.CompanyName, member.Address,
            member.LastPurchaseOn?.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("fr-FR")));

    /// <summary>A made-up contact for a test send without a chosen contact.</summary>
    public static AudienceMember Sample(string address) =>
        new(0, address, "Marie Dupont", "Mme", "Marie", "Dupont", null, new DateOnly(2026, 10, 12), MarketingStatus.ConsentGiven, null, []);

    internal sealed record ContactPart(
        string? Civility, string? FirstName, string? LastName, string DisplayName, string? CompanyName, string? Email, string? LastPurchaseOn);

    internal sealed record NamePart(string Name);
}
