namespace ModularCrm.Host.Users;

/// <summary>What the pages show of the signed-in user.</summary>
internal sealed record UserProfile
{
    public long Id { get; init; }

    public string Email { get; init; } = string.Empty;

    public string DisplayName { get; init; } = string.Empty;

    public string Culture { get; init; } = "fr-FR";

    public bool IsPlatformAdmin { get; init; }
}
