namespace ModularCrm.Host.Users;

/// <summary>A person who signs in. The password hash never leaves the store.</summary>
internal sealed record UserAccount
{
    public long Id { get; init; }

    public string Email { get; init; } = string.Empty;

    public string DisplayName { get; init; } = string.Empty;

    public bool IsPlatformAdmin { get; init; }
}
