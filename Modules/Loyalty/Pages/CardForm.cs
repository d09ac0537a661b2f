using ModularCrm.Modules.Loyalty.Api;

namespace ModularCrm.Modules.Loyalty.Pages;

/// <summary>The "issue a card" form as posted.</summary>
internal sealed record CardForm
{
    public string? ContactId { get; init; }

    public string? HolderName { get; init; }

    public string? Email { get; init; }

    public CardInput ToInput(InputErrors errors) =>
        new(FormNumbers.Integer(ContactId, "contactId", errors) is { } id ? id : null, HolderName, Email);
}
