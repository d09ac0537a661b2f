using System.Globalization;
using ModularCrm.Sdk.Audience;

namespace ModularCrm.Modules.Sms.Campaigns;

/// <summary>What an SMS template sees (snake_case): <c>contact</c> and <c>shop</c>.</summary>
internal sealed record RecipientModel(RecipientModel.ContactPart Contact, RecipientModel.ShopPart Shop)
{
    public static RecipientModel For(AudienceMember member, string shopName) =>
        new(
            new ContactPart(
                member.Civility, member.FirstName, member.LastName, member.DisplayName, member.CompanyName, member.Address,
                member.LastPurchaseOn?.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("fr-FR"))),
            new ShopPart(shopName));

    /// <summary>A made-up contact for a preview without a chosen contact.</summary>
    public static AudienceMember Sample { get; } =
        new(0, "+33612345678", "Marie Dupont", "Mme", "Marie", "Dupont", null, new DateOnly(2026, 10, 12), MarketingStatus.ConsentGiven, null, []);

    internal sealed record ContactPart(
        string? Civility, string? FirstName, string? LastName, string DisplayName, string? CompanyName, string? Mobile, string? LastPurchaseOn);

    internal sealed record ShopPart(string Name);
}
