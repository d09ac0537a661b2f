namespace ModularCrm.Modules.Loyalty.Api;

/// <summary>Merging <c>from</c> (the card number to give up) into the card of the URL.</summary>
internal sealed record CardMergeInput(string? From);
