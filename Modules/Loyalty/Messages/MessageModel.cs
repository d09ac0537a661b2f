using System.Globalization;
using ModularCrm.Modules.Loyalty.Data;
using ModularCrm.Modules.Loyalty.Rules;
using ModularCrm.Sdk.Audience;

namespace ModularCrm.Modules.Loyalty.Messages;

/// <summary>
/// What the message templates see (snake_case): <c>shop.name</c>, <c>card.number</c> / <c>card.holder_name</c>,
/// <c>contact.civility</c> / <c>first_name</c> / <c>last_name</c> / <c>display_name</c>, and for a reward
/// <c>reward.label</c> / <c>code</c> / <c>value</c> (« 10 € », « 15 % » or « cadeau ») / <c>expires_on</c>.
/// </summary>
internal sealed record MessageModel(MessageModel.ShopPart Shop, MessageModel.CardPart Card, MessageModel.ContactPart Contact, MessageModel.RewardPart? Reward)
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    public static MessageModel For(string shopName, CardRecord card, AudienceMember? member, RewardRecord? reward) =>
        new(
            new ShopPart(shopName),
            new CardPart(card.Number, card.HolderName),
            new ContactPart(member?.Civility, member?.FirstName, member?.LastName, member?.DisplayName ?? card.HolderName ?? string.Empty),
            reward is null ? null : new RewardPart(reward.Label, reward.Code, Value(reward), SqlValues.ReadDateOrNull(reward.ExpiresOn)?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)));

    private static string Value(RewardRecord reward)
    {
        var value = SqlValues.Money(reward.Value).ToString("0.##", French);
        return reward.Kind switch
        {
            RewardKinds.Amount => $"{value} €",
            RewardKinds.Percent => $"{value} %",
            _ => "cadeau",
        };
    }

    internal sealed record ShopPart(string Name);

    internal sealed record CardPart(string Number, string? HolderName);

    internal sealed record ContactPart(string? Civility, string? FirstName, string? LastName, string DisplayName);

    internal sealed record RewardPart(string Label, string Code, string Value, string? ExpiresOn);
}
