namespace ModularCrm.Modules.Loyalty.Pages;

/// <summary>The merge form as posted: the number of the card to give up.</summary>
internal sealed record MergeForm
{
    public string? From { get; init; }
}
