namespace ModularCrm.Modules.Loyalty.Api;

/// <summary>A card to issue (<c>contactId</c> required) or the holder details to change.</summary>
internal sealed record CardInput(long? ContactId, string? HolderName, string? Email);
